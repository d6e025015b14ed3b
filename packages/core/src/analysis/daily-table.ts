// the single pass over a history: per-day, per-person counters plus reply and message-length records

import type { Conversation, ParticipantId } from '../model.ts';
import { TextMemo } from '../text-memo.ts';
import type { ZoneClock } from '../time/index.ts';
import { STYLE_CATEGORIES } from './lexicons.ts';
import { emptyFeatures, readText, type TextFeatures } from './text-features.ts';

/** 0 = the user, 1 = the partner */
export type Side = 0 | 1;

/** a new conversation starts after this much silence from both */
export const CONVERSATION_GAP_MINUTES = 6 * 60;
/** an answer later than this (before removing quiet hours) is not a reply but a new start */
export const REPLY_CAP_MINUTES = 12 * 60;
/** a bid counts as turned toward when answered within this many awake minutes */
export const TURN_TOWARD_MINUTES = 120;
/** a person's quiet hours: the 6-hour window of the day in which they write least */
export const QUIET_HOURS = 6;
/** a message this long after one's own unanswered message is a double text */
export const DOUBLE_TEXT_MINUTES = 15;
/** a run of unanswered messages counts when it has this many messages … */
export const UNANSWERED_RUN_MESSAGES = 3;
/** … spread over at least this many minutes */
export const UNANSWERED_RUN_MINUTES = 60;
/** bids waiting for an answer that are remembered (a longer unanswered run only adds unanswered bids) */
const MAX_PENDING_BIDS = 64;
const LATE_NIGHT_FROM = 22 * 60;
const LATE_NIGHT_UNTIL = 5 * 60;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** the kept figures of a text, beside its style counts: words, we, you, sentiment, and the flags below */
const KEPT = 5;
const QUESTION = 1;
const AFFECTION = 2;
const BID_WORD = 4;
const ONE_WORD = 8;
const SCORED = 16;

/** the features of the texts read so far, each kept once, by text: a text said again is not read again */
class KeptFeatures {
  private readonly slots = new TextMemo<number>();
  private figures = new Float64Array(1024 * KEPT);
  private style = new Int32Array(1024 * STYLE_CATEGORIES.length);

  /** reads `text` into `out` and adds its style counts at `sink[offset…]`, from what was kept when it was read before */
  read(text: string, out: TextFeatures, sink: Int32Array, offset: number): void {
    const styleCount = STYLE_CATEGORIES.length;
    const slot = this.slots.get(text);
    if (slot !== undefined) {
      const figures = this.figures;
      const at = slot * KEPT;
      out.words = figures[at] as number;
      out.we = figures[at + 1] as number;
      out.you = figures[at + 2] as number;
      out.sentiment = figures[at + 3] as number;
      const flags = figures[at + 4] as number;
      out.question = (flags & QUESTION) !== 0;
      out.affection = (flags & AFFECTION) !== 0;
      out.bidWord = (flags & BID_WORD) !== 0;
      out.oneWord = (flags & ONE_WORD) !== 0;
      out.scored = (flags & SCORED) !== 0;
      const style = this.style;
      for (let c = 0, from = slot * styleCount; c < styleCount; c++) {
        const count = style[from + c] as number;
        if (count !== 0) sink[offset + c] = (sink[offset + c] as number) + count;
      }
      return;
    }
    readText(text, out);
    for (let c = 0; c < styleCount; c++) sink[offset + c] = (sink[offset + c] as number) + (out.style[c] as number);
    const size = this.slots.size;
    this.slots.keep(text, size);
    if (this.slots.size === size) return;
    if ((size + 1) * KEPT > this.figures.length) {
      const figures = new Float64Array(this.figures.length * 2);
      figures.set(this.figures);
      this.figures = figures;
      const style = new Int32Array(this.style.length * 2);
      style.set(this.style);
      this.style = style;
    }
    const at = size * KEPT;
    this.figures[at] = out.words;
    this.figures[at + 1] = out.we;
    this.figures[at + 2] = out.you;
    this.figures[at + 3] = out.sentiment;
    this.figures[at + 4] =
      (out.question ? QUESTION : 0) |
      (out.affection ? AFFECTION : 0) |
      (out.bidWord ? BID_WORD : 0) |
      (out.oneWord ? ONE_WORD : 0) |
      (out.scored ? SCORED : 0);
    this.style.set(out.style, size * styleCount);
  }
}

