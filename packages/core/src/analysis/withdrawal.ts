// withdrawal: a sustained, one-sided drop in the partner's signals relative to the user's, found with PELT

import { formatDay } from '../wording.ts';
import { noiseVariance, segmentMeans } from './change-point.ts';
import type { DailyTable } from './daily-table.ts';
import { lowerBound } from './metrics.ts';
import { clamp, mean, median } from './stats.ts';
import type { Metrics, SignalMetric, WithdrawalSignal } from './types.ts';
import { dayToIso, weekStartDay } from './zone-clock.ts';

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
/** a later stretch within this many noise deviations of the baseline counts as a recovery */
export const RECOVERED_WITHIN = 1.5;
/** PELT penalty as a multiple of log(n) times the noise variance */
export const PENALTY_FACTOR = 2.5;
/** days on each side of a candidate onset compared when placing it to the day */
const REFINE_CONTEXT_DAYS = 42;
/** how far before the weekly change the daily search for the onset may go */
const REFINE_BACK_DAYS = 14;
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

/** +1 when a rise is good for connection, -1 when a rise means more distance */
const SIGNAL_DIRECTION: Readonly<Record<SignalMetric, 1 | -1>> = {
  messages: 1,
  medianWordsPerMessage: 1,
  medianReplyMinutes: -1,
  startedShare: 1,
  questions: 1,
  turnTowardRate: 1,
  oneWordReplies: -1,
  affection: 1,
  sentiment: 1,
};

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
): WithdrawalSignal[] {
  const signals: WithdrawalSignal[] = [];
  for (const metric of Object.keys(SIGNAL_DIRECTION) as SignalMetric[]) {
    const values = (indices: readonly number[]) => mean(indices.map((i) => weeks[i]?.partner[metric] ?? null));
    const b = values(before);
    const a = values(after);
    if (b === null || a === null) continue;
    const change = b === 0 ? (a === 0 ? 0 : Math.sign(a)) : (a - b) / Math.abs(b);
    signals.push({ metric, before: round(b, 2), after: round(a, 2), change: round(change, 2) });
  }
  return signals.sort((x, y) => Math.abs(y.change) - Math.abs(x.change));
}

const movedTowardDistance = (signal: WithdrawalSignal): boolean =>
  signal.change * SIGNAL_DIRECTION[signal.metric] <= -MOVED_SHARE;

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
  return features.map((row) => {
    if (!row) return Number.NaN;
    let sum = 0;
    let n = 0;
    for (let f = 0; f < count; f++) {
      const value = row[f] ?? Number.NaN;
      if (!Number.isFinite(value)) continue;
      sum += (value - (center[f] ?? 0)) / (scale[f] ?? 1);
      n++;
    }
    return n === 0 ? Number.NaN : sum / n;
  });
}

const xlogx = (x: number): number => (x > 0 ? x * Math.log(x) : 0);
/** the log-likelihood of `hits` out of `trials` under their own rate */
const binomialFit = (hits: number, trials: number): number =>
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
  const [me, partner] = table.sides;
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

/**
 * Looks for a sustained, one-sided drop in the partner's engagement and a later recovery.
 * @example findWithdrawal(weeks, table).detected
 */
