// reads every message of both people with the one safety check, and guesses the chat's main language

import { detectLanguage } from '../language/detect-language.ts';
import type { Conversation, ParticipantId } from '../model.ts';
import { SAFETY_IN_CHAT } from '../playbook/index.ts';
import { CONCERN_ORDER, checkSafety, type SafetyFinding } from '../safety/check.ts';
import { TextMemo } from '../text-memo.ts';
import type { Advice, ChatLanguage, SafetyMention } from './types.ts';

/** at most this many mentions are listed, newest first (the count says how many there were) */
export const MAX_SAFETY_MENTIONS = 200;
/** the language guess reads this many text messages, spread evenly over the history */
const LANGUAGE_SAMPLE = 2000;
/** below this share of English messages, the word-based hints say they may miss things */
const READABLE_SHARE = 0.6;

/**
 * Every message by `me` or `partner` that suggests self-harm, danger or abuse, newest first.
 * @example scanSafety(conversation, me, partner).mentions[0]?.concern // "self_harm"
 */
export function scanSafety(
  conversation: Conversation,
  me: ParticipantId,
  partner: ParticipantId,
): { readonly mentions: readonly SafetyMention[]; readonly total: number } {
  const names = new Map(conversation.participants.map((p) => [p.id, p.name]));
  const found: SafetyMention[] = [];
  let total = 0;
  // a text said again is not read again: the check depends on the text alone
  const seen = new TextMemo<SafetyFinding | null>();
  const messages = conversation.messages;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    if (message === undefined || message.kind !== 'text') continue;
    if (message.author !== me && message.author !== partner) continue;
    let finding = seen.get(message.text);
    if (finding === undefined) finding = seen.keep(message.text, checkSafety(message.text));
    if (finding === null) continue;
    total++;
    if (found.length >= MAX_SAFETY_MENTIONS) continue;
    found.push({
      at: new Date(message.at).toISOString(),
      author: names.get(message.author) ?? message.author,
      side: message.author === me ? 'me' : 'partner',
      concern: finding.concern,
      concerns: finding.concerns,
      urgent: finding.urgent,
      text: message.text,
    });
  }
  found.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return { mentions: found, total };
}

/**
 * The chat's main language from an even sample of its text messages, and whether the hints that read
 * words (reasons, pressing words, affection) can be trusted on it: they read English only.
 * @example chatLanguage(conversation).main // "en"
 */
export function chatLanguage(conversation: Conversation): ChatLanguage {
  const messages = conversation.messages;
  const step = Math.max(1, Math.floor(messages.length / LANGUAGE_SAMPLE));
  const counts = new Map<string, number>();
  let judged = 0;
  for (let i = 0; i < messages.length; i += step) {
    const message = messages[i];
    if (message === undefined || message.kind !== 'text' || message.text.length < 12) continue;
    const { language } = detectLanguage(message.text);
    if (language === 'und') continue;
    judged++;
    counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  if (judged === 0) return { main: 'und', share: 0, wordsReadable: true };
  const [main, count] = [...counts].sort((a, b) => b[1] - a[1])[0] as [string, number];
  const english = (counts.get('en') ?? 0) / judged;
  return { main, share: Math.round((count / judged) * 100) / 100, wordsReadable: english >= READABLE_SHARE };
}

/** the mention that matters most: self-harm before danger before abuse, the partner's words before the user's */
export function gravestMention(mentions: readonly SafetyMention[]): SafetyMention | undefined {
  const rank = (m: SafetyMention) => CONCERN_ORDER.indexOf(m.concern) * 2 + (m.side === 'partner' ? 0 : 1);
  return [...mentions].sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * When the chat shows danger, the advice is safety first: no waiting, no space-giving, reach out and get help.
 * @example safetyAdvice(mentions)?.headline // "Check on them now, and get help"
 */
export function safetyAdvice(mentions: readonly SafetyMention[]): Advice | null {
  const gravest = gravestMention(mentions);
  if (gravest === undefined) return null;
  const words = SAFETY_IN_CHAT[gravest.side][gravest.concern];
  return { step: 1, headline: words.headline, detail: words.detail, waitHours: null, safetyFirst: true };
}
