// six harder kinds of lives, where a careless reading would be wrong: each drawn from fixed generator settings

import { REASON_IDS } from '../playbook/index.ts';
import { dayToIso, isoToDay } from '../time/index.ts';
import { RHYTHMS, type Rhythm, type SimulationSpec } from './conversation.ts';
import { createRandom } from './random.ts';

/**
 * - `me-pulls-back`: the user pulls away, the partner stays as they were
 * - `mutual-drift`: both drift apart together, slowly
 * - `partner-returns`: the partner pulls away and comes back
 * - `always-slow`: the partner has always been slow to reply (and a little reserved); nothing changes
 * - `slow-withdrawal`: the partner's withdrawal builds up over about two months
 * - `slow-then-withdraws`: a partner who was always slow, then pulls away
 */
export type Life =
  | 'me-pulls-back'
  | 'mutual-drift'
  | 'partner-returns'
  | 'always-slow'
  | 'slow-withdrawal'
  | 'slow-then-withdraws';

export const LIVES: readonly Life[] = [
  'me-pulls-back',
  'mutual-drift',
  'partner-returns',
  'always-slow',
  'slow-withdrawal',
  'slow-then-withdraws',
];

/** an inclusive range a value is drawn from uniformly */
export type Span = readonly [number, number];

/** the generator settings of the six lives */
export interface LifeSettings {
  /** length of the history in days (lives that must show weeks after a return are lengthened) */
  readonly days: Span;
  /** first possible onset day, and the fewest days of history after the change is complete */
  readonly firstOnsetDay: number;
  readonly weeksAfterChange: Span;
  /** how strongly the one pulling away does so, 0..1 */
  readonly intensity: Span;
  /** days a step-like change takes to reach full strength */
  readonly stepRampDays: Span;
  /** days a slow withdrawal takes (the issue: "over two months instead of two weeks") */
  readonly slowRampDays: Span;
  /** a mutual drift: the shared strength, each side's deviation from it (share), how slowly, how far apart the two starts may be */
  readonly driftIntensity: Span;
  readonly driftImbalance: number;
  readonly driftRampDays: Span;
  readonly driftLagDays: number;
  /** a return: days from the onset until things come back, and weeks of history after it */
  readonly returnAfterDays: Span;
  readonly weeksAfterReturn: Span;
  /** an always-slow partner: how much slower their replies are, and how reserved their messages */
  readonly replySlowness: Span;
  readonly reserve: Span;
  /** week-to-week swings in volume and pace (log spread) */
  readonly volatility: Span;
  /** share of partner withdrawals where the user chases, and of lives with a shared holiday */
  readonly chaseShare: number;
  readonly holidayShare: number;
}

/** the settings the method was developed and tuned on */
export const DEVELOPMENT_LIVES: LifeSettings = {
  days: [170, 280],
  firstOnsetDay: 80,
  weeksAfterChange: [5, 14],
  intensity: [0.7, 0.95],
  stepRampDays: [2, 10],
  slowRampDays: [45, 75],
  driftIntensity: [0.55, 0.9],
  driftImbalance: 0.2,
  driftRampDays: [40, 110],
  driftLagDays: 10,
  returnAfterDays: [35, 70],
  weeksAfterReturn: [6, 14],
  replySlowness: [3, 7],
  reserve: [0.3, 0.7],
  volatility: [0, 0.2],
  chaseShare: 0.6,
  holidayShare: 0.3,
};

/**
 * The held-out settings, written from the description of the six lives before any tuning and
 * kept fixed since: the method is judged on these (with seeds it never saw), not on the ones above.
 */
export const HELD_OUT_LIVES: LifeSettings = {
  days: [180, 300],
  firstOnsetDay: 75,
  weeksAfterChange: [5, 16],
  intensity: [0.6, 0.95],
  stepRampDays: [3, 14],
  slowRampDays: [55, 65],
  driftIntensity: [0.5, 0.9],
  driftImbalance: 0.2,
  driftRampDays: [45, 120],
  driftLagDays: 14,
  returnAfterDays: [35, 84],
  weeksAfterReturn: [6, 16],
  replySlowness: [3, 8],
  reserve: [0.3, 0.7],
  volatility: [0, 0.25],
  chaseShare: 0.5,
  holidayShare: 0.3,
};

const NAMES = ['Alex', 'Sam', 'Jordan', 'Maya', 'Leo', 'Priya', 'Noah', 'Emma', 'Kai', 'Zoe', 'Ravi', 'Lena'];

/**
 * A reproducible scenario of one of the six lives for a seed, drawn from `settings`.
 * @example simulateConversation(lifeSpec(5, 'mutual-drift', HELD_OUT_LIVES)).truth.pattern // "mutual"
 */
