import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { ImportError } from '../../src/import/errors.ts';
import { instagramImporter } from '../../src/import/formats/instagram/instagram.ts';
import { messengerImporter } from '../../src/import/formats/messenger/messenger.ts';
import { importConversation } from '../../src/import/import-conversation.ts';
import { bytesSource, singleFileInput } from '../helpers/bytes-source.ts';

const FC_RUNS = Number(process.env.FC_RUNS ?? 10_000);
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'instagram');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const expected = (name: string): unknown => JSON.parse(fixture(name.replace(/\.json$/, '.expected.json')));
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('instagram golden fixtures', () => {
  test.each(['chat-miner__test_export.json', '2A_5M_reactions-share.json'])('%s', async (name) => {
    for (const chunkSize of [undefined, 4]) {
      const conversation = await instagramImporter.parse(singleFileInput(name, fixture(name), chunkSize), {});
      expect(plain(conversation)).toEqual(expected(name));
    }
  });
});

describe('instagram details', () => {
  it('repairs an emoji in a name and uses the title as the partner', async () => {
    const conversation = await instagramImporter.parse(
      singleFileInput('message_1.json', fixture('2A_5M_reactions-share.json')),
      {},
    );
    expect(conversation.title).toBe('Kai 🌊');
    expect(conversation.partnerHint).toBe(conversation.participants.find((p) => p.name === 'Kai 🌊')?.id);
    expect(conversation.messages.filter((m) => m.kind === 'system')).toHaveLength(0);
    expect(conversation.events?.map((e) => [e.actor, e.kind])).toEqual([
      ['Kai 🌊', 'reaction'],
      ['Kai 🌊', 'reaction'],
      ['Kai 🌊', 'reaction'],
    ]);
    expect(conversation.messages.find((m) => m.kind === 'media')?.text).toBe('https://www.instagram.com/p/EXAMPLE/');
  });

  it('wins detection over Messenger when the path says instagram', () => {
    const probe = {
      fileName: 'your_instagram_activity/messages/inbox/kai_1/message_1.json',
      head: fixture('2A_5M_reactions-share.json'),
      fileNames: ['your_instagram_activity/messages/inbox/kai_1/message_1.json'],
    };
    expect(instagramImporter.detect(probe)).toBeGreaterThan(messengerImporter.detect(probe));
  });

  test.each([
    ['truncated', 'malformed', fixture('2A_5M_reactions-share.json').slice(0, 200)],
    ['a list, not a chat', 'empty', '[1, 2, 3]'],
  ])('%s → %s', async (_, code, content) => {
    const error = await instagramImporter
      .parse(singleFileInput('message_1.json', content), {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe(code);
  });
});

describe('instagram property', () => {
  it('any bytes or JSON give a conversation or an ImportError, never another exception', async () => {
    const message = fc.record(
      {
        sender_name: fc.string({ unit: 'binary' }),
        timestamp_ms: fc.oneof(fc.integer(), fc.double(), fc.jsonValue()),
        content: fc.oneof(fc.string({ unit: 'binary' }), fc.constant('Liked a message')),
        share: fc.record({ link: fc.jsonValue() }, { requiredKeys: [] }),
        reactions: fc.array(fc.record({ reaction: fc.jsonValue(), actor: fc.jsonValue() }, { requiredKeys: [] })),
      },
      { requiredKeys: [] },
    );
    const shaped = fc.record({ participants: fc.jsonValue(), messages: fc.array(fc.oneof(message, fc.jsonValue())) });
    const content = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      shaped.map((v) => JSON.stringify(v, null, 1)),
      shaped.chain((v) => fc.nat({ max: JSON.stringify(v).length }).map((cut) => JSON.stringify(v).slice(0, cut))),
    );
    await fc.assert(
      fc.asyncProperty(content, fc.integer({ min: 1, max: 64 }), async (bytes, chunkSize) => {
        try {
          const conversation = await instagramImporter.parse(singleFileInput('message_1.json', bytes, chunkSize), {});
          expect(conversation.format).toBe('instagram');
          expect(conversation.messages.length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: FC_RUNS },
    );
  });
});

describe('instagram through importConversation', () => {
  it('detects an Instagram message file by its folder and reads it', async () => {
    const name = 'your_instagram_activity/messages/inbox/kai_1/message_1.json';
    const conversation = await importConversation(singleFileInput(name, fixture('2A_5M_reactions-share.json')), {});
    expect(plain(conversation)).toEqual(expected('2A_5M_reactions-share.json'));
  });
});

describe('instagram 2018–2019 messages.json (every chat in one array)', () => {
  const OLD = '3A_9M_2018-messages-all-chats.json';
  const input = (chunkSize?: number) => singleFileInput('messages.json', fixture(OLD), chunkSize);

  it('reads the chosen chat, detected without a format', async () => {
    for (const chunkSize of [undefined, 5]) {
      const conversation = await importConversation(input(chunkSize), { chat: 'sam.lee' });
      expect(plain(conversation)).toEqual(expected(OLD));
    }
  });

  it('reads the chosen chat with the format given', async () => {
    const conversation = await importConversation(input(), { format: 'instagram', chat: 'jo.b' });
    expect(conversation.title).toBe('jo.b');
    expect(conversation.messages.map((m) => [m.author, m.kind, m.text])).toEqual([
      ['river.song', 'media', 'ha'],
      ['jo.b', 'text', 'happy new year!'],
    ]);
  });

  it('lists the chats when none is chosen', async () => {
    const error = await importConversation(input(), { format: 'instagram' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('no-chat');
    expect((error as ImportError).message).toContain('3 chats: sam.lee, jo.b, sam.lee & jo.b');
  });

  it('reads a group chat by its people', async () => {
    const conversation = await importConversation(input(), { chat: 'sam.lee & jo.b' });
    expect(conversation.participants.map((p) => p.name)).toEqual(['river.song', 'sam.lee', 'jo.b']);
    expect(conversation.messages).toHaveLength(1);
  });

  it('finds messages.json among the other files of the download', async () => {
    const folder = 'river.song_20190301';
    const files = [
      bytesSource(`${folder}/profile.json`, '{"username": "river.song", "name": "River"}'),
      bytesSource(`${folder}/comments.json`, '{"media_comments": []}'),
      bytesSource(`${folder}/messages.json`, fixture(OLD)),
      bytesSource(`${folder}/likes.json`, '{"media_likes": [["2018-01-01T00:00:00", "sam.lee"]]}'),
    ];
    const conversation = await importConversation({ name: `${folder}.zip`, files }, { chat: 'jo.b' });
    expect([conversation.format, conversation.title, conversation.messages.length]).toEqual(['instagram', 'jo.b', 2]);
  });

  it('reads a file with a single chat without asking', async () => {
    const one = JSON.stringify([(JSON.parse(fixture(OLD)) as unknown[])[1]]);
    const conversation = await importConversation(singleFileInput('messages.json', one), {});
    expect(conversation.format).toBe('instagram');
    expect(conversation.messages).toHaveLength(2);
  });
});
