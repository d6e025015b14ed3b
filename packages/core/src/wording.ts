// plain-language wording of report figures, shared by the CLI summary and the HTML report
import type { DistancePattern, Pursuit, Withdrawal } from './analysis/types.ts';
import { METRICS, type MetricUnit, SIGNAL_METRICS, type SignalMetric } from './playbook/metrics.ts';
import { createZoneClock, dayToIso, MONTH_ABBREVIATIONS, MONTH_NAMES } from './time/index.ts';

/** how a withdrawal signal is named and shown, keyed by the metric (both from its entry in the playbook) */
export interface MetricWording {
  /** a noun phrase: "reply time" */
  readonly label: string;
  /** formats one weekly value of this metric */
  readonly format: (value: number) => string;
}

/** one weekly value in its unit's words */
const UNIT_FORMAT: Readonly<Record<MetricUnit, (value: number) => string>> = {
  'per week': (v) => `${Math.round(v * 10) / 10} a week`,
  share: (v) => `${Math.round(v * 100)}%`,
  words: (v) => `${Math.round(v * 10) / 10} words`,
  minutes: (v) => formatMinutes(v),
  tone: (v) => (v >= 0.05 ? 'warm' : v <= -0.05 ? 'low' : 'neutral'),
};

export const METRIC_WORDING: Readonly<Record<SignalMetric, MetricWording>> = Object.fromEntries(
  SIGNAL_METRICS.map((metric) => [metric, { label: METRICS[metric].label, format: UNIT_FORMAT[METRICS[metric].unit] }]),
) as Record<SignalMetric, MetricWording>;

/**
 * A duration in words a person reads at a glance.
 * @example formatMinutes(95) // "1 h 35 min"
 */
export function formatMinutes(minutes: number): string {
  if (!Number.isFinite(minutes)) return '—';
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) {
    const hours = Math.floor(minutes / 60);
    const rest = Math.round(minutes - hours * 60);
    return rest === 0 || hours >= 10 ? `${Math.round(minutes / 60)} h` : `${hours} h ${rest} min`;
  }
  return `${Math.round(minutes / 1440)} days`;
}

/**
 * A calendar date (YYYY-MM-DD) written for people, independent of the viewer's time zone.
 * @example formatDay('2024-03-04') // "4 Mar 2024"
 */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const month = MONTH_ABBREVIATIONS[Number(match[2]) - 1] ?? match[2];
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/**
 * The calendar date of an ISO instant in the conversation's time zone.
 * @example localDay('2024-03-04T23:30:00.000Z', 'Europe/Berlin') // "2024-03-05"
 */
export function localDay(iso: string, timeZone: string): string {
  const ms = new Date(iso).getTime();
  if (Number.isNaN(ms)) return iso.slice(0, 10);
  try {
    return dayToIso(createZoneClock(timeZone).localDay(ms));
  } catch {
    return iso.slice(0, 10);
  }
}

export type Sureness = 'tentative' | 'fairly' | 'clear';

/**
 * How sure a finding is, in words that do not overclaim.
 * @example sureness(0.8) // "clear"
 */
export function sureness(confidence: number): Sureness {
  if (confidence >= 0.7) return 'clear';
  if (confidence >= 0.4) return 'fairly';
  return 'tentative';
}

/** how a finding (a change in the chat) is described at each level */
export const SURENESS_WORDS: Readonly<Record<Sureness, string>> = {
  tentative: 'a tentative sign',
  fairly: 'fairly likely',
  clear: 'a clear pattern',
};

/** how a hint (words pointing to a reason) is described at each level */
export const HINT_WORDS: Readonly<Record<Sureness, string>> = {
  tentative: 'a faint hint',
  fairly: 'a moderate hint',
  clear: 'a strong hint',
};

/**
 * A relative change as a short phrase.
 * @example formatChange(-0.42) // "42% less"
 */
export function formatChange(change: number): string {
  if (!Number.isFinite(change)) return 'changed';
  const percent = Math.round(Math.abs(change) * 100);
  if (percent === 0) return 'about the same';
  if (change > 0 && percent >= 100) return `${Math.round((change + 1) * 10) / 10}× as much`;
  return `${percent}% ${change < 0 ? 'less' : 'more'}`;
}

/**
 * The first occurrence of each distinct text, at most `limit` of them.
 * @example distinctByText([{ text: 'a' }, { text: 'a' }, { text: 'b' }], 5).length // 2
 */
export function distinctByText<T extends { readonly text: string }>(items: readonly T[], limit: number): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length >= limit) break;
    const key = item.text.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(item);
  }
  return kept;
}

/** below this, a hint with no quote behind it is no sign at all */
const NO_SIGN_BELOW = 0.1;

/**
 * How sure a finding (or, with `kind` 'hint', a hint at a reason) is, in words only: a percentage would read
 * as a probability, and nothing here is certain. A hint below 0.1 with no quote (`evidence` 0) is "no sign".
 * The CLI summary, the report and the app all word it here.
 * @example howSure(0.55) // "fairly likely"
 */
export function howSure(confidence: number, kind: 'finding' | 'hint' = 'finding', evidence?: number): string {
  const clamped = Math.max(0, Math.min(1, Number.isFinite(confidence) ? confidence : 0));
  if (kind === 'hint' && evidence === 0 && clamped < NO_SIGN_BELOW) return 'no sign of it in the words';
  return (kind === 'hint' ? HINT_WORDS : SURENESS_WORDS)[sureness(clamped)];
}

/** three or more unanswered runs are worth naming even when no chasing pattern grew */
const RUNS_WORTH_NAMING = 3;