/** per-day counters of one person; index = day - firstDay */
export interface SideDays {
  readonly messages: Int32Array;
  readonly textMessages: Int32Array;
  readonly words: Int32Array;
  readonly conversationsStarted: Int32Array;
  readonly questions: Int32Array;
  readonly bids: Int32Array;
  /** the other side's bids (counted on the bid's day) that this person answered in time */
  readonly bidsAnswered: Int32Array;
  readonly oneWordReplies: Int32Array;
  readonly affection: Int32Array;
  readonly sentimentSum: Float64Array;
  readonly we: Int32Array;
  readonly you: Int32Array;
  readonly lateNight: Int32Array;
  /** style category counts, 8 per day */
  readonly style: Int32Array;
  readonly doubleTexts: Int32Array;
  /** runs of unanswered messages, counted on the run's first day */
  readonly unansweredRuns: Int32Array;
}

/** values recorded in day order, for medians over any day range */
export interface DayRecords {
  readonly day: Int32Array;
  readonly value: Float64Array;
  readonly length: number;
}

export interface SideTable {
  readonly days: SideDays;
  /** reply minutes with the replier's quiet hours removed */
  readonly replies: DayRecords;
  /** reply minutes as measured, for the advice's wait time */
  readonly rawReplies: DayRecords;
  readonly wordsPerMessage: DayRecords;
  /** the minute of the day (local) where this person's quiet window begins */
  readonly quietStartMinute: number;
  readonly longestRun: number;
}

export interface DailyTable {
  readonly firstDay: number;
  readonly dayCount: number;
  readonly sides: readonly [SideTable, SideTable];
  /** messages written by anyone other than the two */
  readonly excludedMessages: number;
  /** messages of every kind per author (the two and anyone else), for the report's participant counts */
  readonly authorMessages: ReadonlyMap<ParticipantId, number>;
  /** epoch ms of the first and last message (any author), NaN when empty */
  readonly firstAt: number;
  readonly lastAt: number;
}

class RecordBuilder {
  day = new Int32Array(1024);
  value = new Float64Array(1024);
  length = 0;
  push(day: number, value: number): void {
    if (this.length === this.day.length) {
      const day2 = new Int32Array(this.length * 2);
      day2.set(this.day);
      this.day = day2;
      const value2 = new Float64Array(this.length * 2);
      value2.set(this.value);
      this.value = value2;
    }
    this.day[this.length] = day;
    this.value[this.length] = value;
    this.length++;
  }
  done(): DayRecords {
    return { day: this.day.subarray(0, this.length), value: this.value.subarray(0, this.length), length: this.length };
  }
}

const sideDays = (n: number): SideDays => ({
  messages: new Int32Array(n),
  textMessages: new Int32Array(n),
  words: new Int32Array(n),
  conversationsStarted: new Int32Array(n),
  questions: new Int32Array(n),
  bids: new Int32Array(n),
  bidsAnswered: new Int32Array(n),
  oneWordReplies: new Int32Array(n),
  affection: new Int32Array(n),
  sentimentSum: new Float64Array(n),
  we: new Int32Array(n),
  you: new Int32Array(n),
  lateNight: new Int32Array(n),
  style: new Int32Array(n * STYLE_CATEGORIES.length),
  doubleTexts: new Int32Array(n),
  unansweredRuns: new Int32Array(n),
});

/**
 * The start minute of the 6-hour window in which a person writes least (a circular search over the
 * hour histogram); midnight when they wrote too little to tell.
 * @example quietStart(histogramWithNightsEmpty) // 0
 */
export function quietStart(hourCounts: ArrayLike<number>): number {
  let total = 0;
  for (let h = 0; h < 24; h++) total += hourCounts[h] ?? 0;
  if (total < 50) return 0;
  let bestHour = 0;
  let bestCount = Number.POSITIVE_INFINITY;
  for (let h = 0; h < 24; h++) {
    let count = 0;
    for (let k = 0; k < QUIET_HOURS; k++) count += hourCounts[(h + k) % 24] ?? 0;
    if (count < bestCount) {
      bestCount = count;
      bestHour = h;
    }
  }
  return bestHour * 60;
}

/**
 * Minutes of [fromMs, toMs] that fall in the daily quiet window starting at `quietStartMinute` (local).
 * @example quietOverlapMinutes(clock, at23h, at8h, 0) // 360
 */
export function quietOverlapMinutes(clock: ZoneClock, fromMs: number, toMs: number, quietStartMinute: number): number {
  const offset = clock.offsetMs(fromMs);
  return quietOverlapLocal(fromMs + offset, toMs + offset, quietStartMinute);
}

/** the same on wall-clock milliseconds (epoch ms shifted by the zone offset) */
function quietOverlapLocal(fromLocalMs: number, toLocalMs: number, quietStartMinute: number): number {
  const a = fromLocalMs / MS_PER_MINUTE;
  const b = toLocalMs / MS_PER_MINUTE;
  const length = QUIET_HOURS * 60;
  let overlap = 0;
  for (let day = Math.floor((a - quietStartMinute - length) / 1440); day * 1440 + quietStartMinute <= b; day++) {
    const qa = day * 1440 + quietStartMinute;
    const qb = qa + length;
    const lo = Math.max(a, qa);
    const hi = Math.min(b, qb);
    if (hi > lo) overlap += hi - lo;
  }
  return overlap;
}

