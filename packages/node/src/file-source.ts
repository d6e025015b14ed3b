// a file on disk as a ByteSource for the pure importers
import { statSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ByteSource } from '@reconnect/core/import';

/** small enough that a chunk and its decoded text stay in a core's L2 cache while the importer scans them */
const CHUNK_BYTES = 512 << 10;

/** the next chunk of the file (a fresh buffer), or null at the end */
async function readChunk(handle: FileHandle): Promise<Uint8Array | null> {
  const buffer = new Uint8Array(CHUNK_BYTES);
  const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
  if (bytesRead === 0) return null;
  return bytesRead === CHUNK_BYTES ? buffer : buffer.subarray(0, bytesRead);
}

/**
 * Reads `path` in 512 KiB chunks (each a fresh buffer the reader may keep); `name` defaults to the base name.
 * The next chunk is read while the reader works on the current one.
 * @example for await (const chunk of fileSource('chat.txt').chunks()) total += chunk.length;
 */
export function fileSource(path: string, name: string = basename(path)): ByteSource {
  const size = statSync(path).size;
  return {
    name,
    size,
    async *chunks() {
      const handle = await open(path, 'r');
      let next: Promise<Uint8Array | null> | undefined;
      try {
        next = readChunk(handle);
        for (;;) {
          const chunk = await next;
          if (chunk === null) return;
          next = readChunk(handle);
          yield chunk;
        }
      } finally {
        await next?.catch(() => null);
        await handle.close();
      }
    },
  };
}
