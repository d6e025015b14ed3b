// the user's own side of the pursue–withdraw pattern: runs of unanswered messages and pressing words
import type { AnalysisReport } from '@reconnect/core/analysis';
import {
  distinctByText,
  PRESSURE,
  type PressureCategory,
  pursuitFigures,
  pursuitHeadline,
} from '@reconnect/core/playbook';
import { DatedQuote } from './dated-quote.tsx';

export type PursuitPanelProps = Pick<AnalysisReport, 'pursuit' | 'timeZone'>;

const categoryLabel = (category: string): string =>
  category in PRESSURE ? PRESSURE[category as PressureCategory].label : category.replace(/_/g, ' ');

/**
 * @example <PursuitPanel pursuit={report.pursuit} timeZone={timeZone} />
 */
export function PursuitPanel({ pursuit, timeZone }: PursuitPanelProps) {
  const figures = pursuitFigures(pursuit);
  const firstCategory = pursuit.examples.flatMap((e) => e.categories).find((c) => c in PRESSURE);
  const tip = firstCategory ? PRESSURE[firstCategory as PressureCategory] : null;
  return (
    <section className="card" aria-labelledby="your-side">
      <h2 id="your-side">Your side of the pattern</h2>
      <p className="lead">{pursuitHeadline(pursuit)}</p>
      <p>
        When one person pulls back, it is natural for the other to reach out more, and each move can feed the other.
        This is the half of the pattern you can change.
      </p>
      <ul className="figures">
        {figures.map(([label, value]) => (
          <li key={label}>
            <strong>{value}</strong>
            <span>{label}</span>
          </li>
        ))}
      </ul>
      {pursuit.examples.length > 0 ? (
        <>
          <h3>A few of your own messages</h3>
          {distinctByText(pursuit.examples, 4).map((example) => (
            <DatedQuote
              key={`${example.at}-${example.text.slice(0, 20)}`}
              at={example.at}
              text={example.text}
              timeZone={timeZone}
              who="You"
              tags={example.categories.map(categoryLabel)}
            />
          ))}
        </>
      ) : null}
      {tip ? (
        <p className="tip">
          <strong>Try instead:</strong> {tip.tryInstead[0]}
        </p>
      ) : null}
    </section>
  );
}
