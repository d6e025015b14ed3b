// the WhatsApp importer: Android and iOS ".txt" exports in any locale, alone or from a zip, into a Conversation

import type { Conversation } from '../model.ts';
import { ImportError, isImportError } from './errors.ts';
import { readLineSpans } from './text-lines.ts';
import {
  type ByteSource,
  DEFAULT_MAX_BYTES,
  type DetectProbe,
  type Importer,
  type ImportInput,
  type ImportOptions,
} from './types.ts';
import { createWallClock, type WallClock } from './wall-clock.ts';
import { AuthorTable } from './whatsapp-authors.ts';
import { KIND_CODE, MessageColumns } from './whatsapp-columns.ts';
import { type DateEvidence, DayConverter, decideDateOrder, defaultOrder } from './whatsapp-dates.ts';
import { type HeaderFields, newHeaderFields, scanHeader } from './whatsapp-header.ts';
import { cleanName } from './whatsapp-markers.ts';

const PROGRESS_EVERY_LINES = 65_536;
const SECONDS_PER_DAY = 86_400;
/** "[2023-12-31 21:41] Name: text" is how Signal exports look; WhatsApp rarely writes it, so detection doubts it */
const ISO_LIKE_SHAPE_MASK = 0b10_0000_0111;
const ISO_LIKE_SHAPE = 0b10_0000_0101;
const CHAT_NAME_PATTERNS: readonly RegExp[] = [
  /^WhatsApp Chat (?:with|-) (.+)$/i,
  /^WhatsApp[- ]Chat mit (.+)$/i,
  /^Discussion WhatsApp avec (.+)$/i,
  /^Chat de WhatsApp con (.+)$/i,
  /^Conversa do WhatsApp com (.+)$/i,
  /^Chat WhatsApp con (.+)$/i,
  /^WhatsApp[- ]chat met (.+)$/i,
];

/**
 * The chat partner's name from a file name such as "WhatsApp Chat with Sam.txt" or "WhatsApp Chat - Sam.zip".
 * @example chatNameFromFileName('exports/WhatsApp Chat with Sam.txt') // 'Sam'
 */
export function chatNameFromFileName(fileName: string): string | null {
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.(txt|zip)$/i, '').trim();
  for (const pattern of CHAT_NAME_PATTERNS) {
    const match = pattern.exec(base);
    if (match?.[1]) return cleanName(match[1].replace(/\s*\(\d+\)$/, ''));
  }
  return null;
}

/** picks the chat text among the files of a zip or folder; media files are ignored */
function chatFile(input: ImportInput): ByteSource | undefined {
  const base = (file: ByteSource) => file.name.split('/').pop() ?? file.name;
  const texts = input.files.filter((f) => /\.txt$/i.test(f.name) && !base(f).startsWith('._'));
  return (
    texts.find((f) => base(f) === '_chat.txt') ??
    texts.find((f) => /^WhatsApp/i.test(base(f))) ??
    (texts.length === 1 ? texts[0] : undefined) ??
    (input.files.length === 1 ? input.files[0] : undefined)
  );
}