/**
 * The headline of the user's own side, agreeing with the figures shown beside it.
 * @example pursuitHeadline(report.pursuit) // "Since around 3 Mar 2025, you have been reaching out more, and more urgently. …"
 */
export function pursuitHeadline(pursuit: Pursuit): string {
  if (pursuit.detected) {
    const since = pursuit.since ? `Since around ${formatDay(pursuit.since)}` : 'Lately';
    return `${since}, you have been reaching out more, and more urgently. That is an understandable reaction.`;
  }
  if (pursuit.unansweredRuns >= RUNS_WORTH_NAMING)
    return `Your reaching out has not grown more urgent over time, though ${pursuit.unansweredRuns.toLocaleString('en-US')} times three or more of your messages in a row went unanswered.`;
  return 'Your messages do not show a chasing pattern.';
}

/** the figures of the user's side, labelled the same everywhere; a ping after unanswered messages counts as pressing too */
export function pursuitFigures(pursuit: Pursuit): readonly (readonly [label: string, value: number])[] {
  return [
    ['runs of 3+ unanswered messages', pursuit.unansweredRuns],
    ['longest run without an answer', pursuit.longestRun],
    ['quick second messages', pursuit.doubleTexts],
    ['messages that pressed for an answer (in words, or a follow-up while unanswered)', pursuit.pressureMessages],
  ];
}

/** "early May", "mid-May" or "late May" for a YYYY-MM-DD day */
function partOfMonth(day: string): { words: string; part: string; month: string; year: string } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const month: string = MONTH_NAMES[Number(match[2]) - 1] ?? match[2] ?? '';
  const date = Number(match[3]);
  const part = date <= 10 ? 'early ' : date <= 20 ? 'mid-' : 'late ';
  return { words: `${part}${month}`, part, month, year: match[1] ?? '' };
}

/**
 * An uncertain start written as a span a person can picture.
 * @example formatDayRange('2024-04-14', '2024-05-06') // "between mid-April and early May 2024"
 * @example formatDayRange('2024-06-02', '2024-06-25') // "between early and late June 2024"
 */
export function formatDayRange(from: string, to: string): string {
  const a = partOfMonth(from);
  const b = partOfMonth(to);
  if (!a || !b) return `between ${from} and ${to}`;
  if (a.words === b.words && a.year === b.year) return `in ${a.words} ${a.year}`;
  if (a.month === b.month && a.year === b.year)
    return `between ${a.part.replace('-', '').trim()} and ${b.words} ${b.year}`;
  return a.year === b.year
    ? `between ${a.words} and ${b.words} ${b.year}`
    : `between ${a.words} ${a.year} and ${b.words} ${b.year}`;
}

/** the signals whose labels read the same for the user as for the partner (shown for both sides) */
export const SAID_OF_EITHER: ReadonlySet<SignalMetric> = new Set(
  SIGNAL_METRICS.filter((m) => METRICS[m].labelFitsEither),
);

/** a short name for each story the symmetry test can tell, for labels */
export const PATTERN_LABELS: Readonly<Record<DistancePattern, string>> = {
  partner: 'They pulled back',
  mutual: 'You have both drifted',
  me: 'You have pulled back more than they have',
  none: 'No lasting change',
};

/** the label of the story the analysis tells, with the doubt the headline carries when there is one */
export function patternLabel(withdrawal: Withdrawal): string {
  const pattern = withdrawal.pattern ?? (withdrawal.detected ? 'partner' : 'none');
  if (pattern === 'partner' && withdrawal.sidesUncertain === true && !withdrawal.recovered)
    return 'Their side changed; too early to tell about yours';
  return PATTERN_LABELS[pattern];
}

/**
 * The one-line headline of what changed, for the pattern the analysis found, as strong as the finding and no
 * stronger. The CLI summary, the report and the app all word it here.
 * @example distanceHeadline(report.withdrawal, 'Sam') // "Sam seems to have pulled back since around 4 Mar 2024."
 */
export function distanceHeadline(withdrawal: Withdrawal, partner: string): string {
  const when = withdrawal.began ?? withdrawal.onset;
  const since = when
    ? withdrawal.beganRange
      ? `, starting ${formatDayRange(withdrawal.beganRange.from, withdrawal.beganRange.to)}`
      : ` since around ${formatDay(when)}`
    : '';
  switch (withdrawal.pattern ?? (withdrawal.detected ? 'partner' : 'none')) {
    case 'partner': {
      if (withdrawal.recovered && withdrawal.recoveredSince && when) {
        const from = withdrawal.beganRange ? since.slice(2) : `from around ${formatDay(when)}`;
        return `${partner} pulled back for a while, ${from}, and things have been close to how they were since about ${formatDay(withdrawal.recoveredSince)}.`;
      }
      // the summary says it cannot yet rule out a drift of both: the headline does not claim more than that
      if (withdrawal.sidesUncertain === true)
        return `${partner}'s side of the chat has changed${since}; it is too early to tell whether you have drifted too.`;
      const level = sureness(withdrawal.confidence);
      if (level === 'clear') return `${partner} has pulled back${since}.`;
      if (level === 'fairly') return `${partner} seems to have pulled back${since}.`;
      return `${partner} may have pulled back a little${since}.`;
    }
    case 'mutual':
      return `You and ${partner} both seem to have drifted a little, together${since ? `,${since.replace(/^,/, '')}` : ''}.`;
    case 'me':
      return `Your side of the chat has changed more than ${partner}'s${since}.`;
    case 'none':
      return 'No lasting pull-back shows in these messages.';
  }
}
