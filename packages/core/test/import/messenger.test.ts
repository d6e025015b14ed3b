import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { ImportError } from '../../src/import/errors.ts';
import { messengerImporter } from '../../src/import/formats/messenger/messenger.ts';
import { importConversation } from '../../src/import/import-conversation.ts';
import type { ImportInput } from '../../src/import/types.ts';
import { bytesSource, singleFileInput } from '../helpers/bytes-source.ts';

const FC_RUNS = Number(process.env.FC_RUNS ?? 10_000);
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'messenger');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const expected = (name: string): unknown => JSON.parse(fixture(`${name.replace(/\.json$/, '')}.expected.json`));
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const SPLIT = '2A_12M_split';
const splitInput = (order: readonly string[], chunkSize?: number): ImportInput => ({
  name: `inbox/${SPLIT}`,
  files: order.map((name) => bytesSource(`inbox/${SPLIT}/${name}`, fixture(`${SPLIT}/${name}`), chunkSize)),
});

describe('messenger golden fixtures', () => {
  test.each([
    ['message_1.json', 'message_2.json'],
    ['message_2.json', 'message_1.json'],
  ])('a chat split over two files, given as %s then %s', async (...order) => {
    for (const chunkSize of [undefined, 5]) {
      const conversation = await messengerImporter.parse(splitInput(order, chunkSize), {});
      expect(plain(conversation)).toEqual(expected(SPLIT));
    }
  });

  test.each(['ours__e2ee_style.json', 'ours__mojibake_message_1.json'])('%s', async (name) => {
    const conversation = await messengerImporter.parse(singleFileInput(name, fixture(name), 3), {});
    expect(plain(conversation)).toEqual(expected(name));
  });
});

describe('messenger details', () => {
  it('repairs mojibake but leaves correct accents and emoji alone', async () => {
    const conversation = await messengerImporter.parse(splitInput(['message_1.json', 'message_2.json']), {});
    const texts = conversation.messages.map((m) => m.text);
    expect(texts).toContain("C'était un bel été 😊");
    expect(texts).toContain('naïve ☕ and été already fine');
    expect(conversation.participants.map((p) => p.name)).toEqual(['René Dupré', 'Sam Lee']);
  });

  it('makes reactions and likes events, not words', async () => {
    const conversation = await messengerImporter.parse(splitInput(['message_1.json', 'message_2.json']), {});
    expect(conversation.messages.filter((m) => m.kind === 'system')).toEqual([]);
    const events = conversation.events?.map((e) => [e.actor, e.kind, e.text.trim()]);
    expect(events).toEqual([
      ['René Dupré', 'reaction', 'Sam Lee liked a message'],
      ['Sam Lee', 'reaction', 'Reacted ❤'],
      ['Sam Lee', 'reaction', 'Reacted ❤ to your message'],
    ]);
  });

  it('keeps equal times in the order they were written', async () => {
    const conversation = await messengerImporter.parse(splitInput(['message_2.json', 'message_1.json']), {});
    expect(conversation.messages.slice(0, 2).map((m) => m.text)).toEqual([
      'Bonjour à toi',
      'same second, written after',
    ]);
  });

  test.each([
    ['truncated', 'malformed', fixture(`${SPLIT}/message_1.json`).slice(0, 300)],
    ['no messages', 'empty', '{"participants": [{"name": "A"}], "messages": []}'],
    ['too deep', 'too-deep', `{"messages": ${'['.repeat(100_000)}`],
    ['not UTF-8', 'invalid-utf8', new Uint8Array([0x7b, 0x7d, 0xff])],
  ])('%s → %s', async (_, code, content) => {
    const error = await messengerImporter
      .parse(singleFileInput('message_1.json', content), {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe(code);
  });

  test.each([
    ['message_1.json', 0.85, fixture(`${SPLIT}/message_1.json`)],
    ['message_1.json', 0.85, fixture('ours__e2ee_style.json')],
    ['result.json', 0, '{"name": "Sam", "messages": [{"date_unixtime": "1", "from_id": "user1"}]}'],
  ])('detect %s scores at least %s (0: exactly 0)', (fileName, minimum, head) => {
    const score = messengerImporter.detect({ fileName, head, fileNames: [fileName] });
    if (minimum === 0) expect(score).toBe(0);
    else expect(score).toBeGreaterThanOrEqual(minimum);
  });
});

describe('messenger property', () => {
  it('any bytes or JSON give a conversation or an ImportError, never another exception', async () => {
    const message = fc.record(
      {
        sender_name: fc.oneof(fc.string(), fc.jsonValue()),
        senderName: fc.string(),
        timestamp_ms: fc.oneof(fc.integer(), fc.double(), fc.string()),
        timestamp: fc.integer(),
        content: fc.oneof(fc.string({ unit: 'binary' }), fc.jsonValue()),
        photos: fc.array(fc.jsonValue(), { maxLength: 2 }),
        share: fc.jsonValue(),
        reactions: fc.oneof(fc.array(fc.record({ reaction: fc.string(), actor: fc.string() })), fc.jsonValue()),
        call_duration: fc.oneof(fc.integer(), fc.double()),
        is_unsent: fc.boolean(),
        type: fc.oneof(fc.string(), fc.constantFrom('Call', 'Subscribe')),
      },
      { requiredKeys: [] },
    );
    const shaped = fc.record(
      {
        participants: fc.array(fc.oneof(fc.record({ name: fc.string() }), fc.string())),
        messages: fc.array(message),
        title: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    const content = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      shaped.map((v) => JSON.stringify(v)),
      shaped.chain((v) => fc.nat({ max: JSON.stringify(v).length }).map((cut) => JSON.stringify(v).slice(0, cut))),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(content, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 64 }),
        async (files, chunkSize) => {
          const input = {
            name: 'inbox/x',
            files: files.map((f, i) => bytesSource(`inbox/x/message_${i + 1}.json`, f, chunkSize)),
          };
          try {
            const conversation = await messengerImporter.parse(input, {});
            expect(conversation.messages.length).toBeGreaterThan(0);
            for (let i = 1; i < conversation.messages.length; i++) {
              expect(conversation.messages[i - 1]?.at ?? 0).toBeLessThanOrEqual(conversation.messages[i]?.at ?? 0);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(ImportError);
          }
        },
      ),
      { numRuns: FC_RUNS },
    );
  });
});

describe('messenger through importConversation', () => {
  it('detects a chat folder of message_N.json files and reads them all', async () => {
    const input = {
      name: 'facebook-export',
      files: [
        bytesSource(
          'your_facebook_activity/messages/inbox/samlee_1/message_2.json',
          fixture(`${SPLIT}/message_2.json`),
        ),
        bytesSource(
          'your_facebook_activity/messages/inbox/samlee_1/message_1.json',
          fixture(`${SPLIT}/message_1.json`),
        ),
      ],
    };
    const conversation = await importConversation(input, {});
    expect(conversation.format).toBe('messenger');
    expect(conversation.messages).toHaveLength((expected(SPLIT) as { messages: unknown[] }).messages.length);
  });
});
