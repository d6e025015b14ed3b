// errors the CLI shows as one plain line, with the exit code they carry
import { formatImportError, IMPORT_REMEDIES, type ImportRemedy, isImportError } from '@reconnect/core/import';

export const EXIT_OK = 0;
export const EXIT_RUNTIME = 1;
export const EXIT_USAGE = 2;

/**
 * A failure to report to the person as one line.
 * @example throw new CLIError('Please give a message to coach, or use --batch FILE.', EXIT_USAGE)
 */
export class CLIError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT_RUNTIME) {
    super(message);
    this.name = 'CLIError';
    this.exitCode = exitCode;
  }
}

/** the core's import remedies, in the CLI's words: the flag that carries each out */
export const CLI_IMPORT_REMEDIES: Readonly<Record<ImportRemedy, string>> = {
  ...IMPORT_REMEDIES,
  'name-format': 'if you know which app it came from, name it with --format',
  'choose-chat': 'pick one with --chat NAME',
  'choose-chat-by-id': 'choose one by its name or id with --chat',
  'check-chat-name': 'leave out --chat, or check the name',
};

/** what a failed read or write means, in words, by the system's error code */
const SYSTEM_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'that place does not take new files',
  EACCES: 'you do not have permission',
  EPERM: 'you do not have permission',
  EROFS: 'that disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is not a folder',
  ENAMETOOLONG: 'the name is too long',
  EEXIST: 'a file with that name appeared while writing',
  EXDEV: 'that place does not take new files',
};

/**
 * A system error code in words.
 * @example systemReason('EACCES') // 'you do not have permission'
 */
export function systemReason(code: string): string {
  return SYSTEM_REASONS[code] ?? `the system refused (${code || 'unknown reason'})`;
}

/** one line for stderr and the exit code, for any thrown value */
export function describeFailure(error: unknown): { line: string; exitCode: number } {
  if (error instanceof CLIError) return { line: error.message, exitCode: error.exitCode };
  if (isImportError(error)) {
    return { line: `Could not import ${formatImportError(error, CLI_IMPORT_REMEDIES)}`, exitCode: EXIT_RUNTIME };
  }
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
    const path = 'path' in error ? String(error.path) : 'the file';
    return { line: `Could not find ${path}.`, exitCode: EXIT_RUNTIME };
  }
  if (error instanceof Error && 'code' in error && 'path' in error && typeof error.code === 'string') {
    return { line: `Could not use ${String(error.path)}: ${systemReason(error.code)}.`, exitCode: EXIT_RUNTIME };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { line: `Something went wrong: ${message}`, exitCode: EXIT_RUNTIME };
}
