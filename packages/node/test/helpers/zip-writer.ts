// a tiny zip writer for tests: builds honest and hostile archives (odd names, lying sizes, bombs)
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/** entry data already deflated, with its true size and checksum */
export interface Deflated {
  readonly bytes: Uint8Array;
  readonly uncompressedSize: number;
  readonly crc32: number;
}

export interface ZipEntrySpec {
  /** written byte for byte, so it may hold `..`, backslashes or a leading slash */
  readonly name: string;
  /** content to store or deflate */
  readonly data?: Uint8Array | string;
  readonly method?: 'store' | 'deflate';
  /** pre-deflated content (for bombs built without holding them in memory) */
  readonly deflated?: Deflated;
  /** a lie to write as the uncompressed size in both headers */
  readonly declaredSize?: number;
  /** Unix file mode (e.g. 0o120777 for a symlink), stored as made on Unix */
  readonly unixMode?: number;
}

const encoder = new TextEncoder();

/**
 * Deflates `totalBytes` zero bytes in 1 MiB steps, so a huge bomb never sits in memory.
 * @example const bomb = await deflateZeros(512 * 1024 ** 2)
 */
export async function deflateZeros(totalBytes: number): Promise<Deflated> {
  const step = Buffer.alloc(1024 ** 2);
  const deflater = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => parts.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    deflater.on('end', resolve);
    deflater.on('error', reject);
  });
  let crc = 0;
  for (let written = 0; written < totalBytes; written += step.length) {
    const piece = step.subarray(0, Math.min(step.length, totalBytes - written));
    crc = crc32(piece, crc);
    if (!deflater.write(piece)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await finished;
  return { bytes: Buffer.concat(parts), uncompressedSize: totalBytes, crc32: crc };
}

function contentOf(entry: ZipEntrySpec): { method: number; bytes: Uint8Array; size: number; crc: number } {
  if (entry.deflated) {
    return { method: 8, bytes: entry.deflated.bytes, size: entry.deflated.uncompressedSize, crc: entry.deflated.crc32 };
  }
  const raw = typeof entry.data === 'string' ? encoder.encode(entry.data) : (entry.data ?? new Uint8Array());
  const crc = crc32(raw);
  if (entry.method === 'deflate') return { method: 8, bytes: deflateRawSync(raw), size: raw.length, crc };
  return { method: 0, bytes: raw, size: raw.length, crc };
}

/**
 * A complete zip (no comment) holding `entries` in order; more than 65,535 entries get zip64 end records.
 * @example writeFileSync(path, buildZip([{ name: '../evil.txt', data: 'x' }]))
 */
export function buildZip(entries: readonly ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const { method, bytes, size, crc } = contentOf(entry);
    const declared = entry.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(bytes.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(entry.unixMode === undefined ? 20 : (3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(bytes.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((entry.unixMode ?? 0) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + bytes.length;
  }
  const directory = Buffer.concat(centrals);
  const zip64 = entries.length > 0xffff;
  const tail: Buffer[] = [];
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, ...tail, end]);
}
