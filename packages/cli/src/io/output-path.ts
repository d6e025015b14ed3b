// the one rule every command that writes a file follows before it writes: never the input, never a folder, never silently over a file
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CLIError, EXIT_RUNTIME, EXIT_USAGE, systemReason } from '../cli-error.ts';
import { writeFileAtomic } from '../report/write-atomic.ts';

export interface OutputPathRule {
  /** the option the path came from, for the messages (`--html`, `--out`) */
  readonly flag: string;
  /** files the command reads; the output may never be one of them, however it is spelled */
  readonly inputs?: readonly string[];
  /** replace an existing file */
  readonly force?: boolean;
}

/** the same file on disk (through symlinks, hard links and other spellings), by device and inode */
function sameFile(a: string, b: string): boolean {
  const left = statSync(a, { throwIfNoEntry: false });
  const right = statSync(b, { throwIfNoEntry: false });
  if (left === undefined || right === undefined) return false;
  return left.dev === right.dev && left.ino === right.ino;
}

/** where `path` would land once its folder's symlinks are followed */
function realLocation(path: string): string {
  try {
    return join(realpathSync(dirname(path)), basename(path));
  } catch {
    return path;
  }
}

/**
 * Checks where a command may write, before any slow work, and returns the absolute path to write to.
 * Refusals name the path as the person gave it.
 * Refuses (usage error) an empty path, a folder, a missing folder, a special file and any of the inputs
 * (also through a symlink, a hard link or another spelling of it); an existing file unless `force` (exit 1).
 * @example const out = checkOutputPath('report.html', { flag: '--html', inputs: ['chat.txt'] })
 */
export function checkOutputPath(given: string, rule: OutputPathRule): string {
  if (given.trim() === '')
    throw new CLIError(`${rule.flag} needs a file name, like ${rule.flag} report.html.`, EXIT_USAGE);
  const path = resolve(given);
  const folder = dirname(path);
  const folderInfo = statSync(folder, { throwIfNoEntry: false });
  if (folderInfo === undefined || !folderInfo.isDirectory()) {
    throw new CLIError(`Cannot save to ${given}: the folder ${dirname(given)} does not exist.`, EXIT_USAGE);
  }
  for (const input of rule.inputs ?? []) {
    const inputPath = resolve(input);
    if (path === inputPath || realLocation(path) === realLocation(inputPath) || sameFile(path, inputPath)) {
      throw new CLIError(
        `${given} is the chat you asked me to read, so I will not write over it. Choose another name for ${rule.flag}.`,
        EXIT_USAGE,
      );
    }
  }
  const info = statSync(path, { throwIfNoEntry: false });
  if (info === undefined) return path;
  if (info.isDirectory()) {
    throw new CLIError(
      `${given} is a folder. Give ${rule.flag} a file name inside it, like ${join(given, 'report.html')}.`,
      EXIT_USAGE,
    );
  }
  if (!info.isFile()) throw new CLIError(`${given} is not a regular file, so I will not write to it.`, EXIT_USAGE);
  if (rule.force !== true) {
    throw new CLIError(`${given} already exists. Choose another name, or add --force to replace it.`, EXIT_RUNTIME);
  }
  return path;
}

/**
 * Writes atomically (temporary file, then rename) and turns a failure into one plain sentence naming the path.
 * @example await saveOutputFile('/proc/x.html', html) // CLIError: "Could not save /proc/x.html: that place does not take new files."
 */
export async function saveOutputFile(path: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, content);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const reason = systemReason(code);
    throw new CLIError(`Could not save ${path}: ${reason}. Nothing was written.`, EXIT_RUNTIME);
  }
}
