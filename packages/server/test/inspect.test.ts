// Reading an export by its path as a job: polled, streamed as events, cancelled; a bad file gives one sentence.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoConversation, toWhatsAppText } from '@reconnect/core/simulate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildZip } from '../../node/test/helpers/zip-writer.ts';
import { createApp } from '../src/app.ts';
import { appRequest, login, PORT } from './helpers.ts';

let folder: string;
let chat: string;
let big: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'reconnect-inspect-'));
  chat = join(folder, 'WhatsApp Chat with Sam.txt');
  const text = toWhatsAppText(demoConversation('UTC').conversation, 'UTC');
  writeFileSync(chat, text);
  big = join(folder, 'big.txt');
  writeFileSync(big, text.repeat(Math.ceil((40 << 20) / text.length)));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function start() {
  const { app, token } = createApp({ port: PORT });
  return { app, cookie: await login(app, token) };
}

type View = {
  id: string;
  state: string;
  result: { format: string; participants: { name: string }[] } | null;
  error: string | null;
};

async function settle(app: Awaited<ReturnType<typeof start>>['app'], cookie: string, id: string): Promise<View> {
  for (;;) {
    const view = (await (await appRequest(app, cookie, `/api/inspect/${id}`)).json()) as View;
    if (view.state !== 'running') return view;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('POST /api/inspect', () => {
  it('reads an export and tells its format and participants', async () => {
    const { app, cookie } = await start();
    const started = await appRequest(app, cookie, '/api/inspect', { body: { path: chat, timeZone: 'UTC' } });
    expect(started.status).toBe(202);
    const view = await settle(app, cookie, ((await started.json()) as View).id);
    expect(view.state).toBe('done');
    expect(view.result?.format).toBe('whatsapp');
    expect(view.result?.participants.map((p) => p.name).sort()).toEqual(['Alex', 'Sam']);
  });

  it('reads a zipped export the way the terminal command does', async () => {
    const { app, cookie } = await start();
    const zipped = join(folder, 'WhatsApp Chat with Sam.zip');
    writeFileSync(
      zipped,
      buildZip([{ name: '_chat.txt', data: toWhatsAppText(demoConversation('UTC').conversation, 'UTC') }]),
    );
    const started = await appRequest(app, cookie, '/api/inspect', { body: { path: zipped, timeZone: 'UTC' } });
    const view = await settle(app, cookie, ((await started.json()) as View).id);
    expect(view.error).toBeNull();
    expect(view.result?.format).toBe('whatsapp');
  });

  it("gives the importer's one clear sentence for a bad file", async () => {
    const { app, cookie } = await start();
    const bad = join(folder, 'notes.txt');
    writeFileSync(bad, 'just some notes\nnothing like a chat\n');
    const started = await appRequest(app, cookie, '/api/inspect', { body: { path: bad } });
    const view = await settle(app, cookie, ((await started.json()) as View).id);
    expect(view.state).toBe('failed');
    expect(view.error).toMatch(/^Could not import notes\.txt/);
    expect(view.error?.split('\n')).toHaveLength(1);
  });

  it('refuses a relative path and a missing file with a sentence, and reads none', async () => {
    const { app, cookie } = await start();
    for (const path of ['../etc/passwd', join(folder, 'missing.txt')]) {
      const response = await appRequest(app, cookie, '/api/inspect', { body: { path } });
      expect(response.status).toBe(422);
      const body = (await response.json()) as { error: { message: string } };
      expect(body.error.message).toMatch(/\.$/);
      expect(body.error.message).not.toContain(folder);
    }
  });

  it('refuses a body with unknown fields or the wrong types', async () => {
    const { app, cookie } = await start();
    for (const body of [{ path: chat, extra: 1 }, { path: 5 }, {}, { path: chat, format: 'fax' }, []]) {
      expect((await appRequest(app, cookie, '/api/inspect', { body })).status).toBe(400);
    }
  });

  it('can be cancelled while it reads', async () => {
    const { app, cookie } = await start();
    const started = await appRequest(app, cookie, '/api/inspect', { body: { path: big, timeZone: 'UTC' } });
    const { id } = (await started.json()) as View;
    const cancel = await appRequest(app, cookie, `/api/inspect/${id}/cancel`, { body: {} });
    expect(cancel.status).toBe(200);
    expect((await settle(app, cookie, id)).state).toBe('cancelled');
  });

  it('streams its progress as server-sent events to its own page', async () => {
    const { app, cookie } = await start();
    const started = await appRequest(app, cookie, '/api/inspect', { body: { path: chat, timeZone: 'UTC' } });
    const { id } = (await started.json()) as View;
    const events = await app.request(`/api/inspect/${id}/events`, {
      headers: { host: `127.0.0.1:${PORT}`, cookie, 'sec-fetch-site': 'same-origin', accept: 'text/event-stream' },
    });
    expect(events.status).toBe(200);
    expect(events.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const text = await events.text();
    const views = [...text.matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1] ?? '') as View);
    expect(views.at(-1)?.state).toBe('done');
  });

  it('refuses the event stream without fetch metadata saying it is from its own page', async () => {
    const { app, cookie } = await start();
    const started = await appRequest(app, cookie, '/api/inspect', { body: { path: chat, timeZone: 'UTC' } });
    const { id } = (await started.json()) as View;
    const events = await app.request(`/api/inspect/${id}/events`, {
      headers: { host: `127.0.0.1:${PORT}`, cookie, accept: 'text/event-stream' },
    });
    expect(events.status).toBe(403);
  });
});
