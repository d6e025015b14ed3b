// turns a path (file, folder or zip) into the importers' ImportInput, refusing unsafe archives and folders
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { type ByteSource, DEFAULT_MAX_BYTES, ImportError, type ImportInput } from '@reconnect/core/import';
import yauzl from 'yauzl';
import { fileSource } from './file-source.ts';

/** limits on what a zip or folder may hold */
export interface InputLimits {
  /** files that could hold messages (text, JSON, HTML…) in a zip, files in a folder */
  readonly maxEntries: number;
  /** entries of any kind in a zip (photos and videos included); more are not even listed */
  readonly maxListedEntries: number;
  /** bytes actually streamed from one zip entry */
  readonly maxEntryBytes: number;
  /** uncompressed : compressed */
  readonly maxCompressionRatio: number;
  /** entries smaller than this are not held to the ratio (tiny files compress extremely well) */
  readonly ratioFloorBytes: number;
  /** folder levels below the one given */
  readonly maxDepth: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = {
  maxEntries: 10_000,
  maxListedEntries: 1_000_000,
  maxEntryBytes: 256 * 1024 ** 2,
  maxCompressionRatio: 100,
  ratioFloorBytes: 1024 ** 2,
  maxDepth: 12,
};

export interface OpenInputOptions {
  /** largest single file accepted (default 2 GiB) */
  readonly maxBytes?: number;
  readonly limits?: Partial<InputLimits>;
  /** the name to read a single file (or zip) under and to give in errors, instead of its path: a copy kept under
   * a private name (the server's upload) is still detected by its original name */
  readonly name?: string;
}

export interface OpenedInput extends ImportInput {
  /** releases the open zip, if any; safe to call twice */
  close(): Promise<void>;
}

const ZIP_MAGIC = [0x50, 0x4b];

/** zip entries that can hold messages (or a zip of them); photos, videos and the like are never listed */
const MESSAGE_FILE = /(?:^|\/)(?:[^/.]+|[^/]*\.(?:txt|json|jsonl|ndjson|md|csv|tsv|html?|zip))$/i;

async function looksLikeZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    if (bytesRead < 4 || buffer[0] !== ZIP_MAGIC[0] || buffer[1] !== ZIP_MAGIC[1]) return false;
    const kind = buffer.readUInt16LE(2);
    return kind === 0x0403 || kind === 0x0605 || kind === 0x0807;
  } finally {
    await handle.close();
  }
}

function unsafe(file: string, found: string, hint?: string): ImportError {
  return new ImportError({ code: 'unsafe-archive', file, found, ...(hint !== undefined ? { hint } : {}) });
}

/**
 * Why a name inside an archive is unsafe to use, or null when it is fine.
 * @example unsafeEntryName('../evil.txt') // 'an entry name that climbs out of the archive ("..")'
 */
export function unsafeEntryName(name: string): string | null {
  if (name.includes('\\')) return 'a backslash in an entry name';
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'an absolute entry name';
  if (name.split('/').includes('..')) return 'an entry name that climbs out of the archive ("..")';
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) < 32) return 'a control character in an entry name';
  return null;
}

/** a Unix symlink stored in the zip: never followed, never read */
const isSymlinkEntry = (entry: yauzl.Entry): boolean => ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000;

function describeZipError(archive: string, entry: string, error: unknown): ImportError {
  if (error instanceof ImportError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/too many bytes|not enough bytes/.test(message)) {
    return unsafe(`${archive} → ${entry}`, 'an entry whose real size differs from what its header says');
  }
  if (/unsupported compression|encrypted/.test(message)) {
    return new ImportError({ code: 'unsupported', file: `${archive} → ${entry}`, found: message });
  }
  return new ImportError({
    code: 'malformed',
    file: `${archive} → ${entry}`,
    found: `a damaged zip entry (${message})`,
  });
}

function entrySource(
  archive: string,
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  name: string,
  limits: InputLimits,
  maxBytes: number,
): ByteSource {
  const cap = Math.min(limits.maxEntryBytes, maxBytes);
  return {
    name,
    size: entry.uncompressedSize,
    async *chunks() {
      if (entry.uncompressedSize > cap) {
        throw unsafe(
          `${archive} → ${name}`,
          `an entry of ${entry.uncompressedSize} bytes`,
          'unzip it and import the file itself',
        );
      }
      let stream: Readable;
      try {
        stream = await zip.openReadStreamPromise(entry);
      } catch (error) {
        throw describeZipError(archive, name, error);
      }
      let streamed = 0;
      try {
        for await (const chunk of stream) {
          const bytes = chunk as Buffer;
          streamed += bytes.length;
          if (streamed > cap) throw unsafe(`${archive} → ${name}`, `more than ${cap} bytes in one entry`);
          yield new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
        }
      } catch (error) {
        throw describeZipError(archive, name, error);
      } finally {
        stream.destroy();
      }
    },
  };
}

