// stable message fingerprints: the same message imported twice (or from an overlapping export) is one

import type { Message, MessageFingerprint } from './model.ts';

// a 53-bit FNV-1a style hash, kept in two 32-bit halves so no precision is lost; it reads the message's fields one
// after the other (no key string is built), which matters for a million messages
let h1 = 0;
let h2 = 0;

const mix = (c: number): void => {
  h1 = Math.imul(h1 ^ c, 0x01000193);
  h2 = Math.imul(h2 ^ c, 0x5bd1e995);
};

const mixText = (text: string): void => {
  for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
  mix(0);
};

/** the hash of a message's time, author, kind and text, and (from the second on) its occurrence */
function messageHash(message: Message, occurrence: number): number {
  h1 = 0x811c9dc5;
  h2 = 0x01000193;
  const at = message.at;
  mix((at % 4294967296) | 0);
  mix(Math.floor(at / 4294967296) | 0);
  mixText(message.author ?? '');
  mixText(message.kind);
  mixText(message.text);
  if (occurrence > 1) mix(occurrence);
  const a = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b) ^ Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  const b = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b) ^ Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
  return 4294967296 * (2097151 & b) + (a >>> 0);
}

const asFingerprint = (hash: number): MessageFingerprint => hash.toString(36).padStart(11, '0') as MessageFingerprint;

/**
 * The fingerprint of a message: its time, author, kind and text, and which occurrence it is of identical
 * messages (two "haha" from the same person in the same minute are occurrences 1 and 2). Exports give a message
 * the same values each time, so re-importing yields the same fingerprints (ids in `sourceId` differ between apps
 * and are left out on purpose). The first occurrence's fingerprint is the plain one.
 * @example messageFingerprint(message) // 'f1c0a3b29d4e7'
 */
export function messageFingerprint(message: Message, occurrence = 1): MessageFingerprint {
  return asFingerprint(messageHash(message, occurrence));
}

/**
 * The fingerprints of a run of messages in order, counting occurrences: the n-th message identical to earlier ones
 * (same time, author, kind and text) gets occurrence n, so none is lost and the same export always yields the
 * same list.
 * @example messageFingerprints(conversation.messages).length === conversation.messages.length
 */
export function messageFingerprints(messages: readonly Message[]): MessageFingerprint[] {
  const hashes = messageFingerprintNumbers(messages);
  const prints: MessageFingerprint[] = new Array(messages.length);
  for (let i = 0; i < hashes.length; i++) prints[i] = asFingerprint(hashes[i] as number);
  return prints;
}

/**
 * The same fingerprints as `messageFingerprints`, as the 53-bit numbers their base-36 text spells (exact in a
 * double): what a store keeps, without making a million strings.
 * @example messageFingerprintNumbers(messages)[0] === Number.parseInt(messageFingerprints(messages)[0], 36)
 */
export function messageFingerprintNumbers(messages: readonly Message[]): Float64Array {
  const prints = new Float64Array(messages.length);
  // identical messages share a time (and a first-occurrence hash), so only messages of the same time are counted
  const run = new Map<number, number>();
  let runAt = Number.NaN;
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i] as Message;
    const first = messageHash(message, 1);
    if (message.at !== runAt) {
      runAt = message.at;
      if (run.size > 0) run.clear();
    }
    const occurrence = (run.get(first) ?? 0) + 1;
    run.set(first, occurrence);
    prints[i] = occurrence === 1 ? first : messageHash(message, occurrence);
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
