// the resumable byte scanner behind streamJson: finds where values start and end, parses the selected ones
import { concat } from './bytes.ts';
import { ImportError } from './errors.ts';
import type { JsonSelection, JsonStreamOptions, JsonValue } from './json-types.ts';
import { MAX_JSON_DEPTH } from './types.ts';
import {
  firstInvalidUtf8,
  incompleteTail,
  replaceLoneSurrogates,
  TextDecoder,
  TextEncoder,
  utf8Length,
} from './utf8.ts';

enum State {
  Value,
  ValueOrEnd,
  KeyOrEnd,
  Key,
  Colon,
  CommaOrEnd,
  InValue,
  Done,
}

enum Kind {
  String,
  Container,
  Bare,
}

/** what happens to a value once scanned: a key, parsed and handed over, counted, or dropped */
enum Purpose {
  Key,
  Capture,
  Count,
  Skip,
}

interface Frame {
  readonly isArray: boolean;
  key: string | number;
  /** selections whose path still matches this frame's position */
  readonly live: readonly number[];
  readonly openByte: number;
}

const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const MAX_VALUE_BYTES = 256 * 1024 * 1024;
/** strings up to this many bytes are scanned in a plain loop, which beats the call into indexOf */
const SHORT_STRING = 48;
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;
const isBare = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 43 || c === 46;

function describe(c: number | undefined): string {
  if (c === undefined) return 'the end of the file';
  if (c >= 0x80) return `byte 0x${c.toString(16).toUpperCase()}`;
  return JSON.stringify(String.fromCharCode(c));
}

/** the resumable byte scanner behind streamJson; fed the file's bytes in order */
export class JsonStreamReader {
  replacedSurrogates = 0;
  private readonly file: string;
  private readonly select: readonly JsonSelection[];
  private readonly onValue: JsonStreamOptions['onValue'];
  private readonly maxDepth: number;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private readonly stack: Frame[] = [];
  private readonly rootLive: number[];
  private state: State = State.Value;
  private afterValue: State = State.Done;
  // the value being scanned
  private kind: Kind = Kind.Bare;
  private purpose: Purpose = Purpose.Skip;
  private selection = -1;
  private depth = 0;
  private readonly types: Uint8Array;
  private inString = false;
  private escape = false;
  private parts: Uint8Array[] = [];
  private partsLength = 0;
  private startSeq = 0;
  private startIndex = 0;
  private startByte = 0;
  // leaving out one member of a captured object (see JsonSelection.omit); indices into the current chunk
  private readonly omitNames: readonly (readonly Uint8Array[] | null)[];
  private omit: readonly Uint8Array[] | null = null;
  private expectKey = false;
  private memberStart = -1;
  private stringStart = -1;
  private cutSeparator = -1;
  private cutKey = -1;
  private cutFrom = -1;
  private cutTo = -1;
  // bytes of a skipped value that end in the middle of a character, waiting for the next chunk
  private pendingTail: Uint8Array | null = null;
  private pendingTailByte = 0;
  private skipFrom = -1;
  private skipTo = -1;
  // the current chunk
  private buf: Uint8Array = new Uint8Array(0);
  private bufSeq = 0;
  private bufByte = 0;
  private nextBackslash = -1;

  constructor(file: string, options: JsonStreamOptions) {
    this.file = file;
    this.select = options.select;
    this.onValue = options.onValue;
    this.maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
    this.types = new Uint8Array(this.maxDepth + 2);
    this.rootLive = options.select.map((_, i) => i);
    const encoder = new TextEncoder();
    this.omitNames = options.select.map((s) => (s.omit?.length ? s.omit.map((name) => encoder.encode(name)) : null));
  }

