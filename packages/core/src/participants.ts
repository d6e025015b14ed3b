// who is who in a conversation: finding people by name, settling "me" and the partner, folding two names into one

import type { Conversation, Participant, ParticipantId } from './model.ts';

/**
 * A name as people think of it: case, accents, emoji and extra spaces set aside.
 * @example foldName('  Zoë  Martin 🌻') // 'zoe martin'
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\p{M}\p{Extended_Pictographic}\p{S}]|\u200d/gu, '')
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export type ParticipantErrorCode = 'unknown-participant' | 'cannot-infer' | 'same-person' | 'ambiguous';

/** the facts of a ParticipantError, for each interface to word the remedy in its own terms */
export interface ParticipantProblem {
  readonly code: ParticipantErrorCode;
  /** the side that could not be settled; absent when folding two names into one */
  readonly role?: 'me' | 'partner';
  /** the name (or id) that was given, when one was */
  readonly given?: string;
  /** for 'ambiguous': every name the given one could mean */
  readonly matches?: readonly string[];
  /** the names to choose from: by how much each wrote (most first) when settling who is who, else the export's order */
  readonly participants: readonly string[];
}

/** at most this many names in an error; the rest are counted */
const LISTED_NAMES = 12;

/**
 * Who is who could not be settled from the names given. The message says what is wrong and lists the people;
 * it names no flag or control: the CLI and other interfaces add how to fix it from the facts.
 * @example throw new ParticipantError({ code: 'cannot-infer', role: 'me', participants: ['Alex', 'Sam', 'Jo'] }, 'Which one is you?')
 */
export class ParticipantError extends Error {
  readonly code: ParticipantErrorCode;
  readonly role: 'me' | 'partner' | undefined;
  readonly given: string | undefined;
  readonly matches: readonly string[] | undefined;
  readonly participants: readonly string[];
  constructor(problem: ParticipantProblem, message: string) {
    const shown = problem.participants.slice(0, LISTED_NAMES).join(', ');
    const more =
      problem.participants.length > LISTED_NAMES ? ` and ${problem.participants.length - LISTED_NAMES} more` : '';
    super(`${message} People in this chat: ${shown}${more}.`);
    this.name = 'ParticipantError';
    this.code = problem.code;
    this.role = problem.role;
    this.given = problem.given;
    this.matches = problem.matches;
    this.participants = problem.participants;
  }
}

export const isParticipantError = (e: unknown): e is ParticipantError => e instanceof ParticipantError;

/**
 * Everyone a name could mean: the exact name, else every name equal once case, accents and emoji are set aside, else the id.
 * @example participantsNamed(c, 'zoe martin').map((p) => p.name) // ['Zoë Martin']
 */
export function participantsNamed(conversation: Conversation, nameOrId: string): Participant[] {
  const wanted = nameOrId.trim();
  const exact = conversation.participants.filter((p) => p.name === wanted);
  if (exact.length > 0) return exact;
  const folded = foldName(wanted);
  const loose = folded === '' ? [] : conversation.participants.filter((p) => foldName(p.name) === folded);
  if (loose.length > 0) return loose;
  return conversation.participants.filter((p) => p.id === wanted);
}

/**
 * A participant by name (exact first, then ignoring case, accents and emoji) or id; undefined when none or several match.
 * @example findParticipant(c, 'tom')?.name // 'Tom 🌻'
 */
export function findParticipant(conversation: Conversation, nameOrId: string): Participant | undefined {
  const found = participantsNamed(conversation, nameOrId);
  return found.length === 1 ? found[0] : undefined;
}

/** names by how much each person wrote, most first, so that an error lists the likely ones first */
function namesByMessages(conversation: Conversation): string[] {
  const counts = new Map<ParticipantId, number>();
  for (const m of conversation.messages) if (m.author !== null) counts.set(m.author, (counts.get(m.author) ?? 0) + 1);
  return [...conversation.participants]
    .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name))
    .map((p) => p.name);
}

/** names exports give the exporting person */
const SELF_NAMES = new Set(['me', 'you']);
const sameName = (a: string, b: string): boolean => foldName(a) === foldName(b);
const onlyOne = <T>(items: readonly T[]): T | undefined => (items.length === 1 ? items[0] : undefined);

/**
 * Settles who is "me" and who is the partner. Names match ignoring case; a missing side is inferred
 * from the export's selfHint/partnerHint (else a person called "Me"/"You", or named like the chat's
 * title) or, in a two-person chat, as the other person.
 * Throws ParticipantError listing the participants when it cannot tell.
 * @example resolveParticipants(c, { me: 'alex' }) // { me: { name: 'Alex', … }, partner: { name: 'Sam', … } }
 */
