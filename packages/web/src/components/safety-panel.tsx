// shown before everything else when the chat suggests someone may be in danger: what was seen, and where to get help
import type { AnalysisReport } from '@reconnect/core/analysis';
import { describeSafety, mentionTags, nothingSeenNote } from '@reconnect/core/playbook';
import { DatedQuote } from './dated-quote.tsx';

export type SafetyPanelProps = Pick<AnalysisReport, 'safety' | 'safetyTotal' | 'timeZone'>;

/**
 * @example <SafetyPanel safety={report.safety} safetyTotal={report.safetyTotal} timeZone={timeZone} />
 */
export function SafetyPanel({ safety, safetyTotal, timeZone }: SafetyPanelProps) {
  const block = describeSafety({ safety, safetyTotal });
  if (block === null) return null;
  return (
    <section className="card safety" aria-labelledby="safety-first" role="alert">
      <p className="step-badge">Safety first</p>
      <h2 id="safety-first">{block.headline}</h2>
      {block.urgent ? <p className="lead">{block.urgent}</p> : null}
      {block.detail.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <h3>Where to get help now</h3>
      <ul className="help-lines">
        {block.resources.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>What Reconnect noticed{block.total > block.quotes.length ? ` (${block.total} messages in all)` : ''}</h3>
      {block.quotes.map((mention) => (
        <DatedQuote
          key={`${mention.at}-${mention.text}`}
          at={mention.at}
          text={mention.text}
          timeZone={timeZone}
          who={mention.author}
          tags={mentionTags(mention)}
        />
      ))}
      <p className="muted">{block.caveat}</p>
    </section>
  );
}

/**
 * The quiet line at the end of the findings when the safety check saw nothing: it misses some, so where to turn
 * is always there.
 * @example <SafetyNote safety={report.safety} language={report.language} />
 */
export function SafetyNote({ safety, language }: Pick<AnalysisReport, 'safety' | 'language'>) {
  const note = nothingSeenNote({ safety, language });
  if (note === null) return null;
  return <p className="muted safety-note">{note}</p>;
}
