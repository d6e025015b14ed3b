// `reconnect start`: one line with the URL, served on 127.0.0.1 until Ctrl-C, which stops it cleanly
import { spawn } from 'node:child_process';
import { beforeAll, expect, it } from 'vitest';
import { cli, ensureBuilt } from './helpers/cli.ts';

beforeAll(() => ensureBuilt());

it('prints the one URL with its token, serves it, and stops on Ctrl-C', async () => {
  const child = spawn(process.execPath, [cli, 'start', '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'] });
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
});

it('refuses a port that is not a number', async () => {
  const child = spawn(process.execPath, [cli, 'start', '--no-open', '--port', 'eighty'], { stdio: 'ignore' });
  expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(2);
});
