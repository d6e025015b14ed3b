// one weekly metric for both people on the same axes, with the withdrawal onset marked
import type { AnalysisReport, Metrics } from '@reconnect/core';
import { formatDay } from '@reconnect/core';
import { PALETTE } from '../palette.ts';
import { byPeriod } from './periods.ts';
import type { ChartMarker } from './time-chart.tsx';
import { TimeChart } from './time-chart.tsx';

export type MetricKey = {
  [K in keyof Metrics]: Metrics[K] extends number | null ? K : never;
}[keyof Metrics];

export interface PairChartProps {
  readonly report: AnalysisReport;
  readonly metric: MetricKey;
  readonly formatValue: (value: number) => string;
  readonly formatAxis?: (value: number) => string;
  readonly ticks?: readonly number[];
  readonly description: string;
  readonly range?: readonly [number, number];
}

/**
 * The dated markers for where the partner's change began and, when it did, where things came back.
 * @example reportMarkers(report)[0]?.label // "change began ~4 Mar 2024"
 */
export function reportMarkers(report: AnalysisReport): ChartMarker[] {
  const { withdrawal } = report;
  if (!withdrawal.detected || !withdrawal.onset) return [];
  const markers: ChartMarker[] = [
    { day: withdrawal.onset, label: `change began ~${formatDay(withdrawal.onset)}`, side: 'before' },
  ];
  if (withdrawal.recovered && withdrawal.recoveredSince) {
    markers.push({
      day: withdrawal.recoveredSince,
      label: `coming back ~${formatDay(withdrawal.recoveredSince)}`,
      color: PALETTE.connection,
      side: 'after',
    });
  }
  return markers;
}

/**
 * @example <PairChart report={report} metric="medianReplyMinutes" formatValue={formatMinutes} description="…" />
 */
export function PairChart({ report, metric, formatValue, formatAxis, ticks, description, range }: PairChartProps) {
  const points = byPeriod(report.weeks, [(w) => w.partner[metric], (w) => w.me[metric]]);
  return (
    <TimeChart
      days={points.days}
      period={points.period}
      series={[
        { label: report.partner, values: points.values[0] ?? [], color: PALETTE.partner },
        { label: `${report.me} (you)`, values: points.values[1] ?? [], color: PALETTE.me, dash: [6, 4] },
      ]}
      formatValue={formatValue}
      description={description}
      markers={reportMarkers(report)}
      {...(range ? { range } : {})}
      {...(formatAxis ? { formatAxis } : {})}
      {...(ticks ? { ticks } : {})}
    />
  );
}
