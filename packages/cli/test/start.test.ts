// `reconnect start`: one line with the URL, served on 127.0.0.1 until Ctrl-C, which stops it cleanly
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { cli, ensureBuilt } from './helpers/cli.ts';

beforeAll(() => ensureBuilt());

it('prints the one URL with its token, serves it, and stops on Ctrl-C', async () => {
  const home = join(tmpdir(), `reconnect-start-${process.pid}`);
  const child = spawn(process.execPath, [cli, 'start', '--no-open'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, RECONNECT_HOME: home },
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let stdout = '';
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) resolve(stdout.split('\n')[0] ?? '');
    });
    child.on('exit', () => reject(new Error(`exited before printing: ${stdout}`)));
  });
  const url = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=[A-Za-z0-9_-]{43}/.exec(line);
  expect(url).not.toBeNull();
  const login = await fetch(url?.[0] ?? '', { redirect: 'manual' });
  expect(login.status).toBe(303);
  expect(login.headers.get('set-cookie')).toMatch(/HttpOnly/i);
  child.kill('SIGINT');
  expect(await exited).toBe(130);
  await expect(fetch(`http://127.0.0.1:${url?.[1]}/`)).rejects.toThrow();
  expect(existsSync(home)).toBe(false);
});

it('serves the demo from a temporary vault and removes it on Ctrl-C', async () => {
  const demoFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith('reconnect-app-demo-'));
  const before = demoFolders();
  const child = spawn(process.execPath, [cli, 'start', '--no-open', '--demo'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const line = await new Promise<string>((resolve) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) resolve(stdout);
    });
  });
  const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(line)?.[0] ?? '';
  const login = await fetch(url, { redirect: 'manual' });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const session = await fetch(new URL('/api/session', url), { headers: { cookie, 'x-reconnect': '1' } });
  expect(await session.json()).toMatchObject({ demo: true, vault: { exists: true, locked: false } });
  expect(demoFolders().length).toBe(before.length + 1);
  child.kill('SIGINT');
  expect(await exited).toBe(130);
  expect(demoFolders()).toEqual(before);
});

it('refuses a port that is not a number', async () => {
  const child = spawn(process.execPath, [cli, 'start', '--no-open', '--port', 'eighty'], { stdio: 'ignore' });
  expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(2);
});
