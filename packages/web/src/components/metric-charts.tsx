// the report's named charts: connection, reply time, message length, who starts, questions, turn-toward
import type { AnalysisReport } from '@reconnect/core';
import { formatMinutes } from '@reconnect/core';
import { formatMinutesShort } from '../format.ts';
import { PALETTE } from '../palette.ts';
import { ChartCard } from './chart-card.tsx';
import type { MetricKey } from './pair-chart.tsx';
import { PairChart, reportMarkers } from './pair-chart.tsx';
import { byPeriod } from './periods.ts';
import { TimeChart } from './time-chart.tsx';

export interface ReportChartProps {
  readonly report: AnalysisReport;
}

const mean = (values: readonly (number | null)[]): number | null => {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
};

/**
 * A sentence for screen readers comparing the partner's weekly values before and after the onset.
 * @example describeChange(report, 'medianReplyMinutes', formatMinutes) // "Sam: about 12 min before the change, 2 h after."
 */
export function describeChange(report: AnalysisReport, metric: MetricKey, format: (v: number) => string): string {
  const onset = report.withdrawal.detected ? report.withdrawal.onset : null;
  const values = (weeks: AnalysisReport['weeks']) => mean(weeks.map((w) => w.partner[metric]));
  if (!onset) {
    const all = values(report.weeks);
    return all === null ? 'No weeks to show.' : `${report.partner}: about ${format(all)} in a typical week.`;
  }
  const before = values(report.weeks.filter((w) => w.start < onset));
  const after = values(report.weeks.filter((w) => w.start >= onset));
  if (before === null || after === null)
    return `${report.partner}: too few weeks on one side of the change to compare.`;
  return `${report.partner}: about ${format(before)} before the change, ${format(after)} after.`;
}

/** tick steps for durations in minutes: minutes, hours, days */
const MINUTE_TICKS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360, 720, 1440, 2880, 10080];

const percent = (v: number): string => `${Math.round(v * 100)}%`;
const oneDecimal = (v: number): string => `${Math.round(v * 10) / 10}`;

/**
 * The combined connection index per week, 0–100, with the onset marked.
 * @example <ConnectionChart report={report} />
 */
export function ConnectionChart({ report }: ReportChartProps) {
  const points = byPeriod(report.weeks, [(w) => w.connection]);
  const average = mean(report.weeks.map((w) => w.connection));
  return (
    <ChartCard
      wide
      title="Connection over time"
      explanation="A number from 0 to 100 that blends reply speed, balance, answered reach-outs, who starts, warmth and how alike you write; higher means closer."
    >
      <TimeChart
        days={points.days}
        period={points.period}
        series={[
          {
            label: 'Connection',
            values: points.values[0] ?? [],
            color: PALETTE.connection,
            fill: PALETTE.connectionFill,
          },
        ]}
        formatValue={(v) => `${Math.round(v)}`}
        description={`Connection index by week${average === null ? '' : `, averaging ${Math.round(average)} out of 100`}.`}
        markers={reportMarkers(report)}
        range={[0, 100]}
        height={260}
      />
    </ChartCard>
  );
}

/**
 * @example <MessagesChart report={report} />
 */
export function MessagesChart({ report }: ReportChartProps) {
  const perWeek = (v: number): string => `${Math.round(v)}`;
  return (
    <ChartCard
      title="Messages each week"
      explanation="How many messages each of you sent per week; a gap that opens between the lines shows one side carrying the chat."
    >
      <PairChart
        report={report}
        metric="messages"
        formatValue={perWeek}
        description={describeChange(report, 'messages', (v) => `${perWeek(v)} messages a week`)}
      />
    </ChartCard>
  );
}

/**
 * @example <ReplyTimeChart report={report} />
 */
export function ReplyTimeChart({ report }: ReportChartProps) {
  return (
    <ChartCard
      title="Time to reply"
      explanation="The typical wait for an answer each week, leaving out the night; a line that climbs means slower replies."
    >
      <PairChart
        report={report}
        metric="medianReplyMinutes"
        formatValue={formatMinutes}
        formatAxis={formatMinutesShort}
        ticks={MINUTE_TICKS}
        description={describeChange(report, 'medianReplyMinutes', formatMinutes)}
      />
    </ChartCard>
  );
}

/**
 * @example <MessageLengthChart report={report} />
 */
export function MessageLengthChart({ report }: ReportChartProps) {
  return (
    <ChartCard
      title="Message length"
      explanation="How many words a typical message has each week; shorter messages can mean less energy for the chat."
    >
      <PairChart
        report={report}
        metric="medianWordsPerMessage"
        formatValue={oneDecimal}
        description={describeChange(report, 'medianWordsPerMessage', (v) => `${oneDecimal(v)} words`)}
      />
    </ChartCard>
  );
}

/**
 * @example <WhoStartsChart report={report} />
 */
export function WhoStartsChart({ report }: ReportChartProps) {
  return (
    <ChartCard
      title="Who starts the conversation"
      explanation="Each person's share of the conversations begun that week; the two lines mirror each other around 50%."
    >
      <PairChart
        report={report}
        metric="startedShare"
        formatValue={percent}
        range={[0, 1]}
        description={describeChange(report, 'startedShare', percent)}
      />
    </ChartCard>
  );
}

/**
 * @example <QuestionsChart report={report} />
 */
export function QuestionsChart({ report }: ReportChartProps) {
  return (
    <ChartCard
      title="Questions asked"
      explanation="Messages with a question in them each week; questions are a simple sign of curiosity about the other."
    >
      <PairChart
        report={report}
        metric="questions"
        formatValue={(v) => `${Math.round(v)}`}
        description={describeChange(report, 'questions', (v) => `${Math.round(v)} questions a week`)}
      />
    </ChartCard>
  );
}

/**
 * @example <TurnTowardChart report={report} />
 */
export function TurnTowardChart({ report }: ReportChartProps) {
  return (
    <ChartCard
      title="Reach-outs answered"
      explanation="Of the other person's questions, news and shared moments, the share each of you answered within a couple of waking hours."
    >
      <PairChart
        report={report}
        metric="turnTowardRate"
        formatValue={percent}
        range={[0, 1]}
        description={describeChange(report, 'turnTowardRate', percent)}
      />
    </ChartCard>
  );
}
