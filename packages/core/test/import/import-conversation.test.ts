import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/import/errors.ts';
import {
  displayFileName,
  importConversation,
  importConversationWith,
  summarizeConversation,
} from '../../src/import/import-conversation.ts';
import { IMPORTERS } from '../../src/import/registry.ts';
import type { ByteSource, Importer, ImportInput, ImportProgress } from '../../src/import/types.ts';
import {
  asEpochMs,
  asParticipantId,
  type Conversation,
  type Format,
  type Message,
  type Participant,
} from '../../src/model.ts';
import { findParticipant, mergeParticipants, ParticipantError, resolveParticipants } from '../../src/participants.ts';
import { bytesSource, singleFileInput } from '../helpers/bytes-source.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'detect');
const samples: Uint8Array[] = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
  .filter((path) => /\.(?:txt|json|jsonl|md|csv)$/.test(path) && !path.startsWith('LICENSES'))
  .map((path) => new Uint8Array(readFileSync(join(fixtures, path))));

const alex: Participant = { id: asParticipantId('alex'), name: 'Alex' };
const sam: Participant = { id: asParticipantId('sam'), name: 'Sam' };
const jo: Participant = { id: asParticipantId('jo'), name: 'Jo' };

const message = (at: number, author: Participant | null, text = 'hi'): Message => ({
  at: asEpochMs(at),
  author: author?.id ?? null,
  text,
  kind: author ? 'text' : 'system',
});

const conversation = (overrides: Partial<Conversation> = {}): Conversation => ({
  format: 'csv',
  title: null,
  participants: [alex, sam],
  messages: [message(1000, alex), message(2000, sam), message(3000, sam)],
  warnings: [],
  ...overrides,
});

/** the real importers, except that csv's is `parse` and claims every file */
const withCsv = (parse: Importer['parse']): Record<Format, Importer> => {
  const silent = (importer: Importer): Importer => ({ ...importer, detect: () => 0 });
  return {
    whatsapp: silent(IMPORTERS.whatsapp),
    telegram: silent(IMPORTERS.telegram),
    messenger: silent(IMPORTERS.messenger),
    instagram: silent(IMPORTERS.instagram),
    discord: silent(IMPORTERS.discord),
    signal: silent(IMPORTERS.signal),
    imessage: silent(IMPORTERS.imessage),
    csv: { ...IMPORTERS.csv, detect: () => 1, parse },
  };
};

async function errorOf(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

function checkConversation(c: Conversation): void {
  expect(c.messages.length).toBeGreaterThan(0);
  for (let i = 1; i < c.messages.length; i++) {
    expect(c.messages[i]?.at).toBeGreaterThanOrEqual(c.messages[i - 1]?.at ?? 0);
  }
  for (const m of c.messages) {
    expect(Number.isFinite(m.at)).toBe(true);
    expect(/[\uD800-\uDFFF]/u.test(m.text)).toBe(false);
  }
}

describe('importConversation on anything', () => {
  const names = fc.oneof(
    fc.constantFrom('_chat.txt', 'result.json', 'message_1.json', 'chat.md', 'data.json', 'export.csv', 'x.txt'),
    fc.constantFrom('WhatsApp Chat with Sam.txt', 'Direct Messages - Sam.json', 'Sam.txt', 'archive'),
    fc.string({ maxLength: 20 }),
  );
  const mutatedSample = fc
    .record({
      sample: fc.constantFrom(...samples),
      at: fc.nat(),
      cut: fc.nat(),
      noise: fc.uint8Array({ maxLength: 16 }),
    })
    .map(({ sample, at, cut, noise }) => {
      const position = sample.length === 0 ? 0 : at % sample.length;
      const end = Math.max(position, sample.length - (cut % (sample.length + 1)));
      const out = new Uint8Array(end + noise.length);
      out.set(sample.subarray(0, position));
      out.set(noise, position);
      out.set(sample.subarray(position, end), position + noise.length);
      return out;
    });
  const bytes = fc.oneof(fc.uint8Array({ maxLength: 300 }), mutatedSample, fc.constantFrom(...samples));

  it('returns a well-formed conversation or throws an ImportError, never anything else', async () => {
    const runs = Number(process.env.FC_RUNS ?? 10_000);
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(names, bytes, fc.nat({ max: 64 }), async (name, content, chunk) => {
        try {
          checkConversation(await importConversation(singleFileInput(name, content, chunk + 1), { timeZone: 'UTC' }));
          imported++;
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          expect(error.message.length).toBeGreaterThan(0);
          expect(error.message).not.toContain('\n');
        }
      }),
      { numRuns: runs },
    );
    if (runs >= 1000) expect(imported).toBeGreaterThan(runs / 50);
  }, 120_000);
});

