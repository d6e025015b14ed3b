// stable message fingerprints: the same message imported twice (or from an overlapping export) is one

import type { Message, MessageFingerprint } from './model.ts';

/** 53-bit FNV-1a style hash of a string, folded into two 32-bit halves so no precision is lost */
function hash53(text: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b) ^ Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b) ^ Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const messageKey = (message: Message): string =>
  `${message.at}\u0000${message.author ?? ''}\u0000${message.kind}\u0000${message.text}`;

/**
 * The fingerprint of a message: its time, author, kind and text, and which occurrence it is of identical
 * messages (two "haha" from the same person in the same minute are occurrences 1 and 2). Exports give a message
 * the same values each time, so re-importing yields the same fingerprints (ids in `sourceId` differ between apps
 * and are left out on purpose). The first occurrence's fingerprint is the plain one.
 * @example messageFingerprint(message) // 'f1c0a3b29d4e7'
 */
export function messageFingerprint(message: Message, occurrence = 1): MessageFingerprint {
  const key = occurrence <= 1 ? messageKey(message) : `${messageKey(message)}\u0000${occurrence}`;
  return hash53(key).toString(36).padStart(11, '0') as MessageFingerprint;
}

/**
 * The fingerprints of a run of messages in order, counting occurrences: the n-th message identical to earlier ones
 * (same time, author, kind and text) gets occurrence n, so none is lost and the same export always yields the
 * same list.
 * @example messageFingerprints(conversation.messages).length === conversation.messages.length
 */
export function messageFingerprints(messages: readonly Message[]): MessageFingerprint[] {
  const prints: MessageFingerprint[] = new Array(messages.length);
  // identical messages share a time, so only messages of the same time need counting
  let runAt = Number.NaN;
  let runKeys = new Map<string, number>();
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i] as Message;
    if (message.at !== runAt) {
      runAt = message.at;
      if (runKeys.size > 0) runKeys = new Map();
    }
    const key = messageKey(message);
    const occurrence = (runKeys.get(key) ?? 0) + 1;
    runKeys.set(key, occurrence);
    prints[i] = messageFingerprint(message, occurrence);
  }
  return prints;
}

/**
 * The messages of `incoming` whose fingerprints (occurrences counted) are not in `known`, in order. Identical
 * messages are each kept: a third "haha" in a minute that already held two is new.
 * @example newMessages(imported.messages, storedFingerprints).length // how many a re-import adds
 */
export function newMessages(incoming: readonly Message[], known: ReadonlySet<string> = new Set()): Message[] {
  const prints = messageFingerprints(incoming);
  const fresh: Message[] = [];
  for (let i = 0; i < incoming.length; i++) if (!known.has(prints[i] as string)) fresh.push(incoming[i] as Message);
  return fresh;
}
