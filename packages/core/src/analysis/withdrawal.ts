// withdrawal: a sustained, one-sided drop in the partner's signals relative to the user's, found with PELT

import { METRICS, SIGNAL_METRICS } from '../playbook/metrics.ts';
import { weekStartDay } from '../time/index.ts';
import { noiseVariance, type Segment, segmentMeans } from './change-point.ts';
import type { DailyTable } from './daily-table.ts';
import { binomialFit, placeOnset, placeRamp } from './onset-fit.ts';
import { clamp, mean, median, standardizedMean } from './stats.ts';
import { fitRamp, ownEngagement, STEP_LIKE_WEEKS, writingFeatures } from './symmetry.ts';
import type { DistancePattern, Metrics, WithdrawalSignal } from './types.ts';

/** a week in which the two together wrote fewer than twice this many messages is skipped as silent */
export const SHARED_SILENCE_MESSAGES = 3;
/** the shortest stretch the change-point search may cut, in active weeks */
export const MIN_SEGMENT_WEEKS = 3;
/** the shortest low stretch that counts as sustained withdrawal, in calendar weeks from the onset */
export const MIN_WITHDRAWN_WEEKS = 3;
/** the share of weeks after the onset that must sit a noise deviation or more below the baseline */
export const MIN_LOW_SHARE = 0.6;
/** the drop of the composite score, in noise standard deviations, needed to call it withdrawal */
export const MIN_DROP = 1.5;
/** the needed evidence: the drop times sqrt(weeks before · weeks low / (weeks before + weeks low)) */
export const MIN_EVIDENCE = 4.5;
/** the weeks before a change that give its baseline */
export const BASELINE_WEEKS = 16;
/** a fall needs at least this many active weeks before it (half the baseline) to have a usual to fall from */
export const MIN_BASELINE_WEEKS = BASELINE_WEEKS / 2;
/** a later stretch within this many noise deviations of the baseline counts as a recovery */
export const RECOVERED_WITHIN = 1.5;
/** PELT penalty as a multiple of log(n) times the noise variance */
export const PENALTY_FACTOR = 2.5;
/**
 * the symmetry test: the user's own fall must reach this share of the partner's on the shared scale of the own
 * scores, and this many of the user's own noise units, to call it mutual
 */
export const MUTUAL_SHARE = 0.45;
export const MIN_SIDE_FALL = 1;
/**
 * a drift of both also needs the user's writing score not to have risen by more than this (its shared scale): asking
 * more while replies slow is reaching out, not drifting away
 */
export const MAX_WRITING_RISE = 0.2;
/** "only the partner" is clear when the user's fall stays under that share by this many standard errors (one-sided 95%) */
export const SIDES_CLEAR_Z = 1.64;
/**
 * a fall relative to the user that has already ended is told as the partner's only when their own score fell
 * with at least this evidence (own noise units weighted by the weeks, as `MIN_EVIDENCE`)
 */
export const MIN_ENDED_OWN_EVIDENCE = 4;
/** a recovery must have lasted this many active weeks, most of them (this share) each near the baseline */
export const RECOVERY_WEEKS = 4;
export const RECOVERY_NEAR_SHARE = 0.75;
/** and the partner's own engagement must be back within this many of their noise units of their baseline */
export const RECOVERY_OWN_WITHIN = 1;
/** a fall is gradual when the fitted build-up lasts at least this many weeks and explains the weeks this much better (noise variances) */
export const GRADUAL_WEEKS = 5;
export const GRADUAL_GAIN = 16;
/** and at most this share of the fall came at once (a step followed by a slower slide is dated at the step) */
export const GRADUAL_JUMP_SHARE = 0.4;
/** a slow fall is dated when it had made this share of its way down */
export const SLIDE_DATE_SHARE = 0.1;
/** a slow fall must explain the weeks this much better than any step-like fall (noise variances) to be told as gradual */
export const SLOW_GAIN = 6;
/** the start is given as a range when its likely span is wider than this many days */
export const RANGE_WIDER_THAN_DAYS = 14;
/** the weeks after the start of a fall that its dating looks at */
const MAX_FALL_WEEKS = 26;
/** days on each side of a candidate onset compared when placing it to the day */
const REFINE_CONTEXT_DAYS = 42;
/** how far before the weekly change the daily search for the user's own onset may go */
const REFINE_BACK_DAYS = 14;
/**
 * how far before the weekly change the day-level searches for the start of the partner's fall go (the step onset
 * and the slide): the weekly cut of a light texter's relative score can lag the day counts by weeks
 */
const DAILY_BACK_DAYS = 70;
/** a change counts as a signal that moved when it changes by at least this share */
const MOVED_SHARE = 0.2;

export interface WeekInput {
  readonly week: number;
  readonly me: Metrics;
  readonly partner: Metrics;
  /** days of the week inside the history (the first and last weeks may be partial) */
  readonly days: number;
}

/** a week where each wrote less than this share of their own typical week is a shared quiet spell */
export const SHARED_QUIET_SHARE = 0.2;

