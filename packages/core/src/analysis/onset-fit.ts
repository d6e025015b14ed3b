// a fall's start placed to the day: day-level likelihood fits of a step or of a slide over who writes, who starts
// and the partner's reply minutes

import type { DailyTable } from './daily-table.ts';
import { lowerBound } from './metrics.ts';

const xlogx = (x: number): number => (x > 0 ? x * Math.log(x) : 0);
/** the log-likelihood of `hits` out of `trials` under their own rate */
export const binomialFit = (hits: number, trials: number): number =>
  trials > 0 ? xlogx(hits) + xlogx(trials - hits) - xlogx(trials) : 0;

/**
 * The day (absolute) of the onset, placed by a single likelihood change point over the days in
 * [fromDay, toDay): who writes (binomial), who starts conversations (binomial) and the partner's log reply
 * minutes (normal), searching splits from `earliest` to `latest`. Only splits where the partner's side falls count.
 * @example placeOnset(table, day - 42, day + 42, day - 14, day + 7)
 */
export function placeOnset(
  table: DailyTable,
  fromDay: number,
  toDay: number,
  earliest: number,
  latest: number,
  faller: 0 | 1 = 1,
): number {
  const from = Math.max(0, fromDay - table.firstDay);
  const to = Math.min(table.dayCount, toDay - table.firstDay);
  const n = to - from;
  if (n < 14) return earliest;
  const cumulative = (values: (d: number) => number): Float64Array => {
    const out = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) out[i + 1] = (out[i] ?? 0) + values(from + i);
    return out;
  };
  const [me, partner] = faller === 1 ? table.sides : [table.sides[1], table.sides[0]];
  const theirMessages = cumulative((d) => partner.days.messages[d] ?? 0);
  const allMessages = cumulative((d) => (partner.days.messages[d] ?? 0) + (me.days.messages[d] ?? 0));
  const theirStarts = cumulative((d) => partner.days.conversationsStarted[d] ?? 0);
  const allStarts = cumulative(
    (d) => (partner.days.conversationsStarted[d] ?? 0) + (me.days.conversationsStarted[d] ?? 0),
  );
  const replies = partner.replies;
  const replyCount = new Float64Array(n + 1);
  const replySum = new Float64Array(n + 1);
  const replySquares = new Float64Array(n + 1);
  let r = lowerBound(replies, from);
  for (let i = 0; i < n; i++) {
    let count = 0;
    let sum = 0;
    let squares = 0;
    while (r < replies.length && (replies.day[r] ?? 0) === from + i) {
      const v = Math.log1p(replies.value[r] ?? 0);
      count++;
      sum += v;
      squares += v * v;
      r++;
    }
    replyCount[i + 1] = (replyCount[i] ?? 0) + count;
    replySum[i + 1] = (replySum[i] ?? 0) + sum;
    replySquares[i + 1] = (replySquares[i] ?? 0) + squares;
  }
  const totalReplies = replyCount[n] ?? 0;
  const replyMean = totalReplies > 0 ? (replySum[n] ?? 0) / totalReplies : 0;
  const replyVariance = Math.max(
    totalReplies > 1 ? (replySquares[n] ?? 0) / totalReplies - replyMean * replyMean : 1,
    0.05,
  );
  const at = (a: Float64Array, i: number) => a[i] ?? 0;
  let best = earliest;
  let bestGain = Number.NEGATIVE_INFINITY;
  for (let day = Math.max(earliest, fromDay + 7); day <= Math.min(latest, toDay - 7); day++) {
    const k = day - table.firstDay - from;
    const leftMessages = at(allMessages, k);
    const rightMessages = at(allMessages, n) - leftMessages;
    const leftTheirs = at(theirMessages, k);
    const rightTheirs = at(theirMessages, n) - leftTheirs;
    if (leftMessages === 0 || rightMessages === 0) continue;
    let gain =
      binomialFit(leftTheirs, leftMessages) +
      binomialFit(rightTheirs, rightMessages) -
      binomialFit(at(theirMessages, n), at(allMessages, n));
    let falls = leftTheirs / leftMessages - rightTheirs / rightMessages;
    const leftStarts = at(allStarts, k);
    const rightStarts = at(allStarts, n) - leftStarts;
    gain +=
      binomialFit(at(theirStarts, k), leftStarts) +
      binomialFit(at(theirStarts, n) - at(theirStarts, k), rightStarts) -
      binomialFit(at(theirStarts, n), at(allStarts, n));
    const leftReplies = at(replyCount, k);
    const rightReplies = totalReplies - leftReplies;
    if (leftReplies > 0 && rightReplies > 0) {
      const leftMean = at(replySum, k) / leftReplies;
      const rightMean = (at(replySum, n) - at(replySum, k)) / rightReplies;
      gain += ((leftReplies * rightReplies) / totalReplies) * ((leftMean - rightMean) ** 2 / (2 * replyVariance));
      falls += rightMean - leftMean;
    }
    if (falls > 0 && gain > bestGain) {
      bestGain = gain;
      best = day;
    }
  }
  return best;
}

/** the longest build-up the day-level ramp search tries, in days */
const MAX_RAMP_DAYS = 84;

/**
 * The day (absolute) a fall began, placed by a day-level likelihood fit of "level, then a straight slide over
 * `L` days, then level" (L = 0 is a step) on who writes, who starts (binomial) and the partner's log reply
 * minutes (normal), over the days in [fromDay, toDay), with starts from `earliest` to `latest` and build-ups of
 * 0..`MAX_RAMP_DAYS` days in weekly steps. Each signal's level is its own rate before the start and after the
 * slide; inside the slide the rate moves in a straight line between them. Only fits where the partner's side
 * falls count.
 * @example placeRamp(table, day - 126, day + 84, day - 70, day + 7).start
 */
