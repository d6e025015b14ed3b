// the key hierarchy: a random data key opens the database; it is kept wrapped under a key derived from the passphrase

import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { type Algorithm, hashRaw } from '@node-rs/argon2';
import { VaultError } from './errors.ts';

/** the header format this code writes and the newest it reads */
export const HEADER_VERSION = 1;
/** the database cipher of SQLite3 Multiple Ciphers */
export const DATABASE_CIPHER = 'chacha20';

/** the floor for key derivation (SECURITY.md): Argon2id with at least 64 MiB, 3 passes, 4 lanes */
export const KDF_FLOOR = { memoryKiB: 65_536, iterations: 3, parallelism: 4 } as const;

export interface KdfParams {
  readonly name: 'argon2id';
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
  /** base64 */
  readonly salt: string;
}

/** the versioned header (`vault.key`): how to derive the wrapping key, and the wrapped data key */
export interface VaultHeader {
  readonly format: 'reconnect-vault';
  readonly version: number;
  readonly cipher: string;
  readonly kdf: KdfParams;
  readonly wrap: { readonly name: 'aes-256-gcm'; readonly iv: string; readonly tag: string; readonly key: string };
  /** sha-256 of everything above, to tell a damaged header from a wrong passphrase */
  readonly check: string;
}

const ARGON2ID = 2 as Algorithm;

/** the passphrase as UTF-8 in Unicode normal form C, so a typed and a stored (environment) passphrase agree */
const passphraseBytes = (passphrase: Uint8Array | string): Buffer =>
  Buffer.from(
    (typeof passphrase === 'string' ? passphrase : Buffer.from(passphrase).toString('utf8')).normalize('NFC'),
    'utf8',
  );

/** the header's fields that are bound to the wrapped key as associated data (everything but the wrap itself) */
const associatedData = (header: Pick<VaultHeader, 'format' | 'version' | 'cipher' | 'kdf'>): Buffer =>
  Buffer.from(
    JSON.stringify([
      header.format,
      header.version,
      header.cipher,
      header.kdf.name,
      header.kdf.memoryKiB,
      header.kdf.iterations,
      header.kdf.parallelism,
      header.kdf.salt,
    ]),
    'utf8',
  );

const checksum = (header: Omit<VaultHeader, 'check'>): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        associatedData(header).toString('utf8'),
        header.wrap.name,
        header.wrap.iv,
        header.wrap.tag,
        header.wrap.key,
      ]),
    )
    .digest('hex');

async function deriveWrappingKey(passphrase: Uint8Array | string, kdf: KdfParams): Promise<Buffer> {
  const bytes = passphraseBytes(passphrase);
  return hashRaw(bytes, {
    algorithm: ARGON2ID,
    memoryCost: kdf.memoryKiB,
    timeCost: kdf.iterations,
    parallelism: kdf.parallelism,
    outputLen: 32,
    salt: Buffer.from(kdf.salt, 'base64'),
  }).finally(() => bytes.fill(0));
}

/**
 * Wraps `dataKey` under a key derived from `passphrase` with a fresh salt, and returns the whole header.
 * @example const header = await wrapDataKey(randomBytes(32), 'correct horse')
 */
export async function wrapDataKey(
  dataKey: Uint8Array,
  passphrase: Uint8Array | string,
  params: Omit<KdfParams, 'name' | 'salt'> = KDF_FLOOR,
): Promise<VaultHeader> {
  const kdf: KdfParams = { name: 'argon2id', ...params, salt: randomBytes(16).toString('base64') };
  const base = { format: 'reconnect-vault' as const, version: HEADER_VERSION, cipher: DATABASE_CIPHER, kdf };
  const wrappingKey = await deriveWrappingKey(passphrase, kdf);
  try {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
    cipher.setAAD(associatedData(base));
    const key = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    const wrap = {
      name: 'aes-256-gcm' as const,
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      key: key.toString('base64'),
    };
    return { ...base, wrap, check: checksum({ ...base, wrap }) };
  } finally {
    wrappingKey.fill(0);
  }
}

/**
 * Reads a header file's bytes; a damaged one is `corrupt`, one from a newer Reconnect is `newer-version`.
 * @example const header = parseHeader(readFileSync(path))
 */
export function parseHeader(bytes: Uint8Array): VaultHeader {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new VaultError('corrupt', 'the key file cannot be read');
  }
  const header = value as VaultHeader;
  if (typeof header !== 'object' || header === null || header.format !== 'reconnect-vault')
    throw new VaultError('corrupt', 'the key file is not a Reconnect key file');
  if (typeof header.version !== 'number') throw new VaultError('corrupt', 'the key file has no version');
  if (header.version > HEADER_VERSION) throw new VaultError('newer-version');
  const kdf = header.kdf;
  const wrap = header.wrap;
  if (
    typeof kdf !== 'object' ||
    kdf === null ||
    kdf.name !== 'argon2id' ||
    typeof wrap !== 'object' ||
    wrap === null ||
    wrap.name !== 'aes-256-gcm' ||
    ![kdf.memoryKiB, kdf.iterations, kdf.parallelism].every((n) => Number.isInteger(n) && n > 0) ||
    ![kdf.salt, wrap.iv, wrap.tag, wrap.key, header.check, header.cipher].every((s) => typeof s === 'string')
  )
    throw new VaultError('corrupt', 'the key file is incomplete');
  const expected = Buffer.from(checksum(header), 'hex');
  const found = Buffer.from(header.check, 'hex');
  if (expected.length !== found.length || !timingSafeEqual(expected, found))
    throw new VaultError('corrupt', 'the key file was changed or damaged');
  if (header.cipher !== DATABASE_CIPHER) throw new VaultError('newer-version');
  return header;
}

/**
 * Unwraps the data key; a wrong passphrase fails the authenticated decryption and reads as `wrong-passphrase`.
 * @example const dataKey = await unwrapDataKey(header, passphrase)
 */
export async function unwrapDataKey(header: VaultHeader, passphrase: Uint8Array | string): Promise<Buffer> {
  const wrappingKey = await deriveWrappingKey(passphrase, header.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(header.wrap.iv, 'base64'));
    decipher.setAAD(associatedData(header));
    decipher.setAuthTag(Buffer.from(header.wrap.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(header.wrap.key, 'base64')), decipher.final()]);
  } catch {
    throw new VaultError('wrong-passphrase');
  } finally {
    wrappingKey.fill(0);
  }
}

/** the bytes of a header file */
export const headerBytes = (header: VaultHeader): Buffer => Buffer.from(`${JSON.stringify(header, null, 2)}\n`, 'utf8');
