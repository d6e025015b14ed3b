// only the vault imports the SQLite driver; every other package reaches the database through @reconnect/vault
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const packages = join(import.meta.dirname, '..', '..');

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sources(path);
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) ? [path] : [];
  });
}

test('no package but the vault imports better-sqlite3', () => {
  const offenders = readdirSync(packages)
    .filter((name) => name !== 'vault')
    .flatMap((name) => sources(join(packages, name)))
    .filter((file) =>
      /from\s+['"]better-sqlite3|require\(['"]better-sqlite3|import\(['"]better-sqlite3/.test(
        readFileSync(file, 'utf8'),
      ),
    );
  expect(offenders).toEqual([]);
  // the check itself finds the vault's own import
  expect(
    sources(join(packages, 'vault', 'src')).some((f) =>
      readFileSync(f, 'utf8').includes("from 'better-sqlite3-multiple-ciphers'"),
    ),
  ).toBe(true);
});
