// who is who: the facts a ParticipantError carries, and folding a second name into a person by name
import { describe, expect, it } from 'vitest';
import { asEpochMs, asParticipantId, type Conversation, type Participant } from '../src/model.ts';
import { mergeNamed, ParticipantError, resolveParticipants } from '../src/participants.ts';

const person = (name: string): Participant => ({ id: asParticipantId(name.toLowerCase()), name });

function chat(names: readonly string[]): Conversation {
  const participants = names.map(person);
  const messages = participants.map((p, i) => ({
    at: asEpochMs(1000 * (i + 1)),
    author: p.id,
    text: 'hi',
    kind: 'text' as const,
  }));
  return { format: 'csv', title: null, participants, messages, warnings: [] };
}

function thrown(run: () => unknown): ParticipantError {
  try {
    run();
  } catch (error) {
    if (error instanceof ParticipantError) return error;
    throw error;
  }
  throw new Error('expected a ParticipantError');
}

describe('ParticipantError facts', () => {
  const group = chat(['Alex', 'Sam', 'Jo']);

  it('says which side could not be settled, and names no flag', () => {
    const error = thrown(() => resolveParticipants(group, {}));
    expect([error.code, error.role, error.given]).toEqual(['cannot-infer', 'me', undefined]);
    expect(error.message).not.toMatch(/--/);
  });

  it('keeps the name given and every name it could mean', () => {
    const twins = chat(['Sam', 'Alex']);
    const withTwin: Conversation = {
      ...twins,
      participants: [...twins.participants, { id: asParticipantId('sam2'), name: 'SAM' }],
    };
    const error = thrown(() => resolveParticipants(withTwin, { me: 'Alex', partner: 'sam ' }));
    expect(error.code).toBe('ambiguous');
    expect(error.role).toBe('partner');
    expect(error.given).toBe('sam ');
    expect(error.matches).toEqual(['Sam', 'SAM']);
  });

  it('names the unknown person and the side it was given for', () => {
    const error = thrown(() => resolveParticipants(group, { me: 'Alex', partner: 'Robin' }));
    expect([error.code, error.role, error.given]).toEqual(['unknown-participant', 'partner', 'Robin']);
  });
});

describe('mergeNamed', () => {
  const c = chat(['Alex', 'Sam', 'Sam (work)']);

  it('folds the second name into the first, in order', () => {
    const merged = mergeNamed(c, [{ name: 'sam (WORK)', into: 'Sam' }]);
    expect(merged.participants.map((p) => p.name)).toEqual(['Alex', 'Sam']);
    expect(merged.messages.map((m) => m.author)).toEqual(['alex', 'sam', 'sam']);
  });

  it('refuses a name that is not in the chat, listing everyone in the export order', () => {
    const error = thrown(() => mergeNamed(c, [{ name: 'Robin', into: 'Sam' }]));
    expect([error.code, error.role, error.given]).toEqual(['unknown-participant', undefined, 'Robin']);
    expect(error.participants).toEqual(['Alex', 'Sam', 'Sam (work)']);
  });

  it('checks the target too', () => {
    expect(thrown(() => mergeNamed(c, [{ name: 'Sam (work)', into: 'Sammy' }])).given).toBe('Sammy');
  });
});
