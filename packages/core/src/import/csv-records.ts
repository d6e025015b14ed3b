// RFC 4180 records read line by line (quoted fields may span lines) and written back, for the CSV importer

import { MAX_MESSAGE_CHARS, messageTooLong } from './chat-builder.ts';
import type { SourceLine } from './types.ts';

export interface CsvRecord {
  readonly fields: readonly string[];
  /** the line the record starts on (1-based) */
  readonly lineNumber: number;
}

export type CsvDelimiter = ',' | ';' | '\t';

const QUOTE = 34;

/**
 * Splits CSV text, fed one line at a time, into records. A quoted field may hold the delimiter,
 * doubled quotes and line breaks (rejoined with "\n"); a stray quote inside an unquoted field is kept
 * as text and counted in `strayQuotes`.
 * @example
 * const reader = new CsvRecordReader(',');
 * reader.push({ text: 'a,"b', lineNumber: 1, byteOffset: 0 }); // null: the quote is still open
 * reader.push({ text: 'c",d', lineNumber: 2, byteOffset: 4 }); // { fields: ['a', 'b\nc', 'd'], lineNumber: 1 }
 */
export class CsvRecordReader {
  readonly #delimiter: number;
  readonly #file: string;
  #fields: string[] = [];
  #field = '';
  #inQuotes = false;
  #startLine = 0;
  strayQuotes = 0;

  constructor(delimiter: CsvDelimiter, file = '') {
    this.#delimiter = delimiter.charCodeAt(0);
    this.#file = file;
  }

  /** true while a quoted field is open across lines */
  get pending(): boolean {
    return this.#inQuotes;
  }

  /** the line where the open record began, for an error about an unclosed quote */
  get pendingLine(): number {
    return this.#startLine;
  }

  /** feeds one line; returns the record it completes, or null when a quoted field continues */
  push(line: SourceLine): CsvRecord | null {
    const text = line.text;
    let i = 0;
    if (this.#inQuotes) {
      this.#field += '\n';
    } else {
      this.#startLine = line.lineNumber;
      this.#fields = [];
      this.#field = '';
    }
    const n = text.length;
    const delimiter = this.#delimiter;
    while (i < n) {
      if (this.#inQuotes) {
        const close = text.indexOf('"', i);
        if (close === -1) {
          this.#field += text.slice(i);
          i = n;
          break;
        }
        this.#field += text.slice(i, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          this.#field += '"';
          i = close + 2;
        } else {
          this.#inQuotes = false;
          i = close + 1;
        }
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === delimiter) {
        this.#fields.push(this.#field);
        this.#field = '';
        i += 1;
      } else if (c === QUOTE && this.#field === '' && !this.#afterClosedQuote(text, i)) {
        this.#inQuotes = true;
        i += 1;
      } else {
        if (c === QUOTE) this.strayQuotes += 1;
        let end = i + 1;
        while (end < n) {
          const d = text.charCodeAt(end);
          if (d === delimiter || d === QUOTE) break;
          end += 1;
        }
        this.#field += text.slice(i, end);
        i = end;
      }
    }
    if (this.#inQuotes) {
      if (this.#field.length > MAX_MESSAGE_CHARS) throw messageTooLong(this.#file, this.#startLine);
      return null;
    }
    this.#fields.push(this.#field);
    this.#field = '';
    return { fields: this.#fields, lineNumber: this.#startLine };
  }

  /** a quote right after a closing quote ("a""b" handled above) would reopen; treat it as text instead */
  #afterClosedQuote(text: string, i: number): boolean {
    return i > 0 && text.charCodeAt(i - 1) === QUOTE;
  }
}

/**
 * One record as RFC 4180 text (no line terminator): fields holding the delimiter, a quote, a line
 * break or edge spaces are quoted, quotes doubled.
 * @example writeCsvRecord(['a', 'say "hi"', 'x,y']) // 'a,"say ""hi""","x,y"'
 */
export function writeCsvRecord(fields: readonly string[], delimiter: CsvDelimiter = ','): string {
  return fields
    .map((field) =>
      field.includes(delimiter) || /["\r\n]/.test(field) || /^\s|\s$/.test(field)
        ? `"${field.replaceAll('"', '""')}"`
        : field,
    )
    .join(delimiter);
}
