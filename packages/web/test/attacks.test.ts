// Attacks on the running app from other web pages in the same Chromium: a page on another port of 127.0.0.1 (same
// site, other origin), a page on another site, and a rebound name (evil.example resolving to 127.0.0.1, as DNS
// rebinding makes it). Each attack is refused with its status, and the vault holds exactly what it held before.
/// <reference lib="dom" />
import { subscribe } from 'node:diagnostics_channel';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  request,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoConversation, toWhatsAppText } from '@reconnect/core/simulate';
import { createServer, type RunningServer } from '@reconnect/server';
import * as vaults from '@reconnect/vault';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appDistDir } from '../built-files.mjs';
import { launchBrowser } from './helpers/browser.ts';
import { ensureWebBuild } from './helpers/built.ts';

const PASSPHRASE = 'a garden gate left open';
const EVIL = 'evil.example';

let folder: string;
let home: string;
let uploads: string;
let chatPath: string;
let server: RunningServer;
let attacker: Server;
let attackerPort: number;
let browser: Browser;
let context: BrowserContext;
/** the app's own page, logged in with the printed link */
let app: Page;
let before: Snapshot;

/** every answer the app's server gave, as the server saw it (the browser hides the status of a refused request) */
const served: { readonly line: string; readonly status: number }[] = [];
subscribe('http.server.response.finish', (message) => {
  const { request: req, response } = message as { request: IncomingMessage; response: ServerResponse };
  if (server !== undefined && req.socket.localPort === server.port)
    served.push({ line: `${req.method} ${req.url?.replace(/[0-9a-f-]{36}/, 'ID')}`, status: response.statusCode });
});

interface Snapshot {
  readonly files: string[];
  /** what the upload route keeps (nothing, unless the app's own page handed a file over) */
  readonly uploads: string[];
  readonly conversations: unknown;
  readonly journal: unknown;
  readonly checkIns: unknown;
  readonly settings: unknown;
}

/** what the vault holds, read through the app's own page */
async function snapshot(): Promise<Snapshot> {
  const read = (path: string) =>
    app.evaluate(async (p) => (await fetch(`/api/${p}`, { headers: { 'x-reconnect': '1' } })).json(), path);
  return {
    files: readdirSync(home).sort(),
    uploads: readdirSync(uploads, { recursive: true, encoding: 'utf8' }).sort(),
    conversations: await read('conversations'),
    journal: await read('journal'),
    checkIns: await read('check-ins'),
    settings: await read('settings'),
  };
}

