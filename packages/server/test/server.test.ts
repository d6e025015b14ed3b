import { readdirSync, readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../src/server.ts';

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

it('listens on 127.0.0.1 only and prints the one URL with the token', async () => {
  running = await createServer();
  expect(running.address).toBe('127.0.0.1');
  expect(running.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${running.port}/\\?token=[A-Za-z0-9_-]{43}$`));
  const login = await fetch(running.url, { redirect: 'manual' });
  expect(login.status).toBe(303);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const health = await fetch(`http://127.0.0.1:${running.port}/api/health`, {
    headers: { cookie, 'x-reconnect': '1' },
  });
  expect(health.status).toBe(200);
});

it('cannot be reached on any other address of this machine', async () => {
  running = await createServer();
  const others = Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry !== undefined && entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry?.address);
  for (const address of others) {
    await expect(fetch(`http://${address}:${running.port}/api/health`)).rejects.toThrow();
  }
});

it('refuses a large body over a real socket with 413 without reading it all', async () => {
  running = await createServer();
  const login = await fetch(running.url, { redirect: 'manual' });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const big = new Uint8Array(64 << 20).fill(32);
  const response = await fetch(`http://127.0.0.1:${running.port}/api/inspect`, {
    method: 'POST',
    headers: {
      cookie,
      'x-reconnect': '1',
      origin: `http://127.0.0.1:${running.port}`,
      'content-type': 'application/json',
    },
    body: big,
  });
  expect(response.status).toBe(413);
});

it('holds no code that opens a connection to anywhere', () => {
  const folder = join(import.meta.dirname, '..', 'src');
  for (const file of readdirSync(folder)) {
    // code only: comments and type-only imports open nothing
    const source = readFileSync(join(folder, file), 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\*|\/\*\*)/.test(line) && !/^import type /.test(line))
      .join('\n');
    expect(source, file).not.toMatch(/\bfetch\(|node:(net|tls|dns|https|http2|dgram)\b|WebSocket|XMLHttpRequest/);
    expect(source, file).not.toMatch(/from 'node:http'/);
  }
});
