// what changed and for whom (the partner, both of you, or you), since when, with the signals behind it and how sure it is
import type { AnalysisReport, WithdrawalSignal } from '@reconnect/core/analysis';
import { distanceHeadline, formatDay, METRIC_WORDING, patternLabel, SAID_OF_EITHER } from '@reconnect/core/playbook';
import { SurenessMeter } from './sureness-meter.tsx';

const MAX_SIGNALS = 5;

export type WithdrawalSummaryProps = Pick<AnalysisReport, 'withdrawal' | 'partner'>;

const visible = (signals: readonly WithdrawalSignal[], limit: number) =>
  signals
    .filter((signal) => {
      const wording = METRIC_WORDING[signal.metric];
      return wording.format(signal.before) !== wording.format(signal.after);
    })
    .slice(0, limit);

function SignalTable({ caption, signals }: { caption: string; signals: readonly WithdrawalSignal[] }) {
  return (
    <table className="signals">
      <caption>{caption}</caption>
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
  );
}

/**
 * @example <WithdrawalSummary withdrawal={report.withdrawal} partner={report.partner} />
 */
export function WithdrawalSummary({ withdrawal, partner }: WithdrawalSummaryProps) {
  const pattern = withdrawal.pattern ?? (withdrawal.detected ? 'partner' : 'none');
  const both = pattern === 'mutual' || pattern === 'me';
  const theirs = visible(withdrawal.signals, both ? 3 : MAX_SIGNALS);
  const mine = both
    ? visible(
        (withdrawal.mySignals ?? []).filter((s) => SAID_OF_EITHER.has(s.metric)),
        3,
      )
    : [];
  const fallback = withdrawal.detected
    ? 'The change has lasted for weeks, not days, and shows mostly on their side.'
    : 'Busy weeks and holidays come and go; nothing here looks like a sustained change on one side only.';
  return (
    <section className="card summary" aria-labelledby="what-changed">
      <h2 id="what-changed">What changed</h2>
      <p className="pattern" data-pattern={pattern}>
        {patternLabel(withdrawal)}
      </p>
      <p className="lead">{distanceHeadline(withdrawal, partner)}</p>
      <p>{withdrawal.summary || fallback}</p>
      {withdrawal.recovered && withdrawal.recoveredSince ? (
        <p className="good-news">
          Things have been back close to how they were since around {formatDay(withdrawal.recoveredSince)}, for several
          weeks now.
        </p>
      ) : null}
      {pattern !== 'none' ? <SurenessMeter value={withdrawal.confidence} /> : null}
      {mine.length > 0 ? <SignalTable caption="Your side, week by week on average" signals={mine} /> : null}
      {theirs.length > 0 ? (
        <SignalTable caption={`${partner}'s side, week by week on average`} signals={theirs} />
      ) : null}
    </section>
  );
}
