// the vault's failures, each with a code the commands turn into one clear line

export type VaultErrorCode =
  | 'wrong-passphrase'
  | 'corrupt'
  | 'newer-version'
  | 'locked'
  | 'disk-full'
  | 'not-found'
  | 'exists'
  | 'read-only';

const LINES: Readonly<Record<VaultErrorCode, string>> = {
  'wrong-passphrase': 'That passphrase does not open the vault. Nothing was changed; please try again.',
  corrupt:
    'The vault file is damaged (its contents do not match what was written). Nothing was changed; restore a backup made with `reconnect export`.',
  'newer-version': 'This vault was written by a newer version of Reconnect. Please update Reconnect to open it.',
  locked:
    'The vault is busy in another Reconnect window or command. Close it (or wait for it to finish) and try again.',
  'disk-full': 'The disk is full, so nothing was saved. Free some space and try again; the vault is as it was.',
  'not-found': 'There is no vault here yet. Import a chat first with `reconnect import FILE`.',
  exists: 'A vault already exists here.',
  'read-only': 'The vault folder cannot be written to. Check its permissions and try again.',
};

/** a vault failure: `code` says which, `message` is one plain line for the person */
export class VaultError extends Error {
  readonly code: VaultErrorCode;
  constructor(code: VaultErrorCode, detail?: string) {
    super(detail === undefined ? LINES[code] : `${LINES[code]} (${detail})`);
    this.name = 'VaultError';
    this.code = code;
  }
}

export const isVaultError = (error: unknown): error is VaultError => error instanceof VaultError;

/**
 * Turns a driver or file-system failure into a VaultError where one fits; anything else is returned unchanged.
 * @example throw asVaultError(error)
 */
export function asVaultError(error: unknown): unknown {
  if (error instanceof VaultError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return error;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return new VaultError('disk-full');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new VaultError('locked');
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new VaultError('corrupt');
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new VaultError('read-only');
  return error;
}
