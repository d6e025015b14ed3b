// Ctrl-C or SIGTERM: the half-written report is removed, one calm line is printed, and the exit code is 130 or 143
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { onInterrupt, trackTemporaryFile } from '../src/ui/interrupt.ts';
import { cli, ensureBuilt } from './helpers/cli.ts';

describe('onInterrupt', () => {
  test('removes every temporary file still being written, says so once, and exits 130 for SIGINT', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reconnect-interrupt-'));
    const temp = join(dir, '.report.html.123.abc.tmp');
    writeFileSync(temp, 'the whole private report');
    const finished = join(dir, '.other.tmp');
    writeFileSync(finished, 'renamed already');
    trackTemporaryFile(temp);
    trackTemporaryFile(finished)();
    let printed = '';
    let code: number | undefined;
    onInterrupt('SIGINT', { stderr: { write: (text: string) => (printed += text) }, exit: (c) => (code = c) });
    expect(existsSync(temp)).toBe(false);
    expect(existsSync(finished)).toBe(true);
    expect(code).toBe(130);
    expect(printed.split('\n').filter(Boolean)).toHaveLength(1);
    expect(printed).toMatch(/^reconnect: Stopped.*nothing was saved/);
  });

  test('exits 143 for SIGTERM', () => {
    let code: number | undefined;
    onInterrupt('SIGTERM', { stderr: { write: () => true }, exit: (c) => (code = c) });
    expect(code).toBe(143);
  });
});

/** starts `reconnect coach` waiting on standard input and stops it with `signal` after `waitMs` */
async function stopWith(
  signal: 'SIGINT' | 'SIGTERM',
  waitMs: number,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [cli, 'coach'], { env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  await new Promise((r) => setTimeout(r, waitMs));
  child.kill(signal);
  return { code: await done, stderr };
}

/** a signal that arrives before the command has started is not its to handle: retry, waiting longer each time */
async function stopOnceStarted(signal: 'SIGINT' | 'SIGTERM'): Promise<{ code: number | null; stderr: string }> {
  let result = { code: null as number | null, stderr: '' };
  for (let waitMs = 100; waitMs <= 6400; waitMs *= 2) {
    result = await stopWith(signal, waitMs);
    if (result.code !== null) return result;
  }
  return result;
}

describe.runIf(process.platform === 'linux')('the built command', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  test('Ctrl-C exits 130 with one calm line', { timeout: 60_000 }, async () => {
    const { code, stderr } = await stopOnceStarted('SIGINT');
    expect(code).toBe(130);
    expect(stderr.trim().split('\n')).toEqual(['reconnect: Stopped.']);
  });

  test('SIGTERM exits 143', { timeout: 60_000 }, async () => {
    expect((await stopOnceStarted('SIGTERM')).code).toBe(143);
  });
});
