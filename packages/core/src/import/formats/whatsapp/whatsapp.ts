// the WhatsApp importer: Android and iOS ".txt" exports in any locale, alone or from a zip, into a Conversation

import type { Conversation } from '../../../model.ts';
import { TextMemo } from '../../../text-memo.ts';
import type { ZoneClock } from '../../../time/index.ts';
import { ImportError, isImportError } from '../../errors.ts';
import { entryName, extensionOf, leadingLines } from '../../probe.ts';
import { readLineSpans } from '../../text-lines.ts';
import { zoneClock } from '../../time-text.ts';
import {
  type ByteSource,
  DEFAULT_MAX_BYTES,
  type DetectProbe,
  type Importer,
  type ImportInput,
  type ImportOptions,
} from '../../types.ts';
import { AuthorTable } from './authors.ts';
import { MessageColumns } from './columns.ts';
import { type DateEvidence, DayConverter, decideDateOrder, defaultOrder } from './dates.ts';
import { type HeaderFields, newHeaderFields, scanHeader } from './header.ts';
import { cleanName } from './markers.ts';

const PROGRESS_EVERY_LINES = 65_536;
/** first letters of Japanese era years that can start a header ("R4/3/18", "令和4年3月18日") */
const ERA_INITIALS = new Set([...'MTSHR令平昭大明'].map((c) => c.charCodeAt(0)));
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
  const clock = zoneClock(source.name, options.timeZone);

  const reader = new LineReader(clock, options, (source.size ?? 0) / 40);
  const onProgress = options.onProgress;
  const totalBytes = source.size;
  let bytes = 0;
  let nextProgress = PROGRESS_EVERY_LINES;
  const lineSource = readLineSpans(source, {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    onBytes: (count) => {
      bytes = count;
    },
  });
  for await (const { text, starts, ends, count, firstLineNumber } of lineSource) {
    reader.read(text, starts, ends, count);
    if (firstLineNumber + count >= nextProgress) {
      nextProgress += PROGRESS_EVERY_LINES;
      onProgress?.({ bytes, totalBytes, messages: reader.messageCount });
    }
  }
  reader.finish();
  onProgress?.({ bytes, totalBytes, messages: reader.messageCount });

  const { columns, authors, evidence, noticesWithColon, stale, sawAnyText, skippedBeforeFirst } = reader;
  let days = reader.days;
  const warnings: string[] = [];
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
      const author = authors.reclaim(columns.rows[row]?.text ?? '', (index) => (used[index] ?? 0) > 0);
      if (author >= 0) columns.reassign(row, author, authors.participantIds()[author] ?? null, authors.text);
    }
    uses = columns.authorCounts(authors.size());
  }

  const refused = authors.refusedNames();
  if (refused.length > 0) {
    const shown = refused.slice(0, 3).map((name) => JSON.stringify(name));
    warnings.push(
      `${authors.refusedLines} line(s) were read as WhatsApp notices, not as someone's messages, because the text before ":" opens a quotation it never closes (${shown.join(', ')}${refused.length > 3 ? ', …' : ''}).`,
    );
  }
  const monthFirst = decideDateOrder(evidence, options, warnings) === 'month-first';
  if (stale || monthFirst !== days.monthFirst) {
    days = new DayConverter(clock, monthFirst);
    const converter = days;
    columns.retime((stamp) => {
      const date = Math.floor(stamp / SECONDS_PER_DAY);
      return converter.toEpoch(date, stamp - date * SECONDS_PER_DAY);
    });
  }
  if (days.swapped > 0) {
    warnings.push(`${days.swapped} date(s) only made sense with day and month swapped; they were read that way.`);
  }

  const outOfOrder = columns.outOfOrder();
  if (outOfOrder > 0) warnings.push(`${outOfOrder} message(s) were out of time order in the file and were sorted.`);
  const messages = columns.messages();
  const participants = authors.participants((index) => (uses[index] ?? 0) > 0);
  const listed = new Set(participants.map((p) => p.id));
  const onlyOnNotices = [...new Set(authors.participantIds().filter((id) => id !== null && !listed.has(id)))];
  if (onlyOnNotices.length > 0) {
    const names = onlyOnNotices.slice(0, 3).map((id) => JSON.stringify(String(id)));
    warnings.push(
      `${names.join(', ')}${onlyOnNotices.length > 3 ? ' and others' : ''} appear only on WhatsApp's own notices, with no message of their own, so they are not listed among the people in this chat.`,
    );
  }
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

