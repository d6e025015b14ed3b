// typed import errors: one clear line a person can act on, never a stack trace

export type ImportErrorCode =
  | 'unknown-format'
  | 'invalid-utf8'
  | 'malformed'
  | 'too-large'
  | 'too-deep'
  | 'unsafe-archive'
  | 'empty'
  | 'no-chat'
  | 'unsupported';

export interface ImportErrorDetails {
  readonly code: ImportErrorCode;
  /** the file (or archive entry) being read */
  readonly file: string;
  readonly line?: number;
  readonly byteOffset?: number;
  readonly expected?: string;
  readonly found?: string;
  /** extra plain-language hint for the person */
  readonly hint?: string;
}

/**
 * An import failure with where it happened and what was expected.
 * @example throw new ImportError({ code: 'malformed', file: 'chat.txt', line: 3, expected: 'a date', found: '"hello"' })
 */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly file: string;
  readonly line: number | undefined;
  readonly byteOffset: number | undefined;
  readonly expected: string | undefined;
  readonly found: string | undefined;
  readonly hint: string | undefined;

  constructor(details: ImportErrorDetails) {
    super(formatImportError(details));
    this.name = 'ImportError';
    this.code = details.code;
    this.file = details.file;
    this.line = details.line;
    this.byteOffset = details.byteOffset;
    this.expected = details.expected;
    this.found = details.found;
    this.hint = details.hint;
  }
}

function formatImportError(d: ImportErrorDetails): string {
  const where =
    d.line !== undefined
      ? `${d.file}, line ${d.line}`
      : d.byteOffset !== undefined
        ? `${d.file}, byte ${d.byteOffset}`
        : d.file;
  const what =
    d.expected !== undefined
      ? `expected ${d.expected}${d.found !== undefined ? `, found ${d.found}` : ''}`
      : (d.found ?? d.code.replace(/-/g, ' '));
  return `${where}: ${what}${d.hint ? ` (${d.hint})` : ''}`;
}

export const isImportError = (e: unknown): e is ImportError => e instanceof ImportError;
