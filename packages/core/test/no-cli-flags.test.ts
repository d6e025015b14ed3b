// The core states what is wrong; each interface words the remedy. So no text in the core names a CLI flag, which a
// web page would otherwise show as it is.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');
const FLAG_IN_STRING = /(['"`])(?:(?!\1)[^\n\\]|\\.)*--(?:format|chat|me|partner|tz|merge|html|json|force|out)\b/;

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? files(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** the source without comments, so that examples in doc comments do not count */
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

test('no string in the core names a command-line flag', () => {
  const offenders = files(src).filter((file) => FLAG_IN_STRING.test(code(readFileSync(file, 'utf8'))));
  expect(offenders).toEqual([]);
});

test('the check finds a flag in a string', () => {
  expect(FLAG_IN_STRING.test(code('const hint = `If that looks wrong, try --format whatsapp.`;'))).toBe(true);
  expect(FLAG_IN_STRING.test(code('// try --format whatsapp\nconst x = 1;'))).toBe(false);
});