async function parseWhatsApp(input: ImportInput, options: ImportOptions): Promise<Conversation> {
  const source = chatFile(input);
  if (source === undefined) {
    throw new ImportError({
      code: 'no-chat',
      file: input.name,
      expected: 'a WhatsApp chat text file (_chat.txt or "WhatsApp Chat with NAME.txt")',
      found: input.files.length === 0 ? 'no files' : `${input.files.length} files without one`,
    });
  }
  let clock: WallClock;
  try {
    clock = createWallClock(options.timeZone);
  } catch {
    throw new ImportError({
      code: 'unsupported',
      file: source.name,
      expected: 'an IANA time zone such as "Europe/Berlin"',
      found: JSON.stringify(options.timeZone),
    });
  }

  const columns = new MessageColumns((source.size ?? 0) / 40);
  const authors = new AuthorTable();
  const noticesWithColon: number[] = [];
  const evidence: DateEvidence = { firstIsDay: 0, secondIsDay: 0, yearFirst: false, twelveHour: false };
  const fields: HeaderFields = newHeaderFields();
  const warnings: string[] = [];
  let days = new DayConverter(clock, true);
  let decided = false;
  let stale = false;
  let shape = -1;
  let skippedBeforeFirst = 0;
  let sawAnyText = false;
  let bytes = 0;
  let nextProgress = PROGRESS_EVERY_LINES;
  let pending = false;
  let messageCount = 0;
  let pendingAuthor = -1;
  let pendingAt = 0;
  let pendingStamp = 0;
  let pendingText = '';
  let continuation = '';
  const onProgress = options.onProgress;
  const totalBytes = source.size;

  const lineSource = readLineSpans(source, {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    onBytes: (count) => {
      bytes = count;
    },
  });
  for await (const { text, starts, ends, count, firstLineNumber } of lineSource) {
    for (let k = 0; k < count; k++) {
      const start = starts[k] as number;
      const end = ends[k] as number;
      const c = text.charCodeAt(start);
      if (
        start < end &&
        ((c >= 48 && c <= 57) || c === 91 || c === 0x200e || c === 0x200f || c === 0xfeff) &&
        scanHeader(text, start, end, fields) &&
        (shape === -1 || fields.shape === shape)
      ) {
        if (shape === -1) {
          shape = fields.shape;
          evidence.twelveHour = ((fields.shape >> 6) & 3) >= 2;
          evidence.yearFirst = fields.yearFirst;
          days = new DayConverter(clock, defaultOrder(evidence, options) === 'month-first');
        }
        if (pending) {
          finishMessage(
            columns,
            authors,
            pendingAt,
            pendingStamp,
            pendingAuthor,
            pendingText,
            continuation,
            noticesWithColon,
          );
          continuation = '';
        }
        const at = fields.bodyStart;
        let author = authors.knownAt(text, at, end);
        if (author >= 0) pendingText = text.slice(at + authors.nameLength(author) + 2, end);
        else {
          const colon = text.indexOf(': ', at);
          if (colon > at && colon < end) {
            author = authors.indexOf(text.slice(at, colon));
            pendingText = text.slice(colon + 2, end);
          } else if (end > at + 1 && text.indexOf(':', at) === end - 1) {
            author = authors.indexOf(text.slice(at, end - 1));
            pendingText = '';
          } else pendingText = text.slice(at, end);
        }
        pendingAuthor = author;
        pending = true;
        const first = fields.pairFirst;
        const second = fields.pairSecond;
        if (first > 12 || second > 12) {
          if (first > 12) evidence.firstIsDay++;
          else evidence.secondIsDay++;
          if (!decided) {
            decided = true;
            if (days.monthFirst !== second > 12) {
              stale = messageCount > 0;
              days = new DayConverter(clock, second > 12);
            }
          }
        }
        const date = first | (second << 5) | ((fields.year - 1900) << 10);
        const secondsOfDay = fields.hour * 3600 + fields.minute * 60 + fields.second;
        pendingStamp = date * SECONDS_PER_DAY + secondsOfDay;
        pendingAt = days.toEpoch(date, secondsOfDay);
        messageCount++;
        sawAnyText = true;
      } else if (pending) continuation += `\n${text.slice(start, end)}`;
      else if (text.slice(start, end).trim() !== '') {
        skippedBeforeFirst++;
        sawAnyText = true;
      }
    }
    if (firstLineNumber + count >= nextProgress) {
      nextProgress += PROGRESS_EVERY_LINES;
      onProgress?.({ bytes, totalBytes, messages: messageCount });
    }
  }
  if (pending) {
    finishMessage(
      columns,
      authors,
      pendingAt,
      pendingStamp,
      pendingAuthor,
      pendingText,
      continuation,
      noticesWithColon,
    );
  }
  onProgress?.({ bytes, totalBytes, messages: messageCount });

  const count = columns.count;
  if (count === 0) {
    throw new ImportError({
      code: sawAnyText ? 'malformed' : 'empty',
      file: source.name,
      ...(sawAnyText ? { line: 1 } : {}),
      expected: 'WhatsApp message lines such as "12/31/23, 9:41 PM - Sam: hello"',
      ...(sawAnyText ? { found: 'no line starting with a date and time' } : { found: 'an empty file' }),
    });
  }
  if (skippedBeforeFirst > 0) {
    warnings.push(
      `${skippedBeforeFirst} line(s) before the first message did not look like chat lines and were skipped.`,
    );
  }
  let uses = columns.authorCounts(authors.size());
  if (noticesWithColon.length > 0) {
    const used = uses;
    for (const row of noticesWithColon) {
      const author = authors.reclaim(columns.text[row] ?? '', (index) => (used[index] ?? 0) > 0);
      if (author >= 0) {
        columns.author[row] = author;
        columns.kind[row] = KIND_CODE.text;
        columns.text[row] = authors.text;
      }
    }
    uses = columns.authorCounts(authors.size());
  }

  const monthFirst = decideDateOrder(evidence, options, warnings) === 'month-first';
  if (stale || monthFirst !== days.monthFirst) {
    days = new DayConverter(clock, monthFirst);
    for (let i = 0; i < count; i++) {
      const stamp = columns.stamp[i] ?? 0;
      const date = Math.floor(stamp / SECONDS_PER_DAY);
      columns.at[i] = days.toEpoch(date, stamp - date * SECONDS_PER_DAY);
    }
  }
  if (days.swapped > 0) {
    warnings.push(`${days.swapped} date(s) only made sense with day and month swapped; they were read that way.`);
  }

  const outOfOrder = columns.outOfOrder();
  if (outOfOrder > 0) warnings.push(`${outOfOrder} message(s) were out of time order in the file and were sorted.`);
  const messages = columns.messages(authors.participantIds(), outOfOrder > 0);
  const participants = authors.participants((index) => (uses[index] ?? 0) > 0);
  const title = chatNameFromFileName(source.name) ?? chatNameFromFileName(input.name);
  const partner = title === null ? undefined : participants.find((p) => p.name === title);
  return {
    format: 'whatsapp',
    title,
    participants,
    messages,
    warnings,
    ...(partner !== undefined ? { partnerHint: partner.id } : {}),
  };
}

