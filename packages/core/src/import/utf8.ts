// UTF-8 facts the streaming readers need: byte lengths, where bytes stop being valid, split characters

interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}
type Utf8DecoderClass = new (label: 'utf-8', options: { fatal: boolean; ignoreBOM: boolean }) => Utf8Decoder;
/** the runtime's TextDecoder (Node and browsers both have it; the pure core declares no DOM types) */
export const Utf8TextDecoder = (globalThis as unknown as { TextDecoder: Utf8DecoderClass }).TextDecoder;
/** the runtime's TextEncoder */
export const Utf8TextEncoder = (
  globalThis as unknown as { TextEncoder: new () => { encode(text: string): Uint8Array } }
).TextEncoder;

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
 * The index of the first byte that does not belong to a valid UTF-8 sequence, or -1.
 * @example firstInvalidUtf8(new Uint8Array([0x61, 0xff])) // 1
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