describe('importConversation checks and guards', () => {
  const input = singleFileInput('chat.csv', 'timestamp,sender,text\n');

  it('refuses a file larger than the cap before reading a byte', async () => {
    const untouchable: ByteSource = {
      name: 'huge.txt',
      size: 5000,
      chunks: () => {
        throw new Error('must not be read');
      },
    };
    const error = await errorOf(importConversation({ name: 'huge.txt', files: [untouchable] }, { maxBytes: 4999 }));
    expect(error.code).toBe('too-large');
  });

  it('stops a source of unknown size once it passes the cap', async () => {
    const unsized: ByteSource = {
      name: 'chat.csv',
      async *chunks() {
        for (let i = 0; i < 100; i++) yield new TextEncoder().encode('timestamp,sender,text\n');
      },
    };
    const readEverything = withCsv(async (i) => {
      for await (const _ of i.files[0]?.chunks() ?? []) {
        /* drain */
      }
      return conversation();
    });
    const error = await errorOf(
      importConversationWith(readEverything, { name: 'chat.csv', files: [unsized] }, { maxBytes: 500 }),
    );
    expect(error.code).toBe('too-large');
  });

  it('passes ImportErrors through unchanged', async () => {
    const original = new ImportError({ code: 'malformed', file: 'chat.csv', line: 3, expected: 'a time' });
    const error = await errorOf(
      importConversationWith(
        withCsv(async () => {
          throw original;
        }),
        input,
      ),
    );
    expect(error).toBe(original);
  });

  it.each([
    ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'x')")],
    ['a RangeError', new RangeError('Maximum call stack size exceeded')],
    ['a string', 'oops'],
  ])('wraps %s into a one-line malformed ImportError', async (_label, thrown) => {
    const error = await errorOf(
      importConversationWith(
        withCsv(async () => {
          throw thrown;
        }),
        input,
      ),
    );
    expect(error.code).toBe('malformed');
    expect(error.file).toBe('chat.csv');
  });

  it('sorts messages the importer left out of order, keeping equal times stable', async () => {
    const unordered = [
      message(3000, sam, 'c'),
      message(1000, alex, 'a'),
      message(3000, alex, 'd'),
      message(2000, sam, 'b'),
    ];
    const result = await importConversationWith(
      withCsv(async () => conversation({ messages: unordered })),
      input,
    );
    expect(result.messages.map((m) => m.text)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('repairs lone surrogates and says how many messages had them', async () => {
    const broken = [message(1000, alex, 'ok'), message(2000, sam, 'bad \uD800 text'), message(3000, sam, '\uDFFFx')];
    const result = await importConversationWith(
      withCsv(async () => conversation({ messages: broken, participants: [alex, { ...sam, name: 'S\uD83Dam' }] })),
      input,
    );
    expect(result.messages.map((m) => m.text)).toEqual(['ok', 'bad \uFFFD text', '\uFFFDx']);
    expect(result.participants[1]?.name).toBe('S\uFFFDam');
    expect(result.warnings.some((w) => w.startsWith('2 messages'))).toBe(true);
  });

  it('keeps well-paired emoji untouched', async () => {
    const result = await importConversationWith(
      withCsv(async () => conversation({ messages: [message(1, sam, 'hi 😀')] })),
      input,
    );
    expect(result.messages[0]?.text).toBe('hi 😀');
    expect(result.warnings).toEqual([]);
  });

  it.each([
    ['no messages', conversation({ messages: [] }), 'empty'],
    ['a message without a time', conversation({ messages: [message(Number.NaN, sam)] }), 'malformed'],
  ])('refuses %s', async (_label, result, code) => {
    expect(
      (
        await errorOf(
          importConversationWith(
            withCsv(async () => result),
            input,
          ),
        )
      ).code,
    ).toBe(code);
  });

  it('reports progress with bytes read and messages counted', async () => {
    const seen: ImportProgress[] = [];
    const reporting = withCsv(async (i, options) => {
      for await (const _ of i.files[0]?.chunks() ?? [])
        options.onProgress?.({ bytes: 0, totalBytes: undefined, messages: 7 });
      return conversation();
    });
    await importConversationWith(reporting, singleFileInput('chat.csv', 'x'.repeat(100), 10), {
      onProgress: (p) => seen.push(p),
    });
    expect(seen.at(-1)).toEqual({ bytes: 100, totalBytes: 100, messages: 7 });
  });

  it('hands the importer the detected main files only', async () => {
    let given: readonly string[] = [];
    const spy = withCsv(async (i) => {
      given = i.files.map((f) => f.name);
      return conversation();
    });
    const folder: ImportInput = {
      name: 'export',
      files: [bytesSource('photo.jpg', 'x'), bytesSource('chat.csv', 'timestamp,sender,text\n')],
    };
    await importConversationWith(spy, folder);
    expect(given).toEqual(['chat.csv']);
  });
});

describe('summarizeConversation', () => {
  it('counts messages per person in the export order, with ISO times', () => {
    const c = conversation({
      participants: [alex, sam, jo],
      messages: [
        message(Date.UTC(2024, 0, 1, 20, 41), alex),
        message(Date.UTC(2024, 0, 1, 21), null),
        message(Date.UTC(2024, 0, 2), sam),
      ],
      warnings: ['one odd line'],
    });
    expect(summarizeConversation(c)).toEqual({
      format: 'csv',
      messages: 3,
      participants: [
        { name: 'Alex', messages: 1 },
        { name: 'Sam', messages: 1 },
        { name: 'Jo', messages: 0 },
      ],
      first: '2024-01-01T20:41:00.000Z',
      last: '2024-01-02T00:00:00.000Z',
      events: 0,
      eventKinds: {},
      warnings: ['one odd line'],
    });
  });

  it('counts events apart from messages, by kind', () => {
    const c = conversation({
      participants: [alex, sam],
      messages: [message(Date.UTC(2024, 0, 1, 20, 41), alex), message(Date.UTC(2024, 0, 2), sam)],
      events: [
        { at: asEpochMs(Date.UTC(2024, 0, 1, 20, 42)), actor: 'Sam', kind: 'reaction', text: 'Reacted ❤' },
        { at: asEpochMs(Date.UTC(2024, 0, 1, 20, 43)), actor: 'Jo', kind: 'join', text: 'joined' },
        { at: asEpochMs(Date.UTC(2024, 0, 1, 20, 44)), actor: 'Sam', kind: 'reaction', text: 'Reacted 😂' },
      ],
    });
    const summary = summarizeConversation(c);
    expect(summary.messages).toBe(2);
    expect(summary.participants).toEqual([
      { name: 'Alex', messages: 1 },
      { name: 'Sam', messages: 1 },
    ]);
    expect(summary.events).toBe(3);
    expect(summary.eventKinds).toEqual({ reaction: 2, join: 1 });
  });

  it('gives null times for an empty conversation', () => {
    const summary = summarizeConversation(conversation({ messages: [] }));
    expect([summary.first, summary.last, summary.messages]).toEqual([null, null, 0]);
  });
});

describe('resolveParticipants', () => {
  const pair = conversation();
  const group = conversation({
    participants: [alex, sam, jo],
    messages: [message(1, alex), message(2, sam), message(3, jo)],
  });
  it.each<[string, Conversation, { me?: string; partner?: string }, string, string]>([
    ['both named, any case', pair, { me: 'alex', partner: 'SAM' }, 'Alex', 'Sam'],
    ['me named in a pair', pair, { me: 'Sam' }, 'Sam', 'Alex'],
    ['partner named in a pair', pair, { partner: 'Sam' }, 'Alex', 'Sam'],
    ['selfHint', conversation({ selfHint: alex.id }), {}, 'Alex', 'Sam'],
    ["partnerHint's other side", conversation({ partnerHint: sam.id }), {}, 'Alex', 'Sam'],
    ['selfHint in a group with a partner named', { ...group, selfHint: alex.id }, { partner: 'jo' }, 'Alex', 'Jo'],
    ['both named in a group', group, { me: ' Jo ', partner: 'alex' }, 'Jo', 'Alex'],
    [
      'a person called "Me"',
      conversation({ participants: [sam, { id: asParticipantId('me'), name: 'Me' }] }),
      {},
      'Me',
      'Sam',
    ],
    ["the chat's title naming the partner", conversation({ title: 'sam' }), {}, 'Alex', 'Sam'],
  ])('%s', (_label, c, names, me, partner) => {
    const resolved = resolveParticipants(c, names);
    expect([resolved.me.name, resolved.partner.name]).toEqual([me, partner]);
  });

  it.each<[string, Conversation, { me?: string; partner?: string }, string]>([
    ['nothing to go on', pair, {}, 'cannot-infer'],
    ['a group with only me', group, { me: 'Alex' }, 'cannot-infer'],
    ['an unknown name', pair, { me: 'Robin' }, 'unknown-participant'],
    ['the same person twice', pair, { me: 'Sam', partner: 'sam' }, 'same-person'],
  ])('refuses %s, listing who is there', (_label, c, names, code) => {
    let error: unknown;
    try {
      resolveParticipants(c, names);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ParticipantError);
    expect((error as ParticipantError).code).toBe(code);
    expect([...(error as ParticipantError).participants].sort()).toEqual(c.participants.map((p) => p.name).sort());
    for (const name of c.participants.map((p) => p.name)) expect((error as ParticipantError).message).toContain(name);
  });

  it('finds by exact name before folded name, and no one when the folded name fits two', () => {
    const twins = conversation({ participants: [{ id: asParticipantId('a'), name: 'sam' }, { ...sam }] });
    expect(findParticipant(twins, 'Sam')?.id).toBe('sam');
    expect(findParticipant(twins, 'SAM')).toBeUndefined();
  });
});

describe('mergeParticipants', () => {
  const samPhone: Participant = { id: asParticipantId('sam-phone'), name: 'Sam (phone)' };
  const c = conversation({
    participants: [alex, sam, samPhone],
    messages: [message(1, alex), message(2, samPhone, 'from phone'), message(3, sam)],
    partnerHint: samPhone.id,
  });

  it('moves the second name’s messages and hints to the first', () => {
    const merged = mergeParticipants(c, sam.id, samPhone.id);
    expect(merged.participants.map((p) => p.name)).toEqual(['Alex', 'Sam']);
    expect(merged.messages.map((m) => m.author)).toEqual([alex.id, sam.id, sam.id]);
    expect(merged.messages[1]?.text).toBe('from phone');
    expect(merged.partnerHint).toBe(sam.id);
    expect(summarizeConversation(merged).participants).toEqual([
      { name: 'Alex', messages: 1 },
      { name: 'Sam', messages: 2 },
    ]);
    expect(c.participants).toHaveLength(3);
  });

  it('refuses ids that are not in the chat', () => {
    expect(() => mergeParticipants(c, sam.id, asParticipantId('nobody'))).toThrow(ParticipantError);
  });
});

describe('how errors name files', () => {
  const entries = (name: string, ...files: string[]): ImportInput => ({
    name,
    files: files.map((file) => bytesSource(file, 'x')),
  });

  it.each([
    [entries('/home/ana/exports/chat.txt', 'chat.txt'), 'chat.txt', '/home/ana/exports/chat.txt'],
    [entries('exports/chat.txt', 'chat.txt'), 'exports/chat.txt', 'exports/chat.txt'],
    [entries('exports/sam.zip', '_chat.txt'), '_chat.txt', 'exports/sam.zip → _chat.txt'],
    [entries('inbox', 'sam/message_1.json', 'sam/message_2.json'), 'sam/message_2.json', 'inbox → sam/message_2.json'],
    [entries('exports/sam.zip', '_chat.txt'), 'exports/sam.zip → _chat.txt', 'exports/sam.zip → _chat.txt'],
  ])('%#: %s is named %s', (input, file, expected) => {
    expect(displayFileName(input, file)).toBe(expected);
  });

  it('an importer refusing a file inside a zip names the zip as given and the entry', async () => {
    const notUtf8 = {
      name: 'exports/sam.zip',
      files: [bytesSource('_chat.txt', new Uint8Array([0x31, 0x2f, 0xff, 0x0a]))],
    };
    const error = await importConversation(notUtf8, { format: 'whatsapp' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).file).toBe('exports/sam.zip → _chat.txt');
    expect((error as ImportError).message.startsWith('exports/sam.zip → _chat.txt')).toBe(true);
  });

  it('an importer refusing a single file names it by the path given, not its base name alone', async () => {
    const input = { name: '/home/ana/exports/chat.txt', files: [bytesSource('chat.txt', 'nothing like a chat\n')] };
    const error = await importConversation(input, { format: 'whatsapp' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).file).toBe('/home/ana/exports/chat.txt');
  });
});
