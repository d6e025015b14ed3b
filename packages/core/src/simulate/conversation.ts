// seeded two-person chat histories with known truth: withdrawal for a reason (with or without recovery) or a stable couple

import { asEpochMs, asParticipantId, type Conversation, type Message, type ParticipantId } from '../model.ts';
import { REASON_IDS, type Reason } from '../playbook/index.ts';
import { createZoneClock, dayToIso, isoToDay } from '../time/index.ts';
import { hint, type LineKind, line } from './phrases.ts';
import { createRandom, type Random } from './random.ts';

/**
 * what truly happens: the partner pulls away (`withdrawal`), nothing lasting changes (`stable`), both drift
 * apart together (`mutual`) or the user is the one pulling away (`me`)
 */
export type ScenarioKind = 'withdrawal' | 'stable' | 'mutual' | 'me';
/** the story the analysis should tell for each kind of scenario (`withdrawal.pattern`) */
export const PATTERN_OF_KIND: Readonly<Record<ScenarioKind, 'partner' | 'none' | 'mutual' | 'me'>> = {
  withdrawal: 'partner',
  stable: 'none',
  mutual: 'mutual',
  me: 'me',
};
/** texting habits: ordinary days, night owls, long-distance (hours apart), heavy and light texters */
export type Rhythm = 'day' | 'night-owl' | 'long-distance' | 'heavy' | 'light';
export const RHYTHMS: readonly Rhythm[] = ['day', 'night-owl', 'long-distance', 'heavy', 'light'];

export interface SimulationSpec {
  readonly seed: number;
  readonly kind: ScenarioKind;
  /** the reason behind a withdrawal (withdrawal only) */
  readonly reason: Reason | null;
  /** day (from the start) the partner begins to pull away (withdrawal only) */
  readonly onsetDay: number | null;
  /** day things come back (withdrawal only, when it recovers) */
  readonly recoveryDay: number | null;
  /** the user chases more after the onset */
  readonly userChases: boolean;
  readonly rhythm: Rhythm;
  readonly days: number;
  /** YYYY-MM-DD of the first day */
  readonly startDate: string;
  readonly timeZone: string;
  /** shared silences (both away), as [first day, last day] from the start */
  readonly holidays: readonly (readonly [number, number])[];
  /** a few days of the partner being busy, then back to normal */
  readonly busySpells: readonly (readonly [number, number])[];
  readonly names: readonly [string, string];
  /** how strongly the partner pulls away, 0..1 (default: drawn around 0.85) */
  readonly intensity?: number;
  /** week-to-week swings in how much both write and how fast the partner answers (log-scale spread, default 0) */
  readonly volatility?: number;
  /** days the partner's pull-away takes to reach its full strength (default 4: a step) */
  readonly rampDays?: number;
  /** the user's own pulling away (kinds `me` and `mutual`): from which day, over how many days, how strongly */
  readonly userChange?: { readonly onsetDay: number; readonly rampDays: number; readonly intensity: number };
  /** a partner who has always written this way: replies slower by `replySlowness`, and `reserve` 0..1 fewer questions, news and warm words */
  readonly partnerStyle?: { readonly replySlowness: number; readonly reserve: number };
}

export interface SimulationTruth {
  readonly kind: ScenarioKind;
  /** the story the analysis should tell: `PATTERN_OF_KIND[kind]` */
  readonly pattern: 'partner' | 'mutual' | 'me' | 'none';
  /** whether the change came as a step (within two weeks) or built up slowly; null without a change */
  readonly shape: 'step' | 'gradual' | null;
  readonly reason: Reason | null;
  /** YYYY-MM-DD */
  readonly onset: string | null;
  readonly recovery: string | null;
  readonly userChases: boolean;
  readonly rhythm: Rhythm;
  readonly holidays: readonly { readonly from: string; readonly to: string }[];
  readonly busySpells: readonly { readonly from: string; readonly to: string }[];
}

export interface SimulatedConversation {
  readonly spec: SimulationSpec;
  readonly conversation: Conversation;
  readonly truth: SimulationTruth;
  readonly me: ParticipantId;
  readonly partner: ParticipantId;
}

const FIRST_NAMES = [
  'Alex',
  'Sam',
  'Jordan',
  'Maya',
  'Leo',
  'Priya',
  'Noah',
  'Emma',
  'Kai',
  'Zoe',
  'Ravi',
  'Lena',
  'Omar',
  'Ines',
];

/**
 * A random but reproducible scenario for a seed; `kind` and `reason` may be fixed by the caller.
 * @example specForSeed(12, { kind: 'withdrawal', reason: 'uncertain' }).onsetDay
 */
