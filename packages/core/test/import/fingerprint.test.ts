import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  messageFingerprint,
  messageFingerprintNumbers,
  messageFingerprints,
  newMessages,
} from '../../src/fingerprint.ts';
import { importConversation } from '../../src/import/import-conversation.ts';
import { asEpochMs, asParticipantId, type Message } from '../../src/model.ts';
import { singleFileInput } from '../helpers/bytes-source.ts';

const message = (at: number, author: string | null, text: string, kind: Message['kind'] = 'text'): Message => ({
  at: asEpochMs(at),
  author: author === null ? null : asParticipantId(author),
  text,
  kind,
});

describe('messageFingerprint', () => {
  it('is the same for the same message and differs when time, author, kind or text differ', () => {
    const base = message(1_700_000_000_000, 'Sam', 'see you soon');
    expect(messageFingerprint(message(1_700_000_000_000, 'Sam', 'see you soon'))).toBe(messageFingerprint(base));
    for (const other of [
      message(1_700_000_060_000, 'Sam', 'see you soon'),
      message(1_700_000_000_000, 'Alex', 'see you soon'),
      message(1_700_000_000_000, 'Sam', 'see you soon!'),
      message(1_700_000_000_000, 'Sam', 'see you soon', 'media'),
      message(1_700_000_000_000, null, 'see you soon'),
    ])
      expect(messageFingerprint(other)).not.toBe(messageFingerprint(base));
  });

  it('does not collide on a large set of distinct messages', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 2e12 }), fc.string({ maxLength: 40 })), {
          minLength: 200,
          maxLength: 400,
          selector: ([at, text]) => `${at}|${text}`,
        }),
        (pairs) => {
          const prints = new Set(pairs.map(([at, text]) => messageFingerprint(message(at, 'A', text))));
          expect(prints.size).toBe(pairs.length);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('re-importing', () => {
  it('an export imported twice adds nothing the second time; an overlapping one adds only the new messages', async () => {
    const file = join(import.meta.dirname, '..', 'fixtures', 'detect', 'whatsapp', 'ours__WhatsApp Chat with Sam.txt');
    const text = readFileSync(file, 'utf8');
    const read = (content: string) =>
      importConversation(singleFileInput('WhatsApp Chat with Sam.txt', content), { timeZone: 'UTC' });
    const first = await read(text);
    const known = new Set(first.messages.map((m) => messageFingerprint(m)));
    expect(newMessages((await read(text)).messages, known)).toEqual([]);
    const lines = text.trimEnd().split('\n');
    const later = `${lines.join('\n')}\n${lines[lines.length - 1]?.replace(/: .*$/, ': one more thing')}\n`;
    const added = newMessages((await read(later)).messages, known);
    expect(added.map((m) => m.text)).toEqual(['one more thing']);
  });
});

describe('identical messages in the same minute', () => {
  const haha = (author = 'Sam') => message(1_700_000_000_000, author, 'haha');

  it('are all kept on a first import: two "haha" at 10:00 are two messages', () => {
    const incoming = [haha(), haha(), haha('Alex'), haha()];
    expect(newMessages(incoming)).toHaveLength(4);
    expect(new Set(messageFingerprints(incoming)).size).toBe(4);
  });

  it('as numbers they are the values the base-36 fingerprints spell, occurrences included', () => {
    const incoming = [haha(), haha(), haha('Alex'), message(1_700_000_060_000, 'Sam', 'ok')];
    const numbers = messageFingerprintNumbers(incoming);
    expect(Array.from(numbers)).toEqual(messageFingerprints(incoming).map((print) => Number.parseInt(print, 36)));
    expect(new Set(numbers).size).toBe(4);
    for (const n of numbers) expect(Number.isSafeInteger(n)).toBe(true);
  });

  it('the n-th identical message gets occurrence n, so the first keeps its plain fingerprint', () => {
    const prints = messageFingerprints([haha(), haha(), haha('Alex')]);
    expect(prints[0]).toBe(messageFingerprint(haha()));
    expect(prints[1]).toBe(messageFingerprint(haha(), 2));
    expect(prints[2]).toBe(messageFingerprint(haha('Alex')));
  });

  it('a re-import adds exactly what is new: a third "haha" after two known ones adds one', () => {
    const known = new Set<string>(messageFingerprints([haha(), haha()]));
    expect(newMessages([haha(), haha()], known)).toEqual([]);
    expect(newMessages([haha(), haha(), haha()], known)).toHaveLength(1);
  });

  it('any split of a history into overlapping exports adds up to the whole history', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom('A', 'B'), fc.constantFrom('ok', 'haha')), {
          maxLength: 40,
        }),
        fc.nat(),
        fc.nat(),
        (rows, cutA, cutB) => {
          const all = rows
            .map(([minute, author, text]) => message(minute * 60_000, author, text))
            .sort((x, y) => x.at - y.at);
          const end = all.length === 0 ? 0 : cutA % (all.length + 1);
          const start = all.length === 0 ? 0 : Math.min(end, cutB % (all.length + 1));
          // the second export starts at a minute boundary, as real exports hold whole minutes
          let from = start;
          while (from > 0 && all[from - 1]?.at === all[from]?.at) from--;
          const known = new Set<string>(messageFingerprints(all.slice(0, end)));
          const added = newMessages(all.slice(from), known);
          expect(end + added.length).toBe(all.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