beforeAll(async () => {
  ensureWebBuild();
  folder = mkdtempSync(join(tmpdir(), 'reconnect-attacks-'));
  home = join(folder, 'vault');
  uploads = join(folder, 'uploads');
  mkdirSync(uploads);
  chatPath = join(folder, 'WhatsApp Chat with Sam.txt');
  writeFileSync(chatPath, toWhatsAppText(demoConversation('UTC').conversation, 'UTC'));
  server = await createServer({ vault: { module: vaults, home }, staticDir: appDistDir(), uploadParent: uploads });
  // the attacker's pages: any path answers an empty page, on its own port
  attacker = createHttpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>a page elsewhere</title><iframe name="sink"></iframe>');
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerPort = (attacker.address() as AddressInfo).port;
  // the rebound name: evil.example answers from this machine, with no look-up
  browser = await launchBrowser([`--host-resolver-rules=MAP ${EVIL} 127.0.0.1`]);
  context = await browser.newContext();
  app = await context.newPage();
  await app.goto(server.url);
  // a vault with a chat and a journal entry in it
  const setup = await app.evaluate(
    async ({ passphrase, path }) => {
      const call = (p: string, body: unknown) =>
        fetch(`/api/${p}`, {
          method: 'POST',
          headers: { 'x-reconnect': '1', 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const created = (await call('vault', { passphrase })).status;
      const job = (await (await call('imports', { path, me: 'Alex', timeZone: 'UTC' })).json()) as { id: string };
      for (;;) {
        const view = (await (await fetch(`/api/imports/${job.id}`, { headers: { 'x-reconnect': '1' } })).json()) as {
          state: string;
        };
        if (view.state !== 'running') break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const journal = (
        await call('journal', { conversation: null, mood: 'calm', connection: 3, happened: 'mine', reflection: '' })
      ).status;
      return { created, journal };
    },
    { passphrase: PASSPHRASE, path: chatPath },
  );
  expect(setup).toEqual({ created: 201, journal: 201 });
  before = await snapshot();
  expect((before.conversations as unknown[]).length).toBe(1);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((resolve) => attacker?.close(resolve));
  rmSync(folder, { recursive: true, force: true });
});

/** a page on another origin, and what the app's server answered while it ran */
async function attackerPage(origin: string): Promise<{ page: Page; answered: () => typeof served }> {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  const from = served.length;
  return { page, answered: () => served.slice(from) };
}

const WRITES = {
  journal: { conversation: null, mood: 'pwned', connection: 1, happened: 'written by another page', reflection: '' },
  forget: { confirm: 'forget everything' },
  settings: { idleLockMinutes: 1440 },
  passphrase: { current: PASSPHRASE, next: 'the attacker chose this' },
} as const;

describe.each([
  ['another port on 127.0.0.1', () => `http://127.0.0.1:${attackerPort}`],
  ['another site', () => `http://${EVIL}:${attackerPort}`],
])('from %s', (_name, origin) => {
  test('a form post, a text/plain fetch and a JSON fetch with the header write nothing', async () => {
    const { page, answered } = await attackerPage(origin());
    const target = `http://127.0.0.1:${server.port}`;
    const outcome = await page.evaluate(
      async ({ target, writes }) => {
        const results: Record<string, string> = {};
        // a cross-site form post, as a plain form and as text/plain made to look like JSON
        for (const enctype of ['application/x-www-form-urlencoded', 'text/plain']) {
          const form = document.createElement('form');
          form.method = 'POST';
          form.action = `${target}/api/journal`;
          form.enctype = enctype;
          form.target = 'sink';
          const input = document.createElement('input');
          input.name = `${JSON.stringify(writes.journal).slice(0, -1)},"x":"`;
          input.value = '"}';
          form.append(input);
          document.body.append(form);
          const loaded = new Promise((resolve) => document.querySelector('iframe')?.addEventListener('load', resolve));
          form.submit();
          await Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, 3000))]);
        }
        // text/plain fetches need no preflight: the browser sends them, and only the server can refuse
        for (const [path, body] of Object.entries(writes)) {
          const method = path === 'settings' ? 'PUT' : 'POST';
          await fetch(`${target}/api/${path}`, {
            method,
            mode: 'no-cors',
            credentials: 'include',
            headers: { 'content-type': 'text/plain' },
            body: JSON.stringify(body),
          }).catch(() => {});
        }
        // the upload route's raw bytes: a Blob body needs no preflight in no-cors mode, and a form can post a
        // multipart body to it
        await fetch(`${target}/api/uploads?name=chat.txt`, {
          method: 'POST',
          mode: 'no-cors',
          credentials: 'include',
          body: new Blob(['12/31/23, 9:41 PM - Alex: written by another page'], { type: 'application/octet-stream' }),
        }).catch(() => {});
        const form = document.createElement('form');
        form.method = 'POST';
        form.action = `${target}/api/uploads?name=chat.txt`;
        form.enctype = 'multipart/form-data';
        form.target = 'sink';
        const field = document.createElement('input');
        field.name = 'file';
        field.value = '12/31/23, 9:41 PM - Alex: written by another page';
        form.append(field);
        document.body.append(form);
        const loaded = new Promise((resolve) => document.querySelector('iframe')?.addEventListener('load', resolve));
        form.submit();
        await Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, 3000))]);
        // a fetch with the header and JSON needs a preflight, which is refused, so the write is never sent
        try {
          await fetch(`${target}/api/journal`, {
            method: 'POST',
            credentials: 'include',
            headers: { 'x-reconnect': '1', 'content-type': 'application/json' },
            body: JSON.stringify(writes.journal),
          });
          results.json = 'sent and read';
        } catch {
          results.json = 'blocked';
        }
        // reading the chat is refused too
        try {
          await fetch(`${target}/api/conversations`, { credentials: 'include', headers: { 'x-reconnect': '1' } });
          results.read = 'read';
        } catch {
          results.read = 'blocked';
        }
        return results;
      },
      { target, writes: WRITES },
    );
    expect(outcome).toEqual({ json: 'blocked', read: 'blocked' });
    // every request that reached the server was refused: 403 from another site or port, never a 2xx
    const answers = answered();
    expect(answers.length).toBeGreaterThanOrEqual(8);
    expect(answers.filter((a) => a.line.startsWith('POST /api/uploads'))).toHaveLength(2);
    expect(answers.filter((a) => a.status !== 403)).toEqual([]);
    await page.close();
    expect(await snapshot()).toEqual(before);
  });

  test('an event stream and a WebSocket on the job stream do not open', async () => {
    const { page, answered } = await attackerPage(origin());
    const job = await app.evaluate(async (path) => {
      const response = await fetch('/api/inspect', {
        method: 'POST',
        headers: { 'x-reconnect': '1', 'content-type': 'application/json' },
        body: JSON.stringify({ path }),
      });
      return ((await response.json()) as { id: string }).id;
    }, chatPath);
    const outcome = await page.evaluate(
      async ({ port, job }) => {
        const events = await new Promise<string>((resolve) => {
          const source = new EventSource(`http://127.0.0.1:${port}/api/inspect/${job}/events`, {
            withCredentials: true,
          });
          source.addEventListener('job', () => resolve('message'));
          source.onerror = () => {
            source.close();
            resolve('refused');
          };
        });
        const socket = await new Promise<string>((resolve) => {
          const ws = new WebSocket(`ws://127.0.0.1:${port}/api/inspect/${job}/events`);
          ws.onopen = () => resolve('open');
          ws.onclose = () => resolve('refused');
        });
        return { events, socket };
      },
      { port: server.port, job },
    );
    expect(outcome).toEqual({ events: 'refused', socket: 'refused' });
    // the event stream and the WebSocket's upgrade, both refused by the server
    expect(answered().filter((a) => a.line.includes('/events'))).toEqual([
      { line: 'GET /api/inspect/ID/events', status: 403 },
      { line: 'GET /api/inspect/ID/events', status: 403 },
    ]);
    await page.close();
  });
});

