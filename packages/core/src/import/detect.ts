// finds which app an export came from and which of its files to read, from content first and names second

import { FORMATS, type Format } from '../model.ts';
import { ImportError } from './errors.ts';
import { IMPORTERS } from './registry.ts';
import type { ByteSource, DetectProbe, Importer, ImportInput } from './types.ts';

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}

/** how much of the main file detection reads */
export const PROBE_BYTES = 64 * 1024;
/** at most this many files of a zip or folder are opened to look inside */
const MAX_PROBED_FILES = 24;
/** below this nothing is claimed */
const ACCEPT_SCORE = 0.3;
/** two formats closer than this count as a tie */
const TIE_MARGIN = 0.05;

/** what the app is called in messages to the person */
export const FORMAT_LABELS: Record<Format, string> = {
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  messenger: 'Messenger',
  instagram: 'Instagram',
  discord: 'Discord (DiscordChatExporter)',
  signal: 'Signal',
  imessage: 'iMessage (imessage-exporter)',
  csv: 'CSV',
};

const SHORT_LIST = 'WhatsApp, Telegram, Messenger, Instagram, Discord, Signal, iMessage or CSV';

/** on a tie the more specific format wins: a stricter shape is less likely to match by accident */
const SPECIFICITY: Record<Format, number> = {
  discord: 8,
  telegram: 7,
  signal: 6,
  imessage: 5,
  messenger: 4,
  instagram: 3,
  whatsapp: 2,
  csv: 1,
};

/** formats whose exports keep one chat per folder (so a folder names the chat) */
const CHAT_PER_FOLDER: Record<Format, boolean> = {
  whatsapp: false,
  telegram: false,
  messenger: true,
  instagram: true,
  discord: false,
  signal: true,
  imessage: false,
  csv: false,
};

/** names of a format's main files inside a zip or folder */
const MAIN_FILE_NAMES: Record<Format, RegExp> = {
  whatsapp: /^(?:_chat\.txt|whatsapp chat[^/]*\.txt)$/i,
  telegram: /^result\.json$/i,
  messenger: /^message_\d+\.json$/i,
  instagram: /^message_\d+\.json$/i,
  discord: /\.json$/i,
  signal: /^(?:chat\.md|data\.json)$/i,
  imessage: /\.txt$/i,
  csv: /\.csv$/i,
};

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
  /** importers whose own `detect` is consulted too (default: all registered) */
  readonly importers?: Readonly<Record<Format, Importer>>;
}

type Scores = Record<Format, number>;

const zeroScores = (): Scores => ({
  whatsapp: 0,
  telegram: 0,
  messenger: 0,
  instagram: 0,
  discord: 0,
  signal: 0,
  imessage: 0,
  csv: 0,
});

const WHATSAPP_HEADER =
  /^[\u200e\u200f]?\[?\d{1,4}[./-] ?\d{1,4}[./-] ?\d{1,4}\.?,?[ \u00a0](?:\p{L}{1,4}\.?[ \u00a0])?(?:(?:오전|오후|午前|午後)[ \u00a0]?)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \u00a0\u202f]?(?:[ap]\.?[ \u00a0]?m\.?|오전|오후|午前|午後))?(?:\] ?| [-–] |: )/iu;
const WHATSAPP_DOTTED_HEADER = /^[\u200e\u200f]?\d{1,2}\. \d{1,2}\. \d{4}\. \d{1,2}:\d{2}(?::\d{2})? [^\n:]{1,100}: /;
const SIGNAL_MARKDOWN_HEADER = /^\[\d{4}-\d{2}-\d{2},? \d{2}:\d{2}(?::\d{2})?\] [^\n:]{1,100}:/;
const SIGNAL_OLD_MARKDOWN_HEADER = /^\[\d{4}-\d{2}-\d{2}, \d{2}:\d{2}\] /;
const SIGTOP_SHORT_HEADER = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} [^\n:]{1,100}: /;
const IMESSAGE_HEADER = /^[A-Z][a-z]{2} \d{1,2}, \d{4} +\d{1,2}:\d{2}:\d{2} [AP]M/;
const CSV_TIME = /^(?:timestamp|date|time|datetime|date_time|sent_at|created_at)$/;
const CSV_AUTHOR = /^(?:author|sender|from|name|sender_name)$/;
const CSV_TEXT = /^(?:text|message|content|body)$/;

