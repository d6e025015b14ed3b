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

/**
 * The fingerprint of a message: its time, author, kind and text. Exports give a message the same values
 * each time, so re-importing yields the same fingerprints (ids in `sourceId` differ between apps and are
 * left out on purpose).
 * @example messageFingerprint(message) // 'f1c0a3b29d4e7'
 */
export function messageFingerprint(message: Message): MessageFingerprint {
  const key = `${message.at}\u0000${message.author ?? ''}\u0000${message.kind}\u0000${message.text}`;
  return hash53(key).toString(36).padStart(11, '0') as MessageFingerprint;
}

/**
 * The messages of `incoming` whose fingerprints are not in `known`, in order, each duplicate once.
 * @example newMessages(imported.messages, storedFingerprints).length // how many a re-import adds
 */
export function newMessages(incoming: readonly Message[], known: ReadonlySet<string> = new Set()): Message[] {
  const seen = new Set<string>(known);
  const fresh: Message[] = [];
  for (const message of incoming) {
    const fingerprint = messageFingerprint(message);
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    fresh.push(message);
  }
  return fresh;
}
