// A chat export named by its path on this computer, as the importers read it. One regular file; zips and
// folders are read by the terminal command's reader, which will be shared with this server.
import { statSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import type { ImportInput } from '@reconnect/core';

const CHUNK_BYTES = 512 << 10;

export class PathError extends Error {}

async function readChunk(handle: FileHandle): Promise<Uint8Array | null> {
  const buffer = new Uint8Array(CHUNK_BYTES);
  const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
  if (bytesRead === 0) return null;
  return bytesRead === CHUNK_BYTES ? buffer : buffer.subarray(0, bytesRead);
}

/** The file at `path` as an ImportInput, or a PathError holding one plain sentence. */
export function readExport(path: string): ImportInput {
  if (!isAbsolute(path)) throw new PathError('Please give the full path of the export file.');
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new PathError('That is a folder; please pick the export file inside it.');
    if (!stat.isFile()) throw new PathError('That is not a file Reconnect can read.');
    size = stat.size;
  } catch (error) {
    if (error instanceof PathError) throw error;
    throw new PathError('Reconnect cannot find or open that file.');
  }
  if (path.toLowerCase().endsWith('.zip')) {
    throw new PathError('Zip files are read by `reconnect import` for now; please unzip it first and pick the chat.');
  }
  const name = basename(path);
  return {
    name,
    files: [
      {
        name,
        size,
        async *chunks() {
          const handle = await open(path, 'r');
          try {
            for (;;) {
              const chunk = await readChunk(handle);
              if (chunk === null) return;
              yield chunk;
            }
          } finally {
            await handle.close();
          }
        },
      },
    ],
  };
}
