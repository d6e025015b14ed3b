import { networkInterfaces } from 'node:os';
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
