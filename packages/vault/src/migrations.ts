// numbered SQL migrations (migrations/NNN-name.sql), applied in order; PRAGMA user_version records the last one

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { VaultError } from './errors.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** the folder of the SQL files, found through the package so it works from the sources and from the CLI bundle */
function migrationsFolder(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@reconnect/vault/package.json')), 'migrations');
}

let cached: readonly Migration[] | undefined;

/**
 * Every migration, in order; the numbers run 1, 2, 3 … without gaps.
 * @example migrations().at(-1)?.version // the newest schema version
 */
export function migrations(): readonly Migration[] {
  if (cached !== undefined) return cached;
  const folder = migrationsFolder();
  const found = readdirSync(folder)
    .filter((name) => /^\d{3}-[a-z0-9-]+\.sql$/.test(name))
    .sort()
    .map((name) => ({ version: Number(name.slice(0, 3)), name, sql: readFileSync(join(folder, name), 'utf8') }));
  found.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} is out of sequence (expected number ${i + 1})`);
  });
  cached = found;
  return found;
}

/** the schema version this code writes */
export const latestSchemaVersion = (): number => migrations().length;

/**
 * Brings the database up to `upTo` (the newest by default), each migration in its own transaction; a database from
 * a newer Reconnect is refused, never changed.
 * @example migrate(db) // 0 → 3 on a fresh vault
 */
export function migrate(db: BetterSqlite3.Database, upTo = latestSchemaVersion()): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latestSchemaVersion()) throw new VaultError('newer-version');
  for (const migration of migrations()) {
    if (migration.version <= current || migration.version > upTo) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return db.pragma('user_version', { simple: true }) as number;
}