async function openZip(path: string, displayName: string, limits: InputLimits, maxBytes: number): Promise<OpenedInput> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: true,
      strictFileNames: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportError({ code: 'malformed', file: displayName, expected: 'a readable zip file', found: message });
  }
  const close = async (): Promise<void> => {
    if (zip.isOpen) zip.close();
  };
  try {
    if (zip.entryCount > limits.maxListedEntries) {
      throw unsafe(displayName, `${zip.entryCount} entries (more than ${limits.maxListedEntries}, so none were read)`);
    }
    const files: ByteSource[] = [];
    let seen = 0;
    for await (const entry of zip.eachEntry()) {
      if (++seen > limits.maxListedEntries) throw unsafe(displayName, `more than ${limits.maxListedEntries} entries`);
      const raw = entry.fileName as unknown as Buffer;
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
      const problem = unsafeEntryName(name);
      if (problem) throw unsafe(displayName, `${problem}: ${JSON.stringify(name.slice(0, 80))}`);
      if (name.endsWith('/') || isSymlinkEntry(entry) || !MESSAGE_FILE.test(name)) continue;
      if (files.length >= limits.maxEntries) {
        throw unsafe(
          displayName,
          `more than ${limits.maxEntries} text files`,
          "unzip it and choose the chat's own folder or file",
        );
      }
      if (entry.isEncrypted()) {
        throw new ImportError({
          code: 'unsupported',
          file: displayName,
          found: 'a password-protected zip',
          hint: 'unzip it first',
        });
      }
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxCompressionRatio) {
        throw unsafe(
          displayName,
          `an entry that would expand ${Math.round(ratio)} times (${name.slice(0, 80)})`,
          'this looks like a zip bomb, so nothing was extracted',
        );
      }
      files.push(entrySource(displayName, zip, entry, name, limits, maxBytes));
    }
    return { name: displayName, files, close };
  } catch (error) {
    await close();
    if (error instanceof ImportError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportError({ code: 'malformed', file: displayName, expected: 'a readable zip file', found: message });
  }
}

async function openFolder(root: string, displayName: string, limits: InputLimits): Promise<OpenedInput> {
  const realRoot = await realpath(root);
  const files: ByteSource[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > limits.maxDepth) return;
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(full, depth + 1);
        continue;
      }
      let target = full;
      if (entry.isSymbolicLink()) {
        const resolved = await realpath(full).catch(() => null);
        if (resolved === null || !resolved.startsWith(realRoot + sep)) continue;
        if (!(await stat(resolved)).isFile()) continue;
        target = resolved;
      } else if (!entry.isFile()) {
        continue;
      }
      if (files.length >= limits.maxEntries) {
        throw unsafe(displayName, `more than ${limits.maxEntries} files`, "choose the chat's own folder or file");
      }
      files.push(fileSource(target, relative(realRoot, full).split(sep).join('/')));
    }
  };
  await walk(realRoot, 0);
  return { name: displayName, files, close: async () => {} };
}

/**
 * Opens what the person pointed at: a plain file, a zip (by its magic bytes, not its name) or a folder
 * (its files, recursively; symlinks leading outside it are ignored). Zip entries are streamed lazily,
 * each `chunks()` call reading the entry anew. Unsafe archives throw ImportError 'unsafe-archive'.
 * @example
 * const input = await openInput('WhatsApp Chat with Sam.zip', { maxBytes: DEFAULT_MAX_BYTES })
 * try { await importConversation(input) } finally { await input.close() }
 */
export async function openInput(path: string, options: OpenInputOptions = {}): Promise<OpenedInput> {
  const limits: InputLimits = { ...DEFAULT_INPUT_LIMITS, ...options.limits };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const link = await lstat(path);
  const info = link.isSymbolicLink() ? await stat(path) : link;
  if (info.isDirectory()) return openFolder(path, path, limits);
  if (!info.isFile()) {
    throw new ImportError({ code: 'unsupported', file: path, expected: 'a file or folder', found: 'a special file' });
  }
  const shown = options.name ?? path;
  if (await looksLikeZip(path)) return openZip(path, shown, limits, maxBytes);
  if (info.size > maxBytes) {
    throw new ImportError({
      code: 'too-large',
      file: shown,
      expected: `at most ${maxBytes} bytes`,
      found: `${info.size}`,
    });
  }
  return { name: shown, files: [fileSource(path, basename(shown))], close: async () => {} };
}
