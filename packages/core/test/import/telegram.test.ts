import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { ImportError } from '../../src/import/errors.ts';
import { detectTelegram, listTelegramChats, telegramImporter } from '../../src/import/formats/telegram/telegram.ts';
import { importConversation } from '../../src/import/import-conversation.ts';
import type { ImportProgress } from '../../src/import/types.ts';
import { bytesSource, singleFileInput } from '../helpers/bytes-source.ts';

const FC_RUNS = Number(process.env.FC_RUNS ?? 10_000);
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'telegram');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const expected = (name: string): unknown => JSON.parse(fixture(name.replace(/\.json$/, '.expected.json')));
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

async function rejection(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ImportError)) throw new Error(`expected an ImportError, got ${String(error)}`);
  return error;
}

describe('telegram golden fixtures', () => {
  test.each([
    'chat-miner__test_single_export.json',
    'chat-miner__test_batch_export.json',
    'ours__full_account_result.json',
    '2A_8M_full-account-four-chats.json',
    '3A_3M_group-service-events.json',
  ])('%s', async (name) => {
    for (const chunkSize of [undefined, 7]) {
      const conversation = await telegramImporter.parse(singleFileInput(name, fixture(name), chunkSize), {});
      expect(plain(conversation)).toEqual(expected(name));
    }
  });
});

