// finds which app an export came from and which of its files to read, from content first and names second

import { FORMATS, type Format } from '../model.ts';
import { ImportError } from './errors.ts';
import { entryFolder, entryName, extensionOf, leadingLines } from './probe.ts';
import { FORMAT_LABELS, formatList, IMPORTERS } from './registry.ts';
import type { ByteSource, DetectProbe, Importer, ImportInput } from './types.ts';
import { TextDecoder } from './utf8.ts';

export { FORMAT_LABELS };

/** how much of the main file detection reads */
export const PROBE_BYTES = 64 * 1024;
/** at most this many files of a zip or folder are opened to look inside */
const MAX_PROBED_FILES = 24;
/** below this nothing is claimed */
const ACCEPT_SCORE = 0.3;
/** two formats closer than this count as a tie */
const TIE_MARGIN = 0.05;

export interface Detection {
  readonly format: Format;
  /** the file(s) the importer reads, in order (several for Messenger/Instagram's message_N.json) */
  readonly files: readonly ByteSource[];
  /** 0..1 */
  readonly confidence: number;
  /** doubts worth showing the person (a tie between formats, …) */
  readonly warnings: readonly string[];
}

export interface DetectOptions {
  /** skip the format guess; still picks the main file(s) */
  readonly format?: Format;
  /** which chat to read when a zip or folder holds several */
  readonly chat?: string;
  /** the formats to tell apart, with every fact about each (default: all registered) */
  readonly importers?: Readonly<Record<Format, Importer>>;
}

type Scores = Record<Format, number>;

/**
 * How sure each importer's `detect` is about a probe, each between 0 and 1 (an importer that throws or answers
 * nonsense counts as 0). `context` is the name the person gave (zip or folder path), which can hint at the app.
 * @example scoreProbe({ fileName: 'chat.md', head: '[2024-01-01 21:41:00] You: hello', fileNames: ['chat.md'] }).signal // 0.95
 */
export function scoreProbe(
  probe: DetectProbe,
  context = '',
  importers: Readonly<Record<Format, Importer>> = IMPORTERS,
): Scores {
  const asked: DetectProbe = { ...probe, inputName: context };
  const scores = {} as Scores;
  for (const format of FORMATS) {
    let claimed = 0;
    try {
      claimed = importers[format].detect(asked);
    } catch {
      claimed = 0;
    }
    scores[format] = Number.isFinite(claimed) ? Math.min(1, Math.max(0, claimed)) : 0;
  }
  return scores;
}

/**
 * The first `limit` bytes of a source decoded leniently (bad bytes become U+FFFD, a BOM is dropped).
 * @example const head = await readHead(source) // up to 64 KiB of text
 */
export async function readHead(source: ByteSource, limit: number = PROBE_BYTES): Promise<string> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of source.chunks()) {
    const take = chunk.subarray(0, limit - length);
    parts.push(take);
    length += take.length;
    if (length >= limit) break;
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

const IGNORED_PATH = /(?:^|\/)(?:__MACOSX\/|\._|\.DS_Store$)/;

/** how early to look into a file, by the best rank any format gives its name (4 for a name no format uses) */
function namePriority(name: string, importers: readonly Importer[]): number {
  const base = entryName(name);
  let best = 4;
  for (const importer of importers) {
    for (const { name: pattern, rank } of importer.files.ranks) if (rank < best && pattern.test(base)) best = rank;
  }
  return best;
}

/** files worth looking into: of an extension some format uses (or none), not empty, not a system file */
function candidatesOf(files: readonly ByteSource[], importers: readonly Importer[]): ByteSource[] {
  if (files.length === 1) return [...files];
  const extensions = new Set(['', ...importers.flatMap((importer) => importer.files.extensions)]);
  return files
    .filter((f) => !IGNORED_PATH.test(f.name) && extensions.has(extensionOf(f.name)) && f.size !== 0)
    .sort((a, b) => namePriority(a.name, importers) - namePriority(b.name, importers) || (b.size ?? 0) - (a.size ?? 0))
    .slice(0, MAX_PROBED_FILES);
}

interface Scored {
  readonly file: ByteSource;
  readonly scores: Scores;
  readonly head: string;
}

type Table = Readonly<Record<Format, Importer>>;

/** formats best first; on a tie the more specific one */
function ranked(scores: Scores, only: Format | undefined, importers: Table): Format[] {
  const formats = only ? [only] : [...FORMATS];
  return formats.sort((a, b) => scores[b] - scores[a] || importers[b].specificity - importers[a].specificity);
}

function preview(head: string): string {
  if (head.length === 0) return 'an empty file';
  if (head.startsWith('PK\u0003\u0004'))
    return 'a zip file inside another (unzip the outer one and give me the inner zip)';
  const sample = head.slice(0, 200);
  const nulls = sample.split('\u0000').length - 1;
  if (nulls > sample.length * 0.3) return 'UTF-16 text without a byte-order mark (save it again as UTF-8)';
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) odd++;
  }
  if (odd > sample.length * 0.3) return 'binary data';
  const first = leadingLines(head, 1)[0] ?? '';
  return JSON.stringify(first.length > 40 ? `${first.slice(0, 40)}…` : first);
}

function unknownFormat(input: ImportInput, found: string, importers: Table): ImportError {
  return new ImportError({
    code: 'unknown-format',
    file: input.name,
    expected: `a chat export from ${formatList(importers)}`,
    found,
    remedy: 'name-format',
  });
}

