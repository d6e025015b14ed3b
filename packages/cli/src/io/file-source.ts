// a file on disk as a ByteSource for the pure importers
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ByteSource } from '@reconnect/core';

const CHUNK_BYTES = 1 << 20;

/** reads `path` in 1 MiB chunks; `name` defaults to the file's base name */
export function fileSource(path: string, name: string = basename(path)): ByteSource {
  const size = statSync(path).size;
  return {
    name,
    size,
    async *chunks() {
      for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) yield chunk as Uint8Array;
    },
  };
}
