// the standalone report: what changed, the charts, your side of the pattern, the reasons and what to do now
import type { AnalysisReport } from '@reconnect/core/analysis';
import { formatDay, localDay } from '@reconnect/core/playbook';
import { Findings } from '../components/findings.tsx';

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
        <Findings report={report} />
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