  feed(chunk: Uint8Array, byteStart: number): void {
    const buf =
      chunk.constructor === Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    this.buf = buf;
    this.bufSeq++;
    this.bufByte = byteStart;
    this.nextBackslash = -1;
    const n = buf.length;
    let i = 0;
    for (;;) {
      if (this.state === State.InValue) {
        const end = this.scanValue(i);
        const from = this.startSeq === this.bufSeq ? this.startIndex : 0;
        if (end < 0) {
          if (this.purpose === Purpose.Key || this.purpose === Purpose.Capture) this.addPart(buf.slice(from));
          else this.skipped(from, n);
          break;
        }
        if (this.purpose === Purpose.Skip || this.purpose === Purpose.Count) this.skipped(from, end);
        this.finishValue(end);
        i = end;
        continue;
      }
      if (i >= n) break;
      const c = buf[i] as number;
      if (isSpace(c)) {
        i++;
        continue;
      }
      i = this.structural(c, i);
    }
    this.checkSkipped();
  }

  end(totalBytes: number): void {
    if (this.state === State.InValue && this.kind === Kind.Bare) {
      this.buf = new Uint8Array(0);
      this.bufSeq++;
      this.bufByte = totalBytes;
      this.finishValue(0);
    }
    if (this.pendingTail !== null) this.invalidUtf8(this.pendingTailByte);
    if (this.state === State.Done) return;
    const top = this.stack[this.stack.length - 1];
    let expected = 'a JSON value';
    if (this.state === State.InValue) expected = this.inString ? 'the closing quote of a string' : 'the end of a value';
    else if (this.state === State.Colon) expected = "':' after a key";
    else if (top !== undefined) {
      expected = `${top.isArray ? "']'" : "'}'"} to close the ${top.isArray ? 'list' : 'object'} opened at byte ${top.openByte}`;
    }
    throw new ImportError({
      code: 'malformed',
      file: this.file,
      byteOffset: totalBytes,
      expected,
      found: 'the end of the file',
      hint: 'the file looks cut off; export it again',
    });
  }

  private invalidUtf8(byteOffset: number): never {
    throw new ImportError({
      code: 'invalid-utf8',
      file: this.file,
      byteOffset,
      expected: 'UTF-8 text',
      hint: 'the file may be damaged or saved in another encoding',
    });
  }

  private fail(index: number, expected: string): never {
    const c = this.buf[index];
    if (c !== undefined && c >= 0x80 && firstInvalidUtf8(this.buf.subarray(index, index + 4)) === 0) {
      this.invalidUtf8(this.bufByte + index);
    }
    throw new ImportError({
      code: 'malformed',
      file: this.file,
      byteOffset: this.bufByte + index,
      expected,
      found: describe(c),
    });
  }

  private tooDeep(index: number): never {
    throw new ImportError({
      code: 'too-deep',
      file: this.file,
      byteOffset: this.bufByte + index,
      expected: `at most ${this.maxDepth} levels of nesting`,
    });
  }

  private addPart(part: Uint8Array): void {
    this.partsLength += part.length;
    if (this.partsLength > MAX_VALUE_BYTES) {
      throw new ImportError({
        code: 'too-large',
        file: this.file,
        byteOffset: this.startByte,
        found: 'a single value larger than 256 MiB',
      });
    }
    this.parts.push(part);
  }

  /** notes bytes of a skipped value; checkSkipped tests them for UTF-8 once per chunk */
  private skipped(from: number, to: number): void {
    if (this.skipFrom < 0) this.skipFrom = from;
    this.skipTo = to;
  }

  /**
   * Checks that this chunk's skipped bytes are UTF-8 in one call (bytes in between were checked when decoded);
   * a character cut by the chunk's end is finished by the next chunk's first skipped bytes.
   */
  private checkSkipped(): void {
    const n = this.buf.length;
    const from = this.skipFrom;
    const to = this.skipTo;
    this.skipFrom = -1;
    if (this.pendingTail !== null && from !== 0) this.invalidUtf8(this.pendingTailByte);
    if (from < 0) return;
    let bytes = this.buf.subarray(from, to);
    let at = this.bufByte + from;
    if (this.pendingTail !== null) {
      bytes = concat([this.pendingTail, bytes]);
      at = this.pendingTailByte;
      this.pendingTail = null;
    }
    const tail = incompleteTail(bytes);
    try {
      this.decoder.decode(bytes.subarray(0, bytes.length - tail));
    } catch {
      this.invalidUtf8(at + Math.max(0, firstInvalidUtf8(bytes)));
    }
    if (tail > 0) {
      if (to < n) this.invalidUtf8(at + bytes.length - tail);
      this.pendingTail = bytes.slice(bytes.length - tail);
      this.pendingTailByte = at + bytes.length - tail;
    }
  }

