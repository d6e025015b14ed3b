// each colour is defined once: in styles/tokens.css, which every stylesheet and chart reads
/// <reference lib="dom" />
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CHART_TOKENS } from '../src/tokens.ts';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const TOKENS = join(SRC, 'styles', 'tokens.css');
const COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|oklch)\(/gi;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

describe('design tokens', () => {
  test('no stylesheet or component writes a colour of its own', () => {
    const stray = filesUnder(SRC)
      .filter((file) => file !== TOKENS && /\.(?:css|tsx?)$/.test(file))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(COLOUR)].map((m) => `${relative(SRC, file)}: ${m[0]}`),
      );
    expect(stray).toEqual([]);
  });

  test('every chart colour the charts read is defined in tokens.css', () => {
    const css = readFileSync(TOKENS, 'utf8');
    for (const property of Object.values(CHART_TOKENS)) expect(css).toMatch(new RegExp(`${property}:\\s*\\S`));
  });

  test('every custom property a stylesheet uses is defined in tokens.css', () => {
    const css = readFileSync(TOKENS, 'utf8');
    const defined = new Set([...css.matchAll(/(--[\w-]+):/g)].map((m) => m[1]));
    const used = filesUnder(SRC)
      .filter((file) => file.endsWith('.css'))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/var\((--[\w-]+)\)/g)].map((m) => m[1]));
    const local = new Set(['--fill']);
    expect(used.filter((name) => !defined.has(name) && !local.has(name as string))).toEqual([]);
  });
});
