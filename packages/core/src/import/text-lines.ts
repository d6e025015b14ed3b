// the shared line reader of every text importer: streaming strict UTF-8, BOM, LF/CRLF/CR, line numbers and byte offsets

import { ImportError } from './errors.ts';
import type { ByteSource, SourceLine } from './types.ts';
import { firstInvalidUtf8, incompleteTail, TextDecoder } from './utf8.ts';

export interface ReadLinesOptions {
  /** largest input accepted; more bytes end the read with an ImportError 'too-large' */
  readonly maxBytes: number;
  /** called once per chunk with the number of bytes read so far (cumulative) */
  readonly onBytes?: (bytes: number) => void;
}

const LF = 10;
const CR = 13;
const HEAD_START = Int32Array.of(0);
/** longest line accepted, in UTF-16 units (V8 strings stop at about 2^29) */
const MAX_LINE_CHARS = 64 * 1024 * 1024;

/**
 * The lines completed by one chunk of the source, as spans of one string (no string per line).
 * `starts` and `ends` are reused for the next batch: read them before asking for it.
 */
export interface LineSpans {
  /** holds every line of this batch; line k (k < count) is `text.slice(starts[k], ends[k])` */
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly count: number;
  /** the 1-based number of line 0 of this batch */
  readonly firstLineNumber: number;
}

/** the lines completed by one chunk of the source */
export interface LineChunk {
  readonly lines: readonly string[];
  /** the 1-based number of `lines[0]` */
  readonly firstLineNumber: number;
}

/**
 * Reads a text source as line spans per chunk: the fastest API, for hot importers that scan lines in place.
 * Same splitting and errors as {@link readLineBatches}.
 * @example
 * for await (const { text, starts, ends, count } of readLineSpans(source, { maxBytes: DEFAULT_MAX_BYTES }))
 *   for (let k = 0; k < count; k++) console.log(text.slice(starts[k], ends[k]));
 */
export async function* readLineSpans(source: ByteSource, options: ReadLinesOptions): AsyncGenerator<LineSpans> {
  yield* spanChunks(source, options, false);
}

/**
 * Reads a text source as the plain line texts each chunk completes (no byte-offset work per line).
 * Same splitting and errors as {@link readLineBatches}.
 * @example
 * for await (const { lines, firstLineNumber } of readLineTexts(source, { maxBytes: DEFAULT_MAX_BYTES }))
 *   lines.forEach((text, i) => console.log(firstLineNumber + i, text));
 */
export async function* readLineTexts(source: ByteSource, options: ReadLinesOptions): AsyncGenerator<LineChunk> {
  for await (const { text, starts, ends, count, firstLineNumber } of spanChunks(source, options, false)) {
    const lines: string[] = new Array(count);
    for (let k = 0; k < count; k++) lines[k] = text.slice(starts[k], ends[k]);
    yield { lines, firstLineNumber };
  }
}

/**
 * Reads a text source as batches of lines with line numbers and byte offsets, one batch per chunk of the
 * source (no per-line async step). Lines end at LF, CRLF or a lone CR; the terminator is not part of the
 * text; a final newline does not make an extra empty line. A UTF-8 BOM is dropped (offsets still count it).
 * Invalid UTF-8 throws ImportError 'invalid-utf8' with the byte offset and line of the first bad byte;
 * more than `maxBytes` throws 'too-large'.
 * @example
 * for await (const batch of readLineBatches(source, { maxBytes: DEFAULT_MAX_BYTES }))
 *   for (const line of batch) console.log(line.lineNumber, line.byteOffset, line.text);
 */
export async function* readLineBatches(source: ByteSource, options: ReadLinesOptions): AsyncGenerator<SourceLine[]> {
  for await (const { text, starts, ends, count, offsets, firstLineNumber } of spanChunks(source, options, true)) {
    const batch: SourceLine[] = new Array(count);
    for (let k = 0; k < count; k++) {
      batch[k] = { text: text.slice(starts[k], ends[k]), lineNumber: firstLineNumber + k, byteOffset: offsets[k] ?? 0 };
    }
    yield batch;
  }
}