describe('the rebound name and the token', () => {
  test('a page loaded as evil.example on the app port (DNS rebinding) gets 421 and reads nothing', async () => {
    const page = await context.newPage();
    const response = await page.goto(`http://${EVIL}:${server.port}/`);
    expect(response?.status()).toBe(421);
    const statuses = await page.evaluate(async () => {
      const out: number[] = [];
      for (const [path, init] of [
        ['/api/conversations', { headers: { 'x-reconnect': '1' } }],
        [
          '/api/journal',
          {
            method: 'POST',
            headers: { 'x-reconnect': '1', 'content-type': 'application/json' },
            body: JSON.stringify({ conversation: null, mood: 'x', connection: 1, happened: 'rebound', reflection: '' }),
          },
        ],
      ] as const)
        out.push((await fetch(path, init)).status);
      return out;
    });
    expect(statuses).toEqual([421, 421]);
    await page.close();
    expect(await snapshot()).toEqual(before);
  });

  test('no token, a wrong token, a forged Host and a 100 MB body are refused', async () => {
    const fresh = await browser.newContext();
    const page = await fresh.newPage();
    const origin = `http://127.0.0.1:${server.port}`;
    expect((await page.goto(`${origin}/`))?.status()).toBe(401);
    expect((await page.goto(`${origin}/?token=${'A'.repeat(43)}`))?.status()).toBe(401);
    expect((await page.goto(`${origin}/api/conversations`))?.status()).toBe(401);
    await fresh.close();
    const cookie = (await context.cookies(origin)).map((c) => `${c.name}=${c.value}`).join('; ');
    for (const host of [
      EVIL,
      `${EVIL}:${server.port}`,
      'localhost',
      `127.0.0.1:${server.port + 1}`,
      `[::1]:${server.port}`,
    ])
      expect([host, (await raw('GET', '/api/conversations', { host, cookie })).status]).toEqual([host, 421]);
    // the app's own page sends 100 MB: refused as too large before it is read
    const big = await app.evaluate(async () => {
      const response = await fetch('/api/journal', {
        method: 'POST',
        headers: { 'x-reconnect': '1', 'content-type': 'application/json' },
        body: new Uint8Array(100 * 1024 * 1024).fill(0x20),
      });
      return response.status;
    });
    expect(big).toBe(413);
    // and the same without a stated length, streamed
    const streamed = await raw('POST', '/api/journal', {
      cookie,
      'x-reconnect': '1',
      origin,
      'content-type': 'application/json',
      'sec-fetch-site': 'same-origin',
      streamMiB: '100',
    });
    expect(streamed.status).toBe(413);
    expect(await snapshot()).toEqual(before);
  }, 180_000); // building and sending 100 MB twice takes minutes on a busy 2-core machine

  test('path traversal in every route that touches files', async () => {
    const origin = `http://127.0.0.1:${server.port}`;
    const cookie = (await context.cookies(origin)).map((c) => `${c.name}=${c.value}`).join('; ');
    const headers = { cookie, 'sec-fetch-site': 'same-origin' };
    const index = readFileSync(join(appDistDir(), 'index.html'), 'utf8');
    // the app's own files: nothing outside its folder (a path the URL rules fold back inside gets the app's page)
    for (const path of [
      '/../../../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2f..%2f..%2fpackage.json',
      '/..%5c..%5c..%5cpackage.json',
      '//etc/passwd',
      `/${'..%2f'.repeat(12)}etc%2fpasswd`,
    ]) {
      const response = await raw('GET', path, headers);
      expect([path, response.status === 404 || (response.status === 200 && response.body === index)]).toEqual([
        path,
        true,
      ]);
      expect(response.body).not.toMatch(/root:|"workspaces"|"name": "@reconnect/);
    }
    // the routes that name a file: a relative or dotted path is refused, and nothing is read or written
    const api = (path: string, body: unknown) =>
      app.evaluate(
        async ({ path, body }) => {
          const response = await fetch(`/api/${path}`, {
            method: 'POST',
            headers: { 'x-reconnect': '1', 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          return { status: response.status, body: await response.text() };
        },
        { path, body },
      );
    for (const [route, body] of [
      ['inspect', { path: '../../../../etc/passwd' }],
      ['imports', { path: '../../../../etc/passwd', me: 'Alex' }],
      ['export', { path: '../../outside.vault', kind: 'encrypted' }],
      ['export', { path: `${home}/../vault/vault.db`, kind: 'encrypted' }],
      ['export', { path: `${home}/x/../../vault/copy.vault`, kind: 'encrypted' }],
    ] as const) {
      const answer = await api(route, body);
      expect([route, body.path, answer.status]).toEqual([route, body.path, route === 'export' ? 400 : 422]);
      expect(answer.body).not.toMatch(/root:/);
    }
    expect(await snapshot()).toEqual(before);
  });

  test('the link and the cookie of a previous launch do not open the next one', async () => {
    const port = server.port;
    const oldUrl = server.url;
    await server.close();
    server = await createServer({ port, vault: { module: vaults, home }, staticDir: appDistDir() });
    expect(server.url).not.toBe(oldUrl);
    // the old cookie is still in the browser: the new launch does not take it, nor the old link
    expect((await app.goto(`http://127.0.0.1:${port}/api/session`))?.status()).toBe(401);
    expect((await app.goto(oldUrl))?.status()).toBe(401);
    await app.goto(server.url);
    // the vault is locked in the new launch; unlocked, it holds what it held
    const unlocked = await app.evaluate(async (passphrase) => {
      const response = await fetch('/api/unlock', {
        method: 'POST',
        headers: { 'x-reconnect': '1', 'content-type': 'application/json' },
        body: JSON.stringify({ passphrase }),
      });
      return response.status;
    }, PASSPHRASE);
    expect(unlocked).toBe(200);
    expect(await snapshot()).toEqual(before);
  });
});

/** a request as another program would send it: any Host, any path, optionally a body streamed without a length */
function raw(method: string, path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const { streamMiB, ...sent } = headers;
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, method, path, headers: { host: `127.0.0.1:${server.port}`, ...sent } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      // the server may answer and close while the body is still being sent
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    if (streamMiB !== undefined) {
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let left = Number(streamMiB);
      const pump = () => {
        while (left > 0) {
          left--;
          if (!req.write(chunk)) {
            req.once('drain', pump);
            return;
          }
        }
        req.end();
      };
      pump();
    } else req.end();
  });
}
