// the generic CSV importer: a header naming time, author and text columns in any order, RFC 4180 quoting

import type { Conversation, MessageKind } from '../../../model.ts';
import { baseName, ChatBuilder, pickChat, quoteFound } from '../../chat-builder.ts';
import { type CsvDelimiter, type CsvRecord, CsvRecordReader } from '../../csv-records.ts';
import { ImportError } from '../../errors.ts';
import { extensionOf, leadingLines } from '../../probe.ts';
import { readLineBatches } from '../../text-lines.ts';
import { parseTimeText, zoneClock } from '../../time-text.ts';
import {
  DEFAULT_MAX_BYTES,
  type DetectProbe,
  type Importer,
  type ImportInput,
  type ImportOptions,
} from '../../types.ts';

/** the columns the importer understands, each with the header names that select it */
type CsvColumn = 'time' | 'date' | 'clock' | 'author' | 'text' | 'replyTo' | 'attachment' | 'kind' | 'id';

const COLUMN_NAMES: Record<CsvColumn, readonly string[]> = {
  time: ['timestamp', 'datetime', 'date_time', 'sent_at'],
  date: ['date'],
  clock: ['time'],
  author: ['author', 'sender', 'from'],
  text: ['text', 'message', 'content'],
  replyTo: ['reply_to', 'replyto', 'in_reply_to'],
  attachment: ['attachment', 'attachments', 'media'],
  kind: ['kind'],
  id: ['id', 'message_id'],
};

const KINDS: Record<MessageKind, true> = { text: true, media: true, system: true, call: true, deleted: true };
const isKind = (value: string): value is MessageKind => Object.hasOwn(KINDS, value);

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

type ColumnIndex = Partial<Record<CsvColumn, number>>;

const fieldOf = (fields: readonly string[], at: number | undefined): string | undefined =>
  at === undefined ? undefined : fields[at];

function normalizeHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function indexColumns(headers: readonly string[]): ColumnIndex {
  const index: ColumnIndex = {};
  const normalized = headers.map(normalizeHeader);
  for (const column of Object.keys(COLUMN_NAMES) as CsvColumn[]) {
    const at = normalized.findIndex((h) => COLUMN_NAMES[column].includes(h));
    if (at !== -1) index[column] = at;
  }
  return index;
}

function splitHeader(headerLine: string, delimiter: CsvDelimiter): readonly string[] {
  return new CsvRecordReader(delimiter).push({ text: headerLine, lineNumber: 1, byteOffset: 0 })?.fields ?? [];
}

/** the delimiter whose split of the header line finds a time, an author and a text column, with that index */
function chooseDelimiter(headerLine: string): { delimiter: CsvDelimiter; index: ColumnIndex } | null {
  for (const delimiter of DELIMITERS) {
    const index = indexColumns(splitHeader(headerLine, delimiter));
    const hasTime = index.time !== undefined || index.date !== undefined || index.clock !== undefined;
    if (hasTime && index.author !== undefined && index.text !== undefined) return { delimiter, index };
  }
  return null;
}

/** the header's columns by a plain split on its commonest delimiter, unquoted and lower case */
function looseColumns(line: string): string[] {
  const fields = DELIMITERS.map((delimiter) => line.split(delimiter)).reduce((best, current) =>
    current.length > best.length ? current : best,
  );
  return fields.map((field) =>
    field
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim()
      .toLowerCase(),
  );
}

const LOOSE_TIME = /^(?:timestamp|date|time|datetime|date_time|sent_at|created_at)$/;
const LOOSE_AUTHOR = /^(?:author|sender|from|name|sender_name)$/;
const LOOSE_TEXT = /^(?:text|message|content|body)$/;

/**
 * How sure the header makes it: the columns the reader needs (time, author, text) read as the reader would,
 * or, more loosely, the first non-blank line's column names; a .csv or .tsv name adds to either.
 */
function detect(probe: DetectProbe): number {
  const head = probe.head.replace(/^\uFEFF/, '');
  const isCsvName = ['csv', 'tsv'].includes(extensionOf(probe.fileName));
  const strict = chooseDelimiter(head.split(/\r\n|\n|\r/, 1)[0] ?? '') !== null;
  const columns = looseColumns(leadingLines(head, 1)[0] ?? '');
  const found = [LOOSE_TIME, LOOSE_AUTHOR, LOOSE_TEXT].filter((pattern) => columns.some((c) => pattern.test(c))).length;
  if (strict || found === 3) return isCsvName ? 0.95 : found === 3 ? 0.85 : 0.7;
  if (isCsvName) return found === 2 ? 0.5 : 0.2;
  return 0;
}

