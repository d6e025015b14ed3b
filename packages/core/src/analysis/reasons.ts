// which of the three reasons the partner's own words hint at, scored 0..1 with dated quotes as evidence

import type { Conversation, ParticipantId } from '../model.ts';
import { REASON_IDS, type Reason } from '../playbook/index.ts';
import type { ZoneClock } from '../time/index.ts';
import { clamp } from './stats.ts';
import type { Evidence, ReasonEstimate } from './types.ts';

/** below this top score the report says there is no clear reason */
export const CLEAR_REASON_SCORE = 0.35;
/** extra hint messages per partner message (over their own baseline) that give a score of ~0.63 */
const RATE_SCALE = 0.04;
const EVIDENCE_PER_REASON = 3;
const EVIDENCE_CHARS = 200;
const LONG_MESSAGE_WORDS = 30;
const SHORT_REACTION_MINUTES = 60;

/** our own phrase lists of the words that hint at each reason (case-insensitive, straight or curly apostrophes) */
export const REASON_PATTERNS: Readonly<Record<Reason, RegExp>> = {
  overwhelmed:
    /\b(stress(ed|ful)?|exhausted|so tired|drained|swamped|overwhelm(ed|ing)?|too much|can['’]?t deal|cannot deal|burn(ed|t)[ -]?out|burnout|deadlines?|crazy busy|so busy|slammed|no energy|running on empty|need (a )?break|falling behind|drowning|buried in|can['’]?t keep up|barely sleeping|head is (full|spinning)|at capacity)\b/i,
  misunderstood:
    /\b(never ?mind|nvm|forget it|not what i meant|that['’]?s not what i (said|meant)|you['’]?re not listening|you don['’]?t (get it|understand)|you never listen|doesn['’]?t matter|didn['’]?t mean it like that|took it (the )?wrong|you always twist|why do i (even )?bother|no point (in )?(talking|explaining)|you twist|drop it|you wouldn['’]?t understand)\b/i,
  uncertain:
    /\b(i don['’]?t know|i dunno|we['’]?ll see|not sure|i['’]?m unsure|too early to|let['’]?s not plan|don['’]?t want to (plan|think about)|one day at a time|need (some )?time to think|i need to think|confused about|no idea what i want|can we talk about (it|that|this) later|don['’]?t know what i want|where (this|we) (is|are) going|not ready to)\b/i,
};

const FUTURE_PLANS =
  /\b(next (week|month|year|summer|winter|spring)|this (summer|winter)|move in|moving in|holiday|vacation|trip|our plans|the future|meet (my|your) (parents|family|mom|dad)|christmas|anniversary)\b/i;
const LATE = (minute: number) => minute >= 22 * 60 || minute < 5 * 60;

interface Window {
  readonly fromMs: number;
  readonly toMs: number;
}

const countWords = (text: string): number => {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const letter = code > 32;
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words;
};

const quote = (at: number, text: string): Evidence => ({
  at: new Date(at).toISOString(),
  text: text.length > EVIDENCE_CHARS ? `${text.slice(0, EVIDENCE_CHARS - 1)}…` : text,
});

/**
 * Scores the three reasons from the partner's words in `focus` (after the onset, or the recent weeks)
 * against their own baseline before it, plus patterns: "never mind" soon after a long message of the
 * user (misunderstood), plans the user raises that go unanswered or hedged (uncertain), late-night
 * messages falling away (overwhelmed).
 * @example estimateReasons(conversation, me, partner, clock, focus, baseline)[0].reason
 */
