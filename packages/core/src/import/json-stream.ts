// streams a JSON file of any size and hands over only the values at chosen paths, each parsed on its own

import { concat } from './bytes.ts';
import { ImportError } from './errors.ts';
import { JsonStreamReader } from './json-scanner.ts';
import { type ByteSource, DEFAULT_MAX_BYTES } from './types.ts';

/** a parsed JSON value as `JSON.parse` builds it */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** a path pattern: object keys, or '*' for any key or array index, e.g. ['chats', 'list', '*', 'messages', '*'] */
export type JsonPathPattern = readonly string[];

/** one concrete path: keys and array indices from the root */
export type JsonPath = readonly (string | number)[];

export interface JsonSelection {
  readonly path: JsonPathPattern;
  /** false: report that a value is there (value undefined) without building it, e.g. to count messages */
  readonly parse?: boolean;
  /**
   * members of the selected object (its own, not nested ones) to leave out, for speed: when the object lies in one
   * chunk, the member is cut from the bytes, checked only for balanced brackets and quotes (not UTF-8), never built
   */
  readonly omit?: readonly string[];
}

export interface JsonStreamOptions {
  readonly select: readonly JsonSelection[];
  /** called in document order for each selected value (path includes its own key); `selection` indexes `select` */
  readonly onValue: (value: JsonValue | undefined, path: JsonPath, selection: number) => void;
  readonly maxBytes?: number;
  readonly maxDepth?: number;
  /** called after each chunk with the bytes read so far */
  readonly onChunk?: (bytesRead: number) => void;
}

export interface JsonStreamResult {
  readonly bytes: number;
  /** lone UTF-16 surrogates (from `\ud800`-style escapes) replaced by U+FFFD */
  readonly replacedSurrogates: number;
}

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
