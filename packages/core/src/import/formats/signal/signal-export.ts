// readers for signal-export's two shapes: chat.md ("[YYYY-MM-DD HH:MM:SS] Sender: body") and data.json (one object per line)

import { asEpochMs, type MessageKind } from '../../../model.ts';
import { isValidParts, type ZoneClock } from '../../../time/index.ts';
import type { ChatBuilder } from '../../chat-builder.ts';
import { MAX_MESSAGE_CHARS, messageTooLong, quoteFound } from '../../chat-builder.ts';
import { ImportError } from '../../errors.ts';
import { parseTimeText } from '../../time-text.ts';
import type { SourceLine } from '../../types.ts';
import { toWellFormed } from '../../utf8.ts';

/** a reader fed one line at a time; `finish` flushes the last message */
export interface LineReader {
  push(line: SourceLine): void;
  finish(): void;
}

/** the sender signal-export writes when it cannot name one */
const NO_SENDER = 'No-Sender';

const MARKDOWN_HEADER = /^\[(\d{4})-(\d{2})-(\d{2}),? (\d{2}):(\d{2})(?::(\d{2}))?\] (.+?):(?: (.*))?$/;
const REACTIONS = /^\(- .* -\)/;
const STICKER_NOTE = /^\(\( (.*) \)\)/;
const MEDIA_MARKERS = ['](./media/', '](../exported_stickers/'] as const;
/** how far a link's name may reach back from "](", and its path forward to ")" */
const LINK_NAME_CHARS = 256;
const LINK_PATH_CHARS = 1024;
const CALL =
  /^(?:(?:Incoming|Outgoing) (?:(?:voice|video) )?call(?: \((?:accepted(?:, (?:(\d+)m )?(\d+)s)?|[a-z ]+)\))?|Missed (?:(?:voice|video) )?call)$/;

/**
 * Whether a line starts a signal-export chat.md message.
 * @example isSignalMarkdownHeader('[2024-01-01 21:41:00] Sam: hi') // true
 */
export const isSignalMarkdownHeader = (line: string): boolean => MARKDOWN_HEADER.test(line);

export interface BodyReading {
  readonly text: string;
  readonly kind: MessageKind;
  readonly durationSeconds?: number | undefined;
}

/**
 * Classifies a signal-export body: a call description, media (attachment names when no caption), or text.
 * @example readBody('Incoming voice call (accepted, 2m 5s)', [], null) // { text: '…', kind: 'call', durationSeconds: 125 }
 */
export function readBody(text: string, attachmentNames: readonly string[], sticker: string | null): BodyReading {
  if (attachmentNames.length > 0 || sticker !== null) {
    return {
      text: text !== '' ? text : attachmentNames.length > 0 ? attachmentNames.join(', ') : (sticker ?? ''),
      kind: 'media',
    };
  }
  const first = text.charCodeAt(0);
  const call = first === 73 || first === 77 || first === 79 ? CALL.exec(text) : null;
  if (call) {
    const seconds = call[2] === undefined ? undefined : Number(call[1] ?? 0) * 60 + Number(call[2]);
    return seconds === undefined ? { text, kind: 'call' } : { text, kind: 'call', durationSeconds: seconds };
  }
  return { text, kind: 'text' };
}

const NO_ATTACHMENTS: readonly string[] = [];

/** the line without trailing spaces and tabs (signal-export ends bodies with two spaces) */
function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0) {
    const c = line.charCodeAt(end - 1);
    if (c !== 32 && c !== 9) break;
    end--;
  }
  return end === line.length ? line : line.slice(0, end);
}

/**
 * A body without trailing spaces on its lines (signal-export ends bodies with two) and without trailing blank lines.
 * @example tidyBody('hey  \nyou  \n\n') // 'hey\nyou'
 */
export function tidyBody(text: string): string {
  const lines = text.split('\n').map(trimLineEnd);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

/** where a media link's path ends (its ")"), or -1 when whitespace or the length limit comes first */
function linkClose(text: string, from: number): number {
  const limit = Math.min(text.length, from + LINK_PATH_CHARS);
  for (let k = from; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 41) return k;
    if (c === 32 || c === 9 || c === 10) return -1;
  }
  return -1;
}

/** where a media link's name starts (its "["), or -1 */
function linkOpen(text: string, marker: number, floor: number): number {
  for (let k = marker - 1; k >= Math.max(floor, marker - LINK_NAME_CHARS); k--) {
    const c = text.charCodeAt(k);
    if (c === 91) return k;
    if (c === 93 || c === 10) return -1;
  }
  return -1;
}