export function lifeSpec(
  seed: number,
  life: Life,
  settings: LifeSettings,
  fixed: { rhythm?: Rhythm } = {},
): SimulationSpec {
  const random = createRandom(seed * 104_729 + LIVES.indexOf(life) * 7 + 1);
  const between = ([low, high]: Span) => low + random.next() * (high - low);
  const whole = (span: Span) => Math.round(between(span));
  const rhythm = fixed.rhythm ?? random.pick(RHYTHMS);
  const user = random.pick(NAMES);
  let partner = random.pick(NAMES);
  while (partner === user) partner = random.pick(NAMES);
  const startDate = dayToIso(isoToDay(`${random.int(2019, 2025)}-01-01`) + random.int(0, 300));
  let days = whole(settings.days);
  const tail = whole(settings.weeksAfterChange) * 7;
  const slow =
    life === 'always-slow' || life === 'slow-then-withdraws'
      ? { replySlowness: between(settings.replySlowness), reserve: between(settings.reserve) }
      : undefined;
  const base = {
    seed,
    reason: null,
    onsetDay: null,
    recoveryDay: null,
    userChases: false,
    rhythm,
    startDate,
    timeZone: 'UTC',
    holidays: [] as [number, number][],
    busySpells: [] as [number, number][],
    names: [user, partner] as const,
    volatility: between(settings.volatility),
    ...(slow ? { partnerStyle: slow } : {}),
  };
  const onsetFor = (ramp: number) => {
    const latest = Math.max(settings.firstOnsetDay, days - ramp - tail);
    return random.int(settings.firstOnsetDay, latest);
  };
  const holidayBefore = (onset: number) => {
    if (!random.chance(settings.holidayShare) || onset < 50) return;
    const start = random.int(20, onset - 25);
    base.holidays.push([start, start + random.int(6, 12)]);
  };
  switch (life) {
    case 'always-slow': {
      const busy = random.int(20, days - 10);
      base.busySpells.push([busy, busy + random.int(3, 6)]);
      holidayBefore(days - 30);
      return { ...base, kind: 'stable', days };
    }
    case 'me-pulls-back': {
      const ramp = whole(settings.stepRampDays);
      const onset = onsetFor(ramp);
      holidayBefore(onset);
      const change = { onsetDay: onset, rampDays: ramp, intensity: between(settings.intensity) };
      return { ...base, kind: 'me', days, userChange: change };
    }
    case 'mutual-drift': {
      const ramp = whole(settings.driftRampDays);
      const shared = between(settings.driftIntensity);
      const side = () => Math.min(0.98, shared * (1 + (random.next() * 2 - 1) * settings.driftImbalance));
      days = Math.max(days, settings.firstOnsetDay + ramp + tail + settings.driftLagDays);
      const onset = onsetFor(ramp + settings.driftLagDays);
      const lag = random.int(-settings.driftLagDays, settings.driftLagDays);
      holidayBefore(Math.min(onset, onset + lag));
      return {
        ...base,
        kind: 'mutual',
        days,
        onsetDay: Math.max(onset, onset + lag),
        rampDays: ramp,
        intensity: side(),
        userChange: { onsetDay: Math.max(onset, onset - lag), rampDays: ramp, intensity: side() },
      };
    }
    case 'partner-returns': {
      const ramp = whole(settings.stepRampDays);
      const back = whole(settings.returnAfterDays);
      const after = whole(settings.weeksAfterReturn) * 7;
      const onset = random.int(settings.firstOnsetDay, Math.max(settings.firstOnsetDay, days - back - after));
      days = Math.max(days, onset + back + after);
      holidayBefore(onset);
      return withdrawal(base, random, settings, { days, onset, ramp, recovery: onset + back });
    }
    case 'slow-withdrawal':
    case 'slow-then-withdraws': {
      const ramp = whole(life === 'slow-withdrawal' ? settings.slowRampDays : settings.stepRampDays);
      days = Math.max(days, settings.firstOnsetDay + ramp + tail);
      const onset = onsetFor(ramp);
      holidayBefore(onset);
      return withdrawal(base, random, settings, { days, onset, ramp, recovery: null });
    }
  }
}

function withdrawal(
  base: Omit<SimulationSpec, 'kind' | 'days'>,
  random: ReturnType<typeof createRandom>,
  settings: LifeSettings,
  at: { days: number; onset: number; ramp: number; recovery: number | null },
): SimulationSpec {
  const [low, high] = settings.intensity;
  return {
    ...base,
    kind: 'withdrawal',
    days: at.days,
    reason: random.pick(REASON_IDS),
    onsetDay: at.onset,
    rampDays: at.ramp,
    recoveryDay: at.recovery,
    intensity: low + random.next() * (high - low),
    userChases: random.chance(settings.chaseShare),
  };
}
