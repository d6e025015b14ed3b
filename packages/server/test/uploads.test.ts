// The one route that takes a file's raw bytes (decision 192): every guard refuses what it must, the limit holds while
// the bytes stream (without reading the rest), and the private copy is gone once its import ends, however it ends.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoConversation, toWhatsAppText } from '@reconnect/core/simulate';
import * as vaults from '@reconnect/vault';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildZip } from '../../node/test/helpers/zip-writer.ts';
import { createApp } from '../src/app.ts';
import { API_HEADER, API_HEADER_VALUE } from '../src/guards.ts';
import { createServer } from '../src/server.ts';
import { displayName } from '../src/uploads.ts';
import { appRequest, login, ORIGIN, PORT } from './helpers.ts';

const PASSPHRASE = 'a long and private passphrase';
const MiB = 1024 * 1024;
let folder: string;
let chatText: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'reconnect-uploads-'));
  chatText = toWhatsAppText(demoConversation('UTC').conversation, 'UTC');
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let launches = 0;
/** an app on a new vault, unlocked, whose uploads go to a folder of their own */
async function launch(options: { maxUploadBytes?: number; unlocked?: boolean } = {}) {
  const n = ++launches;
  const parent = join(folder, `uploads-${n}`);
  mkdirSync(parent);
  const made = createApp({
    port: PORT,
    vault: { module: vaults, home: join(folder, `home-${n}`) },
    uploadParent: parent,
    ...(options.maxUploadBytes !== undefined ? { maxUploadBytes: options.maxUploadBytes } : {}),
  });
  const cookie = await login(made.app, made.token);
  if (options.unlocked !== false) {
    expect((await appRequest(made.app, cookie, '/api/vault', { body: { passphrase: PASSPHRASE } })).status).toBe(201);
  }
  /** every file kept under the uploads' parent folder, at any depth */
  const kept = () => readdirSync(parent, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return { ...made, cookie, parent, kept };
}

/** a body that hands out `chunks` chunks of `size` bytes one at a time, counting how many were taken */
function counted(chunks: number, size: number) {
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= chunks) {
        controller.close();
        return;
      }
      state.pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
  return { stream, state };
}

