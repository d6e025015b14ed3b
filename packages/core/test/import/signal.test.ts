import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { isImportError } from '../../src/import/errors.ts';
import { csvImporter } from '../../src/import/formats/csv/csv.ts';
import { imessageImporter } from '../../src/import/formats/imessage/imessage.ts';
import { signalImporter, signalShape } from '../../src/import/formats/signal/signal.ts';
import { takeMediaLinks, tidyBody } from '../../src/import/formats/signal/signal-export.ts';
import { parseSigtopTime } from '../../src/import/formats/signal/signal-sigtop.ts';
import { bytesSource, singleFileInput } from '../helpers/bytes-source.ts';
import { expectConversationOrImportError } from '../helpers/fuzz.ts';
import { golden, probe } from '../helpers/golden.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'signal');
const runs = Number(process.env.FC_RUNS ?? 10_000);

describe('signal importer', () => {
  test.each([
    ['2A_11M_signal-export-multiline.md', 'signal-export-markdown'],
    ['2A_3M_crlf-no-sender.md', 'signal-export-markdown'],
    ['2A_6M_data-json.jsonl', 'signal-export-json'],
    ['2A_7M_sigtop-text-edits.txt', 'sigtop-text'],
    ['2A_6M_sigtop-short-details.txt', 'sigtop-text-short'],
    ['ours__signal-export-chat.md', 'signal-export-markdown'],
    ['ours__signal-export-data.jsonl', 'signal-export-json'],
    ['ours__sigtop-text.txt', 'sigtop-text'],
    ['ours__sigtop-text-short.txt', 'sigtop-text-short'],
    ['chat-miner__test_export.txt', 'signal-export-markdown'],
  ])('%s reads as its golden parse (%s)', async (file, shape) => {
    const bytes = readFileSync(join(dir, file));
    const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.[a-z]+$/, '.json')), 'utf8'));
    expect(signalShape(bytes.toString('utf8'))).toBe(shape);
    for (const chunkSize of [undefined, 7]) {
      const conversation = await signalImporter.parse(singleFileInput(file, bytes, chunkSize), {
        timeZone: 'Europe/Berlin',
      });
      expect(golden(conversation)).toEqual(expected);
    }
  });

  it('reads wall-clock shapes in the given zone and sigtop text by its own offsets', async () => {
    const md = '[2024-07-01 12:00:00] Sam: hi\n';
    const sigtop = 'From: Sam (+1)\nType: incoming\nSent: Mon, 1 Jul 2024 12:00:00 +0200\n\nhi\n';
    const at = async (text: string, timeZone: string) =>
      (await signalImporter.parse(singleFileInput('x', text), { timeZone })).messages[0]?.at;
    expect(await at(md, 'UTC')).toBe(Date.UTC(2024, 6, 1, 12));
    expect(await at(md, 'America/New_York')).toBe(Date.UTC(2024, 6, 1, 16));
    expect(await at(sigtop, 'UTC')).toBe(Date.UTC(2024, 6, 1, 10));
    expect(await at(sigtop, 'America/New_York')).toBe(Date.UTC(2024, 6, 1, 10));
  });

  it('names the chat from the signal-export folder and prefers data.json over chat.md', async () => {
    const md = bytesSource('Sam/chat.md', '[2024-01-01 10:00:00] Sam: from markdown\n');
    const json = bytesSource(
      'Sam/data.json',
      '{"date": "2024-01-01T10:00:00", "sender": "Sam", "body": "from json", "quote": ""}\n',
    );
    const conversation = await signalImporter.parse({ name: 'Sam', files: [md, json] }, { timeZone: 'UTC' });
    expect(conversation.title).toBe('Sam');
    expect(conversation.partnerHint).toBe('Sam');
    expect(conversation.messages.map((m) => m.text)).toEqual(['from json']);
  });

  it('asks which chat to read when an export holds several, and reads the one named', async () => {
    const input = {
      name: 'signal-export',
      files: [
        bytesSource('Sam/chat.md', '[2024-01-01 10:00:00] Sam: hi from Sam\n'),
        bytesSource('Sam/media/IMG_1.jpg', 'not text'),
        bytesSource('Alex/chat.md', '[2024-01-01 10:00:00] Alex: hi from Alex\n'),
      ],
    };
    const error = await signalImporter.parse(input, { timeZone: 'UTC' }).catch((e) => e);
    expect(isImportError(error)).toBe(true);
    expect(error.code).toBe('no-chat');
    expect(error.message).toContain('Sam');
    expect(error.message).toContain('Alex');
    const alex = await signalImporter.parse(input, { timeZone: 'UTC', chat: 'alex' });
    expect(alex.title).toBe('Alex');
    expect(alex.messages.map((m) => m.text)).toEqual(['hi from Alex']);
  });

  test.each([
    ['not signal at all\n', 'malformed', 1],
    ['\n\n[2024-02-30 10:00:00] Sam: no such day\n', 'malformed', 3],
    [
      '{"date": "2024-01-01T10:00:00", "sender": "Sam", "body": "ok"}\n{"date": "yesterday", "sender": "Sam"}\n',
      'malformed',
      2,
    ],
    ['{"date": "2024-01-01T10:00:00", "sender": "Sam", "body": "ok"}\n{"date": oops}\n', 'malformed', 2],
    [`{"date": "2024-01-01T10:00:00", "sender": "S", "x": ${'['.repeat(100)}${']'.repeat(100)}}\n`, 'too-deep', 1],
    ['From: Sam\nType: incoming\nSent: someday\n\nhi\n', 'malformed', 1],
    ['   \n\n', 'empty', undefined],
  ])('rejects %j with %s at line %s', async (text, code, line) => {
    const error = await signalImporter.parse(singleFileInput('chat.md', text), { timeZone: 'UTC' }).catch((e) => e);
    expect(isImportError(error)).toBe(true);
    expect(error.code).toBe(code);
    expect(error.line).toBe(line);
  });

  it('replaces lone surrogates from JSON escapes so every string is well formed', async () => {
    const line = '{"date": "2024-01-01T10:00:00", "sender": "Sam\\ud800", "body": "a\\udc00b\\ud83d\\ude00"}\n';
    const conversation = await signalImporter.parse(singleFileInput('data.json', line), { timeZone: 'UTC' });
    expect(conversation.messages[0]?.text).toBe('a\uFFFDb😀');
    expect(conversation.participants[0]?.name).toBe('Sam\uFFFD');
  });

  test.each([
    ['hi ![a.jpg](./media/a.jpg)  ', 'hi ', ['a.jpg']],
    ['![a b.jpg](./media/a%20b.jpg)  [v.m4a](./media/v.m4a)  ', '', ['a b.jpg', 'v.m4a']],
    ['[🐱](../exported_stickers/p/1.webp)  ', '', ['🐱']],
    ['[link](https://example.com) stays', '[link](https://example.com) stays', []],
    ['[not closed](./media/a b.jpg)', '[not closed](./media/a b.jpg)', []],
    ['](./media/x) no opening', '](./media/x) no opening', []],
    ['[[[[](./media/x.png)', '[[[', ['']],
  ])('takes the media links out of %j', (text, rest, names) => {
    const found: string[] = [];
    expect(takeMediaLinks(text, found)).toBe(rest);
    expect(found).toEqual(names);
  });

  test.each([
    ['hey  ', 'hey'],
    ['hey  \nyou\t\n\n\n', 'hey\nyou'],
    ['  indented stays', '  indented stays'],
    ['\n\n', ''],
  ])('tidies the body %j', (text, tidy) => {
    expect(tidyBody(text)).toBe(tidy);
  });

  it('parses sigtop times with their offset', () => {
    expect(parseSigtopTime('Mon, 1 Jan 2024 21:41:00 +0100')).toBe(Date.UTC(2024, 0, 1, 20, 41));
    expect(parseSigtopTime('Sun, 31 Mar 2024 03:30:00 -0530')).toBe(Date.UTC(2024, 2, 31, 9, 0));
    expect(parseSigtopTime('unknown')).toBeNull();
    expect(parseSigtopTime('Mon, 31 Feb 2024 21:41:00 +0100')).toBeNull();
  });

  test.each([
    ['chat.md', '[2024-01-01 21:41:00] You: hello\n', 0.9],
    ['data.json', '{"date": "2024-01-01T21:41:00", "sender": "You", "body": "hello"}\n', 0.9],
    ['Sam.txt', 'Conversation: Sam (+1)\n\nFrom: You\nType: outgoing\nSent: Mon, 1 Jan 2024 21:41:00 +0100\n', 0.9],
    ['Sam.txt', '2024-01-01 21:41 You: hello\n', 0.7],
  ])('detects %s as Signal, and the iMessage and CSV importers do not', (fileName, head, least) => {
    expect(signalImporter.detect(probe(fileName, head))).toBeGreaterThanOrEqual(least);
    expect(imessageImporter.detect(probe(fileName, head))).toBe(0);
    expect(csvImporter.detect(probe(fileName, head))).toBeLessThan(0.3);
  });

  test.each([
    ['WhatsApp Chat with Sam.txt', '12/31/23, 9:41 PM - Sam: hello\n'],
    ['_chat.txt', '[31.12.23, 21:41:00] Sam: hello\n'],
    ['chat.csv', 'timestamp,sender,text\n2024-01-01T10:00:00Z,Sam,hi\n'],
    ['Sam.txt', 'May 17, 2022  5:29:42 PM\nMe\nHello world\n'],
    ['result.json', '{\n "name": "Sam",\n "type": "personal_chat",\n "messages": []\n}'],
  ])('does not claim %s', (fileName, head) => {
    expect(signalImporter.detect(probe(fileName, head))).toBe(0);
  });

  it('turns any bytes into a conversation or an ImportError, never another exception', async () => {
    const prefixes = [
      '',
      '[2024-01-01 10:00:00] A: ',
      '{"date": "2024-01-01T10:00:00", "sender": ',
      'Conversation: A (+1)\n\nFrom: A\nType: incoming\nSent: Mon, 1 Jan 2024 10:00:00 +0100\n',
      '2024-01-01 10:00 A: ',
    ];
    const pieces = fc.constantFrom(
      '\n',
      '\r\n',
      '> ',
      '(- A: x -)',
      '![a.jpg](./media/a.jpg)  ',
      '[2024-01-01 10:00:00] B: ',
      'Type: incoming',
      'From: B',
      'Sent: Mon, 1 Jan 2024 10:00:00 +0100',
      '| Version: 1',
      'Edited: 2 versions',
      '[reply to A on 2024-01-01 10:00, edited]',
      '2024-01-02 11:00 B: ',
      '{"date": 1}',
      'x',
    );
    await expectConversationOrImportError(signalImporter, 'chat.md', prefixes, pieces, {
      numRuns: runs,
      maxPieces: 30,
    });
  });
});
