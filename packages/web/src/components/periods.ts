// groups weekly figures into months when a history is long, so charts over years stay readable

export type Period = 'week' | 'month';

/** histories longer than this many weeks are charted month by month */
export const MONTHLY_AFTER_WEEKS = 78;

export interface PeriodSeries {
  readonly period: Period;
  /** YYYY-MM-DD where each point starts */
  readonly days: readonly string[];
  /** one array of points per picked series */
  readonly values: readonly (readonly (number | null)[])[];
}

const mean = (values: readonly (number | null)[]): number | null => {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
};

/**
 * Points per week, or per month (the mean of its weeks) for long histories.
 * @example byPeriod(weeks, [(w) => w.connection]).period // "week" for a few months of chat
 */
export function byPeriod<W extends { readonly start: string }>(
  weeks: readonly W[],
  picks: readonly ((week: W) => number | null)[],
): PeriodSeries {
  if (weeks.length <= MONTHLY_AFTER_WEEKS) {
    return { period: 'week', days: weeks.map((w) => w.start), values: picks.map((pick) => weeks.map(pick)) };
  }
  const groups: W[][] = [];
  for (const week of weeks) {
    const last = groups[groups.length - 1];
    if (last?.[0] && last[0].start.slice(0, 7) === week.start.slice(0, 7)) last.push(week);
    else groups.push([week]);
  }
  return {
    period: 'month',
    days: groups.map((group) => `${group[0]?.start.slice(0, 7) ?? '1970-01'}-01`),
    values: picks.map((pick) => groups.map((group) => mean(group.map(pick)))),
  };
}
