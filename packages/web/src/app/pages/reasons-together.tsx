// the likely reason(s) from the chat and from the check-in, side by side
import { REASONS } from '@reconnect/core/playbook';
import { type Combined, LIKELY } from './check-in-questions.ts';

const percent = (value: number | null): string => (value === null ? 'not known' : `${Math.round(value * 100)}%`);

const sureWords = (value: number): string =>
  value >= 0.66 ? 'fairly clear' : value >= LIKELY ? 'a possible fit' : 'a faint hint at most';

/** the reasons worth naming: those past the line, or the strongest one when none is */
export const likelyReasons = (combined: readonly Combined[]): Combined[] => {
  const above = combined.filter((c) => c.together >= LIKELY);
  return above.length > 0 ? above : [];
};

export function ReasonsTogether({ combined, partner }: { combined: readonly Combined[]; partner: string }) {
  const likely = likelyReasons(combined);
  return (
    <section className="card" aria-labelledby="together-title">
      <h2 id="together-title">What may be behind the distance</h2>
      <p className="lead">
        {likely.length === 0
          ? 'Neither the chat nor your answers point clearly to one reason. That is common, and it is fine.'
          : `Taken together, the likeliest is feeling ${likely
              .map((c) => REASONS[c.reason].title.toLowerCase())
              .join(' or ')}.`}
      </p>
      <p className="muted">
        This is a guess from two partial views, not a diagnosis. Only {partner} knows what they feel.
      </p>
      <table className="together">
        <caption className="visually-hidden">How strongly each source points to each reason</caption>
        <thead>
          <tr>
            <th scope="col">Reason</th>
            <th scope="col">From the chat</th>
            <th scope="col">From your answers</th>
            <th scope="col">Together</th>
          </tr>
        </thead>
        <tbody>
          {combined.map((c) => (
            <tr key={c.reason}>
              <th scope="row">{REASONS[c.reason].title}</th>
              <td>{percent(c.chat)}</td>
              <td>{percent(c.answers)}</td>
              <td>
                {percent(c.together)} <span className="muted">({sureWords(c.together)})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {likely.map((c) => (
        <p key={c.reason}>
          <strong>{REASONS[c.reason].title}:</strong> {REASONS[c.reason].feeling} {REASONS[c.reason].helps}
        </p>
      ))}
    </section>
  );
}
