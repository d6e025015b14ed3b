// readers for sigtop's `text` (field blocks with offset times, quotes, edits) and `text-short` (one line per message) exports

import { asEpochMs, type EpochMs, type MessageKind } from '../../../model.ts';
import { isValidParts, MONTH_NUMBERS, utcEpoch, type ZoneClock } from '../../../time/index.ts';
import type { ChatBuilder } from '../../chat-builder.ts';
import { MAX_MESSAGE_CHARS, messageTooLong, quoteFound } from '../../chat-builder.ts';
import { ImportError } from '../../errors.ts';
import type { SourceLine } from '../../types.ts';
import type { LineReader } from './signal-export.ts';

const RFC_TIME = /^(?:[A-Z][a-z]{2}, )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/;
const NEW_BLOCK_TYPE = /^Type: [a-z0-9-]+$/;
const FIELD = /^([A-Z][A-Za-z]*): (.*)$/;
const SHORT_HEADER = /^(?:(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})|unknown) (.+?):(?: (.*))?$/;
const SHORT_DETAILS =
  /^\[(?:reply to (.+?) on (?:\d{4}-\d{2}-\d{2} \d{2}:\d{2}|unknown))?(?:(?:, )?(edited))?(?:(?:, )?(\d+) attachments?)?\](?: |$)/;
const SHORT_OTHER = /^\[([a-z0-9-]+) message\]$/;

/** the self name sigtop writes for outgoing messages */
export const SIGTOP_SELF = 'You';

/**
 * sigtop's "Mon, 1 Jan 2024 21:41:00 +0100" as epoch ms; null when it is "unknown" or not such a time.
 * @example parseSigtopTime('Mon, 1 Jan 2024 21:41:00 +0100') // 1704141660000
 */
export function parseSigtopTime(text: string): EpochMs | null {
  const m = RFC_TIME.exec(text.trim());
  if (!m) return null;
  const month = MONTH_NUMBERS[m[2] ?? ''];
  const day = Number(m[1]);
  const year = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6]);
  if (month === undefined || !isValidParts(year, month, day, hour, minute, second)) return null;
  const offset = (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
  return asEpochMs(utcEpoch(year, month, day, hour, minute, second) - offset * 60_000);
}

/**
 * A recipient's display name without sigtop's " (phone/username/ACI)" detail.
 * @example displayName('Sam (+15550000000)') // 'Sam'
 */
export function displayName(detailed: string): string {
  if (!detailed.endsWith(')')) return detailed;
  const open = detailed.lastIndexOf(' (');
  return open > 0 ? detailed.slice(0, open) : detailed;
}

/** what a non-message type means for the model */
function otherKind(type: string): MessageKind {
  return type === 'call-history' ? 'call' : 'system';
}

interface Block {
  fields: Map<string, string[]>;
  content: string[];
  inContent: boolean;
  line: number;
  chars: number;
}

/**
 * Reads sigtop `text`: an optional "Conversation:" line, then per message From/Type/Sent/Received/
 * Attachment/Reaction/Edited fields, a blank line, an optional "> " quote and the body.
 * @example const reader = new SigtopTextReader(chat, 'Sam.txt'); for (const l of lines) reader.push(l); reader.finish();
 */
export class SigtopTextReader implements LineReader {
  readonly #chat: ChatBuilder;
  readonly #file: string;
  #block: Block | null = null;
  #started = false;
  title: string | null = null;

  constructor(chat: ChatBuilder, file: string) {
    this.#chat = chat;
    this.#file = file;
  }

