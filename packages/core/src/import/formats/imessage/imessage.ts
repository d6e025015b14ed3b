// the iMessage importer for imessage-exporter's txt files: blank-line separated blocks of time, sender and body

import type { Conversation, EpochMs, MessageKind } from '../../../model.ts';
import { isValidParts, MONTH_NUMBERS, type ZoneClock } from '../../../time/index.ts';
import { baseName, ChatBuilder, MAX_MESSAGE_CHARS, messageTooLong, pickChat, quoteFound } from '../../chat-builder.ts';
import { ImportError } from '../../errors.ts';
import { leadingLines } from '../../probe.ts';
import { readLineBatches } from '../../text-lines.ts';
import { zoneClock } from '../../time-text.ts';
import {
  DEFAULT_MAX_BYTES,
  type DetectProbe,
  type Importer,
  type ImportInput,
  type ImportOptions,
} from '../../types.ts';

/** the sender imessage-exporter writes for the exporting person */
export const IMESSAGE_SELF = 'Me';

const TIMESTAMP = /^([A-Z][a-z]{2}) +(\d{1,2}), (\d{4}) +(\d{1,2}):(\d{2}):(\d{2}) ([AP]M)(.*)$/;
const READ_RECEIPT = /^ \(Read by .+ after .+\)$/;
const TAPBACK =
  /^(?:(?:Loved|Liked|Disliked|Laughed at|Laughed|Emphasized|Emphasised|Questioned) by .+|[^\p{L}\p{N}\s]{1,12} by .+|Sticker from .+)$/u;
const TAPBACK_HEADING = /^(?:Reactions|Tapbacks):$/;
const REPLY_NOTE = 'This message responded to an earlier message.';
const DELETED_NOTE = 'This message was deleted from the conversation!';
const UNSENT = /^.{1,80} deleted a message\.$/;
const EXPRESSIVE =
  /^Sent with (?:Confetti|Echo|Fireworks|Balloons|Heart|Lasers|Shooting Sta(?:r|rt)|Sparkles|Spotlight|Slam|Loud|Gentle|Invisible Ink)$/;
const EDIT_LATER = /^\s*Edited .+? later: (.*)$/;
const ATTACHMENT_PATH = /^(?:~?\/[^\n]*|[A-Za-z]:\\[^\n]*|(?:\.{1,2}\/)?[\w.@()+-]+\/\S*)\.[A-Za-z0-9]{2,5}$/;
const INDENT = '    ';
const hasPathSeparator = (line: string): boolean => line.includes('/') || line.includes('\\');
/** longer lines are text, not attachment paths */
const MAX_PATH_CHARS = 4096;

/** epoch ms of an imessage-exporter timestamp match, or null when the parts are not a real time */
function timeOf(match: RegExpExecArray, clock: ZoneClock): EpochMs | null {
  const month = MONTH_NUMBERS[match[1] ?? ''];
  const day = Number(match[2]);
  const year = Number(match[3]);
  const hour12 = Number(match[4]);
  const minute = Number(match[5]);
  const second = Number(match[6]);
  if (month === undefined || hour12 < 1 || hour12 > 12) return null;
  const hour = (hour12 % 12) + (match[7] === 'PM' ? 12 : 0);
  if (!isValidParts(year, month, day, hour, minute, second)) return null;
  return clock.toEpoch(year, month, day, hour, minute, second);
}

interface BlockContext {
  readonly chat: ChatBuilder;
  readonly clock: ZoneClock;
  readonly file: string;
}

/** splits a message's lines after the sender into its own body lines and the indented thread replies */
function splitBody(lines: readonly string[]): { body: string[]; replies: string[][] } {
  const body: string[] = [];
  const replies: string[][] = [];
  let reply: string[] | null = null;
  let tapbacks = false;
  for (const line of lines) {
    const indented = line.startsWith(INDENT);
    if (indented && TIMESTAMP.test(line.slice(INDENT.length))) {
      reply = [line.slice(INDENT.length)];
      replies.push(reply);
      continue;
    }
    if (reply !== null) {
      if (indented || line.trim() === '') {
        reply.push(line.startsWith(INDENT) ? line.slice(INDENT.length) : '');
        continue;
      }
      reply = null;
    }
    const trimmed = line.trim();
    if (TAPBACK_HEADING.test(trimmed)) {
      tapbacks = true;
      continue;
    }
    if (tapbacks && (trimmed === '' || TAPBACK.test(trimmed))) continue;
    tapbacks = false;
    if (indented && TAPBACK.test(trimmed)) continue;
    body.push(line);
  }
  return { body, replies };
}

/** reads one block (a message with its thread replies, or an announcement) into the chat */
function readBlock(lines: readonly string[], ctx: BlockContext, lineNumber: number): void {
  const header = TIMESTAMP.exec(lines[0] ?? '');
  if (!header) return;
  const at = timeOf(header, ctx.clock);
  if (at === null) {
    throw new ImportError({
      code: 'malformed',
      file: ctx.file,
      line: lineNumber,
      expected: 'a real date and time like "May 17, 2022  5:29:42 PM"',
      found: quoteFound(lines[0] ?? ''),
    });
  }
  const rest = header[8] ?? '';
  if (rest.trim() !== '' && !READ_RECEIPT.test(rest)) {
    ctx.chat.add({ at, authorName: null, text: rest.trim(), kind: 'system' });
    return;
  }
  const sender = lines[1]?.trim() ?? '';
  if (sender === '') {
    ctx.chat.warn('Some iMessage entries had a time but no sender and were left out');
    return;
  }
  const { body, replies } = splitBody(lines.slice(2));
  addMessage(at, sender, body, ctx);
  for (const reply of replies) readBlock(reply, ctx, lineNumber);
}