/**
 * Reads a text source line by line (convenience over {@link readLineBatches}, which is faster for
 * large files because it avoids one async step per line).
 * @example
 * for await (const line of readLines(source, { maxBytes: 1 << 20 })) lines.push(line.text);
 */
export async function* readLines(source: ByteSource, options: ReadLinesOptions): AsyncGenerator<SourceLine> {
  for await (const batch of readLineBatches(source, options)) yield* batch;
}

interface RawSpans extends LineSpans {
  readonly offsets: number[];
}

async function* spanChunks(
  source: ByteSource,
  options: ReadLinesOptions,
  withOffsets: boolean,
): AsyncGenerator<RawSpans> {
  const { maxBytes, onBytes } = options;
  if (source.size !== undefined && source.size > maxBytes) throw tooLarge(source.name, source.size, maxBytes);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let carry = '';
  let lineStartByte = 0;
  let lineNumber = 1;
  let chunkBase = 0;
  let pendingCR = false;
  let atStart = true;
  let recent: Uint8Array = new Uint8Array(0);
  let starts: Int32Array<ArrayBuffer> = new Int32Array(1024);
  let ends: Int32Array<ArrayBuffer> = new Int32Array(1024);

  for await (const chunk of source.chunks()) {
    if (chunk.length === 0) continue;
    if (chunkBase + chunk.length > maxBytes) throw tooLarge(source.name, chunkBase + chunk.length, maxBytes);
    const breaks = withOffsets || atStart || pendingCR ? MIXED_BREAKS : lineBreaks(chunk);
    if (breaks !== MIXED_BREAKS) {
      // LF or CRLF only: one flat string for the chunk's whole lines, its first line joined to the carry apart
      const firstLF = chunk.indexOf(LF);
      if (firstLF === -1) {
        carry += decodePart(decoder, source.name, chunk, 0, chunk.length, recent, chunkBase, lineNumber);
        if (carry.length > MAX_LINE_CHARS) throw lineTooLong(source.name, lineNumber, lineStartByte);
        chunkBase += chunk.length;
        recent = lastBytes(recent, chunk);
        onBytes?.(chunkBase);
        continue;
      }
      const lastLF = chunk.lastIndexOf(LF);
      const head = carry + decodePart(decoder, source.name, chunk, 0, firstLF + 1, recent, chunkBase, lineNumber);
      const headEnd = head.length - (breaks === CRLF_BREAKS && head.charCodeAt(head.length - 2) === CR ? 2 : 1);
      const headLine = lineNumber;
      lineNumber += 1;
      const body = decodePart(decoder, source.name, chunk, firstLF + 1, lastLF + 1, recent, chunkBase, lineNumber);
      let count = 0;
      let start = 0;
      let i = body.indexOf('\n');
      const crlf = breaks === CRLF_BREAKS;
      while (i !== -1) {
        if (count === starts.length) [starts, ends] = [grow(starts), grow(ends)];
        starts[count] = start;
        ends[count++] = crlf && body.charCodeAt(i - 1) === CR ? i - 1 : i;
        start = i + 1;
        i = body.indexOf('\n', start);
      }
      const bodyLine = lineNumber;
      lineNumber += count;
      carry = decodePart(decoder, source.name, chunk, lastLF + 1, chunk.length, recent, chunkBase, lineNumber);
      lineStartByte = chunkBase + lastLF + 1;
      chunkBase += chunk.length;
      recent = lastBytes(recent, chunk);
      onBytes?.(chunkBase);
      yield {
        text: head,
        starts: HEAD_START,
        ends: Int32Array.of(headEnd),
        count: 1,
        offsets: [],
        firstLineNumber: headLine,
      };
      if (count > 0) yield { text: body, starts, ends, count, offsets: [], firstLineNumber: bodyLine };
      continue;
    }
    let decoded: string;
    try {
      decoded = decoder.decode(chunk, { stream: true });
    } catch {
      throw invalidUtf8(source.name, recent, chunk, chunkBase, lineNumber);
    }
    let skip = 0;
    let b = 0;
    if (atStart && decoded.length > 0) {
      atStart = false;
      if (decoded.charCodeAt(0) === 0xfeff) {
        skip = 1;
        lineStartByte += 3;
      }
    }
    if (pendingCR && decoded.length > skip) {
      pendingCR = false;
      if (decoded.charCodeAt(skip) === LF) {
        skip += 1;
        b = 1;
        lineStartByte += 1;
      }
    }
    if (skip > 0) decoded = decoded.slice(skip);
    const hasCR = chunk.indexOf(CR) !== -1;
    if (!hasCR && chunk.indexOf(LF) === -1) {
      carry = carry === '' ? decoded : carry + decoded;
      if (carry.length > MAX_LINE_CHARS) throw lineTooLong(source.name, lineNumber, lineStartByte);
      chunkBase += chunk.length;
      recent = lastBytes(recent, chunk);
      onBytes?.(chunkBase);
      continue;
    }
    const text = carry === '' ? decoded : carry + decoded;
    let count = 0;
    const offsets: number[] = [];
    const firstLineNumber = lineNumber;
    let s = 0;
    const from = carry.length;
    if (!hasCR) {
      let i = text.indexOf('\n', from);
      while (i !== -1) {
        if (count === starts.length) [starts, ends] = [grow(starts), grow(ends)];
        starts[count] = s;
        ends[count++] = i;
        if (withOffsets) {
          offsets.push(lineStartByte);
          b = chunk.indexOf(LF, b) + 1;
          lineStartByte = chunkBase + b;
        }
        s = i + 1;
        i = text.indexOf('\n', s);
      }
      if (!withOffsets && count > 0) lineStartByte = chunkBase + chunk.lastIndexOf(LF) + 1;
    } else {
      let nextLF = text.indexOf('\n', from);
      let nextCR = text.indexOf('\r', from);
      while (nextLF !== -1 || nextCR !== -1) {
        const isCR = nextCR !== -1 && (nextLF === -1 || nextCR < nextLF);
        const i = isCR ? nextCR : nextLF;
        if (count === starts.length) [starts, ends] = [grow(starts), grow(ends)];
        starts[count] = s;
        ends[count++] = i;
        offsets.push(lineStartByte);
        b = nextTerminatorByte(chunk, b) + 1;
        s = i + 1;
        if (isCR) {
          if (s === text.length) pendingCR = true;
          else if (text.charCodeAt(s) === LF) {
            s += 1;
            b += 1;
          }
        }
        lineStartByte = chunkBase + b;
        if (nextLF !== -1 && nextLF < s) nextLF = text.indexOf('\n', s);
        if (nextCR !== -1 && nextCR < s) nextCR = text.indexOf('\r', s);
      }
    }
    lineNumber += count;
    carry = s === 0 ? text : text.slice(s);
    chunkBase += chunk.length;
    recent = lastBytes(recent, chunk);
    onBytes?.(chunkBase);
    if (count > 0) yield { text, starts, ends, count, offsets, firstLineNumber };
  }
  try {
    decoder.decode();
  } catch {
    const start = recent.length - incompleteTail(recent);
    throw new ImportError({
      code: 'invalid-utf8',
      file: source.name,
      line: lineNumber,
      byteOffset: chunkBase - recent.length + start,
      expected: 'UTF-8 text',
      found: 'a character cut off at the end of the file',
      hint: 'the file may be truncated',
    });
  }
  if (carry !== '') {
    starts[0] = 0;
    ends[0] = carry.length;
    yield { text: carry, starts, ends, count: 1, offsets: [lineStartByte], firstLineNumber: lineNumber };
  }
}