  /** handles one non-space byte outside any scanned value; returns the next index */
  private structural(c: number, i: number): number {
    switch (this.state) {
      case State.Value:
      case State.ValueOrEnd:
        if (this.state === State.ValueOrEnd && c === CLOSE_BRACKET) return this.close(i);
        return this.startValue(c, i);
      case State.KeyOrEnd:
      case State.Key:
        if (this.state === State.KeyOrEnd && c === CLOSE_BRACE) return this.close(i);
        if (c !== QUOTE) this.fail(i, this.state === State.KeyOrEnd ? "a key in quotes or '}'" : 'a key in quotes');
        this.begin(Kind.String, Purpose.Key, -1, i);
        this.afterValue = State.Colon;
        return i + 1;
      case State.Colon:
        if (c !== COLON) this.fail(i, "':' after a key");
        this.state = State.Value;
        return i + 1;
      case State.CommaOrEnd: {
        const top = this.stack[this.stack.length - 1] as Frame;
        if (c === COMMA) {
          if (top.isArray) {
            top.key = (top.key as number) + 1;
            this.state = State.Value;
          } else this.state = State.Key;
          return i + 1;
        }
        if (c === (top.isArray ? CLOSE_BRACKET : CLOSE_BRACE)) return this.close(i);
        return this.fail(i, top.isArray ? "',' or ']'" : "',' or '}'");
      }
      case State.Done:
        return this.fail(i, 'the end of the file after the JSON value');
      default:
        return this.fail(i, 'a JSON value');
    }
  }

  private close(i: number): number {
    this.stack.pop();
    this.state = this.stack.length === 0 ? State.Done : State.CommaOrEnd;
    return i + 1;
  }

  private startValue(c: number, i: number): number {
    const top = this.stack[this.stack.length - 1];
    const live = top?.live ?? this.rootLive;
    const level = this.stack.length;
    let full = -1;
    const deeper: number[] = [];
    const key = top === undefined ? undefined : String(top.key);
    for (const index of live) {
      const pattern = (this.select[index] as JsonSelection).path;
      if (key !== undefined) {
        const segment = pattern[level - 1];
        if (segment !== '*' && segment !== key) continue;
      }
      if (pattern.length === level) {
        if (full < 0) full = index;
      } else deeper.push(index);
    }
    const isContainer = c === OPEN_BRACE || c === OPEN_BRACKET;
    if (isContainer && this.stack.length + 1 > this.maxDepth) this.tooDeep(i);
    if (full < 0 && deeper.length > 0 && isContainer) {
      const isArray = c === OPEN_BRACKET;
      this.stack.push({ isArray, key: isArray ? 0 : '', live: deeper, openByte: this.bufByte + i });
      this.state = isArray ? State.ValueOrEnd : State.KeyOrEnd;
      return i + 1;
    }
    const purpose =
      full < 0 ? Purpose.Skip : (this.select[full] as JsonSelection).parse === false ? Purpose.Count : Purpose.Capture;
    if (c === QUOTE) this.begin(Kind.String, purpose, full, i);
    else if (isContainer) {
      this.begin(Kind.Container, purpose, full, i);
      this.depth = 1;
      this.types[1] = c;
      if (c === OPEN_BRACE && purpose === Purpose.Capture) {
        this.omit = this.omitNames[full] ?? null;
        this.expectKey = true;
        this.memberStart = i;
      }
    } else if (isBare(c)) {
      this.begin(Kind.Bare, purpose === Purpose.Skip ? Purpose.Capture : purpose, full, i);
      return i;
    } else this.fail(i, 'a JSON value');
    this.afterValue = this.stack.length === 0 ? State.Done : State.CommaOrEnd;
    return i + 1;
  }

