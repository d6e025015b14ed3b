// what changed on the partner's side and since when, with the signals behind it and how sure it is
import type { AnalysisReport } from '@reconnect/core';
import { formatDay, METRIC_WORDING, withdrawalHeadline } from '@reconnect/core';
import { SurenessMeter } from './sureness-meter.tsx';

const MAX_SIGNALS = 5;

export interface WithdrawalSummaryProps {
  readonly report: AnalysisReport;
}

/**
 * @example <WithdrawalSummary report={report} />
 */
export function WithdrawalSummary({ report }: WithdrawalSummaryProps) {
  const { withdrawal, partner } = report;
  const signals = withdrawal.signals
    .filter((signal) => {
      const wording = METRIC_WORDING[signal.metric];
      return wording.format(signal.before) !== wording.format(signal.after);
    })
    .slice(0, MAX_SIGNALS);
  const headline = withdrawalHeadline(partner, withdrawal);
  const fallback = withdrawal.detected
    ? 'The change has lasted for weeks, not days, and shows mostly on their side.'
    : 'Busy weeks and holidays come and go; nothing here looks like a sustained change on one side only.';
  return (
    <section className="card summary" aria-labelledby="what-changed">
      <h2 id="what-changed">What changed</h2>
      <p className="lead">{headline}</p>
      <p>{withdrawal.summary || fallback}</p>
      {withdrawal.recovered && withdrawal.recoveredSince ? (
        <p className="good-news">
          Some of it has been coming back since around {formatDay(withdrawal.recoveredSince)}.
        </p>
      ) : null}
      {withdrawal.detected ? <SurenessMeter value={withdrawal.confidence} /> : null}
      {signals.length > 0 ? (
        <table className="signals">
          <caption>{partner}'s side, week by week on average</caption>
          <thead>
            <tr>
              <th scope="col">Signal</th>
              <th scope="col">Before</th>
              <th scope="col">Since then</th>
            </tr>
          </thead>
          <tbody>
            {signals.map((signal) => {
              const wording = METRIC_WORDING[signal.metric];
              return (
                <tr key={signal.metric}>
                  <th scope="row">{wording.label}</th>
                  <td>{wording.format(signal.before)}</td>
                  <td>{wording.format(signal.after)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