export interface WithdrawalFinding {
  readonly detected: boolean;
  /** day index (absolute) of the onset */
  readonly onsetDay: number | null;
  readonly confidence: number;
  readonly signals: readonly WithdrawalSignal[];
  readonly recoveredDay: number | null;
  /** the weeks (indices into the input) before, after and (if any) since recovery */
  readonly baselineWeeks: readonly number[];
  readonly withdrawnWeeks: readonly number[];
  /** the composite score per input week (NaN when skipped), higher = partner more engaged than the user */
  readonly composite: readonly number[];
  /** the drop of the lowest-evidence segment below the weeks before it, in noise standard deviations */
  readonly drop: number;
  /** that drop weighted by how many weeks it and its baseline span (a two-sample z) */
  readonly evidence: number;
  /** who changed: the symmetry test's verdict */
  readonly pattern: DistancePattern;
  /** day index (absolute) the change of `pattern` began; the same as `onsetDay` for `partner` */
  readonly beganDay: number | null;
  /** day indices bounding the start when it is uncertain */
  readonly beganRange: { readonly from: number; readonly to: number } | null;
  /** the change built up slowly (a ramp fitted better than a step) */
  readonly gradual: boolean;
  /** each side's own fall in noise units (positive = less engaged) */
  readonly sides: { readonly me: number; readonly partner: number };
  /** the user's own signals before and after */
  readonly mySignals: readonly WithdrawalSignal[];
  /**
   * for `partner`: the user's own fall is not clearly below `MUTUAL_SHARE` of the partner's given how much each
   * side's weeks vary, so the weeks so far cannot yet rule out a drift of both
   */
  readonly sidesUncertain: boolean;
}

const logRatio = (a: number, b: number): number => Math.log((a + 1) / (b + 1));

/** the partner-relative-to-user features of one week; NaN where the week gives nothing to compare */
function weekFeatures(w: WeekInput): number[] {
  const { me, partner } = w;
  const reply =
    me.medianReplyMinutes !== null && partner.medianReplyMinutes !== null
      ? -(Math.log1p(partner.medianReplyMinutes) - Math.log1p(me.medianReplyMinutes))
      : Number.NaN;
  const length =
    me.medianWordsPerMessage !== null && partner.medianWordsPerMessage !== null
      ? logRatio(partner.medianWordsPerMessage, me.medianWordsPerMessage)
      : Number.NaN;
  const started = partner.startedShare ?? Number.NaN;
  const turn =
    partner.turnTowardRate !== null && me.turnTowardRate !== null
      ? partner.turnTowardRate - me.turnTowardRate
      : Number.NaN;
  const oneWord =
    partner.messages > 0 && me.messages > 0
      ? -(partner.oneWordReplies / partner.messages - me.oneWordReplies / me.messages)
      : Number.NaN;
  return [
    logRatio(partner.messages, me.messages),
    reply,
    length,
    started,
    turn,
    logRatio(partner.questions, me.questions),
    oneWord,
  ];
}

