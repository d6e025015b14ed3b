// A file the person picked or dropped on the Import page: its bytes arrive on the one route that takes raw bytes
// (decision 192), are counted while they stream to a private temporary file, and are refused past the limit. The copy
// lives only until the import that uses it ends (done, failed or cancelled), the vault locks, another file replaces
// it, or the server stops; a folder left by a killed server is removed by the next one.
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DEFAULT_MAX_BYTES } from '@reconnect/core/import';

/** The largest file taken through the page: the reader's own cap on one file (2 GiB), so nothing is copied that
 * could never be read. A bigger export (a zip holding photos and videos) can still be named by its path. */
export const MAX_UPLOAD_BYTES = DEFAULT_MAX_BYTES;

const FOLDER_PREFIX = 'reconnect-upload-';

export interface Upload {
  readonly id: string;
  /** where the copy is: never shown, never derived from the name the browser gave */
  readonly path: string;
  /** the file's own name as the browser gave it, cleaned: for display and format detection only */
  readonly name: string;
  readonly bytes: number;
}

export class UploadTooLarge extends Error {
  constructor(readonly limit: number) {
    super('too large');
  }
}

export class UploadIncomplete extends Error {}

/**
 * The name shown for an uploaded file: the last part of what the browser said, without control characters, at
 * most 200 characters. It is only ever a label (and the importers read its extension); it never becomes a path.
 * @example displayName('C:\\Users\\me\\WhatsApp Chat with Sam.txt') // 'WhatsApp Chat with Sam.txt'
 */
export function displayName(given: string | undefined): string {
  const last = (given ?? '').split(/[/\\]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = last.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  const short = [...clean].slice(0, 200).join('');
  return short === '' || short === '.' || short === '..' ? 'the chosen file' : short;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as someone else
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes upload folders of this user left behind by a server that was killed (its process is gone). */
export function removeStaleFolders(parent: string): void {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  const uid = process.getuid?.();
  for (const name of names) {
    const match = /^reconnect-upload-(\d+)-/.exec(name);
    if (match === null || Number(match[1]) === process.pid || alive(Number(match[1]))) continue;
    const folder = join(parent, name);
    try {
      if (uid !== undefined && statSync(folder).uid !== uid) continue;
      rmSync(folder, { recursive: true, force: true });
    } catch {
      // not ours to remove, or already gone
    }
  }
}

export class Uploads {
  readonly #parent: string;
  readonly #maxBytes: number;
  readonly #files = new Map<string, Upload>();
  /** how many jobs are reading each upload: those are never removed under them */
  readonly #inUse = new Map<string, number>();
  /** removed once its last reader lets go */
  readonly #doomed = new Set<string>();
  #folder: string | null = null;
  readonly #onExit = () => this.dispose();

  constructor(options: { parent?: string | undefined; maxBytes?: number | undefined } = {}) {
    this.#parent = options.parent ?? tmpdir();
    this.#maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  }

  get maxBytes(): number {
    return this.#maxBytes;
  }

  /** the private folder (0700, made by mkdtemp), made on the first upload */
  #ensureFolder(): string {
    if (this.#folder === null) {
      removeStaleFolders(this.#parent);
      this.#folder = mkdtempSync(join(this.#parent, `${FOLDER_PREFIX}${process.pid}-`));
      process.once('exit', this.#onExit);
    }
    return this.#folder;
  }

  /** the folder holding the copies, or null before the first upload and after `dispose` */
  get folder(): string | null {
    return this.#folder;
  }

  /**
   * Streams `body` into a new 0600 file, counting bytes as they come: past the limit it stops reading, removes
   * what was written and throws `UploadTooLarge`; a body shorter than its declared length throws `UploadIncomplete`.
   * Earlier uploads no job is reading are removed first: the page works on one file at a time.
   */
  async receive(body: ReadableStream<Uint8Array>, name: string, declaredLength?: number): Promise<Upload> {
    if (declaredLength !== undefined && declaredLength > this.#maxBytes) throw new UploadTooLarge(this.#maxBytes);
    for (const id of [...this.#files.keys()]) if (!this.#inUse.has(id)) this.remove(id);
    const id = randomUUID();
    const path = join(this.#ensureFolder(), `${id}.upload`);
    let bytes = 0;
    const limit = this.#maxBytes;
    const count = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        if (bytes > limit) done(new UploadTooLarge(limit));
        else done(null, chunk);
      },
    });
    try {
      await pipeline(
        Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>),
        count,
        createWriteStream(path, { flags: 'wx', mode: 0o600 }),
      );
      if (declaredLength !== undefined && bytes !== declaredLength) throw new UploadIncomplete('incomplete');
    } catch (error) {
      rmSync(path, { force: true });
      throw error;
    }
    const upload = { id, path, name, bytes };
    this.#files.set(id, upload);
    return upload;
  }

  get(id: string): Upload | undefined {
    return this.#files.get(id);
  }

  /** marks an upload as being read by a job; the returned function lets go of it */
  use(id: string): () => void {
    this.#inUse.set(id, (this.#inUse.get(id) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.#inUse.get(id) ?? 1) - 1;
      if (left > 0) {
        this.#inUse.set(id, left);
        return;
      }
      this.#inUse.delete(id);
      if (this.#doomed.has(id)) this.remove(id);
    };
  }

  /** removes the copy now, or once the jobs reading it let go; true when the upload was known */
  remove(id: string): boolean {
    const upload = this.#files.get(id);
    if (upload === undefined) return false;
    if (this.#inUse.has(id)) {
      this.#doomed.add(id);
      return true;
    }
    this.#doomed.delete(id);
    this.#files.delete(id);
    rmSync(upload.path, { force: true });
    return true;
  }

  /** removes every copy (on lock, on leaving or entering the demo, on forgetting everything) */
  clear(): void {
    for (const id of [...this.#files.keys()]) this.remove(id);
  }

  /** removes the folder and everything in it, readers or not (the server is stopping) */
  dispose(): void {
    this.#files.clear();
    this.#inUse.clear();
    this.#doomed.clear();
    if (this.#folder !== null) rmSync(this.#folder, { recursive: true, force: true });
    this.#folder = null;
    process.off('exit', this.#onExit);
  }
}
