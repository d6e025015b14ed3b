// the three possible reasons, each with how strongly the partner's words hint at it and dated quotes
import type { AnalysisReport, ReasonEstimate } from '@reconnect/core/analysis';
import { distinctByText, languageNote, REASONS } from '@reconnect/core/playbook';
import { DatedQuote } from './dated-quote.tsx';
import { SurenessMeter } from './sureness-meter.tsx';

export type ReasonsPanelProps = Pick<AnalysisReport, 'reasons' | 'noClearReason' | 'language' | 'partner' | 'timeZone'>;

const MAX_QUOTES = 3;

function ReasonCard({ estimate, partner, timeZone }: { estimate: ReasonEstimate; partner: string; timeZone: string }) {
  const info = REASONS[estimate.reason];
  return (
    <article className="reason">
      <h3>{info.title}</h3>
      <p>{info.feeling}</p>
      <SurenessMeter
        value={estimate.score}
        label="How strongly the words hint at it"
        kind="hint"
        evidence={estimate.evidence.length}
      />
      {estimate.patterns.length > 0 ? (
        <ul className="patterns">
          {estimate.patterns.map((pattern) => (
            <li key={pattern}>{pattern}</li>
          ))}
        </ul>
      ) : null}
      {distinctByText(estimate.evidence, MAX_QUOTES).map((quote) => (
        <DatedQuote
          key={`${quote.at}-${quote.text.slice(0, 20)}`}
          at={quote.at}
          text={quote.text}
          timeZone={timeZone}
          who={partner}
        />
      ))}
      {estimate.evidence.length === 0 ? <p className="muted">No messages point to this one directly.</p> : null}
      <p className="helps">
        <strong>What tends to help:</strong> {info.helps}
      </p>
    </article>
  );
}

/**
 * @example <ReasonsPanel {...slice} />
 */
export function ReasonsPanel({ reasons, noClearReason, language, partner, timeZone }: ReasonsPanelProps) {
  const unread = languageNote(language);
  return (
    <section className="card" aria-labelledby="why">
      <h2 id="why">What might be behind it</h2>
      {unread ? <p className="note">{unread}</p> : null}
      <p className="lead">
        {noClearReason
          ? `No single reason stands out in ${partner}'s words. That is common: a chat only shows part of a life.`
          : `${partner}'s own words hint most at feeling ${REASONS[reasons[0]?.reason ?? 'overwhelmed'].title.toLowerCase()}.`}
      </p>
      <p className="muted">
        These are hints from the words used, not a diagnosis. Only {partner} knows what they feel; the best way to learn
        it is a gentle, open conversation.
      </p>
      <div className="reasons">
        {reasons.map((estimate) => (
          <ReasonCard key={estimate.reason} estimate={estimate} partner={partner} timeZone={timeZone} />
        ))}
      </div>
    </section>
  );
}