/**
 * Removes signal-export's media links ("![IMG.jpg](./media/IMG.jpg)  ") from a body, collecting their
 * names; a single linear pass, whatever the text holds.
 * @example takeMediaLinks('hi ![a.jpg](./media/a.jpg)  ', names) // 'hi ' and names = ['a.jpg']
 */
export function takeMediaLinks(text: string, names: string[]): string {
  if (!text.includes('](')) return text;
  const next = MEDIA_MARKERS.map((m) => text.indexOf(m));
  let out = '';
  let copied = 0;
  let from = 0;
  for (;;) {
    for (let i = 0; i < next.length; i++) {
      const at = next[i] ?? -1;
      if (at !== -1 && at < from) next[i] = text.indexOf(MEDIA_MARKERS[i] ?? '', from);
    }
    const found = next.filter((at) => at !== -1);
    if (found.length === 0) break;
    const marker = Math.min(...found);
    const open = linkOpen(text, marker, copied);
    const close = open === -1 ? -1 : linkClose(text, marker + 2);
    if (open === -1 || close === -1) {
      from = marker + 2;
      continue;
    }
    const start = open > copied && text.charCodeAt(open - 1) === 33 ? open - 1 : open;
    names.push(text.slice(open + 1, marker));
    out += text.slice(copied, start);
    let end = close + 1;
    if (text.charCodeAt(end) === 32) end++;
    if (text.charCodeAt(end) === 32) end++;
    copied = end;
    from = end;
  }
  return out + text.slice(copied);
}

/** removes the quoted message a reply starts with: optional blank lines, "> " lines, then a blank line */
function dropQuote(lines: string[]): { lines: string[]; quoted: boolean } {
  let i = 0;
  while (i < lines.length && lines[i]?.trim() === '') i++;
  if (!lines[i]?.startsWith('>')) return { lines, quoted: false };
  let j = i;
  while (j < lines.length && lines[j]?.startsWith('>')) j++;
  if (j >= lines.length || lines[j]?.trim() !== '') return { lines, quoted: false };
  while (j < lines.length && lines[j]?.trim() === '') j++;
  return { lines: lines.slice(j), quoted: true };
}

/**
 * Reads signal-export's chat.md, old ("[2019-12-24, 12:23] Name: body") and current
 * ("[2024-01-01 21:41:00] Name: body") headers; wall-clock times are read in `clock`'s zone.
 * @example const reader = new SignalMarkdownReader(chat, clock, 'chat.md'); reader.push(line); reader.finish();
 */
export class SignalMarkdownReader implements LineReader {
  readonly #chat: ChatBuilder;
  readonly #clock: ZoneClock;
  readonly #file: string;
  #at = 0;
  #sender = '';
  #lines: string[] = [];
  #open = false;
  #chars = 0;
  #startLine = 0;

  constructor(chat: ChatBuilder, clock: ZoneClock, file: string) {
    this.#chat = chat;
    this.#clock = clock;
    this.#file = file;
  }