  private begin(kind: Kind, purpose: Purpose, selection: number, i: number): void {
    this.state = State.InValue;
    this.kind = kind;
    this.purpose = purpose;
    this.selection = selection;
    this.inString = kind === Kind.String;
    this.escape = false;
    this.depth = 0;
    this.parts = [];
    this.partsLength = 0;
    this.startSeq = this.bufSeq;
    this.startIndex = i;
    this.startByte = this.bufByte + i;
    this.omit = null;
    this.cutFrom = -1;
    this.cutKey = -1;
    if (kind === Kind.Bare) this.afterValue = this.stack.length === 0 ? State.Done : State.CommaOrEnd;
  }

  /** scans the current value from `from`; returns the index just past its end, or -1 when the chunk runs out */
  private scanValue(from: number): number {
    const buf = this.buf;
    const n = buf.length;
    let i = from;
    if (this.kind === Kind.Bare) {
      while (i < n && isBare(buf[i] as number)) i++;
      return i < n ? i : -1;
    }
    if (this.escape) {
      if (i >= n) return -1;
      this.escape = false;
      i++;
    }
    const types = this.types;
    const room = this.maxDepth - this.stack.length;
    const onlyString = this.kind === Kind.String;
    let inString = this.inString;
    let depth = this.depth;
    let nextBackslash = this.nextBackslash;
    let end = -1;
    while (i < n) {
      if (inString) {
        const stop = Math.min(i + SHORT_STRING, n);
        let j = i;
        while (j < stop && buf[j] !== QUOTE && buf[j] !== BACKSLASH) j++;
        if (j < stop) {
          if (buf[j] === BACKSLASH) {
            if (j + 1 >= n) {
              this.escape = true;
              break;
            }
            i = j + 2;
            continue;
          }
          inString = false;
          i = j + 1;
          if (onlyString) {
            end = i;
            break;
          }
          if (this.omit !== null && depth === 1) this.memberKey(j);
          continue;
        }
        if (stop === n) break;
        i = stop;
        const quote = buf.indexOf(QUOTE, i);
        if (nextBackslash < i && nextBackslash !== n) {
          const found = buf.indexOf(BACKSLASH, i);
          nextBackslash = found < 0 ? n : found;
        }
        if (nextBackslash < n && (quote < 0 || nextBackslash < quote)) {
          if (nextBackslash + 1 >= n) {
            this.escape = true;
            break;
          }
          i = nextBackslash + 2;
          continue;
        }
        if (quote < 0) break;
        inString = false;
        i = quote + 1;
        if (onlyString) {
          end = i;
          break;
        }
        if (this.omit !== null && depth === 1) this.memberKey(quote);
        continue;
      }
      const c = buf[i] as number;
      if (c < QUOTE) {
        i++;
        continue;
      }
      if (c === QUOTE) {
        inString = true;
        this.stringStart = i;
      } else if (c === COMMA) {
        if (depth === 1 && this.omit !== null) this.memberEnd(i, false);
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (++depth > room) this.tooDeep(i);
        types[depth] = c;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        const open = types[depth];
        if ((c === CLOSE_BRACE) !== (open === OPEN_BRACE)) this.fail(i, open === OPEN_BRACE ? "'}'" : "']'");
        if (--depth === 0) {
          if (this.omit !== null) this.memberEnd(i, true);
          end = i + 1;
          break;
        }
      }
      i++;
    }
    this.inString = inString;
    this.depth = depth;
    this.nextBackslash = nextBackslash;
    if (end < 0) this.omit = null;
    return end;
  }

  /** a string ended at `quote` on the captured object's own level: if it is a key to leave out, start cutting */
  private memberKey(quote: number): void {
    if (!this.expectKey) return;
    this.expectKey = false;
    if (this.cutKey >= 0 || this.cutFrom >= 0) return;
    const start = this.stringStart + 1;
    const length = quote - start;
    const buf = this.buf;
    for (const name of this.omit ?? []) {
      if (name.length !== length) continue;
      let k = 0;
      while (k < length && buf[start + k] === name[k]) k++;
      if (k === length) {
        this.cutKey = this.stringStart;
        this.cutSeparator = this.memberStart;
        return;
      }
    }
  }

