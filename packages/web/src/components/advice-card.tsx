// the plan step to lean on now, with its advice, how long to give space and phrases to try
import type { AnalysisReport } from '@reconnect/core/analysis';
import { STEPS } from '@reconnect/core/playbook';

export type AdviceCardProps = Pick<AnalysisReport, 'advice' | 'partner'>;

const waitWords = (hours: number): string =>
  hours < 1
    ? 'less than an hour'
    : hours < 36
      ? `about ${Math.round(hours)} hours`
      : `about ${Math.round(hours / 24)} days`;

/**
 * @example <AdviceCard advice={report.advice} partner={report.partner} />
 */
export function AdviceCard({ advice, partner }: AdviceCardProps) {
  if (advice.safetyFirst) {
    return (
      <section className="card advice" aria-labelledby="what-now">
        <h2 id="what-now">What you could do now</h2>
        <p className="lead">{advice.headline}</p>
        <p>{advice.detail}</p>
        <p className="muted">The steps for giving space can wait until everyone is safe.</p>
      </section>
    );
  }
  const step = STEPS[advice.step];
  return (
    <section className="card advice" aria-labelledby="what-now">
      <h2 id="what-now">What you could do now</h2>
      <p className="step-badge">
        Step {advice.step} of 5 · {step.title}
      </p>
      {advice.headline && advice.headline !== step.title ? <p className="lead">{advice.headline}</p> : null}
      {advice.detail ? <p>{advice.detail}</p> : null}
      {advice.waitHours !== null ? (
        <p className="wait">
          Going by {partner}'s own rhythm, give it {waitWords(advice.waitHours)} before reaching out again.
        </p>
      ) : null}
      <div className="do-dont">
        <div>
          <h3>Helps</h3>
          <ul>
            {step.do.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
        <div>
          <h3>Usually backfires</h3>
          <ul>
            {step.dont.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      </div>
      <h3>Words you could borrow</h3>
      <ul className="phrases">
        {step.phrases.map((phrase) => (
          <li key={phrase}>“{phrase}”</li>
        ))}
      </ul>
    </section>
  );
}
