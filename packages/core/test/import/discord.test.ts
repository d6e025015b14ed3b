import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { ImportError } from '../../src/import/errors.ts';
import { detectDiscord, discordImporter } from '../../src/import/formats/discord/discord.ts';
import { importConversation } from '../../src/import/import-conversation.ts';
import { WarningCounts } from '../../src/import/json-fields.ts';
import { singleFileInput } from '../helpers/bytes-source.ts';

const FC_RUNS = Number(process.env.FC_RUNS ?? 10_000);
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'discord');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const expected = (name: string): unknown => JSON.parse(fixture(name.replace(/\.json$/, '.expected.json')));
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('discord golden fixtures', () => {
  test.each(['2A_5M_dm-reply-call.json', '2A_2M_no-content.json', '3A_4M_guild-events-repeated-id.json'])(
    '%s',
    async (name) => {
      for (const chunkSize of [undefined, 9]) {
        const conversation = await discordImporter.parse(singleFileInput(name, fixture(name), chunkSize), {});
        expect(plain(conversation)).toEqual(expected(name));
      }
    },
  );
});

describe('discord details', () => {
  const dm = fixture('2A_5M_dm-reply-call.json');

  it('reads offsets, replies, calls, attachments and nicknames', async () => {
    const conversation = await discordImporter.parse(singleFileInput('dm.json', dm), {});
    const [first, reply, call, photo] = conversation.messages;
    expect(first?.at).toBe(Date.UTC(2024, 3, 1, 19, 0, 0, 123));
    expect(reply?.replyTo).toBe(first?.sourceId);
    expect(reply?.edited).toBe(true);
    expect(call).toMatchObject({ kind: 'call', durationSeconds: 1950 });
    expect(photo).toMatchObject({ kind: 'media', text: '[attachment: sunset.jpg]' });
    expect(conversation.participants).toEqual([
      { id: '800000000000000001', name: 'Alex' },
      { id: '800000000000000002', name: 'Robin' },
    ]);
    expect(conversation.partnerHint).toBe('800000000000000002');
    expect(conversation.warnings).toEqual([]);
  });

  it('warns when every message lacks content', async () => {
    const conversation = await discordImporter.parse(
      singleFileInput('general.json', fixture('2A_2M_no-content.json')),
      {},
    );
    expect(conversation.warnings).toHaveLength(1);
    expect(conversation.warnings[0]).toContain('permission');
  });

  test.each([
    ['2024-04-01T21:00:00.1234567+02:00', Date.UTC(2024, 3, 1, 19, 0, 0, 123)],
    ['2024-04-01T21:00:00.5+02:00', Date.UTC(2024, 3, 1, 19, 0, 0, 500)],
    ['2024-04-01T21:00:00-00:30', Date.UTC(2024, 3, 1, 21, 30)],
    ['2024-04-01T21:00Z', Date.UTC(2024, 3, 1, 21)],
  ])('reads the time %s', async (timestamp, at) => {
    const text = dm.replace('"2024-04-01T21:00:00.123+02:00"', JSON.stringify(timestamp));
    const conversation = await discordImporter.parse(singleFileInput('dm.json', text), {});
    expect(conversation.messages.map((m) => m.at)).toContain(at);
  });

  it('skips a time without an offset and says so', async () => {
    const text = dm.replace('"2024-04-01T21:00:00.123+02:00"', '"2024-04-01T21:00:00"');
    const conversation = await discordImporter.parse(singleFileInput('dm.json', text), {});
    expect(conversation.messages).toHaveLength(3);
    expect(conversation.events).toHaveLength(1);
    expect(conversation.warnings).toEqual(['1 message had no readable time and was skipped']);
  });

  test.each([
    ['truncated', 'malformed', dm.slice(0, 1500)],
    ['empty object', 'empty', '{}'],
  ])('%s → %s', async (_, code, content) => {
    const error = await discordImporter.parse(singleFileInput('dm.json', content), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe(code);
  });

  test.each([
    ['dm.json', 0.95, dm.slice(0, 500)],
    ['result.json', 0, '{"name": "Sam", "messages": [{"date_unixtime": "1"}]}'],
  ])('detect %s scores at least %s (0: exactly 0)', (fileName, minimum, head) => {
    const score = detectDiscord({ fileName, head, fileNames: [fileName] });
    if (minimum === 0) expect(score).toBe(0);
    else expect(score).toBeGreaterThanOrEqual(minimum);
  });
});

describe('discord property', () => {
  it('any bytes or JSON give a conversation or an ImportError, never another exception', async () => {
    const time = fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.string(),
      fc.jsonValue(),
    );
    const message = fc.record(
      {
        id: fc.oneof(fc.string(), fc.jsonValue()),
        type: fc.constantFrom('Default', 'Reply', 'Call', 'RecipientAdd', ''),
        timestamp: time,
        callEndedTimestamp: time,
        timestampEdited: time,
        content: fc.oneof(fc.string(), fc.jsonValue()),
        author: fc.oneof(
          fc.record({ id: fc.string(), name: fc.string(), nickname: fc.jsonValue() }, { requiredKeys: [] }),
          fc.jsonValue(),
        ),
        attachments: fc.oneof(fc.array(fc.record({ fileName: fc.jsonValue() })), fc.jsonValue()),
        reference: fc.oneof(fc.record({ messageId: fc.jsonValue() }), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    const shaped = fc.record(
      { guild: fc.jsonValue(), channel: fc.jsonValue(), messages: fc.array(message) },
      { requiredKeys: [] },
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
          const conversation = await discordImporter.parse(singleFileInput('dm.json', bytes, chunkSize), {});
          expect(conversation.messages.length).toBeGreaterThan(0);
          for (const m of conversation.messages) expect(Number.isFinite(m.at)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: FC_RUNS },
    );
  });
});

describe('counted warnings', () => {
  test.each([
    [[['no-time', 1]], ['1 message had no readable time and was skipped']],
    [
      [
        ['no-time', 2],
        ['not-a-message', 1],
      ],
      ['2 messages had no readable time and were skipped', '1 entry was not a message and skipped'],
    ],
    [[['broken-characters', 0]], []],
    [
      [
        ['zoneless-time', 3],
        ['zoneless-time', 1],
      ],
      ['4 times had no time zone and were read in the chosen or local time zone'],
    ],
  ] as const)('%j → %j', (adds, texts) => {
    const counts = new WarningCounts();
    for (const [kind, times] of adds) counts.add(kind, times);
    expect(counts.texts()).toEqual(texts);
  });
});

describe('discord through importConversation', () => {
  test.each(['2A_5M_dm-reply-call.json', '2A_2M_no-content.json'])(
    '%s is detected as Discord and read',
    async (name) => {
      const conversation = await importConversation(singleFileInput(`exports/${name}`, fixture(name)), {});
      expect(plain(conversation)).toEqual(expected(name));
    },
  );
});
