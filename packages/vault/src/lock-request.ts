// `reconnect lock` asks a running app to lock: it writes a small file in the vault folder that the app watches

import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateFolder, VAULT_FILES, writeFileAtomic } from './home.ts';

/**
 * Records a request to lock, with its time; a running app that sees a newer request than its unlock locks itself
 * (closes the database and zeroes its keys).
 * @example requestLock(vaultHome()) // writes <home>/lock-request
 */
export function requestLock(home: string, now: number = Date.now()): void {
  ensurePrivateFolder(home);
  // each request is told apart by its own id, not only by its time: the clock may have been set back since the
  // app was unlocked
  writeFileAtomic(
    join(home, VAULT_FILES.lockRequest),
    Buffer.from(`${JSON.stringify({ requestedAt: now, id: randomUUID() })}\n`, 'utf8'),
  );
}

/**
 * The latest lock request as it stands (null when there is none): an app keeps the one it saw when it was unlocked,
 * and locks when it sees another, whatever the clock says.
 * @example const seen = lockRequestMark(home); … if (lockRequestMark(home) !== seen) vault.lock()
 */
export function lockRequestMark(home: string): string | null {
  try {
    return readFileSync(join(home, VAULT_FILES.lockRequest), 'utf8');
  } catch {
    return null;
  }
}

/**
 * True when a lock was requested at or after `since` (epoch ms), e.g. since the app was unlocked.
 * @example if (lockRequestedSince(home, unlockedAt)) vault.lock()
 */
export function lockRequestedSince(home: string, since: number): boolean {
  const file = join(home, VAULT_FILES.lockRequest);
  if (!existsSync(file)) return false;
  try {
    const { requestedAt } = JSON.parse(readFileSync(file, 'utf8')) as { requestedAt?: unknown };
    return typeof requestedAt === 'number' && requestedAt >= since;
  } catch {
    return false;
  }
}
