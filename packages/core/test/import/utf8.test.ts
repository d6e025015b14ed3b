import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import {
  firstInvalidUtf8,
  incompleteTail,
  isWellFormed,
  replaceLoneSurrogates,
  toWellFormed,
  utf8Length,
} from '../../src/import/utf8.ts';

const FC_RUNS = Number(process.env.FC_RUNS ?? 2000);
const encoder = new TextEncoder();
const fatal = new TextDecoder('utf-8', { fatal: true });
const decodes = (bytes: Uint8Array): boolean => {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('UTF-8 bytes', () => {
  test.each([
    [[0x61], 0],
    [[0x61, 0xc3], 1],
    [[0xc3, 0xa9], 0],
    [[0xe2, 0x98], 2],
    [[0xe2, 0x98, 0x95], 0],
    [[0xf0, 0x9f, 0x98], 3],
    [[0xf0, 0x9f, 0x98, 0x80], 0],
    [[0x80, 0x80, 0x80], 0],
  ])('incompleteTail(%j) is %i', (bytes, tail) => {
    expect(incompleteTail(new Uint8Array(bytes))).toBe(tail);
  });

  test.each([
    [[], -1],
    [[0x61, 0x62], -1],
    [[0xc3, 0xa9], -1],
    [[0x61, 0xff], 1],
    [[0x61, 0xe2, 0x98], 1],
    [[0xed, 0xa0, 0x80], 0],
    [[0x61, 0xc3, 0x61], 1],
  ])('firstInvalidUtf8(%j) is %i', (bytes, index) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(index);
  });

  it('utf8Length agrees with TextEncoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(utf8Length(text)).toBe(encoder.encode(text).length);
      }),
      { numRuns: 500 },
    );
  });

  it('firstInvalidUtf8 is -1 exactly for what a fatal TextDecoder accepts, and points where it stops', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const bad = firstInvalidUtf8(bytes);
        expect(bad === -1).toBe(decodes(bytes));
        if (bad !== -1) {
          expect(decodes(bytes.subarray(0, bad))).toBe(true);
          expect(decodes(bytes.subarray(0, bad + 4))).toBe(false);
        }
      }),
      { numRuns: FC_RUNS },
    );
  });

  it('a held-back tail is exactly what a streaming decoder keeps for later', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), (text, cut) => {
        const bytes = encoder.encode(text);
        const head = bytes.subarray(0, cut % (bytes.length + 1));
        const tail = incompleteTail(head);
        expect(decodes(head.subarray(0, head.length - tail))).toBe(true);
        expect(tail === 0 || !decodes(head)).toBe(true);
      }),
      { numRuns: FC_RUNS },
    );
  });
});

describe('lone surrogates', () => {
  test.each([
    ['plain', 'plain', 0],
    ['a\ud800', 'a\ufffd', 1],
    ['\udc00b', '\ufffdb', 1],
    ['\ud83d\ude00', '\ud83d\ude00', 0],
    ['\ude00\ud83d', '\ufffd\ufffd', 2],
    ['x\ud83d\ude00\ud83dy', 'x\ud83d\ude00\ufffdy', 1],
  ])('%j becomes %j', (text, repaired, count) => {
    expect(replaceLoneSurrogates(text)).toEqual({ text: repaired, replaced: count });
    expect(toWellFormed(text)).toBe(repaired);
    expect(isWellFormed(text)).toBe(count === 0);
  });

  it('leaves well-formed text alone and makes any text encodable', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const repaired = toWellFormed(text);
        expect(repaired.length).toBe(text.length);
        expect(isWellFormed(repaired)).toBe(true);
        if (isWellFormed(text)) expect(repaired).toBe(text);
        expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(encoder.encode(repaired))).toBe(repaired);
      }),
      { numRuns: FC_RUNS },
    );
  });
});
