// names match the way people write them: case, accents and emoji aside; two matches are a question, not a guess
import { describe, expect, it } from 'vitest';
import { importConversation } from '../../src/import/import-conversation.ts';
import { asEpochMs, asParticipantId, type Conversation, type Participant } from '../../src/model.ts';
import { findParticipant, foldName, ParticipantError, resolveParticipants } from '../../src/participants.ts';
import { bytesSource, singleFileInput } from '../helpers/bytes-source.ts';

const person = (name: string): Participant => ({ id: asParticipantId(name), name });

function chat(names: readonly string[], counts: readonly number[] = names.map(() => 1)): Conversation {
  const participants = names.map(person);
  const messages = participants.flatMap((p, i) =>
    Array.from({ length: counts[i] ?? 1 }, (_, k) => ({
      at: asEpochMs(1000 * (i * 100 + k + 1)),
      author: p.id,
      text: 'hi',
      kind: 'text' as const,
    })),
  );
  messages.sort((a, b) => a.at - b.at);
  return { format: 'csv', title: null, participants, messages, warnings: [] };
}

async function failure(promise: Promise<unknown> | (() => unknown)): Promise<unknown> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('foldName', () => {
  it.each([
    ['Tom 🌻', 'tom'],
    ['Zoë Martin', 'zoe martin'],
    ['  ZOE   martin ', 'zoe martin'],
    ['José ❤️‍🔥', 'jose'],
    ['Ａlex', 'alex'],
  ])('%s → %s', (name, folded) => expect(foldName(name)).toBe(folded));
});

describe('matching --me and --partner', () => {
  it('finds "Tom 🌻" for Tom and "Zoë Martin" for Zoe Martin', () => {
    const c = chat(['Tom 🌻', 'Zoë Martin']);
    expect(findParticipant(c, 'Tom')?.name).toBe('Tom 🌻');
    const { me, partner } = resolveParticipants(c, { me: 'zoe martin', partner: 'TOM' });
    expect([me.name, partner.name]).toEqual(['Zoë Martin', 'Tom 🌻']);
  });

  it('an exact name still wins over a looser match', () => {
    const c = chat(['Tom', 'Tom 🌻']);
    expect(findParticipant(c, 'Tom')?.name).toBe('Tom');
    expect(findParticipant(c, 'Tom 🌻')?.name).toBe('Tom 🌻');
  });

  it('asks when two people match the name given', async () => {
    const c = chat(['Alex', 'Tom 🌻', 'Tom ⚽']);
    expect(findParticipant(c, 'tom')).toBeUndefined();
    const error = await failure(() => resolveParticipants(c, { me: 'Alex', partner: 'tom' }));
    expect(error).toBeInstanceOf(ParticipantError);
    expect((error as ParticipantError).code).toBe('ambiguous');
    expect((error as Error).message).toContain('"Tom 🌻" and "Tom ⚽"');
  });

  it('lists a big group by how much each person wrote, and only the first dozen', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `Person ${String(i).padStart(2, '0')}`);
    const counts = names.map((_, i) => (i === 17 ? 50 : i === 4 ? 40 : 1));
    const error = await failure(() => resolveParticipants(chat(names, counts), {}));
    const message = (error as Error).message;
    expect(message).toContain('People in this chat: Person 17, Person 04, Person 00,');
    expect(message).toContain('and 18 more.');
    expect((error as ParticipantError).participants).toHaveLength(30);
  });
});

const WHATSAPP = (other: string): string =>
  [`10/03/2024, 08:15 - Alex: morning ${other}!`, `10/03/2024, 08:40 - ${other}: hi`, ''].join('\n');

describe('choosing a chat', () => {
  it('a --chat name that matches nothing in a one-chat file is an error, not ignored', async () => {
    const input = singleFileInput('WhatsApp Chat with Sam.txt', WHATSAPP('Sam'));
    const error = await failure(importConversation(input, { chat: 'Foo', timeZone: 'UTC' }));
    expect(error).toMatchObject({ code: 'no-chat' });
    const ok = await importConversation(input, { chat: 'sam', timeZone: 'UTC' });
    expect(ok.messages).toHaveLength(2);
  });

  it('a folder holding two chats asks which one, and --chat picks it', async () => {
    const input = {
      name: 'exports',
      files: [bytesSource('sam.txt', WHATSAPP('Sam')), bytesSource('jo.txt', WHATSAPP('Jo'))],
    };
    const error = await failure(importConversation(input, { timeZone: 'UTC' }));
    expect(error).toMatchObject({ code: 'no-chat' });
    expect((error as Error).message).toMatch(/sam\.txt/);
    expect((error as Error).message).toMatch(/jo\.txt/);
    const jo = await importConversation(input, { chat: 'jo', timeZone: 'UTC' });
    expect(jo.participants.map((p) => p.name).sort()).toEqual(['Alex', 'Jo']);
  });
});