export function specForSeed(
  seed: number,
  fixed: { kind?: ScenarioKind; reason?: Reason; recovers?: boolean; rhythm?: Rhythm; days?: number } = {},
): SimulationSpec {
  const random = createRandom(seed * 7919 + 13);
  const kind = fixed.kind ?? (random.chance(0.7) ? 'withdrawal' : 'stable');
  const days = fixed.days ?? random.int(160, 260);
  const rhythm = fixed.rhythm ?? random.pick(RHYTHMS);
  const user = random.pick(FIRST_NAMES);
  let partner = random.pick(FIRST_NAMES);
  while (partner === user) partner = random.pick(FIRST_NAMES);
  const year = random.int(2019, 2025);
  const startDate = dayToIso(isoToDay(`${year}-01-01`) + random.int(0, 300));
  const holidays: [number, number][] = [];
  const busySpells: [number, number][] = [];
  let onsetDay: number | null = null;
  let recoveryDay: number | null = null;
  let reason: Reason | null = null;
  if (kind === 'withdrawal') {
    reason = fixed.reason ?? random.pick(REASON_IDS);
    onsetDay = random.int(75, days - 50);
    const recovers = fixed.recovers ?? random.chance(0.3);
    if (recovers && days - onsetDay >= 70) recoveryDay = onsetDay + random.int(35, Math.min(56, days - onsetDay - 28));
    if (random.chance(0.4)) {
      const start = random.int(20, Math.max(21, onsetDay - 25));
      holidays.push([start, start + random.int(6, 13)]);
    }
  } else {
    const count = random.int(1, 2);
    for (let i = 0; i < count; i++) {
      const start = random.int(30 + i * 90, 90 + i * 90);
      if (start + 14 < days) holidays.push([start, start + random.int(7, 14)]);
    }
    const busy = random.int(1, 3);
    for (let i = 0; i < busy; i++) {
      const start = random.int(20, days - 10);
      busySpells.push([start, start + random.int(3, 6)]);
    }
  }
  return {
    seed,
    kind,
    reason,
    onsetDay,
    recoveryDay,
    userChases: kind === 'withdrawal' && random.chance(0.6),
    rhythm,
    days,
    startDate,
    timeZone: 'UTC',
    holidays,
    busySpells,
    names: [user, partner],
  };
}

interface Person {
  /** awake window in local minutes from midnight; `sleep` may pass 1440 */
  readonly wake: number;
  readonly sleep: number;
  readonly replyMedian: number;
}

interface Habits {
  readonly people: readonly [Person, Person];
  readonly conversationsPerDay: number;
  readonly turns: number;
  readonly partnerStarts: number;
}

function habitsFor(rhythm: Rhythm, random: Random): Habits {
  const person = (wake: number, sleep: number, replyMedian: number): Person => ({
    wake: wake + random.int(-45, 45),
    sleep: sleep + random.int(-45, 45),
    replyMedian: replyMedian * random.logNormal(1, 0.25),
  });
  const partnerStarts = random.normal(0.45, 0.08);
  switch (rhythm) {
    case 'day':
      return { people: [person(420, 1380, 8), person(440, 1390, 10)], conversationsPerDay: 3, turns: 7, partnerStarts };
    case 'night-owl':
      return { people: [person(630, 1590, 8), person(660, 1620, 10)], conversationsPerDay: 3, turns: 8, partnerStarts };
    case 'long-distance':
      return {
        people: [person(420, 1380, 12), person(780, 1740, 15)],
        conversationsPerDay: 2.5,
        turns: 6,
        partnerStarts,
      };
    case 'heavy':
      return { people: [person(420, 1400, 3), person(430, 1410, 4)], conversationsPerDay: 6, turns: 14, partnerStarts };
    case 'light':
      return {
        people: [person(430, 1370, 25), person(450, 1380, 35)],
        conversationsPerDay: 1.4,
        turns: 4,
        partnerStarts,
      };
  }
}

const inside = (day: number, ranges: readonly (readonly [number, number])[]) =>
  ranges.some(([a, b]) => day >= a && day <= b);

/** the partner's pull-away intensity on a day: 0 normally, ramping up after the onset, down after recovery */
function intensityOn(spec: SimulationSpec, day: number, peak: number): number {
  if (spec.onsetDay === null || day < spec.onsetDay) return 0;
  const up = Math.min(1, (day - spec.onsetDay + 1) / Math.max(1, spec.rampDays ?? 4)) * peak;
  if (spec.recoveryDay === null || day < spec.recoveryDay) return up;
  return Math.max(0, up * (1 - (day - spec.recoveryDay + 1) / 4));
}

