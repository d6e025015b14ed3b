// the standalone report: what changed, the charts, your side of the pattern, the reasons and what to do now
import type { AnalysisReport } from '@reconnect/core/analysis';
import { formatDay, localDay } from '@reconnect/core/playbook';
import { AdviceCard } from '../components/advice-card.tsx';
import {
  ConnectionChart,
  MessageLengthChart,
  MessagesChart,
  QuestionsChart,
  ReplyTimeChart,
  TurnTowardChart,
  WhoStartsChart,
} from '../components/metric-charts.tsx';
import { MONTHLY_AFTER_WEEKS } from '../components/periods.ts';
import { PursuitPanel } from '../components/pursuit-panel.tsx';
import { ReasonsPanel } from '../components/reasons-panel.tsx';
import { SafetyPanel } from '../components/safety-panel.tsx';
import { WithdrawalSummary } from '../components/withdrawal-summary.tsx';

export interface ReportProps {
  readonly report: AnalysisReport;
}

function span(report: AnalysisReport): string {
  const { first, last } = report.source;
  if (!first || !last) return '';
  return `, ${formatDay(localDay(first, report.timeZone))} to ${formatDay(localDay(last, report.timeZone))}`;
}

/**
 * @example createRoot(element).render(<Report report={report} />)
 */
export function Report({ report }: ReportProps) {
  const enoughWeeks = report.weeks.length >= 2;
  const { weeks, withdrawal, me, partner, timeZone } = report;
  const weeksSlice = { weeks, withdrawal, me, partner };
  return (
    <div className="page">
      <header className="masthead">
        <p className="brand">Reconnect</p>
        <h1>You and {report.partner}: how the conversation has been going</h1>
        <p className="muted">
          Made on your own computer from {report.source.messages.toLocaleString('en')} messages{span(report)}. This file
          makes no connection to the internet.
        </p>
      </header>
      <main>
        <SafetyPanel safety={report.safety} safetyTotal={report.safetyTotal} timeZone={timeZone} />
        <WithdrawalSummary withdrawal={withdrawal} partner={partner} />
        {enoughWeeks ? (
          <>
            <ConnectionChart weeks={weeks} withdrawal={withdrawal} />
            <section aria-labelledby="charts">
              <h2 id="charts" className="section-title">
                How the conversation changed
              </h2>
              <p className="muted section-intro">
                The solid line is {report.partner}, the dashed line is you.{' '}
                {report.weeks.length > MONTHLY_AFTER_WEEKS
                  ? 'Each point is the average of one month.'
                  : 'Each point is one week.'}{' '}
                Move over a chart to read its numbers.
              </p>
              <div className="chart-grid">
                <ReplyTimeChart {...weeksSlice} />
                <MessagesChart {...weeksSlice} />
                <MessageLengthChart {...weeksSlice} />
                <WhoStartsChart {...weeksSlice} />
                <QuestionsChart {...weeksSlice} />
                <TurnTowardChart {...weeksSlice} />
              </div>
            </section>
          </>
        ) : (
          <p className="card muted">There are not enough weeks of messages yet to draw charts over time.</p>
        )}
        <PursuitPanel pursuit={report.pursuit} timeZone={timeZone} />
        <ReasonsPanel
          reasons={report.reasons}
          noClearReason={report.noClearReason}
          language={report.language}
          partner={partner}
          timeZone={timeZone}
        />
        <AdviceCard advice={report.advice} partner={partner} />
      </main>
      <footer className="closing muted">
        <p>
          This report counts patterns in messages. It cannot know what either of you feels, and it is not a verdict on
          the relationship. Use it as a starting point for a kinder conversation.
        </p>
      </footer>
    </div>
  );
}
