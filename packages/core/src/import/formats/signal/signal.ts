// the Signal importer: signal-export chat.md and data.json, sigtop text and text-short, told apart by their first lines

import type { Conversation } from '../../../model.ts';
import { baseName, ChatBuilder, pickChat, quoteFound } from '../../chat-builder.ts';
import { ImportError } from '../../errors.ts';
import { entryName, extensionOf, leadingLines } from '../../probe.ts';
import { readLineBatches } from '../../text-lines.ts';
import { zoneClock } from '../../time-text.ts';
import {
  type ByteSource,
  DEFAULT_MAX_BYTES,
  type DetectProbe,
  type Importer,
  type ImportInput,
  type ImportOptions,
  MAX_JSON_DEPTH,
  type SourceLine,
} from '../../types.ts';
import {
  isSignalMarkdownHeader,
  type LineReader,
  SignalJsonLinesReader,
  SignalMarkdownReader,
} from './signal-export.ts';
import { SIGTOP_SELF, SigtopShortReader, SigtopTextReader } from './signal-sigtop.ts';

/** the four Signal export shapes Reconnect reads */
export type SignalShape = 'signal-export-markdown' | 'signal-export-json' | 'sigtop-text' | 'sigtop-text-short';

const JSON_LINE = /^\{\s*"date"\s*:\s*"[^"]*"\s*,\s*"sender"\s*:/;
const SIGTOP_SHORT_LINE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} [^:\n]+:( |$)/;
const SIGTOP_TEXT_FIELDS = /^Type: (?:incoming|outgoing|[a-z-]+)$/m;

/**
 * Which Signal shape a head of text is, from its first non-blank line (and fields nearby), or null.
 * @example signalShape('[2024-01-01 21:41:00] Sam: hi') // 'signal-export-markdown'
 */
export function signalShape(head: string): SignalShape | null {
  const text = head.replace(/^\uFEFF/, '');
  const first = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  if (isSignalMarkdownHeader(first)) return 'signal-export-markdown';
  if (JSON_LINE.test(first)) return 'signal-export-json';
  if (
    (first.startsWith('Conversation: ') || first.startsWith('From: ') || first.startsWith('Type: ')) &&
    SIGTOP_TEXT_FIELDS.test(text) &&
    /^(?:Sent|Received): /m.test(text)
  ) {
    return 'sigtop-text';
  }
  if (SIGTOP_SHORT_LINE.test(first)) return 'sigtop-text-short';
  return null;
}

/** how sure the shape the reader would take makes it, with the file's name */
function byShape(probe: DetectProbe): number {
  const shape = signalShape(probe.head);
  const name = baseName(probe.fileName).toLowerCase();
  switch (shape) {
    case 'signal-export-markdown':
      return name === 'chat.md' ? 0.98 : name.endsWith('.md') ? 0.9 : 0.45;
    case 'signal-export-json':
      return name === 'data.json' ? 0.98 : 0.9;
    case 'sigtop-text':
      return 0.95;
    case 'sigtop-text-short':
      return 0.8;
    case null:
      return 0;
  }
}

const MARKDOWN_HEADER = /^\[\d{4}-\d{2}-\d{2},? \d{2}:\d{2}(?::\d{2})?\] [^\n:]{1,100}:/;
/** signal-export's first markdown header, without seconds */
const OLD_MARKDOWN_HEADER = /^\[\d{4}-\d{2}-\d{2}, \d{2}:\d{2}\] /;
const SHORT_HEADER = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} [^\n:]{1,100}: /;

/** how sure the first line's pattern alone makes it (looser than the shapes, so near variants still count) */
function byFirstLine(probe: DetectProbe): number {
  const head = probe.head.replace(/^\uFEFF/, '');
  const first = leadingLines(head, 1)[0] ?? '';
  const base = entryName(probe.fileName).toLowerCase();
  if (first.startsWith('Conversation: ') && /^From: /m.test(head) && /^(?:Sent|Received): /m.test(head)) return 0.95;
  if (first.startsWith('{') && /"sender"\s*:/.test(first) && /"body"\s*:/.test(first) && /"date"\s*:/.test(first)) {
    return base === 'data.json' ? 1 : 0.9;
  }
  if (MARKDOWN_HEADER.test(first)) {
    const nameBonus = base === 'chat.md' ? 0.1 : extensionOf(base) === 'md' ? 0.05 : 0;
    const whatsappName = /^_chat\.txt$|whatsapp/i.test(base) ? -0.35 : 0;
    return (OLD_MARKDOWN_HEADER.test(first) ? 0.9 : 0.85) + nameBonus + whatsappName;
  }
  return SHORT_HEADER.test(first) ? 0.8 : 0;
}

const detect = (probe: DetectProbe): number => Math.max(byShape(probe), byFirstLine(probe));