/**
 * Reads the whole history once into per-day tables for the two people (others are counted, not read).
 * @example buildDailyTable(conversation, me, partner, createZoneClock('UTC')).sides[1].days.messages
 */
export function buildDailyTable(
  conversation: Conversation,
  me: ParticipantId,
  partner: ParticipantId,
  clock: ZoneClock,
  onProgress?: (done: number, total: number) => void,
): DailyTable {
  const messages = conversation.messages;
  const n = messages.length;
  const sideOf = new Int8Array(n).fill(-1);
  const localDay = new Int32Array(n);
  const localMinute = new Int16Array(n);
  const localMs = new Float64Array(n);
  const hours = [new Int32Array(24), new Int32Array(24)] as const;
  let excludedMessages = 0;
  let mine = 0;
  let theirs = 0;
  const authorMessages = new Map<ParticipantId, number>();
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  const progressEvery = 1 << 16;
  for (let i = 0; i < n; i++) {
    const message = messages[i];
    if (message === undefined || message.author === null) continue;
    const author = message.author;
    if (author === me) mine++;
    else if (author === partner) theirs++;
    else authorMessages.set(author, (authorMessages.get(author) ?? 0) + 1);
    if (message.kind === 'system' || message.kind === 'deleted') continue;
    const side = author === me ? 0 : author === partner ? 1 : -1;
    if (side < 0) {
      excludedMessages++;
      continue;
    }
    sideOf[i] = side;
    const local = message.at + clock.offsetMs(message.at);
    const day = Math.floor(local / MS_PER_DAY);
    const minute = Math.floor((local - day * MS_PER_DAY) / MS_PER_MINUTE);
    localDay[i] = day;
    localMinute[i] = minute;
    localMs[i] = local;
    const hourCounts = hours[side === 0 ? 0 : 1];
    hourCounts[(minute / 60) | 0] = (hourCounts[(minute / 60) | 0] ?? 0) + 1;
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
    if (onProgress && i % progressEvery === 0) onProgress(i >> 1, n);
  }
  if (firstDay > lastDay) {
    firstDay = 0;
    lastDay = -1;
  }
  const dayCount = lastDay - firstDay + 1;
  const days = [sideDays(dayCount), sideDays(dayCount)] as const;
  const replies = [new RecordBuilder(), new RecordBuilder()] as const;
  const rawReplies = [new RecordBuilder(), new RecordBuilder()] as const;
  const wordsPerMessage = [new RecordBuilder(), new RecordBuilder()] as const;
  const quiet = [quietStart(hours[0]), quietStart(hours[1])] as const;
  const pendingBidAt = [new Float64Array(MAX_PENDING_BIDS), new Float64Array(MAX_PENDING_BIDS)] as const;
  const pendingBidDay = [new Int32Array(MAX_PENDING_BIDS), new Int32Array(MAX_PENDING_BIDS)] as const;
  const pendingBids = [0, 0];
  const runLength = [0, 0];
  const runStartAt = [0, 0];
  const runStartLocal = [0, 0];
  const runStartDay = [0, 0];
  const lastOwnAt = [0, 0];
  const longestRun = [0, 0];
  const features = emptyFeatures();
  const kept = new KeptFeatures();
  const styleCount = STYLE_CATEGORIES.length;
  let previousSide = -1;
  let previousAt = Number.NEGATIVE_INFINITY;

  const closeRun = (side: number) => {
    const length = runLength[side] ?? 0;
    const span = (lastOwnAt[side] ?? 0) - (runStartAt[side] ?? 0);
    if (length >= UNANSWERED_RUN_MESSAGES && span >= UNANSWERED_RUN_MINUTES * MS_PER_MINUTE) {
      const target = days[side as Side].unansweredRuns;
      const index = (runStartDay[side] ?? 0) - firstDay;
      target[index] = (target[index] ?? 0) + 1;
    }
    if (length > (longestRun[side] ?? 0)) longestRun[side] = length;
    runLength[side] = 0;
  };

  for (let i = 0; i < n; i++) {
    const side = sideOf[i] ?? -1;
    if (side < 0) continue;
    const message = messages[i];
    if (message === undefined) continue;
    const s = side as Side;
    const other = (1 - side) as Side;
    const at = message.at;
    const atLocal = localMs[i] ?? at;
    const d = (localDay[i] ?? 0) - firstDay;
    const own = days[s];
    own.messages[d] = (own.messages[d] ?? 0) + 1;
    const minute = localMinute[i] ?? 0;
    if (minute >= LATE_NIGHT_FROM || minute < LATE_NIGHT_UNTIL) own.lateNight[d] = (own.lateNight[d] ?? 0) + 1;

    const isReply = previousSide === other;
    let replyRaw = Number.POSITIVE_INFINITY;
    if (isReply) {
      replyRaw = (at - (runStartAt[other] ?? at)) / MS_PER_MINUTE;
      if (replyRaw <= REPLY_CAP_MINUTES) {
        const clipped = Math.max(0, replyRaw - quietOverlapLocal(runStartLocal[other] ?? atLocal, atLocal, quiet[s]));
        replies[s].push(d, clipped);
        rawReplies[s].push(d, replyRaw);
      }
    }
    const silence = (at - previousAt) / MS_PER_MINUTE;
    if (silence >= CONVERSATION_GAP_MINUTES && !(isReply && replyRaw <= REPLY_CAP_MINUTES)) {
      own.conversationsStarted[d] = (own.conversationsStarted[d] ?? 0) + 1;
    }

    const pendingOther = pendingBids[other] ?? 0;
    if (pendingOther > 0) {
      const bidTimes = pendingBidAt[other];
      const bidDays = pendingBidDay[other];
      for (let b = 0; b < pendingOther; b++) {
        const bidAt = bidTimes[b] ?? atLocal;
        const raw = (atLocal - bidAt) / MS_PER_MINUTE;
        if (raw > REPLY_CAP_MINUTES) continue;
        const awake = raw - quietOverlapLocal(bidAt, atLocal, quiet[s]);
        if (awake <= TURN_TOWARD_MINUTES) {
          const bd = bidDays[b] ?? d;
          own.bidsAnswered[bd] = (own.bidsAnswered[bd] ?? 0) + 1;
        }
      }
      pendingBids[other] = 0;
    }

    if (
      previousSide === side &&
      runLength[side] !== 0 &&
      at - (lastOwnAt[side] ?? at) >= DOUBLE_TEXT_MINUTES * MS_PER_MINUTE
    ) {
      own.doubleTexts[d] = (own.doubleTexts[d] ?? 0) + 1;
    }
    if (runLength[other] !== 0) closeRun(other);
    if (runLength[side] === 0) {
      runStartAt[side] = at;
      runStartLocal[side] = atLocal;
      runStartDay[side] = localDay[i] ?? 0;
    }
    runLength[side] = (runLength[side] ?? 0) + 1;
    lastOwnAt[side] = at;

    let isBid = message.kind === 'media';
    if (message.kind === 'text') {
      kept.read(message.text, features, own.style, d * styleCount);
      own.textMessages[d] = (own.textMessages[d] ?? 0) + 1;
      own.words[d] = (own.words[d] ?? 0) + features.words;
      wordsPerMessage[s].push(d, features.words);
      if (features.question) own.questions[d] = (own.questions[d] ?? 0) + 1;
      if (features.affection) own.affection[d] = (own.affection[d] ?? 0) + 1;
      if (features.oneWord && isReply) own.oneWordReplies[d] = (own.oneWordReplies[d] ?? 0) + 1;
      own.sentimentSum[d] = (own.sentimentSum[d] ?? 0) + features.sentiment;
      own.we[d] = (own.we[d] ?? 0) + features.we;
      own.you[d] = (own.you[d] ?? 0) + features.you;
      isBid = features.question || (features.bidWord && features.words >= 3);
    }
    if (isBid) {
      own.bids[d] = (own.bids[d] ?? 0) + 1;
      const count = pendingBids[s] ?? 0;
      if (count < MAX_PENDING_BIDS) {
        pendingBidAt[s][count] = atLocal;
        pendingBidDay[s][count] = d;
        pendingBids[s] = count + 1;
      }
    }
    previousSide = side;
    previousAt = at;
    if (onProgress && i % progressEvery === 0) onProgress((n >> 1) + (i >> 1), n);
  }
  closeRun(0);
  closeRun(1);
  onProgress?.(n, n);

  let firstAt = Number.NaN;
  let lastAt = Number.NaN;
  for (const message of messages) {
    if (message.kind !== 'system') {
      firstAt = message.at;
      break;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    const message = messages[i];
    if (message && message.kind !== 'system') {
      lastAt = message.at;
      break;
    }
  }
  const side = (s: Side): SideTable => ({
    days: days[s],
    replies: replies[s].done(),
    rawReplies: rawReplies[s].done(),
    wordsPerMessage: wordsPerMessage[s].done(),
    quietStartMinute: quiet[s],
    longestRun: longestRun[s] ?? 0,
  });
  authorMessages.set(me, mine);
  authorMessages.set(partner, theirs);
  return { firstDay, dayCount, sides: [side(0), side(1)], excludedMessages, authorMessages, firstAt, lastAt };
}