  /** a member of the captured object ended at a ',' or at the closing '}' */
  private memberEnd(i: number, closing: boolean): void {
    if (this.cutKey >= 0) {
      if (!closing) [this.cutFrom, this.cutTo] = [this.cutKey, i + 1];
      else if (this.buf[this.cutSeparator] === COMMA) [this.cutFrom, this.cutTo] = [this.cutSeparator, i];
      else [this.cutFrom, this.cutTo] = [this.cutKey, i];
      this.cutKey = -1;
    }
    this.expectKey = true;
    this.memberStart = i;
  }

  private finishValue(end: number): void {
    const purpose = this.purpose;
    this.state = this.afterValue;
    if (purpose === Purpose.Skip) return;
    if (purpose === Purpose.Count) {
      this.onValue(
        undefined,
        this.stack.map((f) => f.key),
        this.selection,
      );
      return;
    }
    if (this.parts.length === 0 && this.cutFrom >= 0) {
      this.finishCut(end);
      return;
    }
    let bytes: Uint8Array;
    if (this.parts.length === 0) bytes = this.buf.subarray(this.startIndex, end);
    else {
      this.addPart(this.buf.subarray(0, end));
      bytes = concat(this.parts);
      this.parts = [];
    }
    const text = this.decode(bytes);
    const value = this.parse(text);
    const omitted = this.selection >= 0 ? this.select[this.selection]?.omit : undefined;
    if (omitted !== undefined && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const name of omitted) delete value[name];
    }
    this.deliver(value, text);
  }

  /** repairs lone surrogates, then stores a key or hands the value over */
  private deliver(parsed: JsonValue, text: string): void {
    let value = parsed;
    if (text.indexOf('\\u') >= 0 && SURROGATE_ESCAPE.test(text)) {
      const [repaired, count] = repairJsonSurrogates(value);
      value = repaired;
      this.replacedSurrogates += count;
    }
    if (this.purpose === Purpose.Key) {
      (this.stack[this.stack.length - 1] as Frame).key = value as string;
      return;
    }
    if (this.selection >= 0)
      this.onValue(
        value,
        this.stack.map((f) => f.key),
        this.selection,
      );
  }

  /** finishes a captured object with one member cut out; the full bytes are parsed only to report an error */
  private finishCut(end: number): void {
    const buf = this.buf;
    const text = this.decode(buf.subarray(this.startIndex, this.cutFrom)) + this.decode(buf.subarray(this.cutTo, end));
    let value: JsonValue;
    try {
      value = JSON.parse(text) as JsonValue;
    } catch {
      value = this.parse(this.decode(buf.subarray(this.startIndex, end)));
    }
    this.deliver(value, text);
  }

  private decode(bytes: Uint8Array): string {
    try {
      return this.decoder.decode(bytes);
    } catch {
      return this.invalidUtf8(this.startByte + Math.max(0, firstInvalidUtf8(bytes)));
    }
  }

  private parse(text: string): JsonValue {
    try {
      return JSON.parse(text) as JsonValue;
    } catch (error) {
      const position = /position (\d+)/.exec(String(error))?.[1];
      const at = position === undefined ? 0 : Math.min(Number(position), text.length);
      throw new ImportError({
        code: 'malformed',
        file: this.file,
        byteOffset: this.startByte + utf8Length(text, 0, at),
        expected: 'valid JSON',
        found: JSON.stringify(text.slice(at, at + 20)),
      });
    }
  }
}

/**
 * Replaces lone UTF-16 surrogates in every string and key of `value` with U+FFFD; returns the new value and
 * how many were replaced.
 * @example repairJsonSurrogates({ text: "a\ud800" }) // [{ text: "a\ufffd" }, 1]
 */
function repairJsonSurrogates(value: JsonValue): [JsonValue, number] {
  let count = 0;
  const fix = (text: string): string => {
    const { text: repaired, replaced } = replaceLoneSurrogates(text);
    count += replaced;
    return repaired;
  };
  const walk = (v: JsonValue): JsonValue => {
    if (typeof v === 'string') return fix(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const out: { [key: string]: JsonValue } = {};
      for (const key of Object.keys(v)) {
        Object.defineProperty(out, fix(key), {
          value: walk(v[key] as JsonValue),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    return v;
  };
  const repaired = walk(value);
  return [repaired, count];
}
