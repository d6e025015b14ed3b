import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { CsvRecordReader, writeCsvRecord } from '../../src/import/csv-records.ts';
import { isImportError } from '../../src/import/errors.ts';
import { csvImporter } from '../../src/import/formats/csv/csv.ts';
import { imessageImporter } from '../../src/import/formats/imessage/imessage.ts';
import { signalImporter } from '../../src/import/formats/signal/signal.ts';
import { singleFileInput } from '../helpers/bytes-source.ts';
import { expectConversationOrImportError } from '../helpers/fuzz.ts';
import { golden, probe } from '../helpers/golden.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'csv');
const runs = Number(process.env.FC_RUNS ?? 10_000);

const parseText = (text: string, timeZone = 'UTC', chunkSize?: number) =>
  csvImporter.parse(singleFileInput('chat.csv', text, chunkSize), { timeZone });

describe('csv importer', () => {
  test.each([
    ['2A_6M_quoted-newlines-crlf.csv'],
    ['2A_4M_epoch-seconds-ms.csv'],
    ['2A_3M_semicolon-date-time-bom.csv'],
    ['ours__generic.csv'],
  ])('%s reads as its golden parse', async (file) => {
    const bytes = readFileSync(join(dir, file));
    const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.csv$/, '.json')), 'utf8'));
    for (const chunkSize of [undefined, 3]) {
      const conversation = await csvImporter.parse(singleFileInput(file, bytes, chunkSize), {
        timeZone: 'Europe/Berlin',
      });
      expect(golden(conversation)).toEqual(expected);
    }
  });

  test.each([
    ['1704067200', Date.UTC(2024, 0, 1)],
    ['1704067200000', Date.UTC(2024, 0, 1)],
    ['1704067200000000', Date.UTC(2024, 0, 1)],
    ['99999999999', 99_999_999_999_000],
    ['100000000000', 100_000_000_000],
    ['2024-01-01T00:00:00Z', Date.UTC(2024, 0, 1)],
    ['2024-01-01T01:30:00+01:30', Date.UTC(2024, 0, 1)],
    ['2024-01-01 05:00:00-0500', Date.UTC(2024, 0, 1, 10)],
    ['2024-01-01T00:00:00.123456', Date.UTC(2024, 0, 1, 0, 0, 0, 123)],
    ['2024-01-01', Date.UTC(2024, 0, 1)],
  ])('reads the time %s', async (time, at) => {
    const conversation = await parseText(`text,author,timestamp\nhi,Sam,${time}\n`);
    expect(conversation.messages[0]?.at).toBe(at);
  });

  it('reads zone-less times in the given zone', async () => {
    const text = 'timestamp,author,text\n2024-07-01T12:00:00,Sam,hi\n';
    expect((await parseText(text, 'America/New_York')).messages[0]?.at).toBe(Date.UTC(2024, 6, 1, 16));
    expect((await parseText(text, 'Asia/Kolkata')).messages[0]?.at).toBe(Date.UTC(2024, 6, 1, 6, 30));
  });

  test.each([
    ['when = the time column is missing', 'when,author,text\n2024-01-01,Sam,hi\n', 1, /time/],
    ['the author column is missing', 'timestamp,name,text\n2024-01-01,Sam,hi\n', 1, /author/],
    ['a time is not a time', 'timestamp,author,text\n2024-01-01,Sam,hi\n\nyesterday,Sam,hi\n', 4, /"yesterday"/],
    ['a date does not exist', 'timestamp,author,text\n2024-02-30T10:00:00,Sam,hi\n', 2, /2024-02-30/],
    [
      'a quote never closes',
      'timestamp,author,text\n2024-01-01,Sam,hi\n2024-01-02,Sam,"open\nstill open\n',
      3,
      /closing quote/,
    ],
  ])('explains where and what when %s', async (_, text, line, pattern) => {
    const error = await parseText(text).catch((e) => e);
    expect(isImportError(error)).toBe(true);
    expect(error.code).toBe('malformed');
    expect(error.line).toBe(line);
    expect(error.message).toMatch(pattern);
  });

  it('rejects a file with only a header as empty', async () => {
    const error = await parseText('timestamp,author,text\n').catch((e) => e);
    expect(error.code).toBe('empty');
  });

  test.each([
    ['chat.csv', 'timestamp,sender,text\n', 0.9],
    ['export.txt', 'Message,From,Date\n', 0.6],
    ['chat.tsv', 'time\tauthor\tcontent\n', 0.9],
  ])('detects %s as CSV and the Signal and iMessage importers do not', (fileName, head, least) => {
    expect(csvImporter.detect(probe(fileName, head))).toBeGreaterThanOrEqual(least);
    expect(signalImporter.detect(probe(fileName, head))).toBe(0);
    expect(imessageImporter.detect(probe(fileName, head))).toBe(0);
  });

  test.each([
    ['WhatsApp Chat with Sam.txt', '12/31/23, 9:41 PM - Sam: hello, how are you\n'],
    ['_chat.txt', '[31.12.23, 21:41:00] Sam: text, date, from\n'],
    ['chat.md', '[2024-01-01 21:41:00] You: hello\n'],
    ['Sam.txt', 'May 17, 2022  5:29:42 PM\nMe\nHello world\n'],
  ])('does not claim %s', (fileName, head) => {
    expect(csvImporter.detect(probe(fileName, head))).toBe(0);
  });

  it('round-trips rows with commas, quotes and line breaks through RFC 4180', async () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', ';', 'é', '😀'),
      maxLength: 12,
    });
    const row = fc.record({
      author: cell.filter((a) => a.trim() !== '' && a === a.trim()),
      text: cell,
      seconds: fc.integer({ min: 0, max: 2 ** 31 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 9 }),
        async (rows, chunk) => {
          const lines = [
            'author,text,timestamp',
            ...rows.map((r) => writeCsvRecord([r.author, r.text, String(r.seconds)])),
          ];
          const conversation = await parseText(`${lines.join('\r\n')}\r\n`, 'UTC', chunk);
          const sorted = [...rows].sort((a, b) => a.seconds - b.seconds);
          expect(conversation.messages.map((m) => [m.author, m.text, m.at])).toEqual(
            sorted.map((r) => [r.author.replaceAll('\r\n', '\n'), r.text.replaceAll('\r\n', '\n'), r.seconds * 1000]),
          );
        },
      ),
      { numRuns: Math.max(100, Math.round(runs / 3)) },
    );
  });

  it('reads records one line at a time, joining quoted line breaks', () => {
    const reader = new CsvRecordReader(',');
    expect(reader.push({ text: 'a,"b', lineNumber: 1, byteOffset: 0 })).toBeNull();
    expect(reader.push({ text: 'c"",d",e', lineNumber: 2, byteOffset: 5 })).toEqual({
      fields: ['a', 'b\nc",d', 'e'],
      lineNumber: 1,
    });
  });

  it('turns any bytes into a conversation or an ImportError, never another exception', async () => {
    const prefixes = ['', 'timestamp,author,text\n', 'time;from;content\n2024-01-01;A;"'];
    const pieces = fc.constantFrom(
      '\n',
      '\r\n',
      ',',
      ';',
      '"',
      '""',
      '2024-01-01T10:00:00',
      '1704067200',
      'Sam',
      'x',
      ' ',
    );
    await expectConversationOrImportError(csvImporter, 'chat.csv', prefixes, pieces, { numRuns: runs, maxPieces: 40 });
  });
});