export function findWithdrawal(weeks: readonly WeekInput[], table: DailyTable): WithdrawalFinding {
  const composite = compositeSeries(weeks);
  const active: number[] = [];
  composite.forEach((value, i) => {
    if (Number.isFinite(value)) active.push(i);
  });
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
  };
  if (active.length < MIN_SEGMENT_WEEKS * 2) return none;
  const series = active.map((i) => composite[i] ?? 0);
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
    if (!segment) continue;
    const before = Math.min(BASELINE_WEEKS, segment.start);
    const length = segment.end - segment.start;
    const drop = (levelBefore(segment.start) - segment.mean) / sigma;
    const evidence = drop * Math.sqrt((before * length) / (before + length));
    if (evidence > best.evidence) best = { index: k, drop, evidence };
  }
  const strength = clamp(1 - Math.exp(-best.evidence / 6), 0, 1);
  const low = segments[best.index];
  if (!low) return { ...none, confidence: round(strength * 0.4, 2), drop: best.drop, evidence: best.evidence };
  let onsetIndex = best.index;
  while (onsetIndex > 1) {
    const earlier = segments[onsetIndex - 1];
    if (!earlier) break;
    const earlierDrop = (levelBefore(earlier.start) - earlier.mean) / sigma;
    if (earlierDrop < Math.max(MIN_DROP * 0.6, best.drop * 0.5) || earlier.end - earlier.start > 8) break;
    onsetIndex--;
  }
  const onsetSegment = segments[onsetIndex] ?? low;
  const baselineLevel = levelBefore(onsetSegment.start);
  const recoveredLevel = (k: number) =>
    (baselineLevel - (segments[k]?.mean ?? 0)) / sigma < Math.min(RECOVERED_WITHIN, best.drop * 0.35);
  let recoverySegment: number | null = null;
  for (let k = segments.length - 1; k > best.index && recoveredLevel(k); k--) recoverySegment = k;
  const baselineEnd = onsetSegment.start;
  const baselineStart = Math.max(0, baselineEnd - BASELINE_WEEKS);
  const withdrawnEnd = recoverySegment !== null ? (segments[recoverySegment]?.start ?? series.length) : series.length;
  const baselineWeeks = active.slice(baselineStart, baselineEnd);
  const withdrawnWeeks = active.slice(onsetSegment.start, withdrawnEnd);
  const signals = compareSignals(weeks, baselineWeeks, withdrawnWeeks).filter((s) => Math.abs(s.change) >= 0.1);
  const moved = signals.filter(movedTowardDistance).length;
  const onsetWeek = weeks[active[onsetSegment.start] ?? 0]?.week ?? 0;
  const boundary = weekStartDay(onsetWeek);
  const dataFrom = Math.max(
    boundary - REFINE_CONTEXT_DAYS,
    weekStartDay(weeks[active[Math.max(0, onsetSegment.start - BASELINE_WEEKS)] ?? 0]?.week ?? onsetWeek),
  );
  const dataTo = Math.min(
    boundary + REFINE_CONTEXT_DAYS,
    weekStartDay(weeks[active[onsetSegment.end - 1] ?? 0]?.week ?? onsetWeek) + 7,
  );
  const onsetDay = placeOnset(table, dataFrom, dataTo, boundary - REFINE_BACK_DAYS, boundary + 7);
  const recoveryWeek =
    recoverySegment === null ? null : weeks[active[segments[recoverySegment]?.start ?? 0] ?? 0]?.week;
  const lowUntilDay =
    recoveryWeek === null || recoveryWeek === undefined ? table.firstDay + table.dayCount : weekStartDay(recoveryWeek);
  const weeksLow = (lowUntilDay - onsetDay) / 7;
  let lowWeeks = 0;
  for (let i = onsetSegment.start; i < withdrawnEnd; i++) if ((series[i] ?? 0) < baselineLevel - sigma) lowWeeks++;
  const sustained = lowWeeks >= MIN_LOW_SHARE * (withdrawnEnd - onsetSegment.start);
  const detected =
    best.drop >= MIN_DROP &&
    best.evidence >= MIN_EVIDENCE &&
    moved >= 2 &&
    weeksLow >= MIN_WITHDRAWN_WEEKS &&
    sustained;
  const confidence = detected
    ? clamp(strength * (0.6 + 0.1 * Math.min(4, moved)), 0, 1)
    : clamp(strength * 0.4, 0, 0.45);
  return {
    detected,
    onsetDay: detected ? onsetDay : null,
    confidence: round(confidence, 2),
    signals: detected ? signals : [],
    recoveredDay: detected && recoveryWeek !== undefined && recoveryWeek !== null ? weekStartDay(recoveryWeek) : null,
    baselineWeeks: detected ? baselineWeeks : active,
    withdrawnWeeks: detected ? withdrawnWeeks : [],
    composite,
    drop: best.drop,
    evidence: best.evidence,
  };
}

const describe = (signal: WithdrawalSignal): string => {
  const percent = Math.round(Math.abs(signal.change) * 100);
  switch (signal.metric) {
    case 'messages':
      return signal.change < 0 ? `fewer messages (${percent}% fewer)` : `more messages (${percent}% more)`;
    case 'medianWordsPerMessage':
      return signal.change < 0 ? 'shorter messages' : 'longer messages';
    case 'medianReplyMinutes':
      return signal.change > 0 ? 'slower replies' : 'quicker replies';
    case 'startedShare':
      return signal.change < 0 ? 'starting fewer of your conversations' : 'starting more conversations';
    case 'questions':
      return signal.change < 0 ? 'fewer questions back' : 'more questions';
    case 'turnTowardRate':
      return signal.change < 0 ? 'answering fewer of your bids for attention' : 'answering more of your bids';
    case 'oneWordReplies':
      return signal.change > 0 ? 'more one-word replies' : 'fewer one-word replies';
    case 'affection':
      return signal.change < 0 ? 'fewer affectionate words' : 'more affectionate words';
    case 'sentiment':
      return signal.change < 0 ? 'a heavier tone' : 'a lighter tone';
  }
};

/**
 * One or two plain, non-judgemental sentences about the finding.
 * @example withdrawalSummary(finding, 'Sam') // "Since around 4 Mar 2024, Sam's side of the chat changed …"
 */
export function withdrawalSummary(finding: WithdrawalFinding, partnerName: string): string {
  if (finding.baselineWeeks.length < MIN_SEGMENT_WEEKS * 2 && !finding.detected) {
    return `There is not enough shared history yet to see a lasting change in how ${partnerName} writes (it takes about six active weeks).`;
  }
  if (!finding.detected || finding.onsetDay === null) {
    return `There is no lasting one-sided change in how ${partnerName} writes. Quiet spells you shared, or a busy week or two, are normal and are not counted here.`;
  }
  const moved = finding.signals.filter(movedTowardDistance).slice(0, 3).map(describe);
  const list =
    moved.length > 1 ? `${moved.slice(0, -1).join(', ')} and ${moved[moved.length - 1]}` : (moved[0] ?? 'less contact');
  const since = `Since around ${formatDay(dayToIso(finding.onsetDay))}, ${partnerName}'s side of the chat changed: ${list}.`;
  if (finding.recoveredDay !== null) {
    return `${since} From about ${formatDay(dayToIso(finding.recoveredDay))} things came back close to how they were before.`;
  }
  return `${since} It has lasted longer than a busy spell, which can mean they are carrying something they have not put into words yet.`;
}