/** decodes bytes [from, to) of `chunk` in streaming mode; invalid bytes become an ImportError with their offset */
function decodePart(
  decoder: TextDecoder,
  file: string,
  chunk: Uint8Array,
  from: number,
  to: number,
  recent: Uint8Array,
  chunkBase: number,
  lineNumber: number,
): string {
  const bytes = chunk.subarray(from, to);
  try {
    return decoder.decode(bytes, { stream: true });
  } catch {
    const before = from === 0 ? recent : chunk.subarray(Math.max(0, from - 3), from);
    throw invalidUtf8(file, before, bytes, chunkBase + from, lineNumber);
  }
}

function lineTooLong(file: string, line: number, byteOffset: number): ImportError {
  return new ImportError({
    code: 'malformed',
    file,
    line,
    byteOffset,
    expected: `lines shorter than ${MAX_LINE_CHARS.toLocaleString('en-US')} characters`,
    found: 'a longer line',
    hint: 'this does not look like a chat text export',
  });
}

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** the last three bytes of the stream so far (they may come from several small chunks) */
function lastBytes(recent: Uint8Array, chunk: Uint8Array): Uint8Array {
  if (chunk.length >= 3) return chunk.slice(chunk.length - 3);
  const joined = new Uint8Array(recent.length + chunk.length);
  joined.set(recent, 0);
  joined.set(chunk, recent.length);
  return joined.slice(Math.max(0, joined.length - 3));
}