export function placeRamp(
  table: DailyTable,
  fromDay: number,
  toDay: number,
  earliest: number,
  latest: number,
  faller: 0 | 1 = 1,
): { start: number; length: number } {
  const from = Math.max(0, fromDay - table.firstDay);
  const to = Math.min(table.dayCount, toDay - table.firstDay);
  const n = to - from;
  const none = { start: earliest, length: 0 };
  if (n < 28) return none;
  const [me, partner] = faller === 1 ? table.sides : [table.sides[1], table.sides[0]];
  const hits = [new Float64Array(n), new Float64Array(n)];
  const trials = [new Float64Array(n), new Float64Array(n)];
  for (let i = 0; i < n; i++) {
    const d = from + i;
    (hits[0] as Float64Array)[i] = partner.days.messages[d] ?? 0;
    (trials[0] as Float64Array)[i] = (partner.days.messages[d] ?? 0) + (me.days.messages[d] ?? 0);
    (hits[1] as Float64Array)[i] = partner.days.conversationsStarted[d] ?? 0;
    (trials[1] as Float64Array)[i] =
      (partner.days.conversationsStarted[d] ?? 0) + (me.days.conversationsStarted[d] ?? 0);
  }
  const count = new Float64Array(n);
  const sum = new Float64Array(n);
  const squares = new Float64Array(n);
  const replies = partner.replies;
  for (let r = lowerBound(replies, from); r < replies.length && (replies.day[r] ?? 0) < to; r++) {
    const i = (replies.day[r] ?? 0) - from;
    const v = Math.log1p(replies.value[r] ?? 0);
    count[i] = (count[i] ?? 0) + 1;
    sum[i] = (sum[i] ?? 0) + v;
    squares[i] = (squares[i] ?? 0) + v * v;
  }
  const prefix = (a: Float64Array) => {
    const out = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) out[i + 1] = (out[i] ?? 0) + (a[i] ?? 0);
    return out;
  };
  const H = hits.map(prefix);
  const T = trials.map(prefix);
  const C = prefix(count);
  const S = prefix(sum);
  const Q = prefix(squares);
  const span = (a: Float64Array, i: number, j: number) => (a[j] ?? 0) - (a[i] ?? 0);
  const totalReplies = span(C, 0, n);
  const replyMean = totalReplies > 0 ? span(S, 0, n) / totalReplies : 0;
  const replyVariance = Math.max(totalReplies > 1 ? span(Q, 0, n) / totalReplies - replyMean * replyMean : 1, 0.05);
  const logOf = (p: number) => Math.log(Math.min(1 - 1e-9, Math.max(1e-9, p)));
  /** log-likelihood of the split at i with a slide over [i, j), relative to no change, and whether it falls */
  const fit = (i: number, j: number): { gain: number; falls: boolean } => {
    let gain = 0;
    let falls = 0;
    for (let s = 0; s < 2; s++) {
      const h = H[s] as Float64Array;
      const t = T[s] as Float64Array;
      const n0 = span(t, 0, i);
      const n1 = span(t, j, n);
      if (n0 === 0 || n1 === 0) continue;
      const p0 = span(h, 0, i) / n0;
      const p1 = span(h, j, n) / n1;
      if (s === 0) falls += p0 - p1;
      let ll = 0;
      const h0 = span(h, 0, i);
      const h1 = span(h, j, n);
      ll += h0 * logOf(p0) + (n0 - h0) * logOf(1 - p0) + h1 * logOf(p1) + (n1 - h1) * logOf(1 - p1);
      for (let k = i; k < j; k++) {
        const p = p0 + ((p1 - p0) * (k - i + 0.5)) / (j - i);
        const hk = (hits[s] as Float64Array)[k] ?? 0;
        const nk = (trials[s] as Float64Array)[k] ?? 0;
        ll += hk * logOf(p) + (nk - hk) * logOf(1 - p);
      }
      const all = span(t, 0, n);
      const pa = span(h, 0, n) / Math.max(1, all);
      gain += ll - (span(h, 0, n) * logOf(pa) + (all - span(h, 0, n)) * logOf(1 - pa));
    }
    const c0 = span(C, 0, i);
    const c1 = span(C, j, n);
    if (c0 > 0 && c1 > 0) {
      const m0 = span(S, 0, i) / c0;
      const m1 = span(S, j, n) / c1;
      falls += m1 - m0;
      // squared error around the fitted means, against the one mean of no change, in units of the variance
      let sse = span(Q, 0, i) - c0 * m0 * m0 + span(Q, j, n) - c1 * m1 * m1;
      for (let k = i; k < j; k++) {
        const m = m0 + ((m1 - m0) * (k - i + 0.5)) / (j - i);
        sse += (squares[k] ?? 0) - 2 * m * (sum[k] ?? 0) + (count[k] ?? 0) * m * m;
      }
      const sseAll = span(Q, 0, n) - totalReplies * replyMean * replyMean;
      gain += (sseAll - sse) / (2 * replyVariance);
    }
    return { gain, falls: falls > 0 };
  };
  let best = { start: earliest, length: 0, gain: Number.NEGATIVE_INFINITY };
  const low = Math.max(earliest, table.firstDay + from + 14);
  const high = Math.min(latest, table.firstDay + to - 14);
  for (let day = low; day <= high; day++) {
    const i = day - table.firstDay - from;
    for (let length = 0; length <= MAX_RAMP_DAYS; length += 7) {
      const j = Math.min(n - 7, i + length);
      if (length > 0 && j - i < length) break;
      const result = fit(i, j);
      if (result.falls && result.gain > best.gain) best = { start: day, length, gain: result.gain };
    }
  }
  return Number.isFinite(best.gain) ? { start: best.start, length: best.length } : none;
}
