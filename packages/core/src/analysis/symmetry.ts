// each person's own engagement week by week, and when a fall began: the parts of the symmetry test and of gradual onsets

import { noiseVariance } from './change-point.ts';
import { median, standardizedMean } from './stats.ts';
import type { Metrics } from './types.ts';

/**
 * A person's own features of one week, each pointing up when they are more engaged: reply speed, words
 * per message (the mean: a median of whole words barely moves) and few one-word replies. Left out because
 * they move with what the other person does: message counts and conversations started (both fall when
 * either pulls away), questions and affection per message (openers carry most of them, so they rise for
 * whoever starts more of the conversations), and answering the other's bids (when one person cuts
 * conversations short, more of the other's bids are left as the last word).
 */
function ownFeatures(m: Metrics): number[] {
  return [
    m.medianReplyMinutes === null ? Number.NaN : -Math.log1p(m.medianReplyMinutes),
    m.messages > 0 ? Math.log1p(m.words / m.messages) : Number.NaN,
    m.messages > 0 ? -m.oneWordReplies / m.messages : Number.NaN,
  ];
}

/**
 * A person's writing alone, without timing, each pointing up when they reach out more: words per message,
 * questions per message and few one-word replies. Used for the user's side of the symmetry test: a user who
 * chases or checks in asks more while their replies may slow, which is not drifting away.
 */
export function writingFeatures(m: Metrics): number[] {
  return [
    m.messages > 0 ? Math.log1p(m.words / m.messages) : Number.NaN,
    m.messages > 0 ? m.questions / m.messages : Number.NaN,
    m.messages > 0 ? -m.oneWordReplies / m.messages : Number.NaN,
  ];
}

/** the smallest noise level a feature is divided by (medians of whole words or minutes can look noiseless) */
export const MIN_FEATURE_NOISE = 0.1;

/**
 * Each person's engagement score per week: their own features centred on their own median (so a partner
 * who always writes slowly is measured against themselves) and divided by the week-to-week noise of that
 * feature pooled over both people (so a fall of the same size counts the same on either side), averaged;
 * NaN for skipped weeks. A fall means this person wrote with less engagement than their own usual.
 * `features` picks what is read (by default reply speed, words per message and few one-word replies).
 * @example ownEngagement(weeks.map((w) => w.me), weeks.map((w) => w.partner), skipped)[1]
 */
export function ownEngagement(
  mine: readonly Metrics[],
  theirs: readonly Metrics[],
  skipped: (week: number) => boolean,
  features: (m: Metrics) => number[] = ownFeatures,
): [number[], number[]] {
  const rows = [mine, theirs].map((side) => side.map((m, i) => (skipped(i) ? null : features(m))));
  const count = rows.flat().find((row) => row !== null)?.length ?? 0;
  const column = (side: (number[] | null)[], f: number) =>
    side.flatMap((row) => (row && Number.isFinite(row[f]) ? [row[f] as number] : []));
  const center = rows.map((side) => Array.from({ length: count }, (_, f) => median(column(side, f)) ?? 0));
  const scale = Array.from({ length: count }, (_, f) => {
    const pooled = (noiseVariance(column(rows[0] ?? [], f)) + noiseVariance(column(rows[1] ?? [], f))) / 2;
    return Math.max(Math.sqrt(pooled), MIN_FEATURE_NOISE);
  });
  const score = (side: (number[] | null)[], mid: readonly number[]) =>
    side.map((row) => standardizedMean(row, mid, scale));
  return [score(rows[0] ?? [], center[0] ?? []), score(rows[1] ?? [], center[1] ?? [])];
}

export interface RampFit {
  /** where the fall begins, in weeks on the `times` axis (fractional: days are sevenths) */
  readonly start: number;
  /** how many weeks the fall took to reach its lowest level (0 = a step) */
  readonly length: number;
  /** the level before and the size of the fall (positive = lower after), of which `jump` came at once */
  readonly level: number;
  readonly fall: number;
  readonly jump: number;
  /** squared error of this fit, and of the best step (length 0) */
  readonly error: number;
  readonly stepError: number;
  /** the smallest squared error of a step-like fall (reaching its low within `STEP_LIKE_WEEKS`, from any day) and of a slower one */
  readonly stepLikeError: number;
  readonly slowError: number;
  /** the earliest and latest starts whose fit is within the profile bound of the best (about a 95% range) */
  readonly earliest: number;
  readonly latest: number;
}

/** the longest fall the ramp search tries, in weeks */
export const MAX_RAMP_WEEKS = 16;
/** a fall that reaches its lowest level within this many weeks is step-like */
export const STEP_LIKE_WEEKS = 2;
/** the profile bound for the range of the start: a χ² (1 degree) 95% quantile, in noise variances */
export const START_RANGE_BOUND = 3.84;

/**
 * Fits "level, then a fall (a jump, a straight slide over `length` weeks, or both), then level again" to
 * `values` at `times` (week numbers; a week's value sits at its middle), trying starts at every day and
 * lengths of 0..16 weeks, and keeps the fall with the smallest squared error. A jump lets a step that is
 * followed by a slower slide be dated at the step (`allowJump` false fits slides alone). Sums come from
 * prefix arrays, so each try is O(log n).
 * @example fitRamp([0, 1, 2, 3, 4, 5], [0, 0, 0, -1, -2, -2], 0.1).start // about 2.5
 */