const LF_BREAKS = 0;
const CRLF_BREAKS = 1;
const MIXED_BREAKS = 2;

/** how a chunk ends its lines: LF only, CRLF only (each CR followed by LF inside the chunk), or anything else */
function lineBreaks(chunk: Uint8Array): number {
  let k = chunk.indexOf(CR);
  if (k === -1) return LF_BREAKS;
  while (k !== -1) {
    if (chunk[k + 1] !== LF) return MIXED_BREAKS;
    k = chunk.indexOf(CR, k + 2);
  }
  return CRLF_BREAKS;
}

function nextTerminatorByte(chunk: Uint8Array, from: number): number {
  for (let k = from; k < chunk.length; k++) {
    const c = chunk[k];
    if (c === LF || c === CR) return k;
  }
  return chunk.length;
}

function tooLarge(file: string, bytes: number, maxBytes: number): ImportError {
  return new ImportError({
    code: 'too-large',
    file,
    byteOffset: maxBytes,
    expected: `at most ${maxBytes.toLocaleString('en-US')} bytes`,
    found: bytes > maxBytes ? `more than that` : `${bytes} bytes`,
    hint: 'raise the size limit if you trust this file',
  });
}

function invalidUtf8(
  file: string,
  recent: Uint8Array,
  chunk: Uint8Array,
  chunkBase: number,
  lineNumber: number,
): ImportError {
  const tail = recent.subarray(recent.length - incompleteTail(recent));
  const bytes = new Uint8Array(tail.length + chunk.length);
  bytes.set(tail, 0);
  bytes.set(chunk, tail.length);
  const invalid = firstInvalidUtf8(bytes);
  const bad = invalid === -1 ? bytes.length : invalid;
  let line = lineNumber;
  const before = recent[recent.length - 1] ?? 0;
  for (let k = tail.length; k < bad; k++) {
    const c = bytes[k];
    if (c === LF && !(k === 0 && before === CR)) line += 1;
    else if (c === CR && bytes[k + 1] !== LF) line += 1;
  }
  const byteOffset = chunkBase - tail.length + bad;
  const found = bytes[bad];
  return new ImportError({
    code: 'invalid-utf8',
    file,
    line,
    byteOffset,
    expected: 'UTF-8 text',
    found: found === undefined ? 'an unfinished character' : `byte 0x${found.toString(16).padStart(2, '0')}`,
    hint: 'save or export the file again as UTF-8',
  });
}
