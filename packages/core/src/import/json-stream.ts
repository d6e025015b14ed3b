// streams a JSON file of any size and hands over only the values at chosen paths, each parsed on its own

import { concat } from './bytes.ts';
import { ImportError } from './errors.ts';
import { JsonStreamReader } from './json-scanner.ts';
import type { JsonStreamOptions, JsonStreamResult } from './json-types.ts';
import { type ByteSource, DEFAULT_MAX_BYTES } from './types.ts';

export type {
  JsonPath,
  JsonPathPattern,
  JsonSelection,
  JsonStreamOptions,
  JsonStreamResult,
  JsonValue,
} from './json-types.ts';

/**
 * Reads `source` chunk by chunk and calls `onValue` for every value whose path matches a selection;
 * everything else is scanned (and checked to be UTF-8) without being built. Throws ImportError
 * 'malformed', 'too-deep', 'too-large' or 'invalid-utf8' with the byte offset.
 * @example
 * await streamJson(file, { select: [{ path: ['messages', '*'] }], onValue: (m) => messages.push(m) });
 */
export async function streamJson(source: ByteSource, options: JsonStreamOptions): Promise<JsonStreamResult> {
  const reader = new JsonStreamReader(source.name, options);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let total = 0;
  let head: Uint8Array | null = new Uint8Array(0);
  const feedHead = (bytes: Uint8Array): void => {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    reader.feed(bytes.subarray(bom), bom);
  };
  for await (const chunk of source.chunks()) {
    if (chunk.length === 0) continue;
    if (total + chunk.length > maxBytes) {
      throw new ImportError({
        code: 'too-large',
        file: source.name,
        byteOffset: maxBytes,
        found: `more than ${maxBytes} bytes`,
        hint: 'the size limit can be raised with the maxBytes option',
      });
    }
    if (head !== null) {
      head = concat([head, chunk]);
      if (head.length >= 3) {
        feedHead(head);
        head = null;
      }
    } else reader.feed(chunk, total);
    total += chunk.length;
    options.onChunk?.(total);
  }
  if (head !== null) feedHead(head);
  reader.end(total);
  return { bytes: total, replacedSurrogates: reader.replacedSurrogates };
}