/** texts up to this long are shared between the messages that say them ("ok", "love you", "good night") */
const SHARED_TEXT_LENGTH = 64;

/**
 * The line-by-line state of one WhatsApp file: the open message, what the dates showed so far, and the messages
 * read. {@link LineReader.read} takes one batch of line spans; {@link LineReader.finish} closes the last message.
 */
class LineReader {
  readonly columns: MessageColumns;
  readonly authors = new AuthorTable();
  readonly noticesWithColon: number[] = [];
  readonly evidence: DateEvidence = { firstIsDay: 0, secondIsDay: 0, yearFirst: false, twelveHour: false };
  days: DayConverter;
  messageCount = 0;
  /** the date order changed after messages were read, so their times must be redone */
  stale = false;
  sawAnyText = false;
  skippedBeforeFirst = 0;
  private readonly fields: HeaderFields = newHeaderFields();
  private decided = false;
  private shape = -1;
  private pending = false;
  private pendingAuthor = -1;
  private pendingAt = 0;
  private pendingStamp = 0;
  private pendingText = '';
  private continuation = '';
  /** the short texts read so far, each kept once: a text said again is the same string */
  private readonly sharedTexts = new TextMemo<string>();
  /** no message has had an author yet: the export's opening notices may still come */
  private leadingNotices = true;

  constructor(
    private readonly clock: ZoneClock,
    private readonly options: ImportOptions,
    expectedMessages: number,
  ) {
    this.columns = new MessageColumns(expectedMessages);
    this.days = new DayConverter(clock, true);
  }

  /** reads lines `k < count` of one batch: line k is `text.slice(starts[k], ends[k])` */
  read(text: string, starts: Int32Array, ends: Int32Array, count: number): void {
    const fields = this.fields;
    const authors = this.authors;
    const evidence = this.evidence;
    let shape = this.shape;
    let pending = this.pending;
    for (let k = 0; k < count; k++) {
      const start = starts[k] as number;
      const end = ends[k] as number;
      const c = text.charCodeAt(start);
      if (
        start < end &&
        ((c >= 48 && c <= 57) ||
          c === 91 ||
          c === 0x200e ||
          c === 0x200f ||
          c === 0xfeff ||
          (c >= 0x660 && c <= 0x6f9) ||
          ERA_INITIALS.has(c)) &&
        scanHeader(text, start, end, fields) &&
        (shape === -1 || fields.shape === shape)
      ) {
        if (shape === -1) {
          shape = fields.shape;
          this.shape = shape;
          evidence.twelveHour = ((fields.shape >> 6) & 3) >= 2;
          evidence.yearFirst = fields.yearFirst;
          this.days = new DayConverter(this.clock, defaultOrder(evidence, this.options) === 'month-first');
        }
        if (pending) this.finishMessage();
        const at = fields.bodyStart;
        let author = authors.knownAt(text, at, end);
        let body: string;
        if (author >= 0) body = text.slice(at + authors.nameLength(author) + 2, end);
        else {
          const colon = text.indexOf(': ', at);
          if (colon > at && colon < end) {
            author = authors.indexOf(text.slice(at, colon));
            body = text.slice(colon + 2, end);
          } else if (end > at + 1 && text.indexOf(':', at) === end - 1) {
            author = authors.indexOf(text.slice(at, end - 1));
            body = '';
          } else body = text.slice(at, end);
        }
        this.pendingText = body;
        this.pendingAuthor = author;
        pending = true;
        const first = fields.pairFirst;
        const second = fields.pairSecond;
        if (first > 12 || second > 12) this.decide(first, second);
        const date = first | (second << 5) | ((fields.year - 1900) << 10);
        const secondsOfDay = fields.hour * 3600 + fields.minute * 60 + fields.second;
        this.pendingStamp = date * SECONDS_PER_DAY + secondsOfDay;
        this.pendingAt = this.days.toEpoch(date, secondsOfDay);
        this.messageCount++;
      } else if (pending) this.continuation += `\n${text.slice(start, end)}`;
      else if (text.slice(start, end).trim() !== '') this.skippedBeforeFirst++;
    }
    this.pending = pending;
    if (pending) this.sawAnyText = true;
  }

  /** adds the message still open at the end of the file */
  finish(): void {
    if (this.pending) this.finishMessage();
    this.pending = false;
    if (this.skippedBeforeFirst > 0) this.sawAnyText = true;
  }

