// A chat export named by its path on this computer: the path is checked here (one plain sentence when it cannot be
// used), and the Node layer reads it as the terminal command does: a file, a zip or a folder.
import { statSync } from 'node:fs';
import { basename, isAbsolute } from 'node:path';

export class PathError extends Error {}

/** Checks that `path` names a file or folder that can be read, or throws a PathError holding one plain sentence. */
export function checkInputPath(path: string): void {
  if (!isAbsolute(path)) throw new PathError('Please give the full path of the export file.');
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    throw new PathError('Reconnect cannot find or open that file.');
  }
  if (!stat.isFile() && !stat.isDirectory()) throw new PathError('That is not a file Reconnect can read.');
}

/**
 * The reader names a file by the path it was given; the page shows only the file's own name, so that no folder
 * names travel into messages and logs (an uploaded copy is named by the name it came with).
 */
export function nameFileOnly(error: unknown, path: string, name: string = basename(path)): unknown {
  if (error instanceof Error && path.length > 0) error.message = error.message.replaceAll(path, name);
  return error;
}
