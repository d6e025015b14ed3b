// exports saved in other encodings: UTF-16 with a byte-order mark read as such, stray invalid UTF-8 bytes repaired visibly

import type { ByteSource } from './types.ts';
import { TextDecoder, TextEncoder, utf8SequenceAt } from './utf8.ts';

/**
 * The UTF-16 flavour a byte-order mark announces, or null.
 * @example utf16Bom(new Uint8Array([0xff, 0xfe, 0x61, 0])) // 'utf-16le'
 */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * The source as UTF-8: a file that starts with a UTF-16 byte-order mark is transcoded while it streams;
 * any other file passes through untouched. (Byte offsets in errors then count the UTF-8 bytes.)
 * @example for await (const chunk of asUtf8(source).chunks()) reader.push(chunk)
 */
export function asUtf8(source: ByteSource): ByteSource {
  return {
    ...source,
    async *chunks() {
      let decoder: TextDecoder | null = null;
      let first = true;
      let held: Uint8Array | null = null;
      const encoder = new TextEncoder();
      for await (const raw of source.chunks()) {
        let chunk = raw;
        if (first) {
          // a BOM split over two chunks is joined first
          if (held === null && chunk.length < 2) {
            held = chunk.slice();
            continue;
          }
          if (held !== null) {
            const joined = new Uint8Array(held.length + chunk.length);
            joined.set(held);
            joined.set(chunk, held.length);
            chunk = joined;
            held = null;
          }
          first = false;
          const bom = utf16Bom(chunk);
          if (bom !== null) decoder = new TextDecoder(bom);
        }
        yield decoder === null ? chunk : encoder.encode(decoder.decode(chunk, { stream: true }));
      }
      if (held !== null) yield held;
      if (decoder !== null) {
        const rest = decoder.decode();
        if (rest !== '') yield encoder.encode(rest);
      }
    },
  };
}

/** what a repairing read found */
export interface Utf8Repairs {
  /** invalid bytes replaced */
  count: number;
  /** the 1-based line of the first one, or 0 */
  firstLine: number;
}

/** Windows-1252's characters for 0x80..0x9f (undefined ones become U+FFFD); 0xa0..0xff are Latin-1's */
const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

/** the UTF-8 bytes of one byte read as Windows-1252 */
function cp1252Bytes(byte: number, encoder: { encode(text: string): Uint8Array }): Uint8Array {
  const char = byte < 0xa0 ? (CP1252_HIGH[byte - 0x80] as string) : String.fromCharCode(byte);
  return encoder.encode(char);
}

/**
 * The source with every byte that is not valid UTF-8 read as a Windows-1252 character instead (how most
 * such files were written); `repairs` counts them and notes the line of the first.
 * @example const repairs = { count: 0, firstLine: 0 }; await importer.parse({ name, files: [repairUtf8(source, repairs)] })
 */
export function repairUtf8(source: ByteSource, repairs: Utf8Repairs): ByteSource {
  return {
    ...source,
    async *chunks() {
      repairs.count = 0;
      repairs.firstLine = 0;
      const encoder = new TextEncoder();
      let line = 1;
      let carry: Uint8Array = new Uint8Array(0);
      const fix = (bytes: Uint8Array, final: boolean): { out: Uint8Array; rest: Uint8Array } => {
        const parts: Uint8Array[] = [];
        let clean = 0;
        let k = 0;
        while (k < bytes.length) {
          const c = bytes[k] as number;
          if (c === 10) line++;
          if (c < 0x80) {
            k++;
            continue;
          }
          const length = utf8SequenceAt(bytes, k);
          if (length === -1 && !final) break;
          if (length > 0) {
            k += length;
            continue;
          }
          parts.push(bytes.subarray(clean, k), cp1252Bytes(c, encoder));
          repairs.count++;
          if (repairs.firstLine === 0) repairs.firstLine = line;
          k++;
          clean = k;
        }
        parts.push(bytes.subarray(clean, k));
        const size = parts.reduce((sum, p) => sum + p.length, 0);
        const out = new Uint8Array(size);
        let at = 0;
        for (const part of parts) {
          out.set(part, at);
          at += part.length;
        }
        return { out, rest: bytes.slice(k) };
      };
      for await (const chunk of source.chunks()) {
        let bytes = chunk;
        if (carry.length > 0) {
          bytes = new Uint8Array(carry.length + chunk.length);
          bytes.set(carry);
          bytes.set(chunk, carry.length);
        }
        const { out, rest } = fix(bytes, false);
        carry = rest;
        if (out.length > 0) yield out;
      }
      if (carry.length > 0) {
        const { out } = fix(carry, true);
        if (out.length > 0) yield out;
      }
    },
  };
}
