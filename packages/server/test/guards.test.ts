// One test per guard of docs/SECURITY.md "The local server", each with a request that must be refused.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { API_HEADER, CONTENT_SECURITY_POLICY } from '../src/guards.ts';
import { appRequest, login, PORT } from './helpers.ts';

let folder: string;
let staticDir: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'reconnect-server-'));
  staticDir = join(folder, 'app');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Reconnect</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(staticDir, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(folder, 'secret.txt'), 'outside the app folder');
  symlinkSync(join(folder, 'secret.txt'), join(staticDir, 'assets', 'link.txt'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function launch() {
  return createApp({ port: PORT, staticDir });
}

describe('the Host allow-list', () => {
  it.each([
    ['evil.example', 'a rebound name'],
    [`evil.example:${PORT}`, 'a rebound name with the port'],
    ['', 'an empty Host'],
    [`127.0.0.1:${PORT + 1}`, 'another port'],
    [`my-laptop.local:${PORT}`, "the machine's own name"],
  ])('answers 421 to Host %j (%s)', async (host) => {
    const { app, token } = launch();
    const cookie = await login(app, token);
    const response = await app.request('/api/health', {
      headers: { host, cookie, [API_HEADER]: '1', 'sec-fetch-site': 'same-origin' },
    });
    expect(response.status).toBe(421);
    expect(await response.text()).not.toContain('"ok"');
  });

  it('answers 421 with no Host at all, even with the token', async () => {
    const { app, token } = launch();
    const response = await app.request(`/?token=${token}`);
    expect(response.status).toBe(421);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('accepts localhost and 127.0.0.1 on its own port', async () => {
    const { app, token } = launch();
    const cookie = await login(app, token);
    for (const host of [`127.0.0.1:${PORT}`, `localhost:${PORT}`]) {
      const response = await appRequest(app, cookie, '/api/health', { headers: { host } });
      expect(response.status).toBe(200);
    }
  });
});

describe('the per-launch token and its cookie', () => {
  it('exchanges the token for an HttpOnly SameSite=Strict cookie and drops it from the address', async () => {
    const { app, token } = launch();
    const response = await app.request(`/?token=${token}`, {
      headers: { host: `127.0.0.1:${PORT}`, 'sec-fetch-site': 'none', 'sec-fetch-mode': 'navigate' },
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toContain(token);
  });

  it('refuses a request with no cookie', async () => {
    const { app } = launch();
    const response = await appRequest(app, '', '/api/health');
    expect(response.status).toBe(401);
  });

  it('refuses a wrong token and sets no cookie', async () => {
    const { app, token } = launch();
    const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const response = await app.request(`/?token=${wrong}`, {
      headers: { host: `127.0.0.1:${PORT}`, 'sec-fetch-site': 'none', 'sec-fetch-mode': 'navigate' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it("refuses the previous launch's token and cookie", async () => {
    const previous = launch();
    const oldCookie = await login(previous.app, previous.token);
    const current = launch();
    expect((await appRequest(current.app, oldCookie, '/api/health')).status).toBe(401);
    const response = await current.app.request(`/?token=${previous.token}`, {
      headers: { host: `127.0.0.1:${PORT}`, 'sec-fetch-site': 'none', 'sec-fetch-mode': 'navigate' },
    });
    expect(response.status).toBe(401);
  });

  it('refuses a forged cookie value', async () => {
    const { app, token } = launch();
    const cookie = await login(app, token);
    const forged = `${cookie.split('=')[0]}=${'x'.repeat(43)}`;
    expect((await appRequest(app, forged, '/api/health')).status).toBe(401);
  });

  it('refuses an API call without the custom header', async () => {
    const { app, token } = launch();
    const cookie = await login(app, token);
    const response = await app.request('/api/health', {
      headers: { host: `127.0.0.1:${PORT}`, cookie, 'sec-fetch-site': 'same-origin' },
    });
    expect(response.status).toBe(403);
  });

  it('serves no app page without the cookie', async () => {
    const { app } = launch();
    const response = await app.request('/', { headers: { host: `127.0.0.1:${PORT}` } });
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain('<title>Reconnect');
  });
});

describe('writes from other sites', () => {
  it('refuses a cross-site form post with 403 before reading it', async () => {
    const { app, token } = launch();
    const cookie = await login(app, token);
    const response = await app.request('/api/lock', {
      method: 'POST',
      headers: {
        host: `127.0.0.1:${PORT}`,
        cookie,
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'a=b',
    });
    expect(response.status).toBe(403);
  });

  it('refuses a same-origin form post (no custom header, not JSON)', async () => {
    const { app, token } = launch();
    const cookie = await login(app, token);
    const response = await appRequest(app, cookie, '/api/lock', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(415);
  });

  it('refuses a text/plain fetch with 415', async () => {
    const { app, token } = launch();
    const cookie = await login(app, token);
    const response = await appRequest(app, cookie, '/api/lock', {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
    });
    expect(response.status).toBe(415);
  });

  it('refuses a write with a foreign Origin, even with the cookie and header', async () => {
    const { app, token } = launch();
    const cookie = await login(app, token);
    for (const origin of ['https://evil.example', `http://127.0.0.1:${PORT + 1}`, 'null']) {
      const response = await appRequest(app, cookie, '/api/lock', { method: 'POST', headers: { origin } });
      expect(response.status).toBe(403);
    }
  });

  it('refuses a write with no Origin', async () => {
    const { app, token } = launch();
    const cookie = await login(app, token);
    const response = await app.request('/api/lock', {
      method: 'POST',
      headers: {
        host: `127.0.0.1:${PORT}`,
        cookie,
        [API_HEADER]: '1',
        'content-type': 'application/json',
      },
      body: '{}',
    });
    expect(response.status).toBe(403);
  });

  it('refuses a same-site request from another port on this machine', async () => {
    const { app, token } = launch();
    const cookie = await login(app, token);
    const response = await appRequest(app, cookie, '/api/health', {
      headers: { 'sec-fetch-site': 'same-site', origin: `http://127.0.0.1:${PORT + 1}` },
    });
    expect(response.status).toBe(403);
  });

  it('refuses a foreign-origin event stream and a WebSocket upgrade', async () => {
    const { app, token } = launch();
    const cookie = await login(app, token);
    const stream = await app.request('/api/imports/1/events', {
      headers: {
        host: `127.0.0.1:${PORT}`,
        cookie,
        accept: 'text/event-stream',
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
        'sec-fetch-mode': 'cors',
      },
    });
    expect(stream.status).toBe(403);
    const socket = await appRequest(app, cookie, '/api/health', {
      headers: { upgrade: 'websocket', connection: 'Upgrade', origin: 'https://evil.example' },
    });
    expect(socket.status).toBe(403);
  });

  it('refuses an oversized body with 413', async () => {
    const { app, token } = createApp({ port: PORT, maxBodyBytes: 1024 });
    const cookie = await login(app, token);
    const response = await appRequest(app, cookie, '/api/lock', { body: { pad: 'x'.repeat(4096) } });
    expect(response.status).toBe(413);
  });

  it('accepts the same write from its own page', async () => {
    const { app, token } = launch();
    const cookie = await login(app, token);
    const response = await appRequest(app, cookie, '/api/lock', { body: {} });
    expect(response.status).toBe(200);
  });
});

describe('headers on every response', () => {
  it('sends the strict CSP and no CORS header, on answers and refusals alike', async () => {
    const { app, token } = launch();
    const cookie = await login(app, token);
    const responses = [
      await appRequest(app, cookie, '/api/health'),
      await appRequest(app, cookie, '/api/health', { headers: { origin: 'https://evil.example' } }),
      await app.request('/', { headers: { host: 'evil.example' } }),
      await app.request('/api/health', {
        method: 'OPTIONS',
        headers: {
          host: `127.0.0.1:${PORT}`,
          origin: 'https://evil.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': API_HEADER,
        },
      }),
    ];
    for (const response of responses) {
      const csp = response.headers.get('content-security-policy') ?? '';
      for (const part of CONTENT_SECURITY_POLICY.split('; ')) expect(csp).toContain(part);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      for (const name of response.headers.keys()) expect(name).not.toMatch(/^access-control-/);
    }
    expect(responses[3]?.status).not.toBe(204);
    expect(responses[3]?.status).not.toBe(200);
  });
});

describe('the app files', () => {
  it('serves the page and its assets with their content types', async () => {
    const { app, token } = launch();
    const cookie = await login(app, token);
    const page = await appRequest(app, cookie, '/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect((await appRequest(app, cookie, '/assets/app.js')).headers.get('content-type')).toMatch(
      /^(text|application)\/javascript/,
    );
    expect((await appRequest(app, cookie, '/assets/app.css')).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/assets/link.txt',
    '/%2fetc%2fpasswd',
  ])('refuses the path %j', async (path) => {
    const { app, token } = launch();
    const cookie = await login(app, token);
    const response = await appRequest(app, cookie, path);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the app folder');
  });

  it('lists no directory', async () => {
    const { app, token } = launch();
    const cookie = await login(app, token);
    const response = await appRequest(app, cookie, '/assets/');
    expect(await response.text()).not.toContain('app.js');
  });
});
