import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, scoreProbe } from '../../src/import/detect.ts';
import { ImportError } from '../../src/import/errors.ts';
import { IMPORTERS } from '../../src/import/registry.ts';
import type { ByteSource, Importer, ImportInput } from '../../src/import/types.ts';
import { FORMATS, type Format } from '../../src/model.ts';
import { bytesSource, singleFileInput } from '../helpers/bytes-source.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'detect');
const read = (path: string): Uint8Array => readFileSync(join(fixtures, path));

const silence = (importer: Importer): Importer => ({ ...importer, detect: () => 0 });

/** the importers with every `detect` silenced, so that one importer's claim can be tested alone */
const SILENT: Record<Format, Importer> = {
  whatsapp: silence(IMPORTERS.whatsapp),
  telegram: silence(IMPORTERS.telegram),
  messenger: silence(IMPORTERS.messenger),
  instagram: silence(IMPORTERS.instagram),
  discord: silence(IMPORTERS.discord),
  signal: silence(IMPORTERS.signal),
  imessage: silence(IMPORTERS.imessage),
  csv: silence(IMPORTERS.csv),
};

const discordSample = JSON.stringify({
  guild: { id: '1', name: 'Direct Messages' },
  channel: { id: '2', type: 'DirectTextChat', name: 'Sam' },
  messages: [
    {
      id: '10',
      type: 'Default',
      timestamp: '2024-01-01T21:41:00+01:00',
      content: 'hello',
      author: { id: '7', name: 'alex', nickname: 'Alex', isBot: false },
    },
  ],
});