export function resolveParticipants(
  conversation: Conversation,
  names: { readonly me?: string; readonly partner?: string },
): { me: Participant; partner: Participant } {
  const everyone = conversation.participants;
  const listed = namesByMessages(conversation);
  const byName = (name: string, role: 'me' | 'partner'): Participant => {
    const found = participantsNamed(conversation, name);
    if (found.length > 1) {
      const which = found.map((p) => `"${p.name}"`).join(' and ');
      const matches = found.map((p) => p.name);
      throw new ParticipantError(
        { code: 'ambiguous', role, given: name, matches, participants: listed },
        `"${name}" could be ${which}. Which one do you mean?`,
      );
    }
    if (!found[0])
      throw new ParticipantError(
        { code: 'unknown-participant', role, given: name, participants: listed },
        `No one called "${name}" is in this chat.`,
      );
    return found[0];
  };
  const byId = (id: ParticipantId | undefined): Participant | undefined =>
    id === undefined ? undefined : everyone.find((p) => p.id === id);
  const otherThan = (p: Participant): Participant | undefined => {
    const others = everyone.filter((q) => q.id !== p.id);
    return others.length === 1 ? others[0] : undefined;
  };

  const givenMe = names.me !== undefined ? byName(names.me, 'me') : undefined;
  const givenPartner = names.partner !== undefined ? byName(names.partner, 'partner') : undefined;
  const selfHint = byId(conversation.selfHint) ?? onlyOne(everyone.filter((p) => SELF_NAMES.has(p.name.toLowerCase())));
  const partnerHint =
    byId(conversation.partnerHint) ??
    (conversation.title !== null
      ? onlyOne(everyone.filter((p) => sameName(p.name, conversation.title ?? '')))
      : undefined);

  const me =
    givenMe ??
    (selfHint && selfHint.id !== givenPartner?.id ? selfHint : undefined) ??
    (givenPartner ? otherThan(givenPartner) : undefined) ??
    (partnerHint ? otherThan(partnerHint) : undefined);
  if (!me)
    throw new ParticipantError(
      { code: 'cannot-infer', role: 'me', participants: listed },
      'I could not tell which person is you.',
    );

  const partner =
    givenPartner ??
    (partnerHint && partnerHint.id !== me.id ? partnerHint : undefined) ??
    otherThan(me) ??
    busiestOtherThan(conversation, me);
  if (!partner)
    throw new ParticipantError(
      { code: 'cannot-infer', role: 'partner', participants: listed },
      'I could not tell who your partner is.',
    );
  if (partner.id === me.id)
    throw new ParticipantError(
      { code: 'same-person', role: 'partner', given: me.name, participants: listed },
      `"${me.name}" cannot be both you and your partner.`,
    );
  return { me, partner };
}

/** in a group, the partner only when one other person clearly wrote most (at least twice the next) */
function busiestOtherThan(conversation: Conversation, me: Participant): Participant | undefined {
  const counts = new Map<ParticipantId, number>();
  for (const m of conversation.messages) {
    if (m.author !== null && m.author !== me.id) counts.set(m.author, (counts.get(m.author) ?? 0) + 1);
  }
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || (second && first[1] < second[1] * 2)) return undefined;
  return conversation.participants.find((p) => p.id === first[0]);
}

/**
 * Folds a second name of one person (`merge`) into the first (`keep`): their messages and hints move over.
 * @example mergeParticipants(c, asParticipantId('sam'), asParticipantId('sam-phone'))
 */
export function mergeParticipants(conversation: Conversation, keep: ParticipantId, merge: ParticipantId): Conversation {
  const listed = conversation.participants.map((p) => p.name);
  for (const id of [keep, merge]) {
    if (!conversation.participants.some((p) => p.id === id)) {
      throw new ParticipantError(
        { code: 'unknown-participant', given: id, participants: listed },
        `No one with the id "${id}" is in this chat.`,
      );
    }
  }
  if (keep === merge) return conversation;
  const { selfHint, partnerHint, ...rest } = conversation;
  return {
    ...rest,
    participants: conversation.participants.filter((p) => p.id !== merge),
    messages: conversation.messages.map((m) => (m.author === merge ? { ...m, author: keep } : m)),
    ...(selfHint !== undefined ? { selfHint: selfHint === merge ? keep : selfHint } : {}),
    ...(partnerHint !== undefined ? { partnerHint: partnerHint === merge ? keep : partnerHint } : {}),
  };
}

/**
 * Folds each `{ name, into }` in turn: the person called `name` becomes part of the one called `into`
 * (one person who appears under two names). A name that matches no one, or several, is a ParticipantError
 * ('unknown-participant' or 'ambiguous') listing the people in the export's order.
 * @example mergeNamed(c, [{ name: 'Sam (work)', into: 'Sam' }])
 */
export function mergeNamed(
  conversation: Conversation,
  merges: readonly { readonly name: string; readonly into: string }[],
): Conversation {
  let merged = conversation;
  for (const { name, into } of merges) {
    const listed = merged.participants.map((p) => p.name);
    const [source, target] = [name, into].map((wanted) => {
      const found = participantsNamed(merged, wanted);
      if (found.length === 1 && found[0]) return found[0];
      const matches = found.map((p) => p.name);
      throw new ParticipantError(
        found.length > 1
          ? { code: 'ambiguous', given: wanted, matches, participants: listed }
          : { code: 'unknown-participant', given: wanted, participants: listed },
        found.length > 1
          ? `"${wanted}" could be ${matches.join(' or ')}.`
          : `No one called "${wanted}" is in this chat.`,
      );
    });
    if (source && target) merged = mergeParticipants(merged, target.id, source.id);
  }
  return merged;
}
