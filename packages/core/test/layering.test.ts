import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const coreSrc = join(import.meta.dirname, '..', 'src');
const forbiddenPackages = [
  '@reconnect/vault',
  '@reconnect/server',
  '@reconnect/node',
  '@reconnect/cli',
  '@reconnect/web',
];
const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry) ? [path] : [];
  });
}

function importedSpecifiers(source: string): string[] {
  const specifiers: string[] = [];
  const pattern =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of source.matchAll(pattern)) specifiers.push(match[1] ?? match[2] ?? match[3] ?? '');
  return specifiers;
}

describe('core layering', () => {
  const files = sourceFiles(coreSrc);

  it('finds the core sources', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((f) => [relative(coreSrc, f), f]))('%s imports no node built-ins or outer packages', (_, file) => {
    const bad = importedSpecifiers(readFileSync(file, 'utf8')).filter(
      (s) => nodeBuiltins.has(s) || forbiddenPackages.some((p) => s === p || s.startsWith(`${p}/`)),
    );
    expect(bad).toEqual([]);
  });

  it('the import scanner would catch a violation', () => {
    expect(importedSpecifiers('import { readFile } from \'node:fs\';\nimport x from "fs";')).toEqual(['node:fs', 'fs']);
  });
});
