// every command that writes follows one rule: never the input, never a folder or an empty name, never silently over a file
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Command } from 'commander';
import { describe, expect, test } from 'vitest';
import { describeFailure, EXIT_RUNTIME, EXIT_USAGE } from '../src/cli-error.ts';
import { registerAnalyze } from '../src/commands/analyze.ts';
import { runDemo } from '../src/commands/demo.ts';
import { CHAT } from './helpers/cli.ts';

const quiet = { write: () => true };

async function analyze(...args: string[]): Promise<{ line: string; exitCode: number } | null> {
  const program = new Command('reconnect').exitOverride();
  registerAnalyze(program, { stdout: quiet, stderr: quiet });
  return program.parseAsync(['node', 'reconnect', 'analyze', ...args, '--me', 'Alex', '--tz', 'UTC']).then(
    () => null,
    (error: unknown) => describeFailure(error),
  );
}

function chatIn(): { dir: string; chat: string } {
  const dir = mkdtempSync(join(tmpdir(), 'reconnect-out-'));
  const chat = join(dir, 'chat.txt');
  writeFileSync(chat, `${CHAT}\n`);
  return { dir, chat };
}

describe('--html never harms the chat it reads', () => {
  test('the same path is refused and the export stays as it was', async () => {
    const { chat } = chatIn();
    const failure = await analyze(chat, '--html', chat, '--force');
    expect(failure?.exitCode).toBe(EXIT_USAGE);
    expect(failure?.line).toContain('will not write over it');
    expect(readFileSync(chat, 'utf8')).toBe(`${CHAT}\n`);
  });

  test('another spelling, a symlink or a hard link to the export is refused too, even with --force', async () => {
    const { dir, chat } = chatIn();
    mkdirSync(join(dir, 'sub'));
    symlinkSync(chat, join(dir, 'link.html'));
    linkSync(chat, join(dir, 'hard.html'));
    symlinkSync(dir, join(dir, 'again'));
    const spellings = [
      join(dir, 'sub', '..', 'chat.txt'),
      relative(process.cwd(), chat),
      join(dir, 'link.html'),
      join(dir, 'hard.html'),
      join(dir, 'again', 'chat.txt'),
    ];
    for (const out of spellings) {
      const failure = await analyze(chat, '--html', out, '--force');
      expect(failure, out).toMatchObject({ exitCode: EXIT_USAGE, line: expect.stringContaining('will not write') });
    }
    expect(readFileSync(chat, 'utf8')).toBe(`${CHAT}\n`);
  });

  test('an existing file needs --force', async () => {
    const { dir, chat } = chatIn();
    const out = join(dir, 'report.html');
    writeFileSync(out, 'my notes');
    const failure = await analyze(chat, '--html', out);
    expect(failure).toMatchObject({ exitCode: EXIT_RUNTIME, line: expect.stringContaining('--force') });
    expect(readFileSync(out, 'utf8')).toBe('my notes');
    expect(await analyze(chat, '--html', out, '--force')).toBeNull();
    expect(readFileSync(out, 'utf8')).toContain('<!doctype html>');
  });

  test('a folder or an empty name is a plain usage error, and nothing is left behind', async () => {
    const { dir, chat } = chatIn();
    mkdirSync(join(dir, 'reports'));
    const folder = await analyze(chat, '--html', join(dir, 'reports'));
    expect(folder).toMatchObject({ exitCode: EXIT_USAGE, line: expect.stringContaining('is a folder') });
    const empty = await analyze(chat, '--html', '');
    expect(empty).toMatchObject({ exitCode: EXIT_USAGE, line: expect.stringContaining('needs a file name') });
    const blank = await analyze(chat, '--html', '  ');
    expect(blank?.exitCode).toBe(EXIT_USAGE);
    expect(readdirSync(dir).sort()).toEqual(['chat.txt', 'reports']);
    expect(readdirSync(join(dir, 'reports'))).toEqual([]);
  });
});

describe('demo --out follows the same rule', () => {
  test('a folder or an empty name is refused', async () => {
    const { dir } = chatIn();
    for (const out of [dir, '']) {
      const failure = await runDemo({ out, force: true }, { stdout: quiet }).then(
        () => null,
        (error: unknown) => describeFailure(error),
      );
      expect(failure?.exitCode, out).toBe(EXIT_USAGE);
    }
    expect(readdirSync(dir)).toEqual(['chat.txt']);
  });
});