/** the user's own pull-away intensity on a day (0 unless `userChange` is set) */
function userIntensityOn(spec: SimulationSpec, day: number): number {
  const change = spec.userChange;
  if (!change || day < change.onsetDay) return 0;
  return Math.min(1, (day - change.onsetDay + 1) / Math.max(1, change.rampDays)) * change.intensity;
}

/** moves a minute-of-history (local) into the person's next awake window */
function awakeAt(person: Person, minute: number, random: Random): number {
  const day = Math.floor(minute / 1440);
  for (const d of [day - 1, day]) {
    const from = d * 1440 + person.wake;
    const to = d * 1440 + person.sleep;
    if (minute >= from && minute < to) return minute;
  }
  const nextWake = minute - (((minute % 1440) + 1440) % 1440) + person.wake;
  return (nextWake > minute ? nextWake : nextWake + 1440) + random.logNormal(25, 0.6);
}

/** the first day of the change: the partner's onset, or the earlier of the two for a mutual drift */
function truthOnset(spec: SimulationSpec, iso: (day: number) => string): string | null {
  const days = [spec.onsetDay, spec.userChange?.onsetDay ?? null].filter((d): d is number => d !== null);
  return days.length === 0 ? null : iso(Math.min(...days));
}

/** a change reaching full strength within two weeks is a step; a slower one built up gradually */
function shapeOf(spec: SimulationSpec): 'step' | 'gradual' | null {
  const ramp =
    spec.kind === 'withdrawal'
      ? (spec.rampDays ?? 4)
      : spec.kind === 'stable'
        ? null
        : (spec.userChange?.rampDays ?? 4);
  if (ramp === null) return null;
  return ramp <= 14 ? 'step' : 'gradual';
}

/**
 * Generates the chat of a scenario: a user and a partner writing day by day, with the truth it was built from.
 * @example simulateConversation(specForSeed(3)).truth.onset
 */