const extensionOf = (name: string): string => /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase() ?? '';
const baseName = (name: string): string => name.slice(name.lastIndexOf('/') + 1);
const dirName = (name: string): string => (name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : '');

function leadingLines(head: string, count: number): string[] {
  const lines: string[] = [];
  for (const line of head.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') continue;
    lines.push(line);
    if (lines.length >= count) break;
  }
  return lines;
}

function scoreWhatsapp(lines: readonly string[], fileName: string, context: string): number {
  const isHeader = (line: string): boolean => WHATSAPP_HEADER.test(line) || WHATSAPP_DOTTED_HEADER.test(line);
  const headers = lines.filter(isHeader).length;
  if (headers === 0) return 0;
  let score = isHeader(lines[0] ?? '') ? 0.9 : headers >= 2 ? 0.7 : 0.4;
  if (SIGNAL_OLD_MARKDOWN_HEADER.test(lines[0] ?? '')) score = Math.min(score, 0.5);
  if (/^_chat\.txt$|whatsapp/i.test(baseName(fileName)) || /whatsapp/i.test(context)) score += 0.1;
  if (extensionOf(fileName) === 'md') score -= 0.3;
  return score;
}

function scoreSignal(head: string, lines: readonly string[], fileName: string): number {
  const first = lines[0] ?? '';
  const base = baseName(fileName).toLowerCase();
  if (first.startsWith('Conversation: ') && /^From: /m.test(head) && /^(?:Sent|Received): /m.test(head)) return 0.95;
  if (first.startsWith('{') && /"sender"\s*:/.test(first) && /"body"\s*:/.test(first) && /"date"\s*:/.test(first)) {
    return base === 'data.json' ? 1 : 0.9;
  }
  if (SIGNAL_MARKDOWN_HEADER.test(first)) {
    const nameBonus = base === 'chat.md' ? 0.1 : extensionOf(base) === 'md' ? 0.05 : 0;
    const whatsappName = /^_chat\.txt$|whatsapp/i.test(base) ? -0.35 : 0;
    return (SIGNAL_OLD_MARKDOWN_HEADER.test(first) ? 0.9 : 0.85) + nameBonus + whatsappName;
  }
  if (SIGTOP_SHORT_HEADER.test(first)) return 0.8;
  return 0;
}

function scoreImessage(lines: readonly string[]): number {
  if (!IMESSAGE_HEADER.test(lines[0] ?? '')) return 0;
  return lines.filter((line) => IMESSAGE_HEADER.test(line)).length >= 2 || lines.length <= 3 ? 0.9 : 0.7;
}

function scoreJson(head: string, fileName: string, context: string, scores: Scores): void {
  const has = (key: string): boolean => head.includes(`"${key}"`);
  const base = baseName(fileName).toLowerCase();
  if (has('guild') && has('channel') && has('messages')) scores.discord = 0.95;
  else if (has('messages') && has('author') && has('isBot')) scores.discord = 0.85;
  if (has('messages') && (has('date_unixtime') || has('text_entities') || has('from_id') || has('personal_chat'))) {
    scores.telegram = 0.95;
  } else if (has('chats') && has('list') && has('messages')) scores.telegram = 0.9;
  if (scores.telegram > 0 && base === 'result.json') scores.telegram += 0.05;
  if (has('sender_name') && has('timestamp_ms')) {
    const instagramHint = /instagram/i.test(context) || /instagram\.com/i.test(head);
    const messengerHint = /facebook|messenger/i.test(context) || /facebook\.com|"is_unsent"/.test(head);
    scores.messenger = 0.85 + (messengerHint ? 0.1 : 0);
    scores.instagram = 0.85 + (instagramHint ? 0.1 : 0) - (messengerHint && !instagramHint ? 0.2 : 0);
    if (instagramHint && !messengerHint) scores.messenger -= 0.2;
  } else if (has('senderName') && has('timestamp') && has('messages')) {
    scores.messenger = 0.9;
    if (/instagram/i.test(context)) scores.instagram = 0.92;
  }
}

function splitCsvHeader(line: string): string[] {
  const delimiters = [',', ';', '\t'];
  const fields = delimiters
    .map((delimiter) => line.split(delimiter))
    .reduce((best, current) => (current.length > best.length ? current : best));
  return fields.map((field) =>
    field
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim()
      .toLowerCase(),
  );
}

