// The demo opened from the first-run and unlock screens (beside the person's vault, thrown away on leaving),
// and the coach's context read from the end of a stored chat.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asEpochMs, asParticipantId, type Message } from '@reconnect/core/model';
import { demoConversation, toWhatsAppText } from '@reconnect/core/simulate';
import * as vaults from '@reconnect/vault';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { unansweredTail } from '../src/vault-routes.ts';
import { appRequest, login, PORT } from './helpers.ts';

const PASSPHRASE = 'a long and private passphrase';
let folder: string;
let chat: string;
/** when Sam last wrote in the chat, and the user's three messages after it */
let theirLast: number;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'reconnect-demo-context-'));
  const { conversation } = demoConversation('UTC');
  const [alex, sam] = conversation.participants;
  const last = conversation.messages.at(-1)?.at ?? 0;
  const tail: Message[] = ['are you ok?', 'hello?', 'call me'].map((text, i) => ({
    at: asEpochMs(last + 3_600_000 * (i + 1)),
    author: alex?.id ?? null,
    text,
    kind: 'text',
  }));
  theirLast = Math.max(...conversation.messages.filter((m) => m.author === sam?.id).map((m) => m.at));
  chat = join(folder, 'WhatsApp Chat with Sam.txt');
  writeFileSync(chat, toWhatsAppText({ ...conversation, messages: [...conversation.messages, ...tail] }, 'UTC'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let homes = 0;
async function launch() {
  const home = join(folder, `home-${++homes}`);
  const demos = join(folder, `demos-${homes}`);
  mkdirSync(demos);
  const made = createApp({ port: PORT, vault: { module: vaults, home }, demoParent: demos });
  const cookie = await login(made.app, made.token);
  const call = (path: string, init: Parameters<typeof appRequest>[3] = {}) => appRequest(made.app, cookie, path, init);
  const json = async <T = Record<string, unknown>>(path: string, init: Parameters<typeof appRequest>[3] = {}) =>
    (await (await call(path, init)).json()) as T;
  return { ...made, home, demos, call, json };
}

describe('the demo from the first-run and unlock screens', () => {
  it('opens beside a fresh home, is labelled, and leaves nothing behind', async () => {
    const { call, json, demos, home, close } = await launch();
    expect(await json('/api/session')).toMatchObject({ demo: false, canOpenDemo: true, vault: { exists: false } });
    expect((await call('/api/demo', { body: {} })).status).toBe(200);
    expect(await json('/api/session')).toMatchObject({
      demo: true,
      canLeaveDemo: true,
      canOpenDemo: false,
      vault: { exists: true, locked: false },
    });
    expect(readdirSync(demos)).toHaveLength(1);
    const list = await json<{ title: string }[]>('/api/conversations');
    expect(list.map((c) => c.title)).toEqual(['Demo: Alex and Sam']);
    // the person's own home is untouched: still no vault there
    expect(await vaults.vaultExists(home)).toBe(false);
    expect((await call('/api/demo/leave', { body: {} })).status).toBe(200);
    expect(readdirSync(demos)).toEqual([]);
    expect(await json('/api/session')).toMatchObject({ demo: false, canLeaveDemo: false, vault: { exists: false } });
    expect((await call('/api/demo/leave', { body: {} })).status).toBe(409);
    // opened again and left open: closing the app throws it away
    await call('/api/demo', { body: {} });
    expect(readdirSync(demos)).toHaveLength(1);
    close();
    expect(readdirSync(demos)).toEqual([]);
  }, 60_000);

  it('from the unlock screen: the vault locks first, and leaving comes back to it locked and unchanged', async () => {
    const { call, json, demos } = await launch();
    await call('/api/vault', { body: { passphrase: PASSPHRASE } });
    await call('/api/lock', { body: {} });
    expect(await json('/api/session')).toMatchObject({ canOpenDemo: true, vault: { exists: true, locked: true } });
    await call('/api/demo', { body: {} });
    expect(await json('/api/session')).toMatchObject({ demo: true, vault: { locked: false } });
    // forgetting everything in the demo forgets the demo only
    expect((await call('/api/forget', { body: { confirm: 'forget everything' } })).status).toBe(200);
    expect(readdirSync(demos)).toEqual([]);
    expect(await json('/api/session')).toMatchObject({ demo: false, vault: { exists: true, locked: true } });
    expect((await call('/api/unlock', { body: { passphrase: PASSPHRASE } })).status).toBe(200);
    expect(await json('/api/conversations')).toEqual([]);
  }, 60_000);

  it('refuses a body on the demo routes that is not the empty object', async () => {
    const { call } = await launch();
    expect((await call('/api/demo', { body: { path: '/etc' } })).status).toBe(400);
  });
});

describe("the coach's context from the stored chat", () => {
  it('counts the messages after the partner last wrote, and gives the wait the plan uses', async () => {
    const { call, json } = await launch();
    await call('/api/vault', { body: { passphrase: PASSPHRASE } });
    const started = await json<{ id: string }>('/api/imports', { body: { path: chat, me: 'Alex', timeZone: 'UTC' } });
    for (;;) {
      const view = await json<{ state: string }>(`/api/imports/${started.id}`);
      if (view.state !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const [listed] = await json<{ id: string; meId: string; partnerId: string }[]>('/api/conversations');
    if (!listed) throw new Error('nothing imported');
    expect(listed.meId).not.toBe(listed.partnerId);
    const context = await json<{ unansweredCount: number; theirLastAt: string; waitHours: number | null }>(
      `/api/conversations/${listed.id}/coach-context`,
    );
    const insights = await json<{ advice: { waitHours: number | null } }>(`/api/conversations/${listed.id}/insights`);
    expect(context.theirLastAt).toBe(new Date(theirLast).toISOString());
    expect(context.unansweredCount).toBeGreaterThanOrEqual(3);
    expect(context.waitHours).toBe(insights.advice.waitHours);
    expect((await call('/api/conversations/nope/coach-context')).status).toBe(404);
  }, 60_000);

  it('reads back across weeks until the partner last wrote, and counts only the user', () => {
    const me = asParticipantId('u1');
    const them = asParticipantId('u2');
    const other = asParticipantId('u3');
    const at = (iso: string) => asEpochMs(Date.parse(iso));
    const weeks: Record<string, Message[]> = {
      '2025-03-03': [{ at: at('2025-03-04T10:00:00Z'), author: them, text: 'see you', kind: 'text' }],
      '2025-03-10': [],
      '2025-03-17': [
        { at: at('2025-03-18T09:00:00Z'), author: me, text: 'hi', kind: 'text' },
        { at: at('2025-03-18T09:05:00Z'), author: other, text: 'hey all', kind: 'text' },
        { at: at('2025-03-19T21:00:00Z'), author: me, text: 'miss you', kind: 'text' },
      ],
    };
    const read: string[] = [];
    const vault = {
      weekMessages: (_id: string, week: string) => {
        read.push(week);
        return weeks[week] ?? [];
      },
    };
    const tail = unansweredTail(vault, 'c', { meId: 'u1', partnerId: 'u2', last: '2025-03-19T21:00:00.000Z' });
    expect(tail).toEqual({
      unansweredCount: 2,
      myLastAt: '2025-03-19T21:00:00.000Z',
      theirLastAt: '2025-03-04T10:00:00.000Z',
      lastAt: '2025-03-19T21:00:00.000Z',
    });
    expect(read).toEqual(['2025-03-24', '2025-03-17', '2025-03-10', '2025-03-03']);
  });
});