  push(line: SourceLine): void {
    const text = line.text;
    const header = text.charCodeAt(0) === 91 ? MARKDOWN_HEADER.exec(text) : null;
    if (header) {
      const year = Number(header[1]);
      const month = Number(header[2]);
      const day = Number(header[3]);
      const hour = Number(header[4]);
      const minute = Number(header[5]);
      const second = header[6] === undefined ? 0 : Number(header[6]);
      if (!isValidParts(year, month, day, hour, minute, second)) {
        throw new ImportError({
          code: 'malformed',
          file: this.#file,
          line: line.lineNumber,
          expected: 'a real date and time',
          found: quoteFound(text.slice(0, 22)),
        });
      }
      this.finish();
      this.#at = this.#clock.toEpoch(year, month, day, hour, minute, second);
      this.#sender = header[7] ?? '';
      this.#lines = [header[8] ?? ''];
      this.#open = true;
      this.#chars = text.length;
      this.#startLine = line.lineNumber;
      return;
    }
    if (this.#open) {
      this.#chars += text.length + 1;
      if (this.#chars > MAX_MESSAGE_CHARS) throw messageTooLong(this.#file, this.#startLine);
      this.#lines.push(text);
      return;
    }
    if (text.trim() === '') return;
    throw new ImportError({
      code: 'malformed',
      file: this.#file,
      line: line.lineNumber,
      expected: 'a Signal message line like "[2024-01-31 21:40:00] Name: message"',
      found: quoteFound(text),
    });
  }

  finish(): void {
    if (!this.#open) return;
    this.#open = false;
    const chat = this.#chat;
    const author = this.#sender === NO_SENDER ? null : this.#sender;
    if (author === null) chat.warn('Some Signal messages had no sender name and were kept without one');
    if (this.#lines.length === 1) {
      const only = trimLineEnd(this.#lines[0] ?? '');
      if (only === '(This message was deleted)') {
        chat.add({ at: asEpochMs(this.#at), authorName: author, text: '', kind: 'deleted' });
        return;
      }
      if (!only.includes('](') && !only.startsWith('>')) {
        const body = readBody(only, NO_ATTACHMENTS, null);
        chat.add({
          at: asEpochMs(this.#at),
          authorName: author,
          text: body.text,
          kind: body.kind,
          durationSeconds: body.durationSeconds,
        });
        return;
      }
    }
    let { lines } = dropQuote(this.#lines);
    let sticker: string | null = null;
    lines = lines.map((line, index) => {
      if (index === 0) return line;
      let rest = line;
      if (REACTIONS.test(rest)) rest = rest.slice(rest.indexOf(' -)') + 3);
      const note = STICKER_NOTE.exec(rest);
      if (note) {
        sticker = note[1] ?? 'sticker';
        rest = rest.slice(note[0].length);
      }
      return rest;
    });
    const attachments: string[] = [];
    const joined = takeMediaLinks(lines.join('\n'), attachments);
    const body = readBody(tidyBody(joined), attachments, sticker);
    chat.add({ at: asEpochMs(this.#at), authorName: author, ...body });
  }
}

/** nesting depth of a JSON text, counting brackets outside strings */
function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** a JSON string value, with lone surrogates (possible through \u escapes) replaced by U+FFFD */
const str = (value: unknown): string => (typeof value !== 'string' ? '' : toWellFormed(value));

/**
 * Reads signal-export's data.json: one JSON object per line with date (wall clock), sender, body,
 * quote, sticker, reactions, attachments, deleted.
 * @example const reader = new SignalJsonLinesReader(chat, clock, 'data.json', 64); reader.push(line);
 */
export class SignalJsonLinesReader implements LineReader {
  readonly #chat: ChatBuilder;
  readonly #clock: ZoneClock;
  readonly #file: string;
  readonly #maxDepth: number;

  constructor(chat: ChatBuilder, clock: ZoneClock, file: string, maxDepth: number) {
    this.#chat = chat;
    this.#clock = clock;
    this.#file = file;
    this.#maxDepth = maxDepth;
  }

  push(line: SourceLine): void {
    const text = line.text.trim();
    if (text === '') return;
    const fail = (expected: string, found: string, code: 'malformed' | 'too-deep' = 'malformed') =>
      new ImportError({ code, file: this.#file, line: line.lineNumber, expected, found });
    if (jsonDepth(text, this.#maxDepth) > this.#maxDepth) {
      throw fail(`JSON nested at most ${this.#maxDepth} levels deep`, 'deeper nesting', 'too-deep');
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw fail('one JSON object per line', quoteFound(text));
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw fail('one JSON object per line', quoteFound(text));
    }
    const record = value as Record<string, unknown>;
    const dateText = str(record.date);
    const at = parseTimeText(dateText, this.#clock);
    if (at === null) throw fail('a "date" like "2024-01-31T21:40:00"', quoteFound(dateText));
    const sender = str(record.sender);
    const author = sender === '' || sender === NO_SENDER ? null : sender;
    if (author === null) this.#chat.warn('Some Signal messages had no sender name and were kept without one');
    if (record.deleted === true) {
      this.#chat.add({ at, authorName: author, text: '', kind: 'deleted' });
      return;
    }
    const attachments = Array.isArray(record.attachments)
      ? record.attachments.map((a: unknown) =>
          typeof a === 'object' && a !== null ? str((a as Record<string, unknown>).name) || 'attachment' : 'attachment',
        )
      : [];
    const stickerValue = record.sticker;
    const sticker =
      typeof stickerValue === 'object' && stickerValue !== null
        ? str((stickerValue as Record<string, unknown>).emoji) || 'sticker'
        : null;
    const body = readBody(tidyBody(str(record.body)), attachments, sticker);
    if (record.call === true && body.kind !== 'call') {
      this.#chat.add({ at, authorName: author, text: body.text, kind: 'call' });
      return;
    }
    this.#chat.add({ at, authorName: author, ...body });
  }

  finish(): void {}
}
