// the report's named charts: connection, reply time, message length, who starts, questions, turn-toward
import type { AnalysisReport } from '@reconnect/core/analysis';
import { formatMinutes } from '@reconnect/core/playbook';
import { formatMinutesShort } from '../format.ts';
import { ChartCard } from './chart-card.tsx';
import type { MetricKey, WeeksSlice } from './pair-chart.tsx';
import { PairChart, reportMarkers } from './pair-chart.tsx';
import { byPeriod } from './periods.ts';
import { TimeChart } from './time-chart.tsx';

const mean = (values: readonly (number | null)[]): number | null => {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
};

/**
 * A sentence for screen readers comparing the partner's weekly values before and after the onset.
 * @example describeChange(slice, 'medianReplyMinutes', formatMinutes) // "Sam: about 12 min before the change, 2 h after."
 */
export function describeChange(
  report: Pick<AnalysisReport, 'weeks' | 'withdrawal' | 'partner'>,
  metric: MetricKey,
  format: (v: number) => string,
): string {
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
 * @example <ConnectionChart weeks={report.weeks} withdrawal={report.withdrawal} />
 */
export function ConnectionChart({ weeks, withdrawal }: Pick<AnalysisReport, 'weeks' | 'withdrawal'>) {
  const points = byPeriod(weeks, [(w) => w.connection]);
  const average = mean(weeks.map((w) => w.connection));
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
            tone: 'connection',
            filled: true,
          },
        ]}
        formatValue={(v) => `${Math.round(v)}`}
        description={`Connection index by week${average === null ? '' : `, averaging ${Math.round(average)} out of 100`}.`}
        markers={reportMarkers(withdrawal)}
        range={[0, 100]}
        height={260}
      />
    </ChartCard>
  );
}

/**
 * @example <MessagesChart {...slice} />
 */
export function MessagesChart(slice: WeeksSlice) {
  const perWeek = (v: number): string => `${Math.round(v)}`;
  return (
    <ChartCard
      title="Messages each week"
      explanation="How many messages each of you sent per week; a gap that opens between the lines shows one side carrying the chat."
    >
      <PairChart
        {...slice}
        metric="messages"
        formatValue={perWeek}
        description={describeChange(slice, 'messages', (v) => `${perWeek(v)} messages a week`)}
      />
    </ChartCard>
  );
}

/**
 * @example <ReplyTimeChart {...slice} />
 */
export function ReplyTimeChart(slice: WeeksSlice) {
  return (
    <ChartCard
      title="Time to reply"
      explanation="The typical wait for an answer each week, leaving out the night; a line that climbs means slower replies."
    >
      <PairChart
        {...slice}
        metric="medianReplyMinutes"
        formatValue={formatMinutes}
        formatAxis={formatMinutesShort}
        ticks={MINUTE_TICKS}
        description={describeChange(slice, 'medianReplyMinutes', formatMinutes)}
      />
    </ChartCard>
  );
}

/**
 * @example <MessageLengthChart {...slice} />
 */
export function MessageLengthChart(slice: WeeksSlice) {
  return (
    <ChartCard
      title="Message length"
      explanation="How many words a typical message has each week; shorter messages can mean less energy for the chat."
    >
      <PairChart
        {...slice}
        metric="medianWordsPerMessage"
        formatValue={oneDecimal}
        description={describeChange(slice, 'medianWordsPerMessage', (v) => `${oneDecimal(v)} words`)}
      />
    </ChartCard>
  );
}

/**
 * @example <WhoStartsChart {...slice} />
 */
export function WhoStartsChart(slice: WeeksSlice) {
  return (
    <ChartCard
      title="Who starts the conversation"
      explanation="Each person's share of the conversations begun that week; the two lines mirror each other around 50%."
    >
      <PairChart
        {...slice}
        metric="startedShare"
        formatValue={percent}
        range={[0, 1]}
        description={describeChange(slice, 'startedShare', percent)}
      />
    </ChartCard>
  );
}

/**
 * @example <QuestionsChart {...slice} />
 */
export function QuestionsChart(slice: WeeksSlice) {
  return (
    <ChartCard
      title="Questions asked"
      explanation="Messages with a question in them each week; questions are a simple sign of curiosity about the other."
    >
      <PairChart
        {...slice}
        metric="questions"
        formatValue={(v) => `${Math.round(v)}`}
        description={describeChange(slice, 'questions', (v) => `${Math.round(v)} questions a week`)}
      />
    </ChartCard>
  );
}

/**
 * @example <TurnTowardChart {...slice} />
 */
export function TurnTowardChart(slice: WeeksSlice) {
  return (
    <ChartCard
      title="Reach-outs answered"
      explanation="Of the other person's questions, news and shared moments, the share each of you answered within a couple of waking hours."
    >
      <PairChart
        {...slice}
        metric="turnTowardRate"
        formatValue={percent}
        range={[0, 1]}
        description={describeChange(slice, 'turnTowardRate', percent)}
      />
    </ChartCard>
  );
}
