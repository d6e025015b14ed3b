import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asEpochMs,
  asParticipantId,
  importConversation,
  type Message,
  messageFingerprint,
  newMessages,
} from '../../src/index.ts';
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