function scoreCsv(lines: readonly string[], fileName: string): number {
  const columns = splitCsvHeader(lines[0] ?? '');
  const found = [CSV_TIME, CSV_AUTHOR, CSV_TEXT].filter((pattern) => columns.some((c) => pattern.test(c))).length;
  const isCsvName = ['csv', 'tsv'].includes(extensionOf(fileName));
  if (found === 3) return isCsvName ? 0.95 : 0.85;
  if (isCsvName) return found === 2 ? 0.5 : 0.2;
  return 0;
}

/**
 * Scores a probe against every format by its content and names, without the importers' own `detect`.
 * `context` is the name the person gave (zip or folder path), which can hint at the app.
 * @example scoreProbe({ fileName: 'chat.md', head: '[2024-01-01 21:41:00] You: hello', fileNames: ['chat.md'] }).signal // 0.95
 */
export function scoreProbe(probe: DetectProbe, context = ''): Scores {
  const scores = zeroScores();
  const head = probe.head.replace(/^\uFEFF/, '');
  const lines = leadingLines(head, 50);
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) scoreJson(head, probe.fileName, context, scores);
  scores.whatsapp = scoreWhatsapp(lines, probe.fileName, `${context} ${probe.fileName}`);
  scores.signal = Math.max(scores.signal, scoreSignal(head, lines, probe.fileName));
  scores.imessage = scoreImessage(lines);
  scores.csv = scoreCsv(lines, probe.fileName);
  for (const format of FORMATS) scores[format] = Math.min(1, Math.max(0, scores[format]));
  return scores;
}

