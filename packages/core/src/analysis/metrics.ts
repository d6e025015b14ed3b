// one person's Metrics and DayFigures over any range of days, read from the daily table

import type { DailyTable, DayRecords, Side } from './daily-table.ts';
import { STYLE_CATEGORIES } from './lexicons.ts';
import { median } from './stats.ts';
import type { DayFigures, Metrics } from './types.ts';

/** the shortest word count per person for a week's style matching to be measured */
export const LSM_MIN_WORDS = 40;

const sumRange = (values: ArrayLike<number>, from: number, to: number): number => {
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i] ?? 0;
  return sum;
};

/**
 * The first record index whose day is at least `day` (records are in day order).
 * @example lowerBound(records, 10)
 */
export function lowerBound(records: DayRecords, day: number): number {
  let lo = 0;
  let hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((records.day[mid] ?? 0) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The median of the records whose day index lies in [from, to), or null when there are none.
 * @example medianOfDays(table.sides[1].replies, 0, 7)
 */
export function medianOfDays(records: DayRecords, from: number, to: number): number | null {
  return median(records.value, lowerBound(records, from), lowerBound(records, to));
}

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * One person's metrics over day indices [from, to) of the table (relative to `firstDay`).
 * @example metricsForRange(table, 1, 0, 7).messages
 */
export function metricsForRange(table: DailyTable, side: Side, from: number, to: number): Metrics {
  const own = table.sides[side];
  const other = table.sides[(1 - side) as Side];
  const d = own.days;
  const messages = sumRange(d.messages, from, to);
  const textMessages = sumRange(d.textMessages, from, to);
  const words = sumRange(d.words, from, to);
  const started = sumRange(d.conversationsStarted, from, to);
  const startedByOther = sumRange(other.days.conversationsStarted, from, to);
  const bidsAnswered = sumRange(d.bidsAnswered, from, to);
  const othersBids = sumRange(other.days.bids, from, to);
  const replyFrom = lowerBound(own.replies, from);
  const replyTo = lowerBound(own.replies, to);
  return {
    messages,
    words,
    medianWordsPerMessage: medianOfDays(own.wordsPerMessage, from, to),
    medianReplyMinutes: median(own.replies.value, replyFrom, replyTo),
    replies: replyTo - replyFrom,
    conversationsStarted: started,
    startedShare: ratio(started, started + startedByOther),
    questions: sumRange(d.questions, from, to),
    bids: sumRange(d.bids, from, to),
    bidsAnswered,
    turnTowardRate: ratio(bidsAnswered, othersBids),
    oneWordReplies: sumRange(d.oneWordReplies, from, to),
    affection: sumRange(d.affection, from, to),
    sentiment: ratio(sumRange(d.sentimentSum, from, to), textMessages),
    weTalk: ratio(sumRange(d.we, from, to), words),
    youTalk: ratio(sumRange(d.you, from, to), words),
    lateNight: sumRange(d.lateNight, from, to),
  };
}

/**
 * One person's chart figures for a single day index.
 * @example dayFigures(table, 0, 3).messages
 */
export function dayFigures(table: DailyTable, side: Side, day: number): DayFigures {
  const d = table.sides[side].days;
  const textMessages = d.textMessages[day] ?? 0;
  return {
    messages: d.messages[day] ?? 0,
    words: d.words[day] ?? 0,
    medianReplyMinutes: medianOfDays(table.sides[side].replies, day, day + 1),
    conversationsStarted: d.conversationsStarted[day] ?? 0,
    questions: d.questions[day] ?? 0,
    affection: d.affection[day] ?? 0,
    sentiment: ratio(d.sentimentSum[day] ?? 0, textMessages),
  };
}

/**
 * Language style matching between the two over days [from, to): per category
 * 1 - |p1 - p2| / (p1 + p2 + 0.0001), averaged over the eight categories (Ireland & Pennebaker 2011).
 * @example styleMatching(table, 0, 7) // 0.82
 */
export function styleMatching(table: DailyTable, from: number, to: number): number | null {
  const categories = STYLE_CATEGORIES.length;
  const wordsA = sumRange(table.sides[0].days.words, from, to);
  const wordsB = sumRange(table.sides[1].days.words, from, to);
  if (wordsA < LSM_MIN_WORDS || wordsB < LSM_MIN_WORDS) return null;
  const countsA = new Float64Array(categories);
  const countsB = new Float64Array(categories);
  const styleA = table.sides[0].days.style;
  const styleB = table.sides[1].days.style;
  for (let day = from; day < to; day++) {
    for (let c = 0; c < categories; c++) {
      countsA[c] = (countsA[c] ?? 0) + (styleA[day * categories + c] ?? 0);
      countsB[c] = (countsB[c] ?? 0) + (styleB[day * categories + c] ?? 0);
    }
  }
  return lsmFromCounts(countsA, wordsA, countsB, wordsB);
}

/**
 * The LSM formula on raw category counts and word totals.
 * @example lsmFromCounts([2], 10, [2], 10) // ≈ 1
 */
export function lsmFromCounts(
  countsA: ArrayLike<number>,
  wordsA: number,
  countsB: ArrayLike<number>,
  wordsB: number,
): number {
  let total = 0;
  for (let c = 0; c < countsA.length; c++) {
    const p1 = (countsA[c] ?? 0) / wordsA;
    const p2 = (countsB[c] ?? 0) / wordsB;
    total += 1 - Math.abs(p1 - p2) / (p1 + p2 + 0.0001);
  }
  return total / countsA.length;
}