describe('telegram full-account exports', () => {
  const account = fixture('2A_8M_full-account-four-chats.json');

  it('takes the only personal chat by itself, with self and partner hints', async () => {
    const conversation = await telegramImporter.parse(singleFileInput('result.json', account), {});
    expect(conversation.title).toBe('Sam');
    expect(conversation.selfHint).toBe('user111');
    expect(conversation.partnerHint).toBe('user222');
    expect(conversation.messages.map((m) => m.kind)).toEqual([
      'text',
      'text',
      'media',
      'media',
      'call',
      'text',
      'media',
    ]);
    expect(conversation.events?.map((e) => [e.actor, e.kind])).toEqual([['Alex Rivera', 'pin']]);
  });

  test.each([
    ['Book club', 'Book club', 1],
    ['333', 'Book club', 1],
    ['old running GROUP', 'Old running group', 2],
    ['555', 'Old running group', 2],
  ])('options.chat %j picks %s', async (chat, title, count) => {
    const conversation = await telegramImporter.parse(singleFileInput('result.json', account, 13), { chat });
    expect(conversation.title).toBe(title);
    expect(conversation.messages).toHaveLength(count);
    expect(conversation.partnerHint).toBeUndefined();
  });

  it('a chat that is not there gives no-chat listing every chat', async () => {
    const error = await rejection(telegramImporter.parse(singleFileInput('result.json', account), { chat: 'Jo' }));
    expect(error.code).toBe('no-chat');
    for (const name of ['Sam', 'Book club', 'Saved Messages', 'Old running group'])
      expect(error.message).toContain(name);
  });

  it('two personal chats and no choice give no-chat', async () => {
    const twoPersonal = account.replace('"type": "private_group"', '"type": "personal_chat"');
    const error = await rejection(telegramImporter.parse(singleFileInput('result.json', twoPersonal), {}));
    expect(error.code).toBe('no-chat');
    expect(error.message).toContain('Sam (id 222, 8 messages)');
    expect(error.message).toContain('Book club (id 333, 1 message)');
  });

  it('an empty chosen chat is an empty import, not a silent success', async () => {
    const error = await rejection(
      telegramImporter.parse(singleFileInput('result.json', account), { chat: 'Saved Messages' }),
    );
    expect(error.code).toBe('empty');
  });

  it('lists the chats with their message counts', async () => {
    expect(await listTelegramChats(singleFileInput('result.json', account, 5))).toEqual([
      { id: '222', name: 'Sam', messages: 8 },
      { id: '333', name: 'Book club', messages: 1 },
      { id: '111', name: 'Saved Messages', messages: 0 },
      { id: '555', name: 'Old running group', messages: 2 },
    ]);
    const single = fixture('chat-miner__test_single_export.json');
    expect(await listTelegramChats(singleFileInput('result.json', single))).toEqual([
      { id: '', name: 'Telegram chat', messages: 2 },
    ]);
  });

  it('reports progress while reading', async () => {
    const seen: ImportProgress[] = [];
    await telegramImporter.parse(singleFileInput('result.json', account, 256), { onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(4);
    expect(seen.at(-1)?.bytes).toBe(new TextEncoder().encode(account).length);
  });

  it('reads result.json among the media files of an export folder', async () => {
    const input = {
      name: 'Telegram Export',
      files: [
        bytesSource('photos/photo_1.jpg', new Uint8Array([0xff, 0xd8, 0xff])),
        bytesSource('result.json', account),
      ],
    };
    expect((await telegramImporter.parse(input, {})).title).toBe('Sam');
  });
});

describe('telegram message details', () => {
  const chat = (messages: unknown[]): string => JSON.stringify({ name: 'Sam', type: 'personal_chat', id: 9, messages });

  it('prefers date_unixtime over the zoneless date, which it reads in the chosen zone with a warning', async () => {
    const conversation = await telegramImporter.parse(
      singleFileInput(
        'result.json',
        chat([
          { id: 1, type: 'message', date: '2024-01-01T10:00:00', date_unixtime: '1704067200', from: 'Sam', text: 'a' },
          { id: 2, type: 'message', date: '2024-07-01T10:00:00', from: 'Sam', text: 'b' },
          { id: 3, type: 'message', from: 'Sam', text: 'no time' },
          { id: 4, type: 'message', date: '2024-02-30T10:00:00', from: 'Sam', text: 'no such day' },
        ]),
      ),
      { timeZone: 'Europe/Berlin' },
    );
    expect(conversation.messages.map((m) => m.at)).toEqual([1704067200000, Date.UTC(2024, 6, 1, 8)]);
    expect(conversation.warnings).toEqual([
      '1 time had no time zone and was read in the chosen or local time zone',
      '2 messages had no readable time and were skipped',
    ]);
  });

  it('sorts out-of-order messages stably by time', async () => {
    const conversation = await telegramImporter.parse(
      singleFileInput(
        'result.json',
        chat([
          { id: 1, type: 'message', date_unixtime: '20', from: 'Sam', text: 'late' },
          { id: 2, type: 'message', date_unixtime: '10', from: 'Sam', text: 'early' },
          { id: 3, type: 'message', date_unixtime: '20', from: 'Sam', text: 'late too' },
        ]),
      ),
      {},
    );
    expect(conversation.messages.map((m) => m.text)).toEqual(['early', 'late', 'late too']);
  });

  it('turns lone surrogates into U+FFFD with a warning', async () => {
    const text =
      '{"name":"Sam","messages":[{"id":1,"type":"message","date_unixtime":"1","from":"Sam","text":"hi \\ud800"}]}';
    const conversation = await telegramImporter.parse(singleFileInput('result.json', text), {});
    expect(conversation.messages[0]?.text).toBe('hi \ufffd');
    expect(conversation.warnings).toEqual(['1 broken character was replaced with \ufffd']);
  });

  it('treats __proto__ in a message as data', async () => {
    const text =
      '{"name":"Sam","messages":[{"__proto__":{"polluted":true},"id":1,"type":"message","date_unixtime":"1","from":"Sam","text":"x"}]}';
    const conversation = await telegramImporter.parse(singleFileInput('result.json', text), {});
    expect(conversation.messages).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test.each([
    [
      'truncated',
      'malformed',
      '{"name":"Sam","messages":[{"id":1,"type":"message","date_unixtime":"1","from":"Sam","te',
    ],
    ['too deep', 'too-deep', `{"messages":[${'['.repeat(1_000_000)}`],
    ['not UTF-8', 'invalid-utf8', new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xfe, 0x22, 0x7d])],
    ['not JSON', 'malformed', 'hello, this is a text file'],
    ['no messages', 'empty', '{"name":"Sam"}'],
  ])('%s → %s', async (_, code, content) => {
    const error = await rejection(telegramImporter.parse(singleFileInput('result.json', content, 1000), {}));
    expect(error.code).toBe(code);
  });
});

describe('telegram detect', () => {
  test.each([
    ['result.json', 0.9, fixture('ours__full_account_result.json').slice(0, 400)],
    ['export.json', 0.9, fixture('2A_8M_full-account-four-chats.json')],
    ['result.json', 0, '{"guild": {}, "channel": {}, "messages": []}'],
    ['message_1.json', 0, '{"participants": [], "messages": [{"sender_name": "A", "timestamp_ms": 1}]}'],
    ['chat.txt', 0, '1/2/24, 10:00 - A: hi'],
  ])('%s scores at least %s when it should, 0 otherwise', (fileName, minimum, head) => {
    const score = detectTelegram({ fileName, head, fileNames: [fileName] });
    if (minimum === 0) expect(score).toBe(0);
    else expect(score).toBeGreaterThanOrEqual(minimum);
  });
});

describe('telegram property', () => {
  it('any bytes or JSON give a conversation or an ImportError, never another exception', async () => {
    const message = fc.record(
      {
        id: fc.oneof(fc.nat(), fc.string()),
        type: fc.constantFrom('message', 'service', 'other'),
        date_unixtime: fc.oneof(fc.nat().map(String), fc.string(), fc.integer()),
        from: fc.oneof(fc.string(), fc.constant(null)),
        from_id: fc.string(),
        text: fc.oneof(
          fc.string(),
          fc.array(fc.oneof(fc.string(), fc.record({ type: fc.string(), text: fc.string() }))),
        ),
        action: fc.constantFrom('phone_call', 'pin_message'),
        duration_seconds: fc.oneof(fc.integer(), fc.string()),
        reply_to_message_id: fc.oneof(fc.nat(), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    const shaped = fc.oneof(
      fc.record({ name: fc.jsonValue(), messages: fc.array(fc.oneof(message, fc.jsonValue())) }, { requiredKeys: [] }),
      fc.record({
        chats: fc.record({ list: fc.array(fc.record({ name: fc.string(), messages: fc.array(message) })) }),
      }),
    );
    const content = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      shaped.map((v) => JSON.stringify(v)),
      shaped.chain((v) => fc.nat({ max: JSON.stringify(v).length }).map((cut) => JSON.stringify(v).slice(0, cut))),
    );
    await fc.assert(
      fc.asyncProperty(content, fc.integer({ min: 1, max: 64 }), async (bytes, chunkSize) => {
        try {
          const conversation = await telegramImporter.parse(singleFileInput('result.json', bytes, chunkSize), {});
          expect(conversation.messages.length).toBeGreaterThan(0);
          for (let i = 1; i < conversation.messages.length; i++) {
            expect(conversation.messages[i - 1]?.at ?? 0).toBeLessThanOrEqual(conversation.messages[i]?.at ?? 0);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: FC_RUNS },
    );
  });
});

describe('telegram through importConversation', () => {
  test.each([
    '2A_8M_full-account-four-chats.json',
    'ours__full_account_result.json',
    'chat-miner__test_single_export.json',
  ])('%s is detected as Telegram and read', async (name) => {
    const conversation = await importConversation(singleFileInput(`export/${name}`, fixture(name), 4096), {});
    expect(plain(conversation)).toEqual(expected(name));
  });
});
