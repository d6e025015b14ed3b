// one weekly metric for both people on the same axes, with the withdrawal onset marked
import type { AnalysisReport, Metrics, Withdrawal } from '@reconnect/core/analysis';
import { formatDay } from '@reconnect/core/playbook';
import { byPeriod } from './periods.ts';
import type { ChartMarker } from './time-chart.tsx';
import { TimeChart } from './time-chart.tsx';

export type MetricKey = {
  [K in keyof Metrics]: Metrics[K] extends number | null ? K : never;
}[keyof Metrics];

/** what a chart of both people's weeks draws from: the weeks, the change to mark, and the two names */
export type WeeksSlice = Pick<AnalysisReport, 'weeks' | 'withdrawal' | 'me' | 'partner'>;

export interface PairChartProps extends WeeksSlice {
  readonly metric: MetricKey;
  readonly formatValue: (value: number) => string;
  readonly formatAxis?: (value: number) => string;
  readonly ticks?: readonly number[];
  readonly description: string;
  readonly range?: readonly [number, number];
}

/**
 * The dated markers for where the partner's change began and, when it did, where things came back.
 * @example reportMarkers(report.withdrawal)[0]?.label // "change began ~4 Mar 2024"
 */
export function reportMarkers(withdrawal: Withdrawal): ChartMarker[] {
  if (!withdrawal.detected || !withdrawal.onset) return [];
  const markers: ChartMarker[] = [
    { day: withdrawal.onset, label: `change began ~${formatDay(withdrawal.onset)}`, side: 'before' },
  ];
  if (withdrawal.recovered && withdrawal.recoveredSince) {
    markers.push({
      day: withdrawal.recoveredSince,
      label: `coming back ~${formatDay(withdrawal.recoveredSince)}`,
      tone: 'connection',
      side: 'after',
    });
  }
  return markers;
}

/**
 * @example <PairChart {...slice} metric="medianReplyMinutes" formatValue={formatMinutes} description="…" />
 */
export function PairChart(props: PairChartProps) {
  const { weeks, withdrawal, me, partner, metric, formatValue, formatAxis, ticks, description, range } = props;
  const points = byPeriod(weeks, [(w) => w.partner[metric], (w) => w.me[metric]]);
  return (
    <TimeChart
      days={points.days}
      period={points.period}
      series={[
        { label: partner, values: points.values[0] ?? [], tone: 'partner' },
        { label: `${me} (you)`, values: points.values[1] ?? [], tone: 'me', dash: [6, 4] },
      ]}
      formatValue={formatValue}
      description={description}
      markers={reportMarkers(withdrawal)}
      {...(range ? { range } : {})}
      {...(formatAxis ? { formatAxis } : {})}
      {...(ticks ? { ticks } : {})}
    />
  );
}