export function simulateConversation(spec: SimulationSpec): SimulatedConversation {
  const random = createRandom(spec.seed);
  const habits = habitsFor(spec.rhythm, random);
  const drawn = random.normal(0.85, 0.1);
  const peak = spec.intensity ?? drawn;
  const ids = [asParticipantId(spec.names[0]), asParticipantId(spec.names[1])] as const;
  const startDay = isoToDay(spec.startDate);
  const clock = createZoneClock(spec.timeZone);
  const drafts: { minute: number; side: 0 | 1; text: string; kind: 'text' | 'media' }[] = [];
  const say = (minute: number, side: 0 | 1, text: string, kind: 'text' | 'media' = 'text') =>
    drafts.push({ minute, side, text, kind });

  const reserve = spec.partnerStyle?.reserve ?? 0;
  const pickLine = (
    side: 0 | 1,
    turn: number,
    w: number,
    replying: boolean,
    u = 0,
  ): { text: string; kind: 'text' | 'media' } => {
    if (random.chance(0.04)) return { text: '<Media omitted>', kind: 'media' };
    if (side === 1 && w > 0) {
      if (spec.reason && random.chance(0.09 * w)) return { text: hint(random, spec.reason), kind: 'text' };
      if (random.chance(0.025 * w)) return { text: hint(random, random.pick(REASON_IDS)), kind: 'text' };
      if (replying && random.chance(0.4 * w)) return { text: line(random, 'oneWord'), kind: 'text' };
    }
    if (side === 0 && u > 0 && replying && random.chance(0.4 * u))
      return { text: line(random, 'oneWord'), kind: 'text' };
    if (side === 1 && reserve > 0 && replying && random.chance(0.2 * reserve))
      return { text: line(random, 'oneWord'), kind: 'text' };
    if (random.chance(0.008)) return { text: hint(random, random.pick(REASON_IDS)), kind: 'text' };
    const cooled = side === 1 ? (1 - 0.75 * w) * (1 - 0.6 * reserve) : 1 - 0.75 * u;
    const weights: [LineKind, number][] = [
      ['opener', turn === 0 ? 3 : 0],
      ['question', 0.22 * cooled],
      ['news', 0.12 * cooled],
      ['statement', 0.38],
      ['affection', 0.1 * cooled],
      ['logistics', 0.08],
      ['oneWord', replying ? 0.05 : 0],
    ];
    const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = random.next() * total;
    for (const [kind, weight] of weights) {
      roll -= weight;
      if (roll < 0) return { text: line(random, kind), kind: 'text' };
    }
    return { text: line(random, 'statement'), kind: 'text' };
  };

  const volatility = spec.volatility ?? 0;
  let weekVolume = 1;
  let weekPace = 1;
  for (let day = 0; day < spec.days; day++) {
    if (day % 7 === 0 && volatility > 0) {
      weekVolume = random.logNormal(1, volatility);
      weekPace = random.logNormal(1, volatility / 2);
    }
    if (inside(day, spec.holidays)) {
      if (random.chance(0.1))
        say(day * 1440 + 600 + random.int(0, 300), random.chance(0.5) ? 0 : 1, line(random, 'affection'));
      continue;
    }
    const w = intensityOn(spec, day, peak);
    const u = userIntensityOn(spec, day);
    const busy = inside(day, spec.busySpells);
    const conversations = random.poisson(
      habits.conversationsPerDay * weekVolume * (1 - 0.35 * w) * (1 - 0.35 * u) * (busy ? 0.6 : 1),
    );
    for (let c = 0; c < conversations; c++) {
      const theirStart = habits.partnerStarts * (1 - 0.85 * w) * (1 - 0.6 * reserve) * (busy ? 0.5 : 1);
      const myStart = (1 - habits.partnerStarts) * (1 - 0.85 * u);
      const partnerStarts = u > 0 ? theirStart / (theirStart + myStart) : theirStart;
      let side: 0 | 1 = random.chance(partnerStarts) ? 1 : 0;
      const starter = habits.people[side];
      let minute = day * 1440 + starter.wake + random.next() * Math.max(60, starter.sleep - starter.wake - 30);
      const turns = Math.max(2, random.poisson(habits.turns * (1 - 0.5 * w) * (1 - 0.5 * u) * (busy ? 0.6 : 1)));
      for (let turn = 0; turn < turns; turn++) {
        const burst = random.chance(0.3) ? 2 : 1;
        for (let b = 0; b < burst; b++) {
          let chosen = pickLine(side, turn, w, turn > 0, u);
          if (side === 0 && w > 0 && spec.reason === 'misunderstood' && random.chance(0.08))
            chosen = { text: line(random, 'long'), kind: 'text' };
          if (side === 0 && w > 0 && spec.reason === 'uncertain' && random.chance(0.08))
            chosen = { text: line(random, 'plans'), kind: 'text' };
          if (side === 1 && busy && turn === 0 && b === 0) chosen = { text: line(random, 'busy'), kind: 'text' };
          say(minute, side, chosen.text, chosen.kind);
          minute += random.logNormal(0.6, 0.6);
        }
        const responder: 0 | 1 = side === 0 ? 1 : 0;
        if (responder === 1 && w > 0 && random.chance(0.3 * w)) {
          if (spec.userChases && random.chance(0.65)) {
            const chases = random.int(1, 3);
            for (let k = 0; k < chases; k++) {
              minute += random.logNormal(70, 0.6);
              say(
                awakeAt(habits.people[0], minute, random),
                0,
                line(random, random.chance(0.8) ? 'chase' : 'softCheckIn'),
              );
            }
          }
          break;
        }
        if (responder === 0 && u > 0 && random.chance(0.3 * u)) break;
        const slow =
          responder === 1
            ? (1 + 3 * w) * (busy ? 4 : 1) * weekPace * (spec.partnerStyle?.replySlowness ?? 1)
            : 1 + 3 * u;
        const delay = random.logNormal(habits.people[responder].replyMedian * slow, 0.9);
        const at = awakeAt(habits.people[responder], minute + delay, random);
        if (at - minute > 16 * 60) break;
        minute = at;
        side = responder;
      }
    }
  }

  drafts.sort((a, b) => a.minute - b.minute);
  const messages: Message[] = drafts.map((d) => ({
    at: asEpochMs(
      clock.fromWall((startDay * 1440 + Math.floor(d.minute)) * 60_000 + Math.floor((d.minute % 1) * 60) * 1000),
    ),
    author: ids[d.side],
    text: d.text,
    kind: d.kind,
  }));
  const iso = (day: number) => dayToIso(startDay + day);
  return {
    spec,
    conversation: {
      format: 'whatsapp',
      title: `WhatsApp Chat with ${spec.names[1]}`,
      participants: [
        { id: ids[0], name: spec.names[0] },
        { id: ids[1], name: spec.names[1] },
      ],
      messages,
      warnings: [],
      selfHint: ids[0],
      partnerHint: ids[1],
    },
    truth: {
      kind: spec.kind,
      pattern: PATTERN_OF_KIND[spec.kind],
      shape: shapeOf(spec),
      reason: spec.reason,
      onset: truthOnset(spec, iso),
      recovery: spec.recoveryDay === null ? null : iso(spec.recoveryDay),
      userChases: spec.userChases,
      rhythm: spec.rhythm,
      holidays: spec.holidays.map(([a, b]) => ({ from: iso(a), to: iso(b) })),
      busySpells: spec.busySpells.map(([a, b]) => ({ from: iso(a), to: iso(b) })),
    },
    me: ids[0],
    partner: ids[1],
  };
}
