// writes a file so that readers see either the old content or the whole new one, never half of it
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { trackTemporaryFile } from '../ui/interrupt.ts';

/**
 * Writes `content` to a temporary file beside `path`, flushes it to disk, then renames it into place.
 * The temporary file is removed on failure and when the process is stopped (ui/interrupt.ts).
 * @example await writeFileAtomic('report.html', html)
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let renamed = false;
  const untrack = trackTemporaryFile(temp);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    renamed = true;
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined);
    untrack();
  }
}