async function errorOf(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

const folderInput = (name: string, files: Record<string, string>): ImportInput => ({
  name,
  files: Object.entries(files).map(([path, content]) => bytesSource(path, content)),
});

describe('detectFormat on the shared sample exports', () => {
  it.each<[string, Format]>([
    ['whatsapp/chat-miner__test_[mmddyy]_24hrs.txt', 'whatsapp'],
    ['whatsapp/chat-miner__test_ddmmyy_24hrs.txt', 'whatsapp'],
    ['whatsapp/chat-miner__test_mmddyy_24hrs.txt', 'whatsapp'],
    ['whatsapp/chat-miner__test_mmddyyyy_12hrs.txt', 'whatsapp'],
    ['whatsapp/chat-miner__test_yyyymmdd_24hrs.txt', 'whatsapp'],
    ['whatsapp/ours__WhatsApp Chat with Sam.txt', 'whatsapp'],
    ['whatsapp/whatsapp-chat-parser__short-chat.txt', 'whatsapp'],
    ['telegram/chat-miner__test_batch_export.json', 'telegram'],
    ['telegram/chat-miner__test_single_export.json', 'telegram'],
    ['telegram/ours__full_account_result.json', 'telegram'],
    ['messenger/ours__e2ee_style.json', 'messenger'],
    ['messenger/ours__mojibake_message_1.json', 'messenger'],
    ['instagram/chat-miner__test_export.json', 'instagram'],
    ['signal/chat-miner__test_export.txt', 'signal'],
    ['signal/ours__signal-export-chat.md', 'signal'],
    ['signal/ours__signal-export-data.jsonl', 'signal'],
    ['signal/ours__sigtop-text.txt', 'signal'],
    ['signal/ours__sigtop-text-short.txt', 'signal'],
    ['imessage/ours__imessage-exporter-style_Sam.txt', 'imessage'],
    ['csv/ours__generic.csv', 'csv'],
  ])('%s is %s', async (path, format) => {
    const input = { name: path, files: [bytesSource(path.split('/')[1] ?? path, read(path), 97)] };
    const detection = await detectFormat(input);
    expect(detection.format).toBe(format);
    expect(detection.files).toEqual(input.files);
  });

  it('reads a DiscordChatExporter JSON as discord', async () => {
    expect((await detectFormat(singleFileInput('Direct Messages - Sam.json', discordSample))).format).toBe('discord');
  });
});

describe('near misses', () => {
  it.each<[string, string | Uint8Array, string]>([
    ['an expected-parse list', read('whatsapp/chat-miner__target.json'), 'unknown-format'],
    [
      'WhatsApp lines quoted inside JSON Lines',
      read('whatsapp/whatsapp-chat-parser__inline-formats.jsonl'),
      'unknown-format',
    ],
    ['a README', '# Notes\n\nThings to say to Sam on Friday.\n', 'unknown-format'],
    ['a CSV of something else', 'id,price,quantity\n1,2.50,3\n', 'unknown-format'],
    ['JSON with no messages', '{"name": "Sam", "type": "personal_chat", "id": 1}', 'unknown-format'],
    ['binary noise', new Uint8Array([0, 1, 2, 3, 0xff, 0xfe, 0x80, 0, 0, 7, 8, 9]), 'unknown-format'],
    ['an empty file', '', 'empty'],
    ['only blank lines', '\n\r\n  \n', 'empty'],
  ])('%s is refused', async (_label, content, code) => {
    const error = await errorOf(detectFormat(singleFileInput('export.txt', content)));
    expect(error.code).toBe(code);
  });

  it('lists the formats it reads when nothing fits', async () => {
    const error = await errorOf(detectFormat(singleFileInput('notes.txt', 'hello there\n')));
    for (const app of ['WhatsApp', 'Telegram', 'Messenger', 'Instagram', 'Discord', 'Signal', 'iMessage', 'CSV']) {
      expect(error.message).toContain(app);
    }
    expect(error.message).toContain('"hello there"');
  });

  it('tells a WhatsApp export from a Signal one with the same header by its name', async () => {
    const text = '[2024-01-01 21:41:00] Alex: hello\n[2024-01-01 21:50:12] Sam: hey\n';
    expect((await detectFormat(singleFileInput('_chat.txt', text))).format).toBe('whatsapp');
    expect((await detectFormat(singleFileInput('chat.md', text))).format).toBe('signal');
  });

  it('on a tie prefers the more specific format and warns', async () => {
    const json =
      '{"participants": [{"name": "Sam"}], "messages": [{"sender_name": "Sam", "timestamp_ms": 1, "content": "hi"}]}';
    const detection = await detectFormat(singleFileInput('message_1.json', json));
    expect(detection.format).toBe('messenger');
    expect(detection.warnings).toHaveLength(1);
    expect(detection.warnings[0]).toContain('Instagram');
    expect(detection.warnings[0]).toContain('format name "instagram"');
  });

  it('does not warn when one format clearly wins', async () => {
    const detection = await detectFormat(singleFileInput('chat.csv', read('csv/ours__generic.csv')));
    expect(detection.warnings).toEqual([]);
  });
});

describe('zips and folders', () => {
  it('picks the chat text among media and other files', async () => {
    const input = folderInput('WhatsApp Chat with Sam.zip', {
      'IMG-20240101-WA0001.jpg': '\u00ff\u00d8 not text',
      'notes.txt': 'not a chat at all',
      'WhatsApp Chat with Sam.txt': '12/31/23, 9:41 PM - Alex: hello\n',
    });
    const detection = await detectFormat(input);
    expect(detection.format).toBe('whatsapp');
    expect(detection.files.map((f) => f.name)).toEqual(['WhatsApp Chat with Sam.txt']);
  });

  const messengerPart = (content: string): string =>
    JSON.stringify({
      participants: [{ name: 'Sam' }, { name: 'Alex' }],
      messages: [{ sender_name: 'Sam', timestamp_ms: 1704182400000, content }],
    });

  it("gives Messenger's message_N.json parts in numeric order", async () => {
    const input = folderInput('facebook-alex.zip', {
      'messages/inbox/sam_1/message_10.json': messengerPart('ten'),
      'messages/inbox/sam_1/message_2.json': messengerPart('two'),
      'messages/inbox/sam_1/message_1.json': messengerPart('one'),
      'messages/inbox/sam_1/photos/1.jpg': 'jpeg',
    });
    const detection = await detectFormat(input);
    expect(detection.format).toBe('messenger');
    expect(detection.files.map((f) => f.name.split('/').pop())).toEqual([
      'message_1.json',
      'message_2.json',
      'message_10.json',
    ]);
  });

  it('asks which chat when a folder holds several, and takes --chat', async () => {
    const input = folderInput('instagram-alex.zip', {
      'your_instagram_activity/messages/inbox/sam_1/message_1.json': messengerPart('sam'),
      'your_instagram_activity/messages/inbox/jo_2/message_1.json': messengerPart('jo'),
    });
    const error = await errorOf(detectFormat(input));
    expect(error.code).toBe('no-chat');
    expect(error.message).toContain('sam_1');
    expect(error.message).toContain('jo_2');
    const chosen = await detectFormat(input, { chat: 'jo' });
    expect(chosen.format).toBe('instagram');
    expect(chosen.files.map((f) => f.name)).toEqual(['your_instagram_activity/messages/inbox/jo_2/message_1.json']);
  });

  it('refuses a folder with no text files', async () => {
    const error = await errorOf(detectFormat(folderInput('photos', { 'a.jpg': 'x', 'b.png': 'y' })));
    expect(error.code).toBe('empty');
  });
});

describe('options and importers', () => {
  it('uses the format it is given, even against the content', async () => {
    const input = singleFileInput('chat.txt', '12/31/23, 9:41 PM - Alex: hello\n');
    expect((await detectFormat(input, { format: 'csv' })).format).toBe('csv');
  });

  it("consults an importer's own detect", async () => {
    const eager: Record<Format, Importer> = { ...SILENT, discord: { ...SILENT.discord, detect: () => 0.99 } };
    const input = singleFileInput('odd.log', 'something only the discord importer understands');
    expect((await detectFormat(input, { importers: eager })).format).toBe('discord');
  });

  it('survives an importer whose detect throws', async () => {
    const broken: Record<Format, Importer> = {
      ...IMPORTERS,
      telegram: {
        ...IMPORTERS.telegram,
        detect: () => {
          throw new Error('boom');
        },
      },
    };
    const input = singleFileInput('chat.csv', read('csv/ours__generic.csv'));
    expect((await detectFormat(input, { importers: broken })).format).toBe('csv');
  });

  it('reads at most 64 KiB of a file to decide', async () => {
    let served = 0;
    const endless: ByteSource = {
      name: '_chat.txt',
      async *chunks() {
        const line = new TextEncoder().encode('12/31/23, 9:41 PM - Alex: hello\n'.repeat(512));
        for (;;) {
          served += line.length;
          yield line;
        }
      },
    };
    const detection = await detectFormat({ name: '_chat.txt', files: [endless] });
    expect(detection.format).toBe('whatsapp');
    expect(served).toBeLessThan(64 * 1024 + 32 * 512);
  });
});

describe('scoreProbe', () => {
  it('keeps every score between 0 and 1 for any text and name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 30 }), (head, fileName) => {
        const scores = scoreProbe({ fileName, head, fileNames: [fileName] }, fileName);
        return FORMATS.every((f) => scores[f] >= 0 && scores[f] <= 1);
      }),
      { numRuns: 2000 },
    );
  });
});
