// every failure a person can cause is one plain sentence naming their input; long drafts get a bounded answer
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coachMessage } from '@reconnect/core/coach';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderCoachResult } from '../src/coach/render.ts';
import { CHAT, ensureBuilt, runCli } from './helpers/cli.ts';

const PHRASES = [
  'Why are you ignoring me?? ',
  'You never text back. ',
  'I miss us. ',
  'hello??? ',
  'You always do this! ',
  'I love you. ',
  'Answer me now. ',
];
const longDraft = (chars: number): string => {
  let text = '';
  for (let i = 0; text.length < chars; i++) text += PHRASES[i % PHRASES.length];
  return text;
};

describe('the built command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reconnect-errors-'));
  const chat = join(dir, 'chat.txt');
  beforeAll(() => {
    ensureBuilt();
    writeFileSync(chat, `${CHAT}\n`);
  }, 120_000);

  test.runIf(process.platform === 'linux')(
    'a report that cannot be saved is one plain sentence naming the path',
    () => {
      const run = runCli(['analyze', chat, '--me', 'Alex', '--tz', 'UTC', '--html', '/proc/x.html']);
      expect(run.code).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines.filter((line) => !line.startsWith('reconnect: note while reading'))).toHaveLength(1);
      expect(run.stderr).toContain('Could not save /proc/x.html:');
      expect(run.stderr).not.toMatch(/\.tmp|Something went wrong|ENOENT/);
      expect(readdirSync(dir)).toEqual(['chat.txt']);
    },
  );

  test('a chat with a stray invalid byte is analysed, and says it was repaired', () => {
    const broken = join(dir, 'latin.txt');
    writeFileSync(broken, Buffer.from(`${CHAT.replace('coffee', 'caf\u00e9')}\n`, 'latin1'));
    const run = runCli(['analyze', broken, '--me', 'Alex', '--tz', 'UTC']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/1 byte was not valid UTF-8 .*line 1/);
    expect(run.stdout).toContain('You (Alex) and Sam');
  });

  test('a 10 MB draft is refused in one plain sentence, without a stack overflow', () => {
    const run = runCli(['coach'], { input: 'a'.repeat(10 * 1024 * 1024) });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('10,485,760 characters');
    expect(run.stderr).not.toContain('call stack');
  });

  test('a 100 KB draft gets a summary of its marks, and --json still has every one', () => {
    const draft = longDraft(100_000);
    const run = runCli(['coach'], { input: draft });
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(40);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(500);
    expect(run.stdout).not.toContain('rewrite below');
    expect(run.stdout).toContain('--json');
    expect(run.stdout).toMatch(/[\d,]+ marked phrases/);
    const json = JSON.parse(runCli(['coach', '--json'], { input: draft }).stdout);
    expect(json.flags.length).toBeGreaterThan(1000);
  });
});

describe('the coach on long or repetitive drafts', () => {
  test('a 10 MB word does not overflow the stack', () => {
    expect(coachMessage('a'.repeat(10 * 1024 * 1024)).flags).toEqual([]);
  });

  test('a rewrite never says the same sentence or "whenever you\'re ready" twice', () => {
    for (const text of [longDraft(2_000), longDraft(200), PHRASES.join(''), 'Answer me now. hello??? I miss us.']) {
      const rewrite = coachMessage(text).rewrite ?? '';
      expect(rewrite.split("whenever you're ready").length, rewrite).toBeLessThanOrEqual(2);
      const sentences = rewrite.match(/[^.!?]+[.!?]/g)?.map((s) => s.trim().toLowerCase()) ?? [];
      expect(new Set(sentences).size, rewrite).toBe(sentences.length);
    }
  });

  test('the long-draft view stays short for any number of marks', () => {
    const result = coachMessage(longDraft(30_000));
    expect(result.flags.length).toBeGreaterThan(100);
    const lines = renderCoachResult(result).split('\n');
    expect(lines.length).toBeLessThanOrEqual(40);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(500);
  });
});
