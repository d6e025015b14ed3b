// where the vault lives: RECONNECT_HOME, else the platform's folder for an app's own data

import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** the files of a vault inside its folder */
export const VAULT_FILES = {
  header: 'vault.key',
  database: 'vault.db',
  lockRequest: 'lock-request',
  /** the key file while a wipe destroys it: from the moment it is renamed there is no vault */
  wiping: 'vault.key.wiping',
  backups: 'backups',
} as const;

/**
 * The vault's folder: `RECONNECT_HOME` when set, else `$XDG_DATA_HOME/reconnect` (or `~/.local/share/reconnect`) on
 * Linux, `~/Library/Application Support/Reconnect` on macOS and `%APPDATA%\Reconnect` on Windows.
 * @example vaultHome({ RECONNECT_HOME: '/tmp/r' }) // '/tmp/r'
 */
export function vaultHome(
  env: Readonly<Record<string, string | undefined>> = process.env,
  platform = process.platform,
): string {
  const own = env.RECONNECT_HOME;
  if (own !== undefined && own !== '') return own;
  const home = env.HOME !== undefined && env.HOME !== '' ? env.HOME : homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Reconnect');
  if (platform === 'win32') {
    const appData = env.APPDATA !== undefined && env.APPDATA !== '' ? env.APPDATA : join(home, 'AppData', 'Roaming');
    return join(appData, 'Reconnect');
  }
  // the XDG rule: only an absolute XDG_DATA_HOME counts
  const xdg = env.XDG_DATA_HOME ?? '';
  const data = xdg.startsWith('/') ? xdg : join(home, '.local', 'share');
  return join(data, 'reconnect');
}

/** makes the folder (and its parents) when missing, and keeps it private to this user (0700) */
export function ensurePrivateFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') chmodSync(folder, 0o700);
}

/** writes a file whole or not at all: a private temporary file, fsync, rename over the old one, fsync the folder */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(temp, 'w', 0o600);
    try {
      let done = 0;
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    // a full disk or a failed rename leaves no half-written file behind (it may hold readable data)
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dirname(path));
}

/** flushes a folder's entries (a rename or a removal) to disk where the platform allows it */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32' || !existsSync(folder)) return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
