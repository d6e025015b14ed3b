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
  /** extra plain-language hint for the person (naming no command, flag or button) */
  readonly hint?: string;
  /** what the person can do about it, for each interface to word in its own terms */
  readonly remedy?: ImportRemedy;
}

/** what the person can do about a failed import; the CLI names its flags, a web page its own controls */
export type ImportRemedy = 'name-format' | 'choose-chat' | 'choose-chat-by-id' | 'check-chat-name';

/** each remedy in words that name no interface: the wording of `ImportError.message` */
export const IMPORT_REMEDIES: Readonly<Record<ImportRemedy, string>> = {
  'name-format': 'if you know which app it came from, say which',
  'choose-chat': 'pick one by its name',
  'choose-chat-by-id': 'choose one by its name or id',
  'check-chat-name': "check the chat's name, or leave it out",
};

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
  readonly remedy: ImportRemedy | undefined;

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
    this.remedy = details.remedy;
  }
}

/** an ImportError's facts, as thrown (absent fields undefined) or as given */
export type ImportErrorFacts = { readonly [K in keyof ImportErrorDetails]?: ImportErrorDetails[K] | undefined } & {
  readonly code: ImportErrorCode;
  readonly file: string;
};

/**
 * One line for an import failure: where, what was expected and found, and the hint or the remedy in the words
 * of `remedies` (an interface passes its own, naming its flags or controls).
 * @example formatImportError(error, { ...IMPORT_REMEDIES, 'name-format': 'name it with --format' })
 */
export function formatImportError(
  d: ImportErrorFacts,
  remedies: Readonly<Record<ImportRemedy, string>> = IMPORT_REMEDIES,
): string {
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
  const hint = d.hint ?? (d.remedy !== undefined ? remedies[d.remedy] : undefined);
  return `${where}: ${what}${hint ? ` (${hint})` : ''}`;
}

export const isImportError = (e: unknown): e is ImportError => e instanceof ImportError;