/** the file to read: one chat's data.json over its chat.md (it is structured), else a text export */
function mainFile(input: ImportInput, wanted: string | undefined): ByteSource | undefined {
  const files = input.files.filter((f) => !/(^|\/)media\//.test(f.name));
  const byName = (name: string) => files.filter((f) => baseName(f.name).toLowerCase() === name);
  const exported = [...byName('data.json'), ...byName('chat.md')];
  if (exported.length > 0) {
    const seen = new Set<string>();
    const chats = exported.filter((f) => {
      const title = folderTitle(f.name) ?? '';
      if (seen.has(title)) return false;
      seen.add(title);
      return true;
    });
    return pickChat(input.name, chats, (f) => folderTitle(f.name) ?? baseName(f.name), wanted);
  }
  return pickChat(input.name, files, (f) => baseName(f.name, true), wanted);
}

/** the folder a signal-export chat sits in names the chat ("Sam/chat.md") */
function folderTitle(path: string): string | null {
  if (!/^(chat\.md|data\.json)$/i.test(baseName(path))) return null;
  const parts = path.split(/[\\/]/).filter((p) => p !== '');
  return parts.length >= 2 ? (parts[parts.length - 2] ?? null) : null;
}

interface ChosenReader {
  readonly shape: SignalShape;
  readonly reader: LineReader;
  readonly sigtop: SigtopTextReader | null;
}

function chooseReader(
  lines: readonly SourceLine[],
  chat: ChatBuilder,
  file: string,
  options: ImportOptions,
): ChosenReader {
  const shape = signalShape(lines.map((l) => l.text).join('\n'));
  const clock = () => zoneClock(file, options.timeZone);
  switch (shape) {
    case 'signal-export-markdown':
      return { shape, reader: new SignalMarkdownReader(chat, clock(), file), sigtop: null };
    case 'signal-export-json':
      return { shape, reader: new SignalJsonLinesReader(chat, clock(), file, MAX_JSON_DEPTH), sigtop: null };
    case 'sigtop-text': {
      const sigtop = new SigtopTextReader(chat, file);
      return { shape, reader: sigtop, sigtop };
    }
    case 'sigtop-text-short':
      return { shape, reader: new SigtopShortReader(chat, clock(), file), sigtop: null };
    case null: {
      const first = lines.find((l) => l.text.trim() !== '');
      throw new ImportError({
        code: 'malformed',
        file,
        line: first?.lineNumber ?? 1,
        expected: 'a Signal export (signal-export chat.md or data.json, sigtop text or text-short)',
        found: quoteFound(first?.text ?? ''),
      });
    }
  }
}

/** non-blank lines read before choosing the shape (sigtop text shows its fields only after a few lines) */
const LOOKAHEAD_LINES = 12;
/** the most lines held back while choosing, whatever they are */
const LOOKAHEAD_LIMIT = 2000;

async function parse(input: ImportInput, options: ImportOptions): Promise<Conversation> {
  const source = mainFile(input, options.chat);
  if (!source)
    throw new ImportError({ code: 'empty', file: input.name, expected: 'a Signal export', found: 'no files' });
  const file = source.name;
  const chat = new ChatBuilder('signal', file);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let chosen: ChosenReader | null = null;
  let bytesRead = 0;
  let lookahead: SourceLine[] = [];
  let nonBlank = 0;

  for await (const batch of readLineBatches(source, { maxBytes, onBytes: (b) => (bytesRead = b) })) {
    if (chosen === null) {
      for (const line of batch) {
        const blank = line.text.trim() === '';
        if (blank && nonBlank === 0) continue;
        if (!blank) nonBlank += 1;
        lookahead.push(line);
      }
      if (nonBlank < LOOKAHEAD_LINES && lookahead.length < LOOKAHEAD_LIMIT) continue;
      chosen = chooseReader(lookahead, chat, file, options);
      for (const line of lookahead) chosen.reader.push(line);
      lookahead = [];
    } else {
      for (const line of batch) chosen.reader.push(line);
    }
    options.onProgress?.({ bytes: bytesRead, totalBytes: source.size, messages: chat.messageCount });
  }
  if (chosen === null) {
    if (nonBlank === 0) {
      throw new ImportError({ code: 'empty', file, expected: 'Signal messages', found: 'an empty file' });
    }
    chosen = chooseReader(lookahead, chat, file, options);
    for (const line of lookahead) chosen.reader.push(line);
  }
  chosen.reader.finish();
  const title =
    chosen.sigtop !== null ? chosen.sigtop.title : chosen.shape.startsWith('signal-export') ? folderTitle(file) : null;
  return chat.build({ title, selfNames: ['Me', SIGTOP_SELF], partnerName: title });
}

/**
 * Reads a Signal chat exported by signal-export (chat.md, data.json) or sigtop (text, text-short).
 * Wall-clock times (all but sigtop text, which carries offsets) are read in `options.timeZone`.
 * @example const conversation = await signalImporter.parse({ name: 'Sam', files: [chatMd] }, { timeZone: 'Europe/Berlin' })
 */
export const signalImporter: Importer = {
  format: 'signal',
  names: { label: 'Signal', short: 'Signal', aliases: ['signal-export', 'sigtop'] },
  files: {
    extensions: ['md', 'json', 'jsonl', 'ndjson', 'txt'],
    ranks: [
      { name: /^chat\.md$/i, rank: 0 },
      { name: /^data\.json$/i, rank: 1 },
      { name: /\.md$/i, rank: 3 },
    ],
    chat: /^(?:chat\.md|data\.json)$/i,
    chatPerFolder: true,
    numberedParts: false,
  },
  specificity: 6,
  detect,
  parse,
};
