// The API on a real vault: create, lock and unlock, the idle lock, imports, insights, the person's own
// entries, settings, passphrase, export and forgetting everything.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { demoConversation, toWhatsAppText } from '@reconnect/core/simulate';
import * as vaults from '@reconnect/vault';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { createServer } from '../src/server.ts';
import { appRequest, login, PORT } from './helpers.ts';

const PASSPHRASE = 'a long and private passphrase';
let folder: string;
let chat: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'reconnect-vault-api-'));
  chat = join(folder, 'WhatsApp Chat with Sam.txt');
  writeFileSync(chat, toWhatsAppText(demoConversation('UTC').conversation, 'UTC'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let homes = 0;
async function launch(now: () => number = Date.now) {
  const home = join(folder, `home-${++homes}`);
  const { app, token } = createApp({ port: PORT, vault: { module: vaults, home }, now });
  const cookie = await login(app, token);
  const call = (path: string, init: Parameters<typeof appRequest>[3] = {}) => appRequest(app, cookie, path, init);
  return { app, home, call };
}

async function json<T = Record<string, unknown>>(response: Response | Promise<Response>): Promise<T> {
  return (await (await response).json()) as T;
}

type Job = {
  id: string;
  state: string;
  result: { conversation: string; added: number; total: number } | null;
  error: string | null;
};

async function importChat(call: Awaited<ReturnType<typeof launch>>['call'], path: string): Promise<Job> {
  const started = await call('/api/imports', { body: { path, me: 'Alex', timeZone: 'UTC' } });
  expect(started.status).toBe(202);
  const { id } = await json<Job>(started);
  for (;;) {
    const view = await json<Job>(call(`/api/imports/${id}`));
    if (view.state !== 'running') return view;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('creating, locking and unlocking', () => {
  it('reports no vault, creates one, and refuses a second', async () => {
    const { call } = await launch();
    expect(await json(call('/api/session'))).toMatchObject({ demo: false, vault: { exists: false, locked: true } });
    expect((await call('/api/vault', { body: { passphrase: 'short' } })).status).toBe(400);
    expect((await call('/api/vault', { body: { passphrase: PASSPHRASE } })).status).toBe(201);
    expect(await json(call('/api/session'))).toMatchObject({ vault: { exists: true, locked: false } });
    expect((await call('/api/vault', { body: { passphrase: PASSPHRASE } })).status).toBe(409);
  });

  it('answers 401 once locked, refuses a wrong passphrase, and opens with the right one', async () => {
    const { call } = await launch();
    await call('/api/vault', { body: { passphrase: PASSPHRASE } });
    expect((await call('/api/conversations')).status).toBe(200);
    expect((await call('/api/lock', { body: {} })).status).toBe(200);
    for (const path of [
      '/api/conversations',
      '/api/conversations/x/insights',
      '/api/conversations/x/days',
      '/api/conversations/x/weeks/2025-01-06',
      '/api/imports/x',
      '/api/journal',
      '/api/settings',
      '/api/check-ins',
      '/api/plan?conversation=x',
    ]) {
      const response = await call(path);
      expect(response.status, path).toBe(401);
      expect(await json(response)).toMatchObject({ error: { code: 'locked' } });
    }
    const writes: [string, unknown][] = [
      ['/api/imports', { path: chat }],
      ['/api/journal', { conversation: null, mood: '', connection: 3, happened: '', reflection: '' }],
      ['/api/passphrase', { current: PASSPHRASE, next: 'another long passphrase' }],
      ['/api/export', { path: join(folder, 'locked-export.db'), kind: 'encrypted' }],
      ['/api/forget', { confirm: 'forget everything' }],
    ];
    for (const [path, body] of writes) expect((await call(path, { body })).status, path).toBe(401);
    expect(existsSync(join(folder, 'locked-export.db'))).toBe(false);
    const wrong = await call('/api/unlock', { body: { passphrase: 'not the passphrase' } });
    expect(wrong.status).toBe(401);
    expect((await call('/api/conversations')).status).toBe(401);
    expect((await call('/api/unlock', { body: { passphrase: PASSPHRASE } })).status).toBe(200);
    expect((await call('/api/conversations')).status).toBe(200);
  });

  it('locks after the idle time, which is a setting kept in the vault', async () => {
    let now = 1_000_000;
    const { call } = await launch(() => now);
    await call('/api/vault', { body: { passphrase: PASSPHRASE } });
    now += 9 * 60_000;
    expect((await call('/api/conversations')).status).toBe(200);
    now += 10 * 60_000;
    expect((await call('/api/conversations')).status).toBe(401);
    await call('/api/unlock', { body: { passphrase: PASSPHRASE } });
    expect((await call('/api/settings', { method: 'PUT', body: { idleLockMinutes: 0 } })).status).toBe(400);
    expect((await call('/api/settings', { method: 'PUT', body: { idleLockMinutes: 2 } })).status).toBe(200);
    await call('/api/lock', { body: {} });
    await call('/api/unlock', { body: { passphrase: PASSPHRASE } });
    expect(await json(call('/api/settings'))).toEqual({ idleLockMinutes: 2 });
    now += 3 * 60_000;
    expect((await call('/api/conversations')).status).toBe(401);
  });
});

describe('importing and reading insights', () => {
  let call: Awaited<ReturnType<typeof launch>>['call'];
  let home: string;
  let conversation: string;

  beforeAll(async () => {
    ({ call, home } = await launch());
    await call('/api/vault', { body: { passphrase: PASSPHRASE } });
  });

  it('imports an export by its path, then a second time adds nothing', async () => {
    const first = await importChat(call, chat);
    expect(first.state).toBe('done');
    expect(first.result?.added).toBeGreaterThan(100);
    expect(first.result?.added).toBe(first.result?.total);
    conversation = first.result?.conversation ?? '';
    const again = await importChat(call, chat);
    expect(again.result).toMatchObject({ conversation, added: 0, total: first.result?.total });
    const list = await json<{ id: string; messages: number }[]>(call('/api/conversations'));
    expect(list).toEqual([expect.objectContaining({ id: conversation, messages: first.result?.total })]);
  });

  it("ends a bad file's import with the importer's one sentence and stores nothing", async () => {
    const bad = join(folder, 'notes.txt');
    writeFileSync(bad, 'not a chat at all\n');
    const view = await importChat(call, bad);
    expect(view.state).toBe('failed');
    expect(view.error).toMatch(/^Could not import notes\.txt/);
    expect(await json<unknown[]>(call('/api/conversations'))).toHaveLength(1);
  });

  it('answers insights and the messages of one week', async () => {
    const insights = await json<{ weeks: { start: string }[]; withdrawal: { detected: boolean }; me: string }>(
      call(`/api/conversations/${conversation}/insights`),
    );
    expect(insights.me).toBe('Alex');
    expect(insights.weeks.length).toBeGreaterThan(20);
    expect(insights.withdrawal.detected).toBe(true);
    expect(insights).not.toHaveProperty('days');
    const days = await json<{ date: string }[]>(call(`/api/conversations/${conversation}/days`));
    expect(days.length).toBeGreaterThanOrEqual(insights.weeks.length * 7 - 12);
    const zipped = await call(`/api/conversations/${conversation}/insights`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(JSON.parse(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8'))).toEqual(insights);
    const week = insights.weeks[3]?.start ?? '';
    const messages = await json<{ at: number }[]>(call(`/api/conversations/${conversation}/weeks/${week}`));
    expect(messages.length).toBeGreaterThan(0);
    const start = Date.parse(`${week}T00:00:00Z`);
    for (const m of messages) expect(m.at >= start && m.at < start + 7 * 86_400_000).toBe(true);
    expect((await call(`/api/conversations/${conversation}/weeks/last-week`)).status).toBe(400);
    expect((await call('/api/conversations/nope/insights')).status).toBe(404);
  });

  it('answers the new insights after an import by another process (reconnect import beside the app)', async () => {
    type Counts = { source: { messages: number } };
    const before = await json<Counts>(call(`/api/conversations/${conversation}/insights`));
    const demo = demoConversation('UTC').conversation;
    const last = demo.messages[demo.messages.length - 1];
    const later = {
      ...demo,
      messages: [
        ...demo.messages,
        ...[1, 2, 3].map((n) => ({ ...(last as NonNullable<typeof last>), at: (last?.at ?? 0) + n * 3_600_000 })),
      ],
    } as typeof demo;
    const laterFile = join(folder, 'WhatsApp Chat with Sam (later).txt');
    writeFileSync(laterFile, toWhatsAppText(later, 'UTC'));
    const other = await vaults.openVault(home, PASSPHRASE);
    try {
      const { importConversation } = await import('@reconnect/core/import');
      const { resolveParticipants } = await import('@reconnect/core/model');
      const bytes = new Uint8Array(readFileSync(laterFile));
      const read = await importConversation(
        {
          name: laterFile,
          files: [
            {
              name: 'later.txt',
              size: bytes.length,
              chunks: async function* () {
                yield bytes;
              },
            },
          ],
        },
        { timeZone: 'UTC' },
      );
      const people = resolveParticipants(read, { me: 'Alex' });
      const result = other.importConversation(read, {
        format: read.format,
        me: people.me.id,
        partner: people.partner.id,
        title: null,
        fileName: 'later.txt',
        timeZone: 'UTC',
      });
      expect(result).toMatchObject({ conversation, added: 3 });
    } finally {
      other.lock();
    }
    const after = await json<Counts>(call(`/api/conversations/${conversation}/insights`));
    expect(after.source.messages).toBe(before.source.messages + 3);
  });
});

describe("the person's own entries", () => {
  it('saves and lists check-ins and plan progress', async () => {
    const { call } = await launch();
    await call('/api/vault', { body: { passphrase: PASSPHRASE } });
    const saved = await call('/api/check-ins', {
      body: { conversation: null, mood: 2, closeness: 3, answers: { stress: 'work', 'never-mind': true } },
    });
    expect(saved.status).toBe(201);
    expect(await json(call('/api/check-ins'))).toEqual([
      expect.objectContaining({ mood: 2, closeness: 3, answers: { stress: 'work', 'never-mind': true } }),
    ]);
    const conversation = (await importChat(call, chat)).result?.conversation ?? '';
    const tick = { conversation, step: 'give-space', item: 'wait a day before writing', done: true };
    expect((await call('/api/plan', { body: { ...tick, conversation: 'c1' } })).status).toBe(404);
    expect((await call('/api/plan', { body: tick })).status).toBe(200);
    expect(await json(call(`/api/plan?conversation=${conversation}`))).toEqual([expect.objectContaining(tick)]);
    expect((await call('/api/plan')).status).toBe(400);
  });

  it('keeps journal text exactly as written, and deletes an entry', async () => {
    const { call } = await launch();
    await call('/api/vault', { body: { passphrase: PASSPHRASE } });
    const hostile = '<img src=x onerror=alert(1)> <script>alert(2)</script> [link](javascript:alert(3))';
    const entry = {
      conversation: null,
      day: '2025-05-04',
      mood: 'tired',
      connection: 2,
      happened: hostile,
      reflection: 'I waited.',
    };
    const saved = await call('/api/journal', { body: entry });
    expect(saved.status).toBe(201);
    expect(saved.headers.get('content-type')).toMatch(/^application\/json/);
    const { id } = await json<{ id: number }>(saved);
    const { conversation: _, ...fields } = entry;
    expect(await json(call('/api/journal'))).toEqual([expect.objectContaining({ id, ...fields })]);
    expect((await call('/api/journal', { body: { ...entry, connection: 6 } })).status).toBe(400);
    expect((await call(`/api/journal/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect(await json(call('/api/journal'))).toEqual([]);
    expect((await call(`/api/journal/${id}`, { method: 'DELETE' })).status).toBe(404);
  });
});

describe('passphrase, export and forgetting everything', () => {
  it('changes the passphrase only with the current one', async () => {
    const { call } = await launch();
    await call('/api/vault', { body: { passphrase: PASSPHRASE } });
    const next = 'another long passphrase';
    expect((await call('/api/passphrase', { body: { current: 'wrong one', next } })).status).toBe(403);
    expect((await call('/api/passphrase', { body: { current: PASSPHRASE, next } })).status).toBe(200);
    await call('/api/lock', { body: {} });
    expect((await call('/api/unlock', { body: { passphrase: PASSPHRASE } })).status).toBe(401);
    expect((await call('/api/unlock', { body: { passphrase: next } })).status).toBe(200);
  });

  it('exports encrypted, and as JSON only once confirmed, never over a file or into its own folder', async () => {
    const { call, home } = await launch();
    await call('/api/vault', { body: { passphrase: PASSPHRASE } });
    await call('/api/journal', {
      body: { conversation: null, mood: 'ok', connection: 3, happened: 'marker-7f3a', reflection: '' },
    });
    const encrypted = join(folder, `export-${homes}.db`);
    expect((await call('/api/export', { body: { path: encrypted, kind: 'encrypted' } })).status).toBe(200);
    expect(readFileSync(encrypted).includes('marker-7f3a')).toBe(false);
    expect((await call('/api/export', { body: { path: encrypted, kind: 'encrypted' } })).status).toBe(400);
    expect((await call('/api/export', { body: { path: join(home, 'x.db'), kind: 'encrypted' } })).status).toBe(400);
    expect((await call('/api/export', { body: { path: 'relative.db', kind: 'encrypted' } })).status).toBe(400);
    const plain = join(folder, `export-${homes}.json`);
    expect((await call('/api/export', { body: { path: plain, kind: 'json' } })).status).toBe(409);
    expect(existsSync(plain)).toBe(false);
    const confirmed = await call('/api/export', { body: { path: plain, kind: 'json', plaintextConfirmed: true } });
    expect(confirmed.status).toBe(200);
    expect(readFileSync(plain, 'utf8')).toContain('marker-7f3a');
  });

  it('forgets everything only when asked in so many words, and leaves no vault behind', async () => {
    const { call, home } = await launch();
    await call('/api/vault', { body: { passphrase: PASSPHRASE } });
    expect((await call('/api/forget', { body: { confirm: 'yes' } })).status).toBe(400);
    expect(existsSync(home)).toBe(true);
    expect((await call('/api/forget', { body: { confirm: 'forget everything' } })).status).toBe(200);
    expect(existsSync(home)).toBe(false);
    expect(await json(call('/api/session'))).toMatchObject({ vault: { exists: false, locked: true } });
    expect((await call('/api/conversations')).status).toBe(401);
  });
});

describe('the demo', () => {
  it('serves the simulated story from a temporary vault that is gone after close', async () => {
    // its own parent folder: demos opened by other tests running at the same time cannot change the count
    const parent = mkdtempSync(join(tmpdir(), 'reconnect-demo-parent-'));
    const demoFolders = () => readdirSync(parent).filter((name) => name.startsWith('reconnect-app-demo-'));
    const before = demoFolders();
    const running = await createServer({ demo: { module: vaults, parent } });
    try {
      const login = await fetch(running.url, { redirect: 'manual' });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const get = (path: string) =>
        fetch(`http://127.0.0.1:${running.port}${path}`, { headers: { cookie, 'x-reconnect': '1' } });
      const session = await json<{ demo: boolean; vault: { locked: boolean } }>(get('/api/session'));
      expect(session).toMatchObject({ demo: true, vault: { exists: true, locked: false } });
      const [story] = await json<{ id: string; title: string }[]>(get('/api/conversations'));
      expect(story?.title).toMatch(/^Demo/);
      const insights = await json<{ partner: string }>(get(`/api/conversations/${story?.id}/insights`));
      expect(insights.partner).toBe('Sam');
      expect(demoFolders().length).toBe(before.length + 1);
    } finally {
      await running.close();
    }
    expect(demoFolders()).toEqual(before);
    rmSync(parent, { recursive: true, force: true });
  });
});

export type { Hono };

it('locks when `reconnect lock` asks, from another process', async () => {
  const { call, home } = await launch();
  await call('/api/vault', { body: { passphrase: PASSPHRASE } });
  expect((await call('/api/conversations')).status).toBe(200);
  await new Promise((resolve) => setTimeout(resolve, 5));
  vaults.requestLock(home);
  expect((await call('/api/conversations')).status).toBe(401);
  expect((await call('/api/unlock', { body: { passphrase: PASSPHRASE } })).status).toBe(200);
  expect((await call('/api/conversations')).status).toBe(200);
});
