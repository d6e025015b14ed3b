// errors the CLI shows as one plain line, with the exit code they carry
import { isImportError } from '@reconnect/core';

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

/** one line for stderr and the exit code, for any thrown value */
export function describeFailure(error: unknown): { line: string; exitCode: number } {
  if (error instanceof CLIError) return { line: error.message, exitCode: error.exitCode };
  if (isImportError(error)) return { line: `Could not import ${error.message}`, exitCode: EXIT_RUNTIME };
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
    const path = 'path' in error ? String(error.path) : 'the file';
    return { line: `Could not find ${path}.`, exitCode: EXIT_RUNTIME };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { line: `Something went wrong: ${message}`, exitCode: EXIT_RUNTIME };
}