function addMessage(at: EpochMs, sender: string, lines: readonly string[], ctx: BlockContext): void {
  let deletedNote = false;
  const attachments: string[] = [];
  let kept: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === REPLY_NOTE || (trimmed.startsWith('Sent with ') && EXPRESSIVE.test(trimmed))) continue;
    if (trimmed === DELETED_NOTE) {
      deletedNote = true;
      continue;
    }
    if (
      trimmed === 'Attachment missing!' ||
      (trimmed.length <= MAX_PATH_CHARS && hasPathSeparator(trimmed) && ATTACHMENT_PATH.test(trimmed))
    ) {
      attachments.push(trimmed === 'Attachment missing!' ? 'attachment' : baseName(trimmed));
      continue;
    }
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1]?.trim() === '') kept.pop();
  let edited = false;
  const lastEdit = kept.findLastIndex((line) => EDIT_LATER.test(line));
  if (lastEdit > 0 && TIMESTAMP.test(kept[0] ?? '')) {
    const latest = EDIT_LATER.exec(kept[lastEdit] ?? '')?.[1] ?? '';
    kept = [latest, ...kept.slice(lastEdit + 1)];
    edited = true;
  }
  let text = kept.join('\n');
  let kind: MessageKind = 'text';
  if (kept.length === 1 && text.endsWith(' deleted a message.') && UNSENT.test(text) && attachments.length === 0) {
    kind = 'deleted';
    text = '';
  } else if (attachments.length > 0) {
    kind = 'media';
    if (text === '') text = attachments.join(', ');
  } else if (deletedNote && text === '') {
    kind = 'deleted';
  }
  ctx.chat.add({ at, authorName: sender, text, kind, edited });
}

/** a header exactly as imessage-exporter writes it (one space after the month) */
const EXPORTER_HEADER = /^[A-Z][a-z]{2} \d{1,2}, \d{4} +\d{1,2}:\d{2}:\d{2} [AP]M/;

/**
 * How sure the first block makes it: a time line with a sender or text after it is surely iMessage; a bare
 * time line less so, unless more of them follow or the file is only a few lines long.
 */
function detect(probe: DetectProbe): number {
  const lines = probe.head.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const first = lines.findIndex((line) => line.trim() !== '');
  const line = lines[first] ?? '';
  const parts = TIMESTAMP.exec(line);
  const sender = lines[first + 1]?.trim() ?? '';
  if (parts !== null && (sender !== '' || (parts[8] ?? '').trim() !== '')) return 0.95;
  if (EXPORTER_HEADER.test(line)) {
    const leading = leadingLines(probe.head.replace(/^\uFEFF/, ''), 50);
    return leading.filter((l) => EXPORTER_HEADER.test(l)).length >= 2 || leading.length <= 3 ? 0.9 : 0.7;
  }
  return parts !== null ? 0.6 : 0;
}

async function parse(input: ImportInput, options: ImportOptions): Promise<Conversation> {
  const texts = input.files.filter((f) => /\.txt$/i.test(f.name));
  const source = pickChat(
    input.name,
    texts.length > 0 ? texts : input.files,
    (f) => baseName(f.name, true),
    options.chat,
  );
  if (!source)
    throw new ImportError({ code: 'empty', file: input.name, expected: 'an iMessage export', found: 'no files' });
  const file = source.name;
  const ctx: BlockContext = { chat: new ChatBuilder('imessage', file), clock: zoneClock(file, options.timeZone), file };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let block: string[] | null = null;
  let blockLine = 0;
  let blockChars = 0;
  let previousBlank = true;
  let bytesRead = 0;

  for await (const batch of readLineBatches(source, { maxBytes, onBytes: (b) => (bytesRead = b) })) {
    for (const line of batch) {
      const text = line.text;
      if (previousBlank && text.charCodeAt(0) !== 32 && TIMESTAMP.test(text)) {
        if (block !== null) readBlock(block, ctx, blockLine);
        block = [text];
        blockLine = line.lineNumber;
        blockChars = text.length;
      } else if (block !== null) {
        blockChars += text.length + 1;
        if (blockChars > MAX_MESSAGE_CHARS) throw messageTooLong(file, blockLine);
        block.push(text);
      } else if (text.trim() !== '') {
        throw new ImportError({
          code: 'malformed',
          file,
          line: line.lineNumber,
          expected: 'an iMessage time line like "May 17, 2022  5:29:42 PM"',
          found: quoteFound(text),
        });
      }
      previousBlank = text.trim() === '';
    }
    options.onProgress?.({ bytes: bytesRead, totalBytes: source.size, messages: ctx.chat.messageCount });
  }
  if (block !== null) readBlock(block, ctx, blockLine);
  const title = baseName(file, true) || null;
  return ctx.chat.build({ title, selfNames: [IMESSAGE_SELF], partnerName: title });
}

/**
 * Reads an imessage-exporter txt file. Times carry no zone and are read in `options.timeZone`;
 * tapbacks ("Loved by …") and read receipts are events, not messages; "Me" is the exporting person.
 * @example const conversation = await imessageImporter.parse(input, { timeZone: 'America/New_York' })
 */
export const imessageImporter: Importer = {
  format: 'imessage',
  names: { label: 'iMessage (imessage-exporter)', short: 'iMessage', aliases: ['imessage-exporter'] },
  files: { extensions: ['txt'], ranks: [{ name: /\.txt$/i, rank: 3 }], chatPerFolder: false, numberedParts: false },
  specificity: 5,
  detect,
  parse,
};