/** the file(s) of the chosen chat: its numbered parts in order, or the one file */
function mainFilesOf(importer: Importer, chosen: ByteSource, files: readonly ByteSource[]): ByteSource[] {
  const { chat, numberedParts } = importer.files;
  if (!numberedParts || chat === undefined || !chat.test(entryName(chosen.name))) return [chosen];
  const folder = entryFolder(chosen.name);
  const part = (f: ByteSource): number => Number(/(\d+)\.[a-z0-9]+$/i.exec(f.name)?.[1] ?? 0);
  return files
    .filter((f) => entryFolder(f.name) === folder && chat.test(entryName(f.name)))
    .sort((a, b) => part(a) - part(b));
}

/** the key naming one chat: its folder for formats that keep one chat per folder, else the file */
const chatKey = (importer: Importer, file: ByteSource): string =>
  importer.files.chatPerFolder ? entryFolder(file.name) : file.name;

/** other chats of the same format in a zip or folder, keyed by folder or file name: by their names, or because they read as that format */
function chatsOf(
  importer: Importer,
  files: readonly ByteSource[],
  chosen: ByteSource,
  scored: readonly Scored[],
): Map<string, ByteSource> {
  const chats = new Map<string, ByteSource>();
  chats.set(chatKey(importer, chosen), chosen);
  for (const other of scored) {
    const key = chatKey(importer, other.file);
    if (other.scores[importer.format] >= ACCEPT_SCORE && !chats.has(key)) chats.set(key, other.file);
  }
  const chat = importer.files.chat;
  if (chat === undefined) return chats;
  for (const file of files) {
    if (IGNORED_PATH.test(file.name) || !chat.test(entryName(file.name))) continue;
    const key = chatKey(importer, file);
    if (!chats.has(key)) chats.set(key, file);
  }
  return chats;
}

function pickChat(
  input: ImportInput,
  importer: Importer,
  best: ByteSource,
  chat: string | undefined,
  scored: readonly Scored[],
): ByteSource {
  const chats = chatsOf(importer, input.files, best, scored);
  if (chats.size <= 1) return best;
  const names = [...chats.keys()];
  if (chat !== undefined) {
    const wanted = chat.toLowerCase();
    const exact = names.filter((key) => entryName(key).toLowerCase() === wanted);
    const partial = names.filter((key) => key.toLowerCase().includes(wanted));
    const match = exact.length === 1 ? exact : partial;
    if (match.length === 1 && match[0] !== undefined) {
      const key = match[0];
      const fromProbe = scored.find((s) => chatKey(importer, s.file) === key);
      return fromProbe?.file ?? chats.get(key) ?? best;
    }
  }
  const shown = names.slice(0, 12).map((key) => entryName(key) || key);
  throw new ImportError({
    code: 'no-chat',
    file: input.name,
    expected: chat === undefined ? 'one chat' : `a chat called "${chat}"`,
    found: `${names.length} chats: ${shown.join(', ')}${names.length > shown.length ? ', …' : ''}`,
    remedy: 'choose-chat',
  });
}

/**
 * Decides which format an import is and which of its files to read, from the first 64 KiB of each
 * likely file and the file names. Throws ImportError 'empty', 'unknown-format' (listing the formats
 * read) or 'no-chat' (several chats, none chosen); on a tie between formats picks the more specific
 * one and says so in `warnings`.
 * @example
 * const { format, files } = await detectFormat({ name: 'chat.zip', files }, { chat: 'Sam' })
 */
export async function detectFormat(input: ImportInput, options: DetectOptions = {}): Promise<Detection> {
  const importers = options.importers ?? IMPORTERS;
  const all = FORMATS.map((format) => importers[format]);
  const candidates = candidatesOf(input.files, all);
  if (candidates.length === 0) {
    throw new ImportError({
      code: 'empty',
      file: input.name,
      expected: 'a chat export',
      found: input.files.length === 0 ? 'no files' : 'no text or JSON files',
    });
  }
  const fileNames = input.files.map((f) => f.name);
  const scored: Scored[] = [];
  for (const file of candidates) {
    const head = await readHead(file);
    const scores = scoreProbe({ fileName: file.name, head, fileNames }, input.name, importers);
    scored.push({ file, scores, head });
  }
  const only = options.format;
  const bestOf = (s: Scored): Format => ranked(s.scores, only, importers)[0] ?? 'csv';
  const top = [...scored].sort(
    (a, b) =>
      b.scores[bestOf(b)] - a.scores[bestOf(a)] ||
      namePriority(a.file.name, all) - namePriority(b.file.name, all) ||
      importers[bestOf(b)].specificity - importers[bestOf(a)].specificity,
  )[0];
  if (top === undefined) throw unknownFormat(input, 'nothing readable', importers);
  if (top.head.trim() === '' && input.files.length === 1) {
    throw new ImportError({ code: 'empty', file: input.name, expected: 'a chat export', found: 'an empty file' });
  }
  const order = ranked(top.scores, only, importers);
  const format = order[0] ?? 'csv';
  const confidence = top.scores[format];
  if (only === undefined && confidence < ACCEPT_SCORE) {
    const found = input.files.length === 1 ? preview(top.head) : `no file that looks like a chat`;
    throw unknownFormat(input, found, importers);
  }
  const warnings: string[] = [];
  const runnerUp = only === undefined ? order[1] : undefined;
  if (
    runnerUp !== undefined &&
    top.scores[runnerUp] >= ACCEPT_SCORE &&
    confidence - top.scores[runnerUp] < TIE_MARGIN
  ) {
    const [chosen, other] = [importers[format].names.label, importers[runnerUp].names.label];
    warnings.push(
      `This file could be from ${chosen} or ${other}; it was read as ${chosen}. If that looks wrong, try --format ${runnerUp}.`,
    );
  }
  const chosen = pickChat(input, importers[format], top.file, options.chat, scored);
  return { format, files: mainFilesOf(importers[format], chosen, input.files), confidence, warnings };
}
