// reads every message of both people with the one safety check, and guesses the chat's main language

import { detectLanguage } from '../language/detect-language.ts';
import type { Conversation, Message, ParticipantId } from '../model.ts';
import { SAFETY_IN_CHAT, type SafetyConcern } from '../playbook/index.ts';
import { CONCERN_ORDER, checkSafety, piecesOpen, type SafetyFinding, type SafetySignal } from '../safety/check.ts';
import { TextMemo } from '../text-memo.ts';
import type { Advice, ChatLanguage, SafetyMention } from './types.ts';

/** at most this many mentions are listed, newest first (the count says how many there were) */
export const MAX_SAFETY_MENTIONS = 200;
/**
 * Messages one person sends this close together are also read as one: a thought is often sent in pieces ("i just
 * swallowed" … "the whole bottle of pills"), and the check was made and measured on whole messages.
 */
export const RUN_GAP_MS = 5 * 60_000;
/** a run read as one holds at most this many messages … */
const RUN_MESSAGES = 8;
/** … and about this many characters */
const RUN_CHARACTERS = 800;
/** a message that ends on an emoji */
const ENDS_ON_EMOJI = /\p{Extended_Pictographic}\uFE0F?\s*$/u;
/** the language guess reads this many text messages, spread evenly over the history */
const LANGUAGE_SAMPLE = 2000;
/** below this share of English messages, the word-based hints say they may miss things */
const READABLE_SHARE = 0.6;

/** the concerns as bits, and an act already done, to tell what a run raised only when read as one */
const CONCERN_BIT: Readonly<Record<SafetyConcern, number>> = { self_harm: 1, danger: 2, abuse: 4 };
const URGENT_BIT = 8;
const bitsOf = (finding: SafetyFinding): number =>
  finding.concerns.reduce((bits, c) => bits | CONCERN_BIT[c], finding.urgent ? URGENT_BIT : 0);

/** what the check made of one text */
interface Reading {
  readonly finding: SafetyFinding | null;
  readonly opened: boolean;
  readonly frames: number;
}

/**
 * Every message by `me` or `partner` that suggests self-harm, danger or abuse, newest first. A run of messages one
 * person sent within minutes of each other is read as one too; when it raises a concern, or an act already done,
 * that none of its messages raised alone, it is listed once more, at its newest message's time, with its texts
 * one per line (`messages` says how many).
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
  const seen = new TextMemo<Reading>();
  const signal: SafetySignal = { opened: false, frames: 0 };
  const read = (text: string): Reading => {
    const kept = seen.get(text);
    if (kept !== undefined) return kept;
    const finding = checkSafety(text, signal);
    return seen.keep(text, { finding, opened: signal.opened, frames: signal.frames });
  };
  /** lists a finding in a message by one of the two (a run's newest message, for a run) */
  const mention = (message: Message, finding: SafetyFinding, text: string, messages: number) => {
    total++;
    if (found.length >= MAX_SAFETY_MENTIONS) return;
    const author = message.author as ParticipantId;
    found.push({
      at: new Date(message.at).toISOString(),
      author: names.get(author) ?? author,
      side: message.author === me ? 'me' : 'partner',
      concern: finding.concern,
      concerns: finding.concerns,
      urgent: finding.urgent,
      text,
      ...(messages > 1 ? { messages } : {}),
    });
  };

  // the run being gathered, messages[runFrom…runTo]: text messages one person sent close together
  const messages = conversation.messages;
  let runTo = -1;
  let runFrom = -1;
  let runOpened = false;
  let runFrames = 0;
  let runCharacters = 0;
  let raisedAlone = 0;
  const closeRun = () => {
    if (runTo > runFrom && piecesOpen(runOpened, runFrames)) {
      const pieces: string[] = [];
      let joined = '';
      for (let k = runFrom; k <= runTo; k++) {
        const piece = (messages[k] as Message).text;
        pieces.push(piece);
        // a message that ends on an emoji ended its sentence: the rules' reaches stop there as at a full stop
        joined += k === runTo ? piece : ENDS_ON_EMOJI.test(piece) ? `${piece}.\n` : `${piece}\n`;
      }
      const finding = checkSafety(joined);
      // listed when it raises a concern, or an act already done, that none of its messages raised alone
      if (finding !== null && (bitsOf(finding) & ~raisedAlone) !== 0)
        mention(messages[runTo] as Message, finding, pieces.join('\n'), pieces.length);
    }
    runTo = -1;
  };

  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    if (message === undefined) continue;
    if (message.kind !== 'text' || (message.author !== me && message.author !== partner)) {
      if (runTo >= 0) closeRun();
      continue;
    }
    if (runTo >= 0) {
      const newer = messages[runFrom] as Message;
      if (
        newer.author !== message.author ||
        newer.at - message.at > RUN_GAP_MS ||
        runTo - runFrom + 1 >= RUN_MESSAGES ||
        runCharacters + message.text.length > RUN_CHARACTERS
      )
        closeRun();
    }
    const reading = read(message.text);
    if (runTo < 0) {
      runTo = i;
      runOpened = false;
      runFrames = 0;
      runCharacters = 0;
      raisedAlone = 0;
    }
    runFrom = i;
    if (reading.opened) runOpened = true;
    runFrames |= reading.frames;
    runCharacters += message.text.length + 1;
    if (reading.finding === null) continue;
    raisedAlone |= bitsOf(reading.finding);
    mention(message, reading.finding, message.text, 1);
  }
  if (runTo >= 0) closeRun();
  // newest first; a run before a message of it sent at the same time: it says more
  found.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : (b.messages ?? 1) - (a.messages ?? 1)));
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