  /** a line whose day is > 12 shows the date order; the first such line fixes the order used while reading */
  private decide(first: number, second: number): void {
    if (first > 12) this.evidence.firstIsDay++;
    else this.evidence.secondIsDay++;
    if (this.decided) return;
    this.decided = true;
    if (this.days.monthFirst !== second > 12) {
      this.stale = this.messageCount > 0;
      this.days = new DayConverter(this.clock, second > 12);
    }
  }

  /** adds the pending message: its header line's body plus continuation lines, without trailing blank lines */
  private finishMessage(): void {
    const firstLine = this.pendingText;
    const continuation = this.continuation;
    let text = continuation === '' ? firstLine : firstLine + continuation;
    this.continuation = '';
    if (text.charCodeAt(text.length - 1) === 10) text = text.replace(/\n+$/, '');
    const authors = this.authors;
    const author = this.pendingAuthor;
    const kind = authors.classify(author, text, firstLine, this.leadingNotices);
    if (authors.author >= 0) this.leadingNotices = false;
    const columns = this.columns;
    if (author < 0 && authors.text.includes(':')) this.noticesWithColon.push(columns.count);
    const index = authors.author;
    const id = index >= 0 ? (authors.participantIds()[index] ?? null) : null;
    let body = authors.text;
    if (body.length <= SHARED_TEXT_LENGTH) body = this.sharedTexts.get(body) ?? this.sharedTexts.keep(body, body);
    columns.push(this.pendingAt, this.pendingStamp, index, id, kind, body);
  }
}

/** the share of the first lines that the reader's own header scanner takes, raised by a telling file name */
function byScanner(probe: DetectProbe): number {
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

const LOOSE_HEADER =
  /^[\u200e\u200f]?\[?\d{1,4}[./-] ?\d{1,4}[./-] ?\d{1,4}\.?,?[ \u00a0](?:\p{L}{1,4}\.?[ \u00a0])?(?:(?:오전|오후|午前|午後)[ \u00a0]?)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \u00a0\u202f]?(?:[ap]\.?[ \u00a0]?m\.?|오전|오후|午前|午後))?(?:\] ?| [-–] |: )/iu;
const LOOSE_DOTTED_HEADER = /^[\u200e\u200f]?\d{1,2}\. \d{1,2}\. \d{4}\. \d{1,2}:\d{2}(?::\d{2})? [^\n:]{1,100}: /;
/** how old signal-export starts a line; a WhatsApp header never looks quite like it */
const SIGNAL_LIKE_HEADER = /^\[\d{4}-\d{2}-\d{2}, \d{2}:\d{2}\] /;

/**
 * How surely the first lines look like WhatsApp headers by a looser pattern than the scanner's (so a header
 * the reader would rewrite still counts), raised by "whatsapp" in the file's or the export's name.
 */
function byPattern(probe: DetectProbe): number {
  const lines = leadingLines(probe.head.replace(/^\uFEFF/, ''), 50);
  const isHeader = (line: string): boolean => LOOSE_HEADER.test(line) || LOOSE_DOTTED_HEADER.test(line);
  const headers = lines.filter(isHeader).length;
  if (headers === 0) return 0;
  let score = isHeader(lines[0] ?? '') ? 0.9 : headers >= 2 ? 0.7 : 0.4;
  if (SIGNAL_LIKE_HEADER.test(lines[0] ?? '')) score = Math.min(score, 0.5);
  const names = `${probe.inputName ?? ''} ${probe.fileName}`;
  if (/^_chat\.txt$|whatsapp/i.test(entryName(probe.fileName)) || /whatsapp/i.test(names)) score += 0.1;
  if (extensionOf(probe.fileName) === 'md') score -= 0.3;
  return score;
}

/**
 * How surely `probe` is a WhatsApp export: the surer of the scanner's and the pattern's reading.
 * @example whatsappImporter.detect({ fileName: '_chat.txt', head: '[1/2/24, 08:00:00] Sam: hi\n', fileNames: ['_chat.txt'] }) // 1
 */
const detect = (probe: DetectProbe): number => Math.max(byScanner(probe), byPattern(probe));

/** reads WhatsApp chat exports: iOS and Android header styles of any locale (decision 031), media and system lines */
export const whatsappImporter: Importer = {
  format: 'whatsapp',
  names: { label: 'WhatsApp', short: 'WhatsApp', aliases: [] },
  files: {
    extensions: ['txt'],
    ranks: [{ name: /^(?:_chat\.txt|whatsapp chat.*\.txt)$/i, rank: 0 }],
    chat: /^(?:_chat\.txt|whatsapp chat[^/]*\.txt)$/i,
    chatPerFolder: false,
    numberedParts: false,
  },
  specificity: 2,
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
