import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/import/errors.ts';
import { readLineBatches, readLineSpans, readLines, readLineTexts } from '../../src/import/text-lines.ts';
import type { SourceLine } from '../../src/import/types.ts';
import { bytesSource } from '../helpers/bytes-source.ts';

const encoder = new TextEncoder();
const MAX = 1 << 30;

async function collect(content: string | Uint8Array, chunkSize?: number, maxBytes = MAX): Promise<SourceLine[]> {
  const lines: SourceLine[] = [];
  for await (const line of readLines(bytesSource('t.txt', content, chunkSize), { maxBytes })) lines.push(line);
  return lines;
}

async function collectTexts(content: string | Uint8Array, chunkSize?: number): Promise<[number, string][]> {
  const lines: [number, string][] = [];
  for await (const { lines: texts, firstLineNumber } of readLineTexts(bytesSource('t.txt', content, chunkSize), {
    maxBytes: MAX,
  })) {
    for (const [k, text] of texts.entries()) lines.push([firstLineNumber + k, text]);
  }
  return lines;
}

async function failure(
  content: string | Uint8Array,
  chunkSize?: number,
  maxBytes = MAX,
  read: (content: string | Uint8Array, chunkSize?: number, maxBytes?: number) => Promise<unknown> = collect,
): Promise<ImportError> {
  try {
    await read(content, chunkSize, maxBytes);
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

/** the reference split: what the reader must produce, computed the slow obvious way */
function referenceLines(text: string): SourceLine[] {
  let body = text;
  let offset = 0;
  if (body.startsWith('\uFEFF')) {
    body = body.slice(1);
    offset = 3;
  }
  const out: SourceLine[] = [];
  const pieces = body.split(/\r\n|\r|\n/);
  if (pieces.length > 0 && pieces[pieces.length - 1] === '') pieces.pop();
  let rest = body;
  for (const [index, piece] of pieces.entries()) {
    out.push({ text: piece, lineNumber: index + 1, byteOffset: offset });
    rest = rest.slice(piece.length);
    const terminator = rest.startsWith('\r\n') ? 2 : rest.length > 0 ? 1 : 0;
    offset += encoder.encode(piece).length + terminator;
    rest = rest.slice(terminator);
  }
  return out;
}

describe('readLines', () => {
  it.each([
    ['LF', 'a\nbb\nccc\n'],
    ['CRLF', 'a\r\nbb\r\nccc\r\n'],
    ['lone CR', 'a\rbb\rccc'],
    ['mixed', 'a\r\n\r\nb\rc\n\nd'],
    ['no final newline', 'one\ntwo'],
    ['BOM', '\uFEFFfirst\nsecond\n'],
    ['multi-byte', 'héllo 👋\r\n오전 10:00\u202fPM\n\u200e<attached: x.jpg>\n'],
    ['empty', ''],
    ['only newlines', '\n\n\r\n\r'],
  ])('%s splits like the reference at every chunk size', async (_, text) => {
    const expected = referenceLines(text);
    for (const chunkSize of [1, 2, 3, 5, 7, 1000]) {
      expect(await collect(text, chunkSize)).toEqual(expected);
    }
  });

  it('gives byte offsets that point at the line in the raw bytes', async () => {
    const text = '\uFEFFzürich\r\n日本語\n\rlast';
    const bytes = encoder.encode(text);
    const decoder = new TextDecoder();
    for (const line of await collect(bytes, 4)) {
      const raw = bytes.subarray(line.byteOffset, line.byteOffset + encoder.encode(line.text).length);
      expect(decoder.decode(raw)).toBe(line.text);
    }
  });

  it('matches the reference on arbitrary text and chunking', async () => {
    const pieces = fc.constantFrom('a', 'é', '€', '😀', '\n', '\r', '\r\n', ' ', '1', '\uFEFF');
    await fc.assert(
      fc.asyncProperty(
        fc.array(pieces, { maxLength: 60 }),
        fc.integer({ min: 1, max: 9 }),
        async (parts, chunkSize) => {
          const text = parts.join('');
          const expected = referenceLines(text);
          expect(await collect(text, chunkSize)).toEqual(expected);
          expect(await collectTexts(text, chunkSize)).toEqual(expected.map((l) => [l.lineNumber, l.text]));
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });

  it('matches the reference on CRLF text (no lone CR), in any chunking', async () => {
    const pieces = fc.constantFrom('a', 'é', '😀', '\r\n', '\r\n', '\n', ' ', '12:00');
    await fc.assert(
      fc.asyncProperty(
        fc.array(pieces, { maxLength: 80 }),
        fc.integer({ min: 1, max: 12 }),
        async (parts, chunkSize) => {
          const text = `x${parts.join('')}`;
          const expected = referenceLines(text);
          expect(await collectTexts(text, chunkSize)).toEqual(expected.map((l) => [l.lineNumber, l.text]));
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });

  it('spans and plain texts give the same lines and numbers as readLines', async () => {
    const text = `\uFEFFa\r\nbé\rc\n\n😀 d\r\n${'x'.repeat(40)}\nlast`;
    for (const chunkSize of [1, 4, 9, 1000]) {
      const expected = referenceLines(text).map((l) => [l.lineNumber, l.text]);
      const fromSpans: [number, string][] = [];
      for await (const { text: chunkText, starts, ends, count, firstLineNumber } of readLineSpans(
        bytesSource('t.txt', text, chunkSize),
        { maxBytes: MAX },
      )) {
        for (let k = 0; k < count; k++) fromSpans.push([firstLineNumber + k, chunkText.slice(starts[k], ends[k])]);
      }
      const fromTexts: [number, string][] = [];
      for await (const { lines, firstLineNumber } of readLineTexts(bytesSource('t.txt', text, chunkSize), {
        maxBytes: MAX,
      })) {
        for (const [k, line] of lines.entries()) fromTexts.push([firstLineNumber + k, line]);
      }
      expect(fromSpans).toEqual(expected);
      expect(fromTexts).toEqual(expected);
    }
  });

  it('yields batches, one per chunk that completes lines', async () => {
    const batches: number[] = [];
    const source = bytesSource('t.txt', 'a\nb\nc\nd\n', 4);
    let reported = 0;
    for await (const batch of readLineBatches(source, { maxBytes: MAX, onBytes: (b) => (reported = b) })) {
      batches.push(batch.length);
    }
    expect(batches).toEqual([2, 2]);
    expect(reported).toBe(8);
  });
});

describe('readLines errors', () => {
  it.each([
    ['stray continuation byte', [0x61, 0x0a, 0x62, 0x80, 0x63], 3, 2],
    ['invalid lead byte', [0x61, 0x62, 0xff], 2, 1],
    ['overlong', [0x0a, 0x0a, 0x0a, 0xc0, 0xaf], 3, 4],
    ['surrogate', [0x41, 0xed, 0xa0, 0x80], 1, 1],
    ['lead then ASCII', [0x41, 0x0d, 0x0a, 0xe2, 0x82, 0x41], 3, 2],
    ['truncated at the end', [0x41, 0x0a, 0xe2, 0x82], 2, 2],
    ['bad byte after several lines', [0x61, 0x0a, 0x62, 0x0a, 0xc3, 0xa9, 0x0a, 0x64, 0x0a, 0x65, 0xf8, 0x0a], 10, 5],
  ])('%s: reports the offset and line of the bad byte', async (_, bytes, offset, line) => {
    for (const chunkSize of [1, 2, 3, 100]) {
      for (const read of [collect, collectTexts]) {
        const error = await failure(new Uint8Array(bytes), chunkSize, MAX, read);
        expect(error.code).toBe('invalid-utf8');
        expect(error.file).toBe('t.txt');
        expect(error.byteOffset).toBe(offset);
        expect(error.line).toBe(line);
      }
    }
  });

  it('counts lines across a CR at a chunk end before the bad byte', async () => {
    const error = await failure(new Uint8Array([0x61, 0x0d, 0x0a, 0x62, 0xff]), 2);
    expect(error.line).toBe(2);
    expect(error.byteOffset).toBe(4);
  });

  it('rejects input larger than maxBytes', async () => {
    const error = await failure('0123456789\n'.repeat(10), 7, 50);
    expect(error.code).toBe('too-large');
    const unsized = { name: 'u.txt', chunks: bytesSource('u.txt', 'x'.repeat(100), 16).chunks };
    await expect(
      (async () => {
        for await (const _ of readLineBatches(unsized, { maxBytes: 40 })) void _;
      })(),
    ).rejects.toMatchObject({ code: 'too-large' });
  });
});