async function parse(input: ImportInput, options: ImportOptions): Promise<Conversation> {
  const tables = input.files.filter((f) => /\.(csv|tsv)$/i.test(f.name));
  const source = pickChat(
    input.name,
    tables.length > 0 ? tables : input.files,
    (f) => baseName(f.name, true),
    options.chat,
  );
  if (!source) throw new ImportError({ code: 'empty', file: input.name, expected: 'a CSV file', found: 'no files' });
  const file = source.name;
  const clock = zoneClock(file, options.timeZone);
  const chat = new ChatBuilder('csv', file);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let reader: CsvRecordReader | null = null;
  let columns: ColumnIndex = {};
  let width = 0;
  let headerSeen = false;
  let lastLine = 0;
  let bytesRead = 0;

  const readRow = (record: CsvRecord): void => {
    const fields = record.fields;
    if (fields.length === 1 && fields[0] === '') return;
    if (fields.length > width) chat.warn('Some rows have more fields than the header; the extra fields were left out');
    const date = fieldOf(fields, columns.date);
    const clockTime = fieldOf(fields, columns.clock);
    const timeText =
      fieldOf(fields, columns.time) ??
      (date !== undefined && clockTime !== undefined && !/[T:]/.test(date)
        ? `${date}T${clockTime}`
        : (date ?? clockTime ?? ''));
    const at = parseTimeText(timeText, clock);
    if (at === null) {
      throw new ImportError({
        code: 'malformed',
        file,
        line: record.lineNumber,
        expected: 'an ISO 8601 time (2024-01-31T21:40:00+01:00) or epoch seconds or milliseconds',
        found: quoteFound(timeText),
      });
    }
    const author = (fieldOf(fields, columns.author) ?? '').trim();
    const attachment = (fieldOf(fields, columns.attachment) ?? '').trim();
    let text = fieldOf(fields, columns.text) ?? '';
    const kindText = (fieldOf(fields, columns.kind) ?? '').trim().toLowerCase();
    let kind: MessageKind = attachment !== '' ? 'media' : author === '' ? 'system' : 'text';
    if (kindText !== '') {
      if (isKind(kindText)) kind = kindText;
      else chat.warn(`Unknown kinds such as ${quoteFound(kindText, 20)} were read as plain messages`);
    }
    if (kind === 'media' && text === '' && attachment !== '') text = baseName(attachment);
    const id = (fieldOf(fields, columns.id) ?? '').trim();
    const replyTo = (fieldOf(fields, columns.replyTo) ?? '').trim();
    chat.add({
      at,
      authorName: author === '' ? null : author,
      text,
      kind,
      sourceId: id === '' ? undefined : id,
      replyTo: replyTo === '' ? undefined : replyTo,
    });
  };

  for await (const batch of readLineBatches(source, {
    maxBytes,
    onBytes: (bytes) => {
      bytesRead = bytes;
    },
  })) {
    for (const line of batch) {
      lastLine = line.lineNumber;
      if (!headerSeen) {
        if (line.text.trim() === '') continue;
        const chosen = chooseDelimiter(line.text);
        if (chosen === null) {
          throw new ImportError({
            code: 'malformed',
            file,
            line: line.lineNumber,
            expected:
              'a header row naming a time (timestamp, date or time), an author (author, sender or from) and a text (text, message or content) column',
            found: quoteFound(line.text, 80),
          });
        }
        reader = new CsvRecordReader(chosen.delimiter, file);
        width = reader.push(line)?.fields.length ?? 0;
        columns = chosen.index;
        headerSeen = true;
        continue;
      }
      if (reader === null) continue;
      const record = reader.push(line);
      if (record !== null) readRow(record);
    }
    options.onProgress?.({ bytes: bytesRead, totalBytes: source.size, messages: chat.messageCount });
  }
  if (!headerSeen) {
    throw new ImportError({ code: 'empty', file, expected: 'a header row and messages', found: 'an empty file' });
  }
  if (reader?.pending) {
    throw new ImportError({
      code: 'malformed',
      file,
      line: reader.pendingLine,
      expected: 'a closing quote for the field opened here',
      found: `the end of the file at line ${lastLine}`,
      hint: 'the file may be truncated',
    });
  }
  if (reader !== null && reader.strayQuotes > 0) {
    chat.warn(`${reader.strayQuotes} quote marks inside unquoted fields were kept as text`);
  }
  return chat.build({ title: baseName(file, true) || null });
}

/**
 * Reads a generic CSV chat: a header row naming the time (`timestamp`|`date`|`time`), author
 * (`author`|`sender`|`from`) and text (`text`|`message`|`content`) columns in any order and case,
 * optional `reply_to`, `attachment`, `kind`, `id`. Times are ISO 8601 (no offset: `options.timeZone`)
 * or epoch seconds/milliseconds.
 * @example const conversation = await csvImporter.parse(input, { timeZone: 'Europe/Berlin' })
 */
export const csvImporter: Importer = {
  format: 'csv',
  names: { label: 'CSV', short: 'CSV', aliases: ['tsv'] },
  files: {
    extensions: ['csv', 'tsv'],
    ranks: [{ name: /\.csv$/i, rank: 2 }],
    chatPerFolder: false,
    numberedParts: false,
  },
  specificity: 1,
  detect,
  parse,
};
