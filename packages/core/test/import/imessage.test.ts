import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { isImportError } from '../../src/import/errors.ts';
import { csvImporter } from '../../src/import/formats/csv/csv.ts';
import { imessageImporter } from '../../src/import/formats/imessage/imessage.ts';
import { signalImporter } from '../../src/import/formats/signal/signal.ts';
import { singleFileInput } from '../helpers/bytes-source.ts';
import { golden, probe } from '../helpers/golden.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'imessage');
const runs = Number(process.env.FC_RUNS ?? 10_000);

describe('imessage importer', () => {
  test.each([
    ['2A_9M_tapbacks-replies-edits.txt'],
    ['2A_2M_crlf-midnight.txt'],
    ['ours__imessage-exporter-style_Sam.txt'],
  ])('%s reads as its golden parse', async (file) => {
    const bytes = readFileSync(join(dir, file));
    const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.json')), 'utf8'));
    for (const chunkSize of [undefined, 5]) {
      const conversation = await imessageImporter.parse(singleFileInput(file, bytes, chunkSize), {
        timeZone: 'Europe/Berlin',
      });
      expect(golden(conversation)).toEqual(expected);
    }
  });

  it('keeps tapbacks and read receipts out of the messages', async () => {
    const text = readFileSync(join(dir, '2A_9M_tapbacks-replies-edits.txt'), 'utf8');
    const conversation = await imessageImporter.parse(singleFileInput('Sam Rivera.txt', text), { timeZone: 'UTC' });
    const all = conversation.messages.map((m) => m.text).join('\n');
    expect(all).not.toMatch(/Loved by|Laughed at by|Liked by Me|Read by|Reactions:/);
    expect(conversation.selfHint).toBe('Me');
    expect(conversation.partnerHint).toBe('Sam Rivera');
  });

  it('reads the space-padded 12-hour clock in the given zone', async () => {
    const text = 'Jan 05, 2024 12:30:00 AM\nMe\nafter midnight\n\nJan 05, 2024 12:30:00 PM\nSam\nafter noon\n';
    const read = async (timeZone: string) =>
      (await imessageImporter.parse(singleFileInput('Sam.txt', text), { timeZone })).messages.map((m) => m.at);
    expect(await read('UTC')).toEqual([Date.UTC(2024, 0, 5, 0, 30), Date.UTC(2024, 0, 5, 12, 30)]);
    expect(await read('Asia/Tokyo')).toEqual([Date.UTC(2024, 0, 4, 15, 30), Date.UTC(2024, 0, 5, 3, 30)]);
  });

  test.each([
    ['/Users/me/Library/Messages/Attachments/ab/11/IMG_0001.HEIC', 'media', 'IMG_0001.HEIC'],
    ['/Users/me/Pictures/My Photo.jpg', 'media', 'My Photo.jpg'],
    ['attachments/12/IMG_1.heic', 'media', 'IMG_1.heic'],
    ['Attachment missing!', 'media', 'attachment'],
    ['see the docs/readme.md', 'text', 'see the docs/readme.md'],
    ['and/or it is fine.', 'text', 'and/or it is fine.'],
    ['You deleted a message.', 'deleted', ''],
    ['This message was deleted from the conversation!', 'deleted', ''],
    ['Sent with Confetti', 'text', ''],
    ['Reactions:', 'text', ''],
  ])('reads the body line %j as %s', async (line, kind, text) => {
    const input = singleFileInput('Sam.txt', `May 17, 2022  5:29:42 PM\nSam\n${line}\n`);
    const [message] = (await imessageImporter.parse(input, { timeZone: 'UTC' })).messages;
    expect(message?.kind).toBe(kind);
    expect(message?.text).toBe(text);
  });

  test.each([
    ['Hello there\n', 'malformed', 1],
    ['\nFeb 30, 2024  1:00:00 PM\nMe\nno such day\n', 'malformed', 2],
    ['May 17, 2022  5:29:42 PM\n\n', 'empty', undefined],
    ['', 'empty', undefined],
  ])('rejects %j with %s at line %s', async (text, code, line) => {
    const error = await imessageImporter.parse(singleFileInput('Sam.txt', text), { timeZone: 'UTC' }).catch((e) => e);
    expect(isImportError(error)).toBe(true);
    expect(error.code).toBe(code);
    expect(error.line).toBe(line);
  });

  it('calls a message that never ends a broken file instead of running out of memory', async () => {
    const line = `${'x'.repeat(1 << 20)}\n`;
    const text = `May 17, 2022  5:29:42 PM\nMe\n${line.repeat(17)}`;
    const error = await imessageImporter.parse(singleFileInput('Sam.txt', text), { timeZone: 'UTC' }).catch((e) => e);
    expect(isImportError(error)).toBe(true);
    expect(error.code).toBe('malformed');
    expect(error.line).toBe(1);
  });

  it('names an unknown time zone in its error', async () => {
    const error = await imessageImporter
      .parse(singleFileInput('Sam.txt', 'May 17, 2022  5:29:42 PM\nMe\nhi\n'), { timeZone: 'Mars/Olympus' })
      .catch((e) => e);
    expect(isImportError(error)).toBe(true);
    expect(String(error.message)).toContain('Mars/Olympus');
  });

  test.each([
    ['Sam.txt', 'May 17, 2022  5:29:42 PM\nMe\nHello world\n'],
    ['Sam.txt', 'May 17, 2022 10:15:00 PM You renamed the conversation to Weekend plans\n'],
  ])('detects %s as iMessage and Signal and CSV do not', (fileName, head) => {
    expect(imessageImporter.detect(probe(fileName, head))).toBeGreaterThanOrEqual(0.9);
    expect(signalImporter.detect(probe(fileName, head))).toBe(0);
    expect(csvImporter.detect(probe(fileName, head))).toBe(0);
  });

  test.each([
    ['WhatsApp Chat with Sam.txt', '5/17/22, 5:29 PM - Sam: hello\n'],
    ['chat.md', '[2024-01-01 21:41:00] You: hello\n'],
    ['Sam.txt', '2024-01-01 21:41 You: hello\n'],
    ['chat.csv', 'date,author,message\n'],
  ])('does not claim %s', (fileName, head) => {
    expect(imessageImporter.detect(probe(fileName, head))).toBe(0);
  });

  it('turns any bytes into a conversation or an ImportError, never another exception', async () => {
    const prefixes = [
      '',
      'May 17, 2022  5:29:42 PM\n',
      'May 17, 2022  5:29:42 PM\nMe\n',
      'Jan 01, 2024 12:00:00 AM x\n\n',
    ];
    const pieces = fc.constantFrom(
      '\n',
      '\r\n',
      '    ',
      'Loved by Sam',
      'Reactions:',
      'Me',
      'May 17, 2022  5:29:42 PM',
      'x',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...prefixes),
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }),
          fc.array(pieces, { maxLength: 30 }).map((p) => new TextEncoder().encode(p.join(''))),
        ),
        fc.integer({ min: 1, max: 16 }),
        async (prefix, tail, chunk) => {
          const head = new TextEncoder().encode(prefix);
          const bytes = new Uint8Array(head.length + tail.length);
          bytes.set(head, 0);
          bytes.set(tail, head.length);
          try {
            const conversation = await imessageImporter.parse(singleFileInput('Sam.txt', bytes, chunk), {
              timeZone: 'UTC',
            });
            expect(conversation.messages.length).toBeGreaterThan(0);
          } catch (error) {
            if (!isImportError(error)) throw error;
          }
        },
      ),
      { numRuns: runs },
    );
  });
});
