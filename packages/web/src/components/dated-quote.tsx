// one message quoted as evidence, with its date; the text is always shown as plain text
import { formatDay, localDay } from '@reconnect/core/playbook';

export interface DatedQuoteProps {
  /** ISO 8601 UTC */
  readonly at: string;
  readonly text: string;
  readonly timeZone: string;
  readonly who?: string;
  readonly tags?: readonly string[];
}

const MAX_QUOTE = 280;

/**
 * @example <DatedQuote at="2024-03-04T10:00:00.000Z" text="I'm swamped" timeZone="UTC" />
 */
export function DatedQuote({ at, text, timeZone, who, tags = [] }: DatedQuoteProps) {
  const shown = text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
  const day = localDay(at, timeZone);
  return (
    <blockquote className="quote">
      <p>{shown}</p>
      <footer>
        {who ? `${who}, ` : ''}
        <time dateTime={at}>{formatDay(day)}</time>
        {tags.length > 0 ? (
          <span className="tags">
            {tags.map((tag) => (
              <span className="tag" key={tag}>
                {tag}
              </span>
            ))}
          </span>
        ) : null}
      </footer>
    </blockquote>
  );
}