function askImporters(probe: DetectProbe, importers: Readonly<Record<Format, Importer>>, scores: Scores): void {
  for (const format of FORMATS) {
    let claimed = 0;
    try {
      claimed = importers[format].detect(probe);
    } catch {
      claimed = 0;
    }
    if (Number.isFinite(claimed)) scores[format] = Math.max(scores[format], Math.min(1, Math.max(0, claimed)));
  }
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
const TEXT_EXTENSIONS = new Set(['txt', 'json', 'md', 'csv', 'tsv', 'jsonl', 'ndjson', '']);

function namePriority(name: string): number {
  const base = baseName(name);
  if (/^(?:_chat\.txt|whatsapp chat.*\.txt|result\.json|message_1\.json|chat\.md)$/i.test(base)) return 0;
  if (/^(?:message_\d+\.json|data\.json)$/i.test(base)) return 1;
  if (/\.csv$/i.test(base)) return 2;
  return /\.(?:txt|json|md)$/i.test(base) ? 3 : 4;
}

function candidatesOf(files: readonly ByteSource[]): ByteSource[] {
  if (files.length === 1) return [...files];
  return files
    .filter((f) => !IGNORED_PATH.test(f.name) && TEXT_EXTENSIONS.has(extensionOf(f.name)) && f.size !== 0)
    .sort((a, b) => namePriority(a.name) - namePriority(b.name) || (b.size ?? 0) - (a.size ?? 0))
    .slice(0, MAX_PROBED_FILES);
}

interface Scored {
  readonly file: ByteSource;
  readonly scores: Scores;
  readonly head: string;
}

function ranked(scores: Scores, only: Format | undefined): Format[] {
  const formats = only ? [only] : [...FORMATS];
  return formats.sort((a, b) => scores[b] - scores[a] || SPECIFICITY[b] - SPECIFICITY[a]);
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

function unknownFormat(input: ImportInput, found: string): ImportError {
  return new ImportError({
    code: 'unknown-format',
    file: input.name,
    expected: `a chat export from ${SHORT_LIST}`,
    found,
    remedy: 'name-format',
  });
}

/** the file(s) of the chosen chat: siblings message_N.json in order, or the one file */
function mainFilesOf(format: Format, chosen: ByteSource, files: readonly ByteSource[]): ByteSource[] {
  if (format !== 'messenger' && format !== 'instagram') return [chosen];
  if (!MAIN_FILE_NAMES[format].test(baseName(chosen.name))) return [chosen];
  const folder = dirName(chosen.name);
  const part = (f: ByteSource): number => Number(/(\d+)\.json$/i.exec(f.name)?.[1] ?? 0);
  return files
    .filter((f) => dirName(f.name) === folder && MAIN_FILE_NAMES[format].test(baseName(f.name)))
    .sort((a, b) => part(a) - part(b));
}

/** other chats of the same format in a zip or folder, keyed by folder or file name: by their names, or because they read as that format */
function chatsOf(
  format: Format,
  files: readonly ByteSource[],
  chosen: ByteSource,
  scored: readonly Scored[],
): Map<string, ByteSource> {
  const chats = new Map<string, ByteSource>();
  const keyOf = (f: ByteSource): string => (CHAT_PER_FOLDER[format] ? dirName(f.name) : f.name);
  chats.set(keyOf(chosen), chosen);
  for (const other of scored) {
    const key = keyOf(other.file);
    if (other.scores[format] >= ACCEPT_SCORE && !chats.has(key)) chats.set(key, other.file);
  }
  if (format === 'discord' || format === 'imessage' || format === 'csv') return chats;
  for (const file of files) {
    if (IGNORED_PATH.test(file.name) || !MAIN_FILE_NAMES[format].test(baseName(file.name))) continue;
    const key = keyOf(file);
    if (!chats.has(key)) chats.set(key, file);
  }
  return chats;
}

function pickChat(
  input: ImportInput,
  format: Format,
  best: ByteSource,
  chat: string | undefined,
  scored: readonly Scored[],
): ByteSource {
  const chats = chatsOf(format, input.files, best, scored);
  if (chats.size <= 1) return best;
  const names = [...chats.keys()];
  if (chat !== undefined) {
    const wanted = chat.toLowerCase();
    const exact = names.filter((key) => baseName(key).toLowerCase() === wanted);
    const partial = names.filter((key) => key.toLowerCase().includes(wanted));
    const match = exact.length === 1 ? exact : partial;
    if (match.length === 1 && match[0] !== undefined) {
      const key = match[0];
      const fromProbe = scored.find((s) => (CHAT_PER_FOLDER[format] ? dirName(s.file.name) : s.file.name) === key);
      return fromProbe?.file ?? chats.get(key) ?? best;
    }
  }
  const shown = names.slice(0, 12).map((key) => baseName(key) || key);
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
  const candidates = candidatesOf(input.files);
  if (candidates.length === 0) {
    throw new ImportError({
      code: 'empty',
      file: input.name,
      expected: 'a chat export',
      found: input.files.length === 0 ? 'no files' : 'no text or JSON files',
    });
  }
  const importers = options.importers ?? IMPORTERS;
  const fileNames = input.files.map((f) => f.name);
  const scored: Scored[] = [];
  for (const file of candidates) {
    const head = await readHead(file);
    const probe: DetectProbe = { fileName: file.name, head, fileNames };
    const scores = scoreProbe(probe, input.name);
    askImporters(probe, importers, scores);
    scored.push({ file, scores, head });
  }
  const only = options.format;
  const bestOf = (s: Scored): Format => ranked(s.scores, only)[0] ?? 'csv';
  const top = [...scored].sort(
    (a, b) =>
      b.scores[bestOf(b)] - a.scores[bestOf(a)] ||
      namePriority(a.file.name) - namePriority(b.file.name) ||
      SPECIFICITY[bestOf(b)] - SPECIFICITY[bestOf(a)],
  )[0];
  if (top === undefined) throw unknownFormat(input, 'nothing readable');
  if (top.head.trim() === '' && input.files.length === 1) {
    throw new ImportError({ code: 'empty', file: input.name, expected: 'a chat export', found: 'an empty file' });
  }
  const order = ranked(top.scores, only);
  const format = order[0] ?? 'csv';
  const confidence = top.scores[format];
  if (only === undefined && confidence < ACCEPT_SCORE) {
    throw unknownFormat(input, input.files.length === 1 ? preview(top.head) : `no file that looks like a chat`);
  }
  const warnings: string[] = [];
  const runnerUp = only === undefined ? order[1] : undefined;
  if (
    runnerUp !== undefined &&
    top.scores[runnerUp] >= ACCEPT_SCORE &&
    confidence - top.scores[runnerUp] < TIE_MARGIN
  ) {
    warnings.push(
      `This file could be from ${FORMAT_LABELS[format]} or ${FORMAT_LABELS[runnerUp]}; it was read as ${FORMAT_LABELS[format]}. If that looks wrong, try --format ${runnerUp}.`,
    );
  }
  const chosen = pickChat(input, format, top.file, options.chat, scored);
  return { format, files: mainFilesOf(format, chosen, input.files), confidence, warnings };
}
