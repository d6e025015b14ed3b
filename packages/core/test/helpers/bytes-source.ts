// test helpers: in-memory ByteSources split into small chunks to exercise chunk boundaries

import type { ByteSource, ImportInput } from '../../src/import/types.ts';

const encoder = new TextEncoder();

/**
 * A ByteSource over a string (encoded as UTF-8) or raw bytes, yielded in chunks of `chunkSize` bytes
 * (default: the whole content in one chunk). Each `chunks()` call starts again at byte 0.
 * @example bytesSource('chat.txt', '1/2/24, 10:00 - A: hi\n', 3)
 */
export function bytesSource(name: string, content: string | Uint8Array, chunkSize?: number): ByteSource {
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  const size = chunkSize === undefined || chunkSize <= 0 ? Math.max(1, bytes.length) : chunkSize;
  return {
    name,
    size: bytes.length,
    async *chunks() {
      for (let start = 0; start < bytes.length; start += size) yield bytes.slice(start, start + size);
    },
  };
}

/**
 * An ImportInput holding one in-memory file.
 * @example singleFileInput('WhatsApp Chat with Sam.txt', text, 7)
 */
export function singleFileInput(name: string, content: string | Uint8Array, chunkSize?: number): ImportInput {
  return { name, files: [bytesSource(name, content, chunkSize)] };
}