/** adds the message of a header line's body plus its continuation lines, without trailing blank lines */
function finishMessage(
  columns: MessageColumns,
  authors: AuthorTable,
  at: number,
  stamp: number,
  author: number,
  firstLine: string,
  continuation: string,
  noticesWithColon: number[],
): void {
  let text = continuation === '' ? firstLine : firstLine + continuation;
  if (text.charCodeAt(text.length - 1) === 10) text = text.replace(/\n+$/, '');
  const kind = authors.classify(author, text, firstLine);
  if (author < 0 && authors.text.includes(':')) noticesWithColon.push(columns.count);
  columns.push(at, stamp, authors.author, kind, authors.text);
}

/**
 * How surely `probe` is a WhatsApp export: the share of the first lines that start with a WhatsApp header,
 * raised by a telling file name.
 * @example whatsappImporter.detect({ fileName: '_chat.txt', head: '[1/2/24, 08:00:00] Sam: hi\n', fileNames: ['_chat.txt'] }) // 1
 */
function detect(probe: DetectProbe): number {
  const fields = newHeaderFields();
  const lines = probe.head.split(/\r\n|\r|\n/, 40).filter((l) => l.trim() !== '');
  let headers = 0;
  let firstIsHeader = false;
  let isoLike = false;
  for (const [index, line] of lines.entries()) {
    if (scanHeader(line, 0, line.length, fields)) {
      headers++;
      if (index === 0) firstIsHeader = true;
      if ((fields.shape & ISO_LIKE_SHAPE_MASK) === ISO_LIKE_SHAPE) isoLike = true;
    }
  }
  const named =
    probe.fileNames.some((n) => /(^|\/)_chat\.txt$/i.test(n)) ||
    chatNameFromFileName(probe.fileName) !== null ||
    /whatsapp/i.test(probe.fileName);
  if (headers === 0) return named && lines.length === 0 ? 0.3 : 0;
  const share = headers / lines.length;
  const score = (firstIsHeader ? 0.5 : 0.2) + 0.4 * share + (named ? 0.3 : 0);
  return Math.min(1, isoLike && !named ? score / 2 : score);
}

/** reads WhatsApp chat exports (see docs/FORMATS.md "WhatsApp") */
export const whatsappImporter: Importer = {
  format: 'whatsapp',
  detect,
  async parse(input, options) {
    try {
      return await parseWhatsApp(input, options);
    } catch (error) {
      if (isImportError(error)) throw error;
      throw new ImportError({
        code: 'malformed',
        file: input.name,
        found: 'a file the WhatsApp reader could not follow',
        hint: error instanceof Error ? error.message : String(error),
      });
    }
  },
};