/** a POST of raw bytes to the upload route as the app's page sends it; `headers` adds or replaces */
function send(
  app: Hono,
  cookie: string,
  body: BodyInit,
  options: { name?: string; headers?: Record<string, string | undefined> } = {},
) {
  const headers: Record<string, string> = {
    host: `127.0.0.1:${PORT}`,
    cookie,
    origin: ORIGIN,
    [API_HEADER]: API_HEADER_VALUE,
    'sec-fetch-site': 'same-origin',
    'sec-fetch-mode': 'cors',
    'content-type': 'application/octet-stream',
  };
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === undefined) delete headers[name];
    else headers[name] = value;
  }
  const query = options.name === undefined ? '' : `?name=${encodeURIComponent(options.name)}`;
  return app.request(`/api/uploads${query}`, { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
}

type Job = { id: string; state: string; result: Record<string, unknown> | null; error: string | null };

async function settle(app: Hono, cookie: string, base: string, id: string): Promise<Job> {
  for (;;) {
    const view = (await (await appRequest(app, cookie, `/api/${base}/${id}`)).json()) as Job;
    if (view.state !== 'running') return view;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function uploaded(app: Hono, cookie: string, bytes: BodyInit, name: string): Promise<string> {
  const response = await send(app, cookie, bytes, { name });
  expect(response.status).toBe(201);
  return ((await response.json()) as { upload: string }).upload;
}

describe('the guards on POST /api/uploads', () => {
  it('refuses a request without the session cookie (401) and writes nothing', async () => {
    const { app, kept } = await launch();
    const response = await send(app, '', 'hello');
    expect(response.status).toBe(401);
    expect(kept()).toEqual([]);
  });

  it('refuses a foreign Origin, a cross-site or same-site fetch and a missing custom header (403)', async () => {
    const { app, cookie, kept } = await launch();
    const refusals = [
      { origin: 'https://evil.example' },
      { origin: `http://127.0.0.1:${PORT + 1}` },
      { origin: undefined },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { [API_HEADER]: undefined },
    ];
    for (const headers of refusals) {
      const response = await send(app, cookie, 'hello', { headers });
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
    expect(kept()).toEqual([]);
  });

  it('takes only application/octet-stream (415 for JSON, text, forms), and raw bytes nowhere else', async () => {
    const { app, cookie, kept } = await launch();
    for (const type of [
      'text/plain',
      'application/json',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      undefined,
    ]) {
      const response = await send(app, cookie, 'hello', { headers: { 'content-type': type } });
      expect(response.status, String(type)).toBe(415);
    }
    // every other write stays JSON only
    const journal = await appRequest(app, cookie, '/api/journal', {
      body: { mood: 'ok', connection: 3, happened: '', reflection: '', conversation: null },
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(journal.status).toBe(415);
    expect(kept()).toEqual([]);
  });

  it('answers 401 while the vault is locked', async () => {
    const { app, cookie, kept } = await launch({ unlocked: false });
    expect((await send(app, cookie, 'hello')).status).toBe(401);
    expect(kept()).toEqual([]);
  });

  it('stops reading past the limit (413), leaves no partial file, and never reads the rest of the body', async () => {
    const { app, cookie, kept } = await launch({ maxUploadBytes: 4 * MiB });
    const { stream, state } = counted(64, MiB);
    const response = await send(app, cookie, stream);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/larger than 4 MB/);
    // 4 MiB are allowed, the fifth goes over; a few more may sit in the streams' buffers, never the whole 64
    expect(state.pulled).toBeGreaterThanOrEqual(5);
    expect(state.pulled).toBeLessThan(16);
    expect(kept()).toEqual([]);
  });

  it('refuses a declared length over the limit before reading any of it', async () => {
    const { app, cookie, kept } = await launch({ maxUploadBytes: 4 * MiB });
    const { stream, state } = counted(64, MiB);
    const response = await send(app, cookie, stream, { headers: { 'content-length': String(64 * MiB) } });
    expect(response.status).toBe(413);
    expect(state.pulled).toBeLessThanOrEqual(1);
    expect(kept()).toEqual([]);
  });

  it('takes a file up to the limit into a 0600 file in a 0700 folder, never named after the given name', async () => {
    const { app, cookie, kept, parent } = await launch({ maxUploadBytes: 4 * MiB });
    const { stream } = counted(4, MiB);
    const response = await send(app, cookie, stream, { name: '../../escape.txt' });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ name: 'escape.txt', bytes: 4 * MiB });
    const files = kept();
    expect(files).toHaveLength(1);
    const file = files[0] as (typeof files)[number];
    expect(file.name).toMatch(/^[0-9a-f-]{36}\.upload$/);
    expect(statSync(join(file.parentPath, file.name)).mode & 0o777).toBe(0o600);
    expect(statSync(file.parentPath).mode & 0o777).toBe(0o700);
    expect(file.parentPath.startsWith(join(parent, 'reconnect-upload-'))).toBe(true);
    expect(readdirSync(folder)).not.toContain('escape.txt');
  });
});

describe('an uploaded file feeds the same inspect and import as a path', () => {
  it('is read, imported, and gone once the import is done', async () => {
    const { app, cookie, kept } = await launch();
    const id = await uploaded(app, cookie, chatText, 'WhatsApp Chat with Sam.txt');
    const inspect = await appRequest(app, cookie, '/api/inspect', { body: { upload: id, timeZone: 'UTC' } });
    expect(inspect.status).toBe(202);
    const looked = await settle(app, cookie, 'inspect', ((await inspect.json()) as Job).id);
    expect(looked.state).toBe('done');
    expect(looked.result).toMatchObject({ format: 'whatsapp' });
    // reading it to look inside keeps it for the import
    expect(kept()).toHaveLength(1);
    const started = await appRequest(app, cookie, '/api/imports', {
      body: { upload: id, me: 'Alex', timeZone: 'UTC' },
    });
    expect(started.status).toBe(202);
    const job = await settle(app, cookie, 'imports', ((await started.json()) as Job).id);
    expect(job.state).toBe('done');
    expect(job.result?.added).toBeGreaterThan(100);
    expect(kept()).toEqual([]);
    const list = (await (await appRequest(app, cookie, '/api/conversations')).json()) as { me: string }[];
    expect(list[0]?.me).toBe('Alex');
    // used once: importing it again asks for the file again
    const again = await appRequest(app, cookie, '/api/imports', { body: { upload: id } });
    expect(again.status).toBe(422);
  });

  it('reads a zip handed over the same way', async () => {
    const { app, cookie, kept } = await launch();
    const zip = buildZip([{ name: 'WhatsApp Chat with Sam.txt', data: chatText }]);
    const id = await uploaded(app, cookie, new Uint8Array(zip), 'WhatsApp Chat with Sam.zip');
    const started = await appRequest(app, cookie, '/api/imports', {
      body: { upload: id, me: 'Alex', timeZone: 'UTC' },
    });
    const job = await settle(app, cookie, 'imports', ((await started.json()) as Job).id);
    expect(job.state).toBe('done');
    expect(kept()).toEqual([]);
  });

  it("gives the importer's one sentence for a bad file, naming it by its own name, and removes the copy", async () => {
    const { app, cookie, kept, parent } = await launch();
    const id = await uploaded(app, cookie, 'this is a shopping list, not a chat\nmilk\neggs\n', 'notes.txt');
    const started = await appRequest(app, cookie, '/api/imports', { body: { upload: id } });
    const job = await settle(app, cookie, 'imports', ((await started.json()) as Job).id);
    expect(job.state).toBe('failed');
    expect(job.error).toMatch(/^Could not import notes\.txt/);
    expect(job.error).not.toContain(parent);
    expect(job.error).not.toContain('.upload');
    expect(kept()).toEqual([]);
  });

  it('removes the copy when the import is cancelled', async () => {
    const { app, cookie, kept } = await launch();
    const big = chatText.repeat(Math.ceil((40 * MiB) / chatText.length));
    const id = await uploaded(app, cookie, big, 'WhatsApp Chat with Sam.txt');
    const started = await appRequest(app, cookie, '/api/imports', {
      body: { upload: id, me: 'Alex', timeZone: 'UTC' },
    });
    const { id: job } = (await started.json()) as Job;
    expect((await appRequest(app, cookie, `/api/imports/${job}/cancel`, { body: {} })).status).toBe(200);
    expect((await settle(app, cookie, 'imports', job)).state).toBe('cancelled');
    expect(kept()).toEqual([]);
    const list = (await (await appRequest(app, cookie, '/api/conversations')).json()) as unknown[];
    expect(list).toEqual([]);
  });

  it('removes copies on lock, on DELETE, when another file replaces it, and with the server', async () => {
    const { app, cookie, kept, close } = await launch();
    const first = await uploaded(app, cookie, chatText, 'a.txt');
    const second = await uploaded(app, cookie, chatText, 'b.txt');
    // the page works on one file at a time: the second replaced the first
    expect(kept()).toHaveLength(1);
    expect((await appRequest(app, cookie, '/api/inspect', { body: { upload: first } })).status).toBe(422);
    expect((await appRequest(app, cookie, `/api/uploads/${second}`, { method: 'DELETE' })).status).toBe(200);
    expect(kept()).toEqual([]);
    await uploaded(app, cookie, chatText, 'c.txt');
    expect((await appRequest(app, cookie, '/api/lock', { body: {} })).status).toBe(200);
    expect(kept()).toEqual([]);
    expect((await appRequest(app, cookie, '/api/unlock', { body: { passphrase: PASSPHRASE } })).status).toBe(200);
    await uploaded(app, cookie, chatText, 'd.txt');
    expect(kept()).toHaveLength(1);
    close();
    expect(kept()).toEqual([]);
  });

  it('removes a folder left by a server that was killed', async () => {
    const { app, cookie, parent } = await launch();
    // above the largest pid Linux hands out (2^22), so no process has it
    const stale = join(parent, 'reconnect-upload-4194305-abcdef');
    mkdirSync(stale);
    await uploaded(app, cookie, chatText, 'a.txt');
    expect(readdirSync(parent)).not.toContain('reconnect-upload-4194305-abcdef');
  });
});

describe('the name a file came with', () => {
  it.each([
    ['WhatsApp Chat with Sam.txt', 'WhatsApp Chat with Sam.txt'],
    ['C:\\Users\\me\\result.json', 'result.json'],
    ['../../etc/passwd', 'passwd'],
    ['..', 'the chosen file'],
    ['', 'the chosen file'],
    ['chat\u0000\u001b[31m.txt', 'chat[31m.txt'],
    ['\u202etxt.exe', 'txt.exe'],
  ])('%j is shown as %j', (given, shown) => {
    expect(displayName(given)).toBe(shown);
  });
});

describe('over a real socket', () => {
  it('refuses a body past the limit, streamed without a length, keeps nothing, and goes on answering', async () => {
    const parent = join(folder, 'socket-uploads');
    mkdirSync(parent);
    const running = await createServer({
      vault: { module: vaults, home: join(folder, 'socket-home') },
      uploadParent: parent,
      maxUploadBytes: 4 * MiB,
    });
    try {
      const origin = `http://127.0.0.1:${running.port}`;
      const login = await fetch(running.url, { redirect: 'manual' });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const headers = { cookie, 'x-reconnect': '1', origin, 'sec-fetch-site': 'same-origin' };
      const created = await fetch(`${origin}/api/vault`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ passphrase: PASSPHRASE }),
      });
      expect(created.status).toBe(201);
      const { stream, state } = counted(256, MiB);
      const status = await fetch(`${origin}/api/uploads?name=big.txt`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/octet-stream' },
        body: stream,
        duplex: 'half',
      } as RequestInit).then((response) => response.status);
      expect(status).toBe(413);
      expect(state.pulled).toBeLessThan(256);
      expect(readdirSync(parent, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())).toEqual([]);
      const health = await fetch(`${origin}/api/health`, { headers });
      expect(health.status).toBe(200);
    } finally {
      await running.close();
    }
    expect(readdirSync(parent)).toEqual([]);
  });
});
