// a group analysed as a couple says it is a group, in the summary and beside --json
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { expect, test } from 'vitest';
import { registerAnalyze } from '../src/commands/analyze.ts';

async function analyze(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const program = new Command('reconnect').exitOverride();
  registerAnalyze(program, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  await program.parseAsync(['node', 'reconnect', 'analyze', ...args]);
  return { stdout, stderr };
}

const lines: string[] = [];
for (let day = 1; day <= 28; day++) {
  const date = `${String(day).padStart(2, '0')}/03/2024`;
  lines.push(`${date}, 08:15 - Alex: morning all`, `${date}, 08:40 - Sam: hi!`, `${date}, 09:00 - Jo 🌻: hello`);
}

test('a chat of three people analysed with --me and --partner says it is a group', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'reconnect-group-')), 'chat.txt');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const human = await analyze(file, '--me', 'alex', '--partner', 'jo', '--tz', 'UTC');
  expect(human.stdout).toContain('This is a group chat of 3 people');
  expect(human.stdout).toContain('Alex (you) and Jo 🌻');
  const json = await analyze(file, '--me', 'alex', '--partner', 'sam', '--tz', 'UTC', '--json');
  expect(json.stderr).toContain('group chat of 3 people');
  expect(JSON.parse(json.stdout).partner).toBe('Sam');
});