  push(line: SourceLine): void {
    const text = line.text;
    const block = this.#block;
    if (block === null || !block.inContent) {
      if (block !== null && text === '') {
        block.inContent = true;
        return;
      }
      if (!this.#started && block === null) {
        if (text.trim() === '') return;
        this.#started = true;
        if (text.startsWith('Conversation: ')) {
          this.title = displayName(text.slice('Conversation: '.length));
          return;
        }
      }
      const field = FIELD.exec(text);
      if (field) {
        const current = block ?? this.#begin(line.lineNumber);
        const key = field[1] ?? '';
        current.chars += text.length + 1;
        if (current.chars > MAX_MESSAGE_CHARS) throw messageTooLong(this.#file, current.line);
        const values = current.fields.get(key);
        if (values) values.push(field[2] ?? '');
        else current.fields.set(key, [field[2] ?? '']);
        return;
      }
      if (block === null && text.trim() === '') return;
      throw new ImportError({
        code: 'malformed',
        file: this.#file,
        line: line.lineNumber,
        expected: 'a sigtop field line such as "From: Sam" or "Type: incoming"',
        found: quoteFound(text),
      });
    }
    if (NEW_BLOCK_TYPE.test(text)) {
      const content = block.content;
      const previous = content[content.length - 1];
      const beforePrevious = content[content.length - 2];
      const fromLine = previous?.startsWith('From: ') && (beforePrevious === '' || content.length === 1);
      if (previous === '' || content.length === 0 || fromLine) {
        if (fromLine) content.pop();
        if (content[content.length - 1] === '') content.pop();
        this.finish();
        const next = this.#begin(line.lineNumber);
        if (fromLine && previous !== undefined) next.fields.set('From', [previous.slice('From: '.length)]);
        next.fields.set('Type', [text.slice('Type: '.length)]);
        return;
      }
    }
    block.chars += text.length + 1;
    if (block.chars > MAX_MESSAGE_CHARS) throw messageTooLong(this.#file, block.line);
    block.content.push(text);
  }

  #begin(lineNumber: number): Block {
    this.finish();
    const block: Block = { fields: new Map(), content: [], inContent: false, line: lineNumber, chars: 0 };
    this.#block = block;
    return block;
  }

  finish(): void {
    const block = this.#block;
    if (block === null) return;
    this.#block = null;
    const chat = this.#chat;
    const field = (key: string) => block.fields.get(key)?.[0];
    const type = field('Type') ?? 'unknown';
    const timeText = field('Sent') ?? field('Received') ?? 'unknown';
    const at = parseSigtopTime(timeText);
    if (at === null) {
      if (timeText === 'unknown') {
        chat.warn('Some Signal messages had no time and were left out');
        return;
      }
      throw new ImportError({
        code: 'malformed',
        file: this.#file,
        line: block.line,
        expected: 'a time like "Mon, 1 Jan 2024 21:41:00 +0100"',
        found: quoteFound(timeText),
      });
    }
    const from = field('From');
    const author = type === 'outgoing' ? SIGTOP_SELF : from === undefined ? null : displayName(from);
    if (type !== 'incoming' && type !== 'outgoing') {
      const kind = otherKind(type);
      chat.add({ at, authorName: author, text: kind === 'call' ? 'Call' : type.replaceAll('-', ' '), kind });
      return;
    }
    const edited = block.fields.has('Edited');
    let end = block.content.length;
    while (end > 0 && block.content[end - 1] === '') end--;
    let content = block.content.slice(0, end);
    if (edited) content = latestVersion(content);
    const body = withoutQuote(content).join('\n');
    const attachments = (edited ? versionAttachments(block.content) : block.fields.get('Attachment')) ?? [];
    if (attachments.length > 0) {
      const names = attachments.map((a) => (a.startsWith('no filename (') ? 'attachment' : displayName(a)));
      chat.add({ at, authorName: author, text: body !== '' ? body : names.join(', '), kind: 'media', edited });
      return;
    }
    chat.add({ at, authorName: author, text: body, kind: 'text', edited });
  }
}

/** the newest version's lines of an edit history ("| Version: N" first), without the "| " prefix and its fields */
function latestVersion(content: readonly string[]): string[] {
  const lines: string[] = [];
  let seenVersion = false;
  let inFields = true;
  for (const raw of content) {
    if (!raw.startsWith('|')) continue;
    const line = raw.startsWith('| ') ? raw.slice(2) : raw.slice(1);
    if (line.startsWith('Version: ')) {
      if (seenVersion) break;
      seenVersion = true;
      continue;
    }
    if (inFields && FIELD.test(line)) continue;
    if (inFields && line === '') {
      inFields = false;
      continue;
    }
    inFields = false;
    lines.push(line);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function versionAttachments(content: readonly string[]): string[] {
  const names: string[] = [];
  for (const raw of content) {
    if (raw.startsWith('| Version: ') && names.length > 0) break;
    if (raw.startsWith('| Attachment: ')) names.push(raw.slice('| Attachment: '.length));
  }
  return names;
}

/** the body after a leading "> From: …" quote block and the blank line that ends it */
function withoutQuote(content: readonly string[]): string[] {
  if (!content[0]?.startsWith('> From: ')) return [...content];
  let i = 0;
  while (i < content.length && content[i]?.startsWith('>')) i++;
  if (content[i] === '') i++;
  return content.slice(i);
}

/**
 * Reads sigtop `text-short`: "YYYY-MM-DD HH:MM Name: [details] body", wall-clock times in `clock`'s zone,
 * lines that do not start a message continue the previous one.
 * @example const reader = new SigtopShortReader(chat, clock, 'Sam.txt'); reader.push(line); reader.finish();
 */
export class SigtopShortReader implements LineReader {
  readonly #chat: ChatBuilder;
  readonly #clock: ZoneClock;
  readonly #file: string;
  #pending: { at: EpochMs | null; author: string; lines: string[]; line: number; chars: number } | null = null;

  constructor(chat: ChatBuilder, clock: ZoneClock, file: string) {
    this.#chat = chat;
    this.#clock = clock;
    this.#file = file;
  }

  push(line: SourceLine): void {
    const text = line.text;
    const header = SHORT_HEADER.exec(text);
    if (header) {
      let at: EpochMs | null = null;
      if (header[1] !== undefined) {
        const year = Number(header[1]);
        const month = Number(header[2]);
        const day = Number(header[3]);
        const hour = Number(header[4]);
        const minute = Number(header[5]);
        if (isValidParts(year, month, day, hour, minute, 0))
          at = this.#clock.toEpoch(year, month, day, hour, minute, 0);
      }
      if (header[1] === undefined || at !== null) {
        this.finish();
        this.#pending = {
          at,
          author: header[6] ?? '',
          lines: [header[7] ?? ''],
          line: line.lineNumber,
          chars: text.length,
        };
        return;
      }
    }
    if (this.#pending !== null) {
      this.#pending.chars += text.length + 1;
      if (this.#pending.chars > MAX_MESSAGE_CHARS) throw messageTooLong(this.#file, this.#pending.line);
      this.#pending.lines.push(text);
      return;
    }
    if (text.trim() === '') return;
    throw new ImportError({
      code: 'malformed',
      file: this.#file,
      line: line.lineNumber,
      expected: 'a sigtop line like "2024-01-31 21:40 Name: message"',
      found: quoteFound(text),
    });
  }

  finish(): void {
    const pending = this.#pending;
    if (pending === null) return;
    this.#pending = null;
    if (pending.at === null) {
      this.#chat.warn('Some Signal messages had no time and were left out');
      return;
    }
    const first = pending.lines[0] ?? '';
    const other = SHORT_OTHER.exec(first);
    if (other && pending.lines.length === 1) {
      const type = other[1] ?? 'unknown';
      const kind = otherKind(type);
      const author = pending.author === 'Unknown' ? null : pending.author;
      this.#chat.add({
        at: pending.at,
        authorName: author,
        text: kind === 'call' ? 'Call' : type.replaceAll('-', ' '),
        kind,
      });
      return;
    }
    const details = SHORT_DETAILS.exec(first);
    const hasDetails = details !== null && details[0].trim() !== '[]';
    const lines = [...pending.lines];
    if (hasDetails) lines[0] = first.slice(details[0].length);
    while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    const body = lines.join('\n');
    const edited = hasDetails && details[2] !== undefined;
    const attachments = hasDetails && details[3] !== undefined ? Number(details[3]) : 0;
    const kind: MessageKind = attachments > 0 ? 'media' : 'text';
    const text =
      kind === 'media' && body === '' ? (attachments === 1 ? '1 attachment' : `${attachments} attachments`) : body;
    this.#chat.add({ at: pending.at, authorName: pending.author, text, kind, edited });
  }
}