const round = (value: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/**
 * The partner's signals before and after, with the relative change, largest first.
 * @example compareSignals(weeks, [0, 1, 2], [3, 4, 5])[0] // { metric: 'messages', before: 80, after: 30, change: -0.63 }
 */
export function compareSignals(
  weeks: readonly WeekInput[],
  before: readonly number[],
  after: readonly number[],
  side: 'me' | 'partner' = 'partner',
): WithdrawalSignal[] {
  const signals: WithdrawalSignal[] = [];
  for (const metric of SIGNAL_METRICS) {
    const values = (indices: readonly number[]) => mean(indices.map((i) => weeks[i]?.[side][metric] ?? null));
    const b = values(before);
    const a = values(after);
    if (b === null || a === null) continue;
    const change = b === 0 ? (a === 0 ? 0 : Math.sign(a)) : (a - b) / Math.abs(b);
    signals.push({ metric, before: round(b, 2), after: round(a, 2), change: round(change, 2) });
  }
  return signals.sort((x, y) => Math.abs(y.change) - Math.abs(x.change));
}

export const movedTowardDistance = (signal: WithdrawalSignal): boolean =>
  signal.change * METRICS[signal.metric].direction <= -MOVED_SHARE;

/**
 * The composite engagement score per week (partner relative to user, each feature standardised by its
 * noise level); NaN for skipped weeks (partial, shared quiet).
 * @example compositeSeries(weeks).map((v) => v.toFixed(1))
 */
export function compositeSeries(weeks: readonly WeekInput[]): number[] {
  const full = weeks.filter((w) => w.days === 7);
  const typicalMine = median(full.map((w) => w.me.messages)) ?? 0;
  const typicalTheirs = median(full.map((w) => w.partner.messages)) ?? 0;
  const features = weeks.map((w) => {
    const bothQuiet =
      w.me.messages < typicalMine * SHARED_QUIET_SHARE && w.partner.messages < typicalTheirs * SHARED_QUIET_SHARE;
    const nearlySilent = w.me.messages + w.partner.messages < SHARED_SILENCE_MESSAGES * 2;
    return w.days < 7 || bothQuiet || nearlySilent ? null : weekFeatures(w);
  });
  const count = 7;
  const scale: number[] = [];
  const center: number[] = [];
  for (let f = 0; f < count; f++) {
    const values = features.flatMap((row) => (row && Number.isFinite(row[f]) ? [row[f] as number] : []));
    center.push(median(values) ?? 0);
    scale.push(Math.max(Math.sqrt(noiseVariance(values)), 0.05));
  }
  return features.map((row) => standardizedMean(row, center, scale));
}

/**
 * Count-based evidence of a fall of the partner's share of who writes and who starts, from the baseline weeks to
 * the low weeks: for each, the binomial likelihood ratio of a rate before and a rate after against one rate, scaled
 * by the over-dispersion of the weekly counts around the two rates (quasi-likelihood: Pearson χ² per degree of
 * freedom, at least 1), as a signed root (positive = the partner's share fell); and the partner's reply minutes
 * weighted by the replies of each week, as a z. The three are combined as (z₁ + z₂ + z₃)/√3. Exact in the counts,
 * so a light texter's sparse weeks weigh what they hold rather than one noise unit each.
 * @example countEvidence(weeks, [0, 1, 2, 3], [4, 5, 6]) // 4.8
 */
export function countEvidence(
  weeks: readonly WeekInput[],
  before: readonly number[],
  after: readonly number[],
): number {
  const signal = (hitsOf: (w: WeekInput) => number, trialsOf: (w: WeekInput) => number): number | null => {
    const sum = (indices: readonly number[], f: (w: WeekInput) => number) =>
      indices.reduce((acc, i) => acc + (weeks[i] ? f(weeks[i] as WeekInput) : 0), 0);
    const h0 = sum(before, hitsOf);
    const n0 = sum(before, trialsOf);
    const h1 = sum(after, hitsOf);
    const n1 = sum(after, trialsOf);
    if (n0 <= 0 || n1 <= 0) return null;
    const p0 = h0 / n0;
    const p1 = h1 / n1;
    const ratio = 2 * (binomialFit(h0, n0) + binomialFit(h1, n1) - binomialFit(h0 + h1, n0 + n1));
    let pearson = 0;
    let df = -2;
    for (const [indices, p] of [
      [before, p0],
      [after, p1],
    ] as const) {
      for (const i of indices) {
        const w = weeks[i];
        if (!w) continue;
        const n = trialsOf(w);
        if (n <= 0 || p <= 0 || p >= 1) continue;
        pearson += (hitsOf(w) - n * p) ** 2 / (n * p * (1 - p));
        df++;
      }
    }
    const dispersion = df > 0 ? Math.max(1, pearson / df) : 1;
    return Math.sign(p0 - p1) * Math.sqrt(Math.max(0, ratio) / dispersion);
  };
  const writes = signal(
    (w) => w.partner.messages,
    (w) => w.partner.messages + w.me.messages,
  );
  const starts = signal(
    (w) => w.partner.conversationsStarted,
    (w) => w.partner.conversationsStarted + w.me.conversationsStarted,
  );
  // the partner's reply minutes (log), each week's median weighted by its replies; the variance of one reply is
  // read from how far the weekly medians stray from their stretch's mean, given how many replies each holds
  const replies = (() => {
    const stretch = (indices: readonly number[]) =>
      indices.flatMap((i) => {
        const w = weeks[i]?.partner;
        return w && w.medianReplyMinutes !== null && w.replies > 0
          ? [{ v: Math.log1p(w.medianReplyMinutes), n: w.replies }]
          : [];
      });
    const a = stretch(before);
    const b = stretch(after);
    const total = (xs: { n: number }[]) => xs.reduce((acc, x) => acc + x.n, 0);
    const meanOf = (xs: { v: number; n: number }[]) => xs.reduce((acc, x) => acc + x.v * x.n, 0) / total(xs);
    if (a.length < 2 || b.length < 2) return null;
    const ma = meanOf(a);
    const mb = meanOf(b);
    const spread =
      (a.reduce((acc, x) => acc + x.n * (x.v - ma) ** 2, 0) + b.reduce((acc, x) => acc + x.n * (x.v - mb) ** 2, 0)) /
      (a.length + b.length - 2);
    return spread > 0 ? (mb - ma) / Math.sqrt(spread * (1 / total(a) + 1 / total(b))) : null;
  })();
  const zs = [writes, starts, replies].filter((z): z is number => z !== null);
  return zs.length === 0 ? 0 : zs.reduce((a, b) => a + b, 0) / Math.sqrt(zs.length);
}

interface Fall {
  /** the PELT segments of the series, over its active weeks */
  readonly segments: readonly Segment[];
  readonly sigma: number;
  readonly variance: number;
  /** the segment with the strongest evidence of a fall, and the segment where that fall began */
  readonly lowIndex: number;
  readonly onsetIndex: number;
  readonly drop: number;
  readonly evidence: number;
  readonly baselineLevel: number;
}

/** the strongest sustained fall of a series (over active weeks only), found with PELT */
function strongestFall(series: readonly number[]): Fall {
  const variance = Math.max(noiseVariance(series), 0.02);
  const sigma = Math.sqrt(variance);
  const segments = segmentMeans(series, {
    minSegment: MIN_SEGMENT_WEEKS,
    penalty: PENALTY_FACTOR * Math.log(series.length) * variance,
    variance,
  });
  const levelBefore = (start: number): number => {
    const from = Math.max(0, start - BASELINE_WEEKS);
    let sum = 0;
    for (let i = from; i < start; i++) sum += series[i] ?? 0;
    return start > from ? sum / (start - from) : 0;
  };
  let best = { index: -1, drop: 0, evidence: 0 };
  for (let k = 1; k < segments.length; k++) {
    const segment = segments[k];
    if (!segment || segment.start < MIN_BASELINE_WEEKS) continue;
    const before = Math.min(BASELINE_WEEKS, segment.start);
    const length = segment.end - segment.start;
    const drop = (levelBefore(segment.start) - segment.mean) / sigma;
    const evidence = drop * Math.sqrt((before * length) / (before + length));
    if (evidence > best.evidence) best = { index: k, drop, evidence };
  }
  let onsetIndex = best.index;
  while (onsetIndex > 1) {
    const earlier = segments[onsetIndex - 1];
    if (!earlier) break;
    const earlierDrop = (levelBefore(earlier.start) - earlier.mean) / sigma;
    if (earlierDrop < Math.max(MIN_DROP * 0.6, best.drop * 0.5) || earlier.end - earlier.start > 8) break;
    onsetIndex--;
  }
  const onsetStart = segments[onsetIndex]?.start ?? 0;
  return {
    segments,
    sigma,
    variance,
    lowIndex: best.index,
    onsetIndex,
    drop: best.drop,
    evidence: best.evidence,
    baselineLevel: levelBefore(onsetStart),
  };
}

/** the mean of a series over some of its weeks (NaN weeks left out) */
const meanOver = (series: readonly number[], weeks: readonly number[]): number | null =>
  mean(weeks.map((i) => (Number.isFinite(series[i]) ? (series[i] as number) : null)));

/**
 * How far one person's own engagement fell from the baseline weeks to the later weeks on the shared scale of
 * `ownEngagement` (each feature in noise units pooled over both people), so both sides' falls compare directly.
 */
export function commonFall(series: readonly number[], before: readonly number[], after: readonly number[]): number {
  const b = meanOver(series, before);
  const a = meanOver(series, after);
  return b === null || a === null ? 0 : b - a;
}

/**
 * How far one person's own engagement fell from the baseline weeks to the later weeks, in that person's
 * own noise units (positive = less engaged).
 * @example sideFall(partnerScore, [0, 1, 2], [5, 6, 7]) // 3.2
 */
export function sideFall(
  series: readonly number[],
  before: readonly number[],
  after: readonly number[],
  scaleOf: readonly number[] = series,
): number {
  const finite = scaleOf.filter((v) => Number.isFinite(v));
  const sigma = Math.max(Math.sqrt(noiseVariance(finite)), 0.05);
  const b = meanOver(series, before);
  const a = meanOver(series, after);
  return b === null || a === null ? 0 : (b - a) / sigma;
}

/**
 * Looks for a sustained drop in the partner's engagement relative to the user's, tests whether the user
 * changed as much (the symmetry test), dates the start of the change (a step or a slow build-up), and
 * checks for a lasting recovery.
 * @example findWithdrawal(weeks, table).pattern // "partner"
 */
export function findWithdrawal(weeks: readonly WeekInput[], table: DailyTable): WithdrawalFinding {
  const composite = compositeSeries(weeks);
  const active: number[] = [];
  composite.forEach((value, i) => {
    if (Number.isFinite(value)) active.push(i);
  });
  const skipped = (i: number) => !Number.isFinite(composite[i]);
  const [mine, theirs] = ownEngagement(
    weeks.map((w) => w.me),
    weeks.map((w) => w.partner),
    skipped,
  );
  const none: WithdrawalFinding = {
    detected: false,
    onsetDay: null,
    confidence: 0,
    signals: [],
    recoveredDay: null,
    baselineWeeks: active,
    withdrawnWeeks: [],
    composite,
    drop: 0,
    evidence: 0,
    pattern: 'none',
    beganDay: null,
    beganRange: null,
    gradual: false,
    sides: { me: 0, partner: 0 },
    mySignals: [],
    sidesUncertain: false,
  };
  if (active.length < MIN_SEGMENT_WEEKS * 2) return none;
  const series = active.map((i) => composite[i] ?? 0);
  const fall = strongestFall(series);
  const { segments, sigma } = fall;
  const strength = clamp(1 - Math.exp(-fall.evidence / 6), 0, 1);
  const low = segments[fall.lowIndex];
  const undetected = {
    ...none,
    confidence: round(clamp(strength * 0.4, 0, 0.45), 2),
    drop: fall.drop,
    evidence: fall.evidence,
  };
  if (!low) return ownChange(undetected, weeks, table, active, mine, theirs);
  const onsetSegment = segments[fall.onsetIndex] ?? low;
  const baselineLevel = fall.baselineLevel;
  const recoveredLevel = (k: number) =>
    (baselineLevel - (segments[k]?.mean ?? 0)) / sigma < Math.min(RECOVERED_WITHIN, fall.drop * 0.35);
  let recoverySegment: number | null = null;
  for (let k = segments.length - 1; k > fall.lowIndex && recoveredLevel(k); k--) recoverySegment = k;
  const baselineEnd = onsetSegment.start;
  const baselineStart = Math.max(0, baselineEnd - BASELINE_WEEKS);
  const withdrawnEnd = recoverySegment !== null ? (segments[recoverySegment]?.start ?? series.length) : series.length;
  const baselineWeeks = active.slice(baselineStart, baselineEnd);
  const withdrawnWeeks = active.slice(onsetSegment.start, withdrawnEnd);
  const signals = compareSignals(weeks, baselineWeeks, withdrawnWeeks).filter((s) => Math.abs(s.change) >= 0.1);
  const moved = signals.filter(movedTowardDistance).length;
  const onsetWeek = weeks[active[onsetSegment.start] ?? 0]?.week ?? 0;
  const boundary = weekStartDay(onsetWeek);
  // the day-level step is searched as far back as the day-level slide: on a light texter's sparse weeks the
  // relative score's cut can come weeks after the day counts (who writes, who starts, reply minutes) moved
  const earliestDay = boundary - DAILY_BACK_DAYS;
  const dataFrom = Math.max(
    earliestDay - (REFINE_CONTEXT_DAYS - REFINE_BACK_DAYS),
    weekStartDay(weeks[active[Math.max(0, onsetSegment.start - BASELINE_WEEKS)] ?? 0]?.week ?? onsetWeek),
  );
  const dataTo = Math.min(
    boundary + REFINE_CONTEXT_DAYS,
    weekStartDay(weeks[active[onsetSegment.end - 1] ?? 0]?.week ?? onsetWeek) + 7,
  );
  const stepDay = placeOnset(table, dataFrom, dataTo, earliestDay, boundary + 7);
  const recoveryWeek =
    recoverySegment === null ? null : weeks[active[segments[recoverySegment]?.start ?? 0] ?? 0]?.week;
  const lowUntilDay =
    recoveryWeek === null || recoveryWeek === undefined ? table.firstDay + table.dayCount : weekStartDay(recoveryWeek);
  const weeksLow = (lowUntilDay - stepDay) / 7;
  let lowWeeks = 0;
  for (let i = onsetSegment.start; i < withdrawnEnd; i++) if ((series[i] ?? 0) < baselineLevel - sigma) lowWeeks++;
  const sustained = lowWeeks >= MIN_LOW_SHARE * (withdrawnEnd - onsetSegment.start);
  const counted = countEvidence(weeks, baselineWeeks, withdrawnWeeks);
  const detected =
    fall.drop >= MIN_DROP &&
    (fall.evidence >= MIN_EVIDENCE || counted >= MIN_EVIDENCE) &&
    moved >= 2 &&
    weeksLow >= MIN_WITHDRAWN_WEEKS &&
    sustained;
  if (!detected) return ownChange(undetected, weeks, table, active, mine, theirs);

  // the symmetry test: did the user's own engagement fall about as much as the partner's?
  // each side's fall is measured from before either person's own score began to fall: a slow drift of both
  // shows in the relative score only late, when one side has slid further, and by then both had moved
  const firstOwnFall = Math.min(
    onsetSegment.start,
    ownFallStart(active.map((i) => mine[i] ?? Number.NaN)),
    ownFallStart(active.map((i) => theirs[i] ?? Number.NaN)),
  );
  const beforeEither = active.slice(Math.max(0, firstOwnFall - BASELINE_WEEKS), firstOwnFall);
  // ...and over every week since then, not only the weeks the relative search picked out: those were picked
  // because the partner sat lowest against the user there, so on them alone the partner's fall looks larger
  // and the user's smaller than they are. A return relative to the user that the partner's own writing does
  // not share (both stayed low, the user a little lower) does not end those weeks either.
  const ownReturn =
    recoverySegment === null || sideFall(theirs, beforeEither, active.slice(withdrawnEnd)) <= RECOVERY_OWN_WITHIN;
  const sinceEither = active.slice(firstOwnFall, ownReturn ? withdrawnEnd : active.length);
  const sides = {
    me: round(sideFall(mine, beforeEither, sinceEither), 2),
    partner: round(sideFall(theirs, beforeEither, sinceEither), 2),
  };
  // a dip that has already ended must show in the partner's own writing too: a few weeks low relative to
  // the user alone is as often a busy spell, or the user writing more for a while
  const ownEvidence =
    sideFall(theirs, beforeEither, withdrawnWeeks) *
    Math.sqrt((beforeEither.length * withdrawnWeeks.length) / Math.max(1, beforeEither.length + withdrawnWeeks.length));
  if (recoverySegment !== null && ownEvidence < MIN_ENDED_OWN_EVIDENCE)
    return ownChange(undetected, weeks, table, active, mine, theirs);
  // both are real falls when the user's is clear against their own week-to-week noise, and "about as much"
  // is judged on the shared scale of the own scores (each feature in the noise units pooled over both), where
  // the same change counts the same on either side: in each person's own noise units, a partner who always
  // wrote unevenly (an always-slow partner) would make the user's fall look larger than it was
  const myFall = commonFall(mine, beforeEither, sinceEither);
  const theirFall = commonFall(theirs, beforeEither, sinceEither);
  // ...and the user's writing (words per message, questions, few one-word replies) must not have grown: a user whose
  // replies slow while they ask more (chasing, checking in) is reaching out, not drifting away
  const [myWriting] = ownEngagement(
    weeks.map((w) => w.me),
    weeks.map((w) => w.partner),
    skipped,
    writingFeatures,
  );
  const myWritingFall = commonFall(myWriting, beforeEither, sinceEither);
  const mutual = sides.me >= MIN_SIDE_FALL && myFall >= MUTUAL_SHARE * theirFall && myWritingFall > -MAX_WRITING_RISE;
  // how sure the "only the partner" reading is: the margin by which the user's fall stays under the share of
  // the partner's, against the standard error of that margin from each side's own week-to-week noise
  const weeksFactor = Math.sqrt(1 / Math.max(1, beforeEither.length) + 1 / Math.max(1, sinceEither.length));
  const noiseOf = (series: readonly number[]) =>
    Math.sqrt(noiseVariance(active.map((i) => series[i] ?? Number.NaN).filter((v) => Number.isFinite(v))));
  const marginError = Math.hypot(MUTUAL_SHARE * noiseOf(theirs), noiseOf(mine)) * weeksFactor;
  const sidesUncertain = MUTUAL_SHARE * theirFall - myFall < SIDES_CLEAR_Z * marginError;
  const mySignals = compareSignals(weeks, baselineWeeks, withdrawnWeeks, 'me').filter((s) => Math.abs(s.change) >= 0.1);
  const confidence = clamp(strength * (0.6 + 0.1 * Math.min(4, moved)), 0, 1);
  if (mutual) {
    // a drift of both is dated on both people's own engagement, not on the difference between them
    const together = active.map((i) => ((mine[i] ?? 0) + (theirs[i] ?? 0)) / 2);
    const variance = Math.max(noiseVariance(together), 0.02);
    const dated = dateStart(weeks, active, together, variance, baselineStart, onsetSegment.start, withdrawnEnd, true);
    return {
      ...none,
      confidence: round(confidence, 2),
      signals,
      baselineWeeks,
      withdrawnWeeks,
      drop: fall.drop,
      evidence: fall.evidence,
      pattern: 'mutual',
      beganDay: dated.day,
      beganRange: dated.range,
      gradual: dated.gradual,
      sides,
      mySignals,
    };
  }
  // the start of the partner's fall is read on both the relative score and the partner's own engagement,
  // each in its own noise units: the relative score carries the shared signals (who writes, who starts),
  // the own score is free of the user's reactions (chasing, waiting)
  const dateSeries = partnerDatingSeries(composite, theirs);
  const dated = dateSlide(
    weeks,
    active,
    dateSeries,
    baselineStart,
    onsetSegment.start,
    withdrawnEnd,
    stepDay,
    table,
    1,
    recoverySegment !== null ? (recoveryWeek ?? null) : null,
  );
  const beganDay = dated.day;
  const recovered =
    recoveryWeek !== null &&
    recoveryWeek !== undefined &&
    recoverySegment !== null &&
    lastingRecovery(series, theirs, active, withdrawnEnd, baselineLevel, sigma, baselineWeeks);
  return {
    detected: true,
    onsetDay: beganDay,
    confidence: round(confidence, 2),
    signals,
    recoveredDay: recovered && recoveryWeek !== null && recoveryWeek !== undefined ? weekStartDay(recoveryWeek) : null,
    baselineWeeks,
    withdrawnWeeks,
    composite,
    drop: fall.drop,
    evidence: fall.evidence,
    pattern: 'partner',
    beganDay,
    beganRange: dated.range,
    gradual: dated.gradual,
    sides,
    mySignals,
    sidesUncertain,
  };
}

/**
 * The partner's series for dating a fall: the relative score and the partner's own score, each divided by
 * its own week-to-week noise, added (the relative score alone where the own score is missing).
 */
export function partnerDatingSeries(composite: readonly number[], theirs: readonly number[]): number[] {
  const noise = (series: readonly number[]) =>
    Math.max(Math.sqrt(noiseVariance(series.filter((v) => Number.isFinite(v)))), 0.05);
  const relative = noise(composite);
  const own = noise(theirs);
  return composite.map((v, i) => {
    const o = theirs[i];
    return v / relative + (o !== undefined && Number.isFinite(o) ? o / own : v / relative);
  });
}

/**
 * Dates a fall of the partner in the weeks [from, to): a slide-only ramp fit over every start day and
 * length; a fall that took longer than `STEP_LIKE_WEEKS` to reach its low is dated when it had made
 * `SLIDE_DATE_SHARE` of its way down (the very first day of a slow slide is the least certain part of the
 * fit), a quicker one keeps the day-level step onset. A slow fall is told as gradual when it lasted at least
 * `GRADUAL_WEEKS`, came mostly as a slide, and explains the weeks clearly better than any step-like fall.
 * `returnWeek` is the week a dip that has already ended came back (null while it lasts).
 */
function dateSlide(
  weeks: readonly WeekInput[],
  active: readonly number[],
  series: readonly number[],
  baselineStart: number,
  onsetStart: number,
  to: number,
  stepDay: number,
  table: DailyTable,
  faller: 0 | 1 = 1,
  returnWeek: number | null = null,
): { gradual: boolean; day: number; range: { from: number; to: number } | null } {
  const end = Math.min(to, onsetStart + MAX_FALL_WEEKS);
  const times: number[] = [];
  const values: number[] = [];
  for (let i = baselineStart; i < end; i++) {
    const value = series[active[i] ?? 0];
    if (value === undefined || !Number.isFinite(value)) continue;
    times.push(weeks[active[i] ?? 0]?.week ?? 0);
    values.push(value);
  }
  const variance = Math.max(noiseVariance(values), 0.02);
  const ramp = fitRamp(times, values, variance, false);
  const shape = fitRamp(times, values, variance);
  const toDay = (week: number) => weekStartDay(Math.floor(week)) + Math.round((week - Math.floor(week)) * 7);
  if (!ramp || !shape) return { gradual: false, day: stepDay, range: null };
  // a dip that has already ended shows both its edges: a slide that would have taken the whole dip, leaving fewer
  // than `MIN_WITHDRAWN_WEEKS` at its low before the return, is no more than the noise of a short dip allows, so
  // such a dip is read as a step (level, dip, level), as below.
  // A fall that reached its low quickly, or came mostly at once, looks like a step. The day-level step onset
  // dates a true step best, but on a slow build-up of a light texter it lands where the change became
  // obvious, weeks late; so it is checked against two readings of a slide, the weekly one above and a
  // day-level one, and the middle of the three is kept: one reading that strays is outvoted by the others
  const noLowBeforeReturn = returnWeek !== null && returnWeek - (ramp.start + ramp.length) < MIN_WITHDRAWN_WEEKS;
  if (ramp.length <= STEP_LIKE_WEEKS || shape.jump > GRADUAL_JUMP_SHARE * shape.fall || noLowBeforeReturn) {
    const daily = placeRamp(
      table,
      stepDay - DAILY_BACK_DAYS - 56,
      stepDay + 84,
      stepDay - DAILY_BACK_DAYS,
      stepDay + 7,
      faller,
    );
    const readings = [
      stepDay,
      toDay(ramp.start + SLIDE_DATE_SHARE * ramp.length),
      daily.start + Math.round(SLIDE_DATE_SHARE * daily.length),
    ].sort((a, b) => a - b);
    // when the three readings disagree by more than two weeks, the start is told as the span they cover
    const first = readings[0] ?? stepDay;
    const last = readings[2] ?? stepDay;
    const range = last - first > RANGE_WIDER_THAN_DAYS ? { from: first, to: last } : null;
    return { gradual: false, day: readings[1] ?? stepDay, range };
  }
  const gradual =
    ramp.length >= GRADUAL_WEEKS &&
    shape.jump <= GRADUAL_JUMP_SHARE * shape.fall &&
    ramp.stepLikeError - ramp.slowError >= SLOW_GAIN * variance;
  const shift = SLIDE_DATE_SHARE * ramp.length;
  const range =
    gradual && (ramp.latest - ramp.earliest) * 7 > RANGE_WIDER_THAN_DAYS
      ? { from: toDay(ramp.earliest + shift), to: toDay(ramp.latest + shift) }
      : null;
  return { gradual, day: toDay(ramp.start + shift), range };
}

/**
 * Where a person's own engagement began a sustained fall (an index into the active weeks), or infinity
 * when it shows none as strong as a withdrawal must be.
 */
function ownFallStart(series: readonly number[]): number {
  const clean = series.map((v) => (Number.isFinite(v) ? v : 0));
  const fall = strongestFall(clean);
  const onset = fall.segments[fall.onsetIndex];
  if (!onset || fall.drop < MIN_DROP || fall.evidence < MIN_EVIDENCE) return Number.POSITIVE_INFINITY;
  return onset.start;
}

/**
 * A recovery counts only when it lasted: at least `RECOVERY_WEEKS` active weeks since it began, most of
 * them each back near the baseline, and the partner's own engagement back near their own earlier level.
 */
function lastingRecovery(
  series: readonly number[],
  theirs: readonly number[],
  active: readonly number[],
  from: number,
  baselineLevel: number,
  sigma: number,
  baselineWeeks: readonly number[],
): boolean {
  const weeksBack = series.length - from;
  if (weeksBack < RECOVERY_WEEKS) return false;
  let near = 0;
  for (let i = from; i < series.length; i++) if ((series[i] ?? 0) >= baselineLevel - sigma) near++;
  if (near < RECOVERY_NEAR_SHARE * weeksBack) return false;
  return sideFall(theirs, baselineWeeks, active.slice(from)) <= RECOVERY_OWN_WITHIN;
}

/**
 * Dates the start of a fall in the weeks [from, to) of the active series: a ramp fit, which is kept
 * (as a gradual change) when a slow build-up explains the weeks clearly better than a step; with
 * `fitted`, the fit's start (ramp or step) is used either way instead of the change-point week.
 */
function dateStart(
  weeks: readonly WeekInput[],
  active: readonly number[],
  series: readonly number[],
  variance: number,
  baselineStart: number,
  onsetStart: number,
  to: number,
  fitted = false,
): { gradual: boolean; day: number; range: { from: number; to: number } | null } {
  const end = Math.min(to, onsetStart + MAX_FALL_WEEKS);
  const times: number[] = [];
  const values: number[] = [];
  for (let i = baselineStart; i < end; i++) {
    times.push(weeks[active[i] ?? 0]?.week ?? 0);
    values.push(series[i] ?? 0);
  }
  // whether the fall was gradual is judged with jumps allowed (a step and a later slide is not gradual);
  // where a gradual fall began is read from the best slide alone
  const shape = fitRamp(times, values, variance);
  const ramp = fitRamp(times, values, variance, false);
  const fallback = weekStartDay(weeks[active[onsetStart] ?? 0]?.week ?? 0);
  if (!ramp || !shape) return { gradual: false, day: fallback, range: null };
  const gradual =
    ramp.length >= GRADUAL_WEEKS &&
    shape.jump <= GRADUAL_JUMP_SHARE * shape.fall &&
    ramp.stepError - ramp.error >= GRADUAL_GAIN * variance;
  const toDay = (week: number) => weekStartDay(Math.floor(week)) + Math.round((week - Math.floor(week)) * 7);
  const day = gradual || fitted ? toDay(ramp.start) : fallback;
  const range =
    gradual && (ramp.latest - ramp.earliest) * 7 > RANGE_WIDER_THAN_DAYS
      ? { from: toDay(ramp.earliest), to: toDay(ramp.latest) }
      : null;
  return { gradual, day, range };
}

/**
 * Without a partner-relative fall: did either person's own engagement fall on its own (the user pulling
 * back, or both drifting together)? The partner is never said to pull back from this path.
 */
function ownChange(
  base: WithdrawalFinding,
  weeks: readonly WeekInput[],
  table: DailyTable,
  active: readonly number[],
  mine: readonly number[],
  theirs: readonly number[],
): WithdrawalFinding {
  const both = mine.map((v, i) => (v + (theirs[i] ?? Number.NaN)) / 2);
  const composite = base.composite;
  const candidates = (
    [
      ['me', mine],
      ['partner', theirs],
      ['both', both],
    ] as const
  ).flatMap(([who, full]) => {
    const series = active.map((i) => full[i] ?? 0);
    const fall = strongestFall(series);
    const low = fall.segments[fall.lowIndex];
    const onset = fall.segments[fall.onsetIndex];
    if (!low || !onset || fall.drop < MIN_DROP || fall.evidence < MIN_EVIDENCE) return [];
    const end = series.length;
    let lowWeeks = 0;
    for (let i = onset.start; i < end; i++) if ((series[i] ?? 0) < fall.baselineLevel - fall.sigma) lowWeeks++;
    if (lowWeeks < MIN_LOW_SHARE * (end - onset.start) || end - onset.start < MIN_WITHDRAWN_WEEKS) return [];
    return [{ who, series, fall, onsetStart: onset.start, end }];
  });
  const pick = candidates.sort((a, b) => b.fall.evidence - a.fall.evidence)[0];
  if (!pick) return base;
  const baselineStart = Math.max(0, pick.onsetStart - BASELINE_WEEKS);
  const baselineWeeks = active.slice(baselineStart, pick.onsetStart);
  const laterWeeks = active.slice(pick.onsetStart, pick.end);
  const sides = {
    me: round(sideFall(mine, baselineWeeks, laterWeeks), 2),
    partner: round(sideFall(theirs, baselineWeeks, laterWeeks), 2),
  };
  // the partner is never said to pull back here (the relative search above saw no one-sided fall). The
  // mirror of that search decides between the user and both: when the user fell, the partner's score
  // relative to the user's rose over the same weeks, and a rise that passes the bar a partner's relative
  // fall must pass is the user's own pulling back; a drift of both leaves the relative score about level
  const rise = -sideFall(composite, baselineWeeks, laterWeeks);
  const riseEvidence =
    rise *
    Math.sqrt((baselineWeeks.length * laterWeeks.length) / Math.max(1, baselineWeeks.length + laterWeeks.length));
  const oneSided = rise >= MIN_DROP && riseEvidence >= MIN_EVIDENCE;
  const pattern: DistancePattern | null =
    sides.me >= MIN_SIDE_FALL && (oneSided || sides.partner < MIN_SIDE_FALL)
      ? 'me'
      : sides.me >= MIN_SIDE_FALL && sides.partner >= MIN_SIDE_FALL
        ? 'mutual'
        : null;
  if (pattern === null) return base;
  const combined = active.map((i) => (pattern === 'mutual' ? (both[i] ?? 0) : (mine[i] ?? 0)));
  const variance = Math.max(noiseVariance(combined), 0.02);
  const dated = dateStart(
    weeks,
    active,
    combined,
    variance,
    baselineStart,
    pick.onsetStart,
    pick.end,
    pattern === 'mutual',
  );
  let beganDay = dated.day;
  let beganRange = dated.range;
  if (!dated.gradual && pattern === 'me') {
    const boundary = dated.day;
    const stepDay = placeOnset(
      table,
      boundary - REFINE_CONTEXT_DAYS,
      boundary + REFINE_CONTEXT_DAYS,
      boundary - REFINE_BACK_DAYS,
      boundary + 7,
      0,
    );
    // dated as the partner's fall is, mirrored: on the user's own score together with the relative score
    // turned round (it rises when the user pulls back), with the same three readings of a step-looking start
    const mirror = partnerDatingSeries(
      composite.map((v) => -v),
      mine,
    );
    const mirrored = dateSlide(weeks, active, mirror, baselineStart, pick.onsetStart, pick.end, stepDay, table, 0);
    beganDay = mirrored.day;
    beganRange = mirrored.range;
  }
  const strength = clamp(1 - Math.exp(-pick.fall.evidence / 6), 0, 1);
  return {
    ...base,
    confidence: round(clamp(strength * 0.9, 0, 1), 2),
    signals: compareSignals(weeks, baselineWeeks, laterWeeks).filter((s) => Math.abs(s.change) >= 0.1),
    baselineWeeks,
    withdrawnWeeks: laterWeeks,
    pattern,
    beganDay,
    beganRange,
    gradual: dated.gradual,
    sides,
    mySignals: compareSignals(weeks, baselineWeeks, laterWeeks, 'me').filter((s) => Math.abs(s.change) >= 0.1),
  };
}