export function estimateReasons(
  conversation: Conversation,
  me: ParticipantId,
  partner: ParticipantId,
  clock: ZoneClock,
  focus: Window,
  baseline: Window,
): ReasonEstimate[] {
  const hits: Record<
    Reason,
    { focus: number; baseline: number; quotes: { at: number; text: string; weight: number }[] }
  > = {
    overwhelmed: { focus: 0, baseline: 0, quotes: [] },
    misunderstood: { focus: 0, baseline: 0, quotes: [] },
    uncertain: { focus: 0, baseline: 0, quotes: [] },
  };
  const patterns: Record<Reason, string[]> = { overwhelmed: [], misunderstood: [], uncertain: [] };
  let focusMessages = 0;
  let baselineMessages = 0;
  let focusLate = 0;
  let baselineLate = 0;
  let dismissAfterLong = 0;
  let plansRaised = 0;
  let plansDodged = 0;
  let lastUserAt = Number.NEGATIVE_INFINITY;
  let lastUserWords = 0;
  let openPlanAt = Number.NaN;
  const messages = conversation.messages;
  let lo = 0;
  let hi = messages.length;
  const firstMs = Math.min(focus.fromMs, baseline.fromMs);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((messages[mid]?.at ?? 0) < firstMs) lo = mid + 1;
    else hi = mid;
  }
  const endMs = Math.max(focus.toMs, baseline.toMs);
  for (let i = lo; i < messages.length; i++) {
    const message = messages[i];
    if (message === undefined || message.at >= endMs) break;
    if (message.kind !== 'text') continue;
    const at = message.at;
    const inFocus = at >= focus.fromMs && at < focus.toMs;
    const inBaseline = at >= baseline.fromMs && at < baseline.toMs;
    if (message.author === me) {
      if (inFocus) {
        if (!Number.isNaN(openPlanAt)) plansDodged++;
        openPlanAt = Number.NaN;
        if (message.text.includes('?') && FUTURE_PLANS.test(message.text)) {
          plansRaised++;
          openPlanAt = at;
        }
      }
      lastUserAt = at;
      lastUserWords = countWords(message.text);
      continue;
    }
    if (message.author !== partner || !(inFocus || inBaseline)) continue;
    const text = message.text;
    const late = LATE(clock.localMinute(at));
    if (inFocus) {
      focusMessages++;
      if (late) focusLate++;
    } else {
      baselineMessages++;
      if (late) baselineLate++;
    }
    for (const reason of REASON_IDS) {
      if (!REASON_PATTERNS[reason].test(text)) continue;
      const bucket = hits[reason];
      if (inFocus) {
        bucket.focus++;
        bucket.quotes.push({ at, text: message.text, weight: message.text.length < 160 ? 2 : 1 });
      } else bucket.baseline++;
      if (
        reason === 'misunderstood' &&
        inFocus &&
        lastUserWords >= LONG_MESSAGE_WORDS &&
        at - lastUserAt <= SHORT_REACTION_MINUTES * 60_000
      ) {
        dismissAfterLong++;
      }
    }
    if (inFocus && !Number.isNaN(openPlanAt)) {
      if (REASON_PATTERNS.uncertain.test(text)) plansDodged++;
      openPlanAt = Number.NaN;
    }
  }
  const score: Record<Reason, number> = { overwhelmed: 0, misunderstood: 0, uncertain: 0 };
  for (const reason of REASON_IDS) {
    const bucket = hits[reason];
    if (focusMessages === 0) continue;
    const focusRate = bucket.focus / focusMessages;
    const baselineRate = baselineMessages > 0 ? bucket.baseline / baselineMessages : 0;
    const excess = Math.max(0, focusRate - baselineRate) * Math.min(1, bucket.focus / 3);
    score[reason] = 1 - Math.exp(-excess / RATE_SCALE);
  }
  if (dismissAfterLong >= 2) {
    score.misunderstood += 0.1 * Math.min(3, dismissAfterLong);
    patterns.misunderstood.push(
      `${dismissAfterLong} times a "never mind" or "forget it" came soon after a long message of yours`,
    );
  }
  if (plansRaised >= 2 && plansDodged / plansRaised >= 0.5) {
    score.uncertain += 0.15;
    patterns.uncertain.push(
      `${plansDodged} of ${plansRaised} questions about plans ahead went unanswered or got a "we'll see"`,
    );
  }
  const lateBefore = baselineMessages > 20 ? baselineLate / baselineMessages : 0;
  const lateAfter = focusMessages > 20 ? focusLate / focusMessages : lateBefore;
  if (lateBefore >= 0.1 && lateAfter <= lateBefore * 0.5) {
    score.overwhelmed += 0.1;
    patterns.overwhelmed.push('late-evening chats, once common, have mostly stopped');
  }
  const estimates = REASON_IDS.map((reason): ReasonEstimate => {
    const rounded = Math.round(clamp(score[reason], 0, 1) * 100) / 100;
    // quotes behind a score that rounds to nothing would read as evidence for a hint that is not there
    const picked = rounded < MIN_SCORE_WITH_EVIDENCE ? [] : pickSpread(hits[reason].quotes, EVIDENCE_PER_REASON);
    return {
      reason,
      score: rounded,
      evidence: picked.map((q) => quote(q.at, q.text)),
      patterns: patterns[reason],
    };
  });
  return estimates.sort((a, b) => b.score - a.score);
}

/** below this score a reason shows no quotes */
export const MIN_SCORE_WITH_EVIDENCE = 0.05;

/** up to `count` quotes spread over time, preferring short ones */
function pickSpread<T extends { at: number; weight: number }>(quotes: readonly T[], count: number): T[] {
  if (quotes.length <= count) return [...quotes];
  const picked: T[] = [];
  for (let k = 0; k < count; k++) {
    const from = Math.floor((k * quotes.length) / count);
    const to = Math.floor(((k + 1) * quotes.length) / count);
    let best: T | undefined;
    for (let i = from; i < to; i++) {
      const q = quotes[i];
      if (q && (!best || q.weight > best.weight)) best = q;
    }
    if (best) picked.push(best);
  }
  return picked;
}
