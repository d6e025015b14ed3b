// what the report and the app's insights page both show, in the same order: safety first, what changed, the charts,
// your side of the pattern, the likely reasons and the step to focus on now
import type { AnalysisReport } from '@reconnect/core/analysis';
import { AdviceCard } from './advice-card.tsx';
import {
  ConnectionChart,
  MessageLengthChart,
  MessagesChart,
  QuestionsChart,
  ReplyTimeChart,
  TurnTowardChart,
  WhoStartsChart,
} from './metric-charts.tsx';
import { MONTHLY_AFTER_WEEKS } from './periods.ts';
import { PursuitPanel } from './pursuit-panel.tsx';
import { ReasonsPanel } from './reasons-panel.tsx';
import { SafetyNote, SafetyPanel } from './safety-panel.tsx';
import { WithdrawalSummary } from './withdrawal-summary.tsx';
import { useChartZoom, weeksIn, ZoomControls } from './zoom.tsx';

/**
 * @example <Findings report={report} />
 */
export function Findings({ report }: { readonly report: AnalysisReport }) {
  const { withdrawal, me, partner, timeZone } = report;
  // the app's insights page zooms the charts into a period; the report always shows the whole history
  const zoom = useChartZoom();
  const weeks = weeksIn(report.weeks, zoom?.window ?? null);
  const slice = { weeks, withdrawal, me, partner };
  return (
    <>
      <SafetyPanel safety={report.safety} safetyTotal={report.safetyTotal} timeZone={timeZone} />
      <WithdrawalSummary withdrawal={withdrawal} partner={partner} />
      {weeks.length >= 2 ? (
        <>
          <ZoomControls
            starts={report.weeks.map((w) => w.start)}
            onset={withdrawal.detected ? withdrawal.onset : null}
          />
          <ConnectionChart weeks={weeks} withdrawal={withdrawal} />
          <section aria-labelledby="charts">
            <h2 id="charts" className="section-title">
              How the conversation changed
            </h2>
            <p className="muted section-intro">
              The solid line is {partner}, the dashed line is you.{' '}
              {weeks.length > MONTHLY_AFTER_WEEKS
                ? 'Each point is the average of one month.'
                : 'Each point is one week.'}{' '}
              Move over a chart, or tab to it and use the arrow keys, to read its numbers.
            </p>
            <div className="chart-grid">
              <ReplyTimeChart {...slice} />
              <MessagesChart {...slice} />
              <MessageLengthChart {...slice} />
              <WhoStartsChart {...slice} />
              <QuestionsChart {...slice} />
              <TurnTowardChart {...slice} />
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
      <SafetyNote safety={report.safety} language={report.language} />
    </>
  );
}
