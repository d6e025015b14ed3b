// names, chat titles, file names and error excerpts from a file never carry escape sequences to the terminal
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { terminalSafe, terminalSafeJson } from '../src/ui/terminal-text.ts';
import { ensureBuilt, runCli } from './helpers/cli.ts';

const CLIPBOARD = '\u001b]52;c;cm0gLXJmIH4=\u0007';
const TITLE = '\u001b]0;pwned\u001b\\';
const CSI = '\u009b2J';
const BIDI = '\u202e';
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function telegramExport(): string {
  const sam = `Sam${CLIPBOARD}`;
  const alex = `Alex${TITLE}${BIDI}`;
  const messages = [];
  for (let day = 0; day < 40; day++) {
    const at = 1_709_287_200 + day * 86_400;
    messages.push(
      { id: day * 2, type: 'message', date_unixtime: String(at), from: alex, from_id: 'user1', text: 'how are you?' },
      { id: day * 2 + 1, type: 'message', date_unixtime: String(at + 600), from: sam, from_id: 'user2', text: 'ok' },
    );
  }
  return JSON.stringify({ name: `Chat ${CSI}${TITLE}`, type: 'personal_chat', id: 7, messages });
}

describe('terminalSafe', () => {
  test('removes escape sequences, C1 controls and bidi overrides, keeps the visible text', () => {
    expect(terminalSafe(`Sam${CLIPBOARD} 🌻`)).toBe('Sam]52;c;cm0gLXJmIH4= 🌻');
    expect(terminalSafe(`a${CSI}\tb\r\nc${BIDI}`)).toBe('a2J b c');
  });

  test('JSON keeps the same value with the remaining controls escaped', () => {
    const value = { name: `x${CSI}${BIDI}\u001b` };
    const json = terminalSafeJson(value);
    expect(json).not.toMatch(CONTROL);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('the built command on an export with hostile names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reconnect-escape-'));
  const file = join(dir, 'result.json');
  beforeAll(() => {
    ensureBuilt();
    writeFileSync(file, telegramExport());
  }, 120_000);

  test.each([
    ['inspect', [file]],
    ['inspect --json', [file, '--json']],
    ['analyze', [file, '--me', 'alex', '--tz', 'UTC']],
    ['analyze --json', [file, '--me', 'alex', '--tz', 'UTC', '--json']],
    ['analyze, unknown --me', [file, '--me', 'Nobody', '--tz', 'UTC']],
  ])('%s prints no control characters', (name, args) => {
    const run = runCli([name.split(/[ ,]/)[0] as string, ...args]);
    expect(run.stdout + run.stderr).toContain('Sam');
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stderr).not.toMatch(CONTROL);
  });

  test('a file name with an escape sequence is cleaned in the error line', () => {
    const hostile = join(dir, `notes${TITLE}.txt`);
    writeFileSync(hostile, `just some text ${CLIPBOARD}\n`);
    const run = runCli(['inspect', hostile]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('notes');
    expect(run.stderr).not.toMatch(CONTROL);
  });
});
