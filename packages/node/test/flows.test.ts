// the shared flows: read a file into a conversation, analyse it, stop when asked; failures stay typed facts
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isImportError } from '@reconnect/core/import';
import { isParticipantError, type ParticipantError } from '@reconnect/core/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile, readConversation } from '../src/index.ts';

let dir: string;
const path = (name: string): string => join(dir, name);
const rows = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, 1) + i * 36e5).toISOString();
    return `${day},${i % 3 === 0 ? 'Sam (phone)' : i % 2 === 0 ? 'Sam' : 'Alex'},message number ${i}`;
  });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reconnect-node-flows-'));
  writeFileSync(path('chat.csv'), ['timestamp,author,text', ...rows(400)].join('\n'));
  writeFileSync(path('notes.txt'), 'shopping list\neggs\n');
  writeFileSync(path('long.csv'), ['timestamp,author,text', ...rows(40_000)].join('\n'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('readConversation', () => {
  it('reads a file and folds merged names', async () => {
    const plain = await readConversation(path('chat.csv'));
    expect(plain.participants.map((p) => p.name).sort()).toEqual(['Alex', 'Sam', 'Sam (phone)']);
    const merged = await readConversation(path('chat.csv'), { merge: [{ name: 'sam (phone)', into: 'Sam' }] });
    expect(merged.participants.map((p) => p.name).sort()).toEqual(['Alex', 'Sam']);
    expect(merged.messages).toHaveLength(400);
  });

  it('reports progress while it reads', async () => {
    const seen: number[] = [];
    await readConversation(path('chat.csv'), { onProgress: (p) => seen.push(p.bytes) });
    expect(seen.length).toBeGreaterThan(0);
  });

  it('stops with the signal’s reason, not as a damaged file', async () => {
    const controller = new AbortController();
    const reason = new Error('the person left the page');
    controller.abort(reason);
    expect(await failure(() => readConversation(path('chat.csv'), { signal: controller.signal }))).toBe(reason);
  });

  it('stops when aborted while reading', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    const error = await failure(() =>
      readConversation(path('chat.csv'), {
        signal: controller.signal,
        onProgress: () => controller.abort(reason),
      }),
    );
    expect(error).toBe(reason);
  });

  it('stops between chunks of a long file, before reading the rest', async () => {
    const controller = new AbortController();
    let lastBytes = 0;
    const error = await failure(() =>
      readConversation(path('long.csv'), {
        signal: controller.signal,
        onProgress: (p) => {
          lastBytes = p.bytes;
          controller.abort();
        },
      }),
    );
    expect((error as Error).name).toBe('AbortError');
    expect(lastBytes).toBeLessThan(1024 ** 2);
  });

  it('gives an unknown export as an ImportError whose words name no flag', async () => {
    const error = await failure(() => readConversation(path('notes.txt')));
    expect(isImportError(error) && error.code === 'unknown-format' && error.remedy === 'name-format').toBe(true);
    expect((error as Error).message).not.toMatch(/--/);
  });
});

describe('analyzeFile', () => {
  it('reads, settles who is who and analyses, calling back between the steps', async () => {
    const steps: string[] = [];
    const report = await analyzeFile(path('chat.csv'), {
      me: 'alex',
      timeZone: 'UTC',
      merge: [{ name: 'Sam (phone)', into: 'Sam' }],
      onRead: (c) => steps.push(`read ${c.messages.length}`),
      onAnalyze: () => steps.push('analyse'),
    });
    expect(steps).toEqual(['read 400', 'analyse']);
    expect([report.me, report.partner]).toEqual(['Alex', 'Sam']);
  });

  it('refuses to guess in a group, with the facts for the caller to word', async () => {
    const error = await failure(() => analyzeFile(path('chat.csv'), { timeZone: 'UTC' }));
    expect(isParticipantError(error)).toBe(true);
    const problem = error as ParticipantError;
    expect([problem.code, problem.role]).toEqual(['cannot-infer', 'me']);
    expect([...problem.participants].sort()).toEqual(['Alex', 'Sam', 'Sam (phone)']);
  });
});
