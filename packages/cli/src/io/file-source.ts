// a file on disk as a ByteSource for the pure importers
import { statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ByteSource } from '@reconnect/core';

const CHUNK_BYTES = 4 << 20;

/** reads `path` in 4 MiB chunks (each a fresh buffer the reader may keep); `name` defaults to the base name */
export function fileSource(path: string, name: string = basename(path)): ByteSource {
  const size = statSync(path).size;
  return {
    name,
    size,
    async *chunks() {
      const handle = await open(path, 'r');
      try {
        for (;;) {
          const buffer = new Uint8Array(CHUNK_BYTES);
          const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
          if (bytesRead === 0) return;
          yield bytesRead === CHUNK_BYTES ? buffer : buffer.subarray(0, bytesRead);
        }
      } finally {
        await handle.close();
      }
    },
  };
}