export function fitRamp(
  times: readonly number[],
  values: readonly number[],
  variance: number,
  allowJump = true,
): RampFit | null {
  const n = times.length;
  if (n < 6) return null;
  const t = times.map((x) => x + 0.5);
  const c1 = new Float64Array(n + 1);
  const ct = new Float64Array(n + 1);
  const ctt = new Float64Array(n + 1);
  const cy = new Float64Array(n + 1);
  const cty = new Float64Array(n + 1);
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const x = t[i] ?? 0;
    const y = values[i] ?? 0;
    c1[i + 1] = (c1[i] ?? 0) + 1;
    ct[i + 1] = (ct[i] ?? 0) + x;
    ctt[i + 1] = (ctt[i] ?? 0) + x * x;
    cy[i + 1] = (cy[i] ?? 0) + y;
    cty[i + 1] = (cty[i] ?? 0) + x * y;
    syy += y * y;
  }
  const sy = cy[n] ?? 0;
  const range = (a: Float64Array, from: number, to: number) => (a[to] ?? 0) - (a[from] ?? 0);
  /** the first index whose time is at or after x */
  const after = (x: number): number => {
    let low = 0;
    let high = n;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((t[mid] ?? 0) < x) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  /**
   * Least squares of level + jump·[t ≥ start] + slope·ramp(t): a step when `length` is 0, else a fall
   * that may begin with a jump and goes on over `length` weeks. Null unless the whole fall is downward.
   */
  const fit = (start: number, length: number): { error: number; level: number; fall: number; jump: number } | null => {
    const i = after(start);
    const j = length > 0 ? after(start + length) : i;
    if (i < 3 || n - i < 2) return null;
    const total = syy - (sy * sy) / n;
    // the step part: 1 from index i on
    const ss = n - i;
    const ssy = range(cy, i, n);
    const vs = ss - (ss * ss) / n;
    const cs = ssy - (ss * sy) / n;
    if (vs <= 1e-9) return null;
    if (length === 0) {
      const b = cs / vs;
      if (b >= 0) return null;
      return { error: total - (cs * cs) / vs, level: (sy - b * ss) / n, fall: -b, jump: -b };
    }
    // the ramp part: (t - start) / length inside the ramp, 1 after it
    let sg = n - j;
    let sgg = n - j;
    let sgy = range(cy, j, n);
    if (j > i) {
      const k = j - i;
      const st = range(ct, i, j);
      sg += (st - k * start) / length;
      sgg += (range(ctt, i, j) - 2 * start * st + k * start * start) / (length * length);
      sgy += (range(cty, i, j) - start * range(cy, i, j)) / length;
    }
    const vg = sgg - (sg * sg) / n;
    if (vg <= 1e-9) return null;
    const cov = sgy - (sg * sy) / n;
    const slope = cov / vg;
    const slide =
      slope < 0 ? { error: total - (cov * cov) / vg, level: (sy - slope * sg) / n, fall: -slope, jump: 0 } : null;
    if (!allowJump) return slide;
    // g is 0 wherever the step part is 0, so the sum of their products is the sum of g
    const vsg = sg - (ss * sg) / n;
    const cg = cov;
    const det = vs * vg - vsg * vsg;
    if (det <= 1e-9) return slide;
    const bs = (vg * cs - vsg * cg) / det;
    const bg = (vs * cg - vsg * cs) / det;
    // both parts must fall; otherwise the slide alone is the fit
    if (bs > 0 || bg >= 0) return slide;
    const level = (sy - bs * ss - bg * sg) / n;
    return { error: total - (bs * cs + bg * cg), level, fall: -(bs + bg), jump: -bs };
  };
  const first = t[0] ?? 0;
  const last = t[n - 1] ?? 0;
  let best: { start: number; length: number; error: number; level: number; fall: number; jump: number } | null = null;
  let stepError = Number.POSITIVE_INFINITY;
  let stepLikeError = Number.POSITIVE_INFINITY;
  let slowError = Number.POSITIVE_INFINITY;
  const profile: { start: number; error: number }[] = [];
  for (let day = Math.floor(first) * 7; day <= last * 7; day++) {
    const start = day / 7;
    let bestHere = Number.POSITIVE_INFINITY;
    for (let length = 0; length <= MAX_RAMP_WEEKS; length++) {
      // a step can only sit between weeks; a ramp may start on any day
      if (length === 0 && day % 7 !== 0) continue;
      const result = fit(start, length);
      if (!result) continue;
      if (length === 0) stepError = Math.min(stepError, result.error);
      if (length <= STEP_LIKE_WEEKS) stepLikeError = Math.min(stepLikeError, result.error);
      else slowError = Math.min(slowError, result.error);
      bestHere = Math.min(bestHere, result.error);
      if (!best || result.error < best.error) best = { start, length, ...result };
    }
    if (Number.isFinite(bestHere)) profile.push({ start, error: bestHere });
  }
  if (!best) return null;
  const bound = best.error + START_RANGE_BOUND * variance;
  const inside = profile.filter((p) => p.error <= bound).map((p) => p.start);
  return {
    start: best.start,
    length: best.length,
    level: best.level,
    fall: best.fall,
    jump: best.jump,
    error: best.error,
    stepError,
    stepLikeError,
    slowError,
    earliest: Math.min(best.start, ...inside),
    latest: Math.max(best.start, ...inside),
  };
}
