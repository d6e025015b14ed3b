// the one set of text-encoding helpers of the importers: the runtime's TextDecoder and TextEncoder, UTF-8 byte
// lengths, where bytes stop being valid UTF-8, characters split at a chunk's end, and lone UTF-16 surrogates

/** a decoder as Node and browsers both provide it (the pure core declares no DOM types) */
export interface TextDecoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
/** the runtime's TextDecoder: any WHATWG label ('utf-8', 'utf-16le', …), fatal or replacing */
export const TextDecoder = (
  globalThis as unknown as {
    TextDecoder: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoder;
  }
).TextDecoder;
/** an encoder to UTF-8 */
export interface TextEncoder {
  encode(text: string): Uint8Array;
}
/** the runtime's TextEncoder */
export const TextEncoder = (globalThis as unknown as { TextEncoder: new () => TextEncoder }).TextEncoder;

/**
 * The UTF-8 length of `text[from, to)`.
 * @example utf8Length('été') // 5
 */
export function utf8Length(text: string, from = 0, to = text.length): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The index of the first byte that does not start a complete, valid UTF-8 sequence (a character cut off at the
 * end counts), or -1 when all of `bytes` is valid UTF-8.
 * @example firstInvalidUtf8(new Uint8Array([0x61, 0xff])) // 1
 * @example firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x98])) // 1 (cut off)
 * @example firstInvalidUtf8(new Uint8Array([0x61])) // -1
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceAt(bytes, i);
    if (length <= 0) return i;
    i += length;
  }
  return -1;
}

/**
 * The length of the valid UTF-8 sequence at `k`, 0 when it is invalid, -1 when it runs past the end.
 * @example utf8SequenceAt(new Uint8Array([0xc3, 0xa9]), 0) // 2
 */
export function utf8SequenceAt(bytes: Uint8Array, k: number): number {
  const c = bytes[k] as number;
  if (c < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c === 0xe0) lo = 0xa0;
    if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c === 0xf0) lo = 0x90;
    if (c === 0xf4) hi = 0x8f;
  } else return 0;
  for (let j = 1; j <= need; j++) {
    if (k + j >= bytes.length) return -1;
    const b = bytes[k + j] as number;
    if (b < (j === 1 ? lo : 0x80) || b > (j === 1 ? hi : 0xbf)) return 0;
  }
  return need + 1;
}

/**
 * How many bytes at the end of `bytes` start a UTF-8 character that is not complete yet.
 * @example incompleteTail(new Uint8Array([0x61, 0xe2, 0x98])) // 2
 */
export function incompleteTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back] as number;
    if (b < 0x80) return 0;
    if (b >= 0xc0) {
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return length > back ? back : 0;
    }
  }
  return 0;
}

/** a high surrogate not followed by a low one, or a low surrogate without a high one before it */
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** ES2024 string methods, native in Node 20 and current browsers; the regex covers older runtimes */
interface WellFormedString {
  isWellFormed?(): boolean;
}
const nativeCheck = typeof (String.prototype as WellFormedString).isWellFormed === 'function';

/**
 * Whether `text` holds no lone UTF-16 surrogate (so it can be written as UTF-8).
 * @example isWellFormed('a\ud800') // false
 */
export function isWellFormed(text: string): boolean {
  if (nativeCheck) return (text as WellFormedString).isWellFormed?.() !== false;
  LONE_SURROGATES.lastIndex = 0;
  return !LONE_SURROGATES.test(text);
}

/**
 * `text` with each lone UTF-16 surrogate replaced by U+FFFD, and how many were replaced.
 * @example replaceLoneSurrogates('a\ud800b') // { text: 'a\ufffdb', replaced: 1 }
 */
export function replaceLoneSurrogates(text: string): { text: string; replaced: number } {
  if (isWellFormed(text)) return { text, replaced: 0 };
  let replaced = 0;
  const repaired = text.replace(LONE_SURROGATES, () => {
    replaced++;
    return '\ufffd';
  });
  return { text: repaired, replaced };
}

/**
 * `text` with each lone UTF-16 surrogate replaced by U+FFFD.
 * @example toWellFormed('a\udc00') // 'a\ufffd'
 */
export const toWellFormed = (text: string): string => replaceLoneSurrogates(text).text;
