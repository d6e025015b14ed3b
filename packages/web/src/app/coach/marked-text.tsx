// the draft as the coach read it: each marked phrase is a button that explains itself on hover (CSS) or focus
import { PRESSURE, SUPPORTIVE } from '@reconnect/core/playbook';
import { type KeyboardEvent, useId, useLayoutEffect, useRef, useState } from 'react';
import { markSegments, type Segment } from './segments.ts';

export interface MarkedTextProps {
  readonly text: string;
  readonly flags: Parameters<typeof markSegments>[0]['flags'];
  readonly strengths: Parameters<typeof markSegments>[0]['strengths'];
}

/** keeps an open explanation inside the window on narrow screens */
function useKeepInView(open: boolean) {
  const tip = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const element = tip.current;
    if (!open || !element) return;
    element.style.removeProperty('translate');
    const overflow = element.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
    if (overflow > 0) element.style.setProperty('translate', `${-Math.ceil(overflow)}px 0`);
  }, [open]);
  return tip;
}

function Mark({ segment }: { segment: Segment }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const tip = useKeepInView(open);
  const kind = segment.flags.length > 0 ? 'flag' : 'strength';
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setOpen(false);
  };
  return (
    <span className="mark-wrap">
      <button
        type="button"
        className={`mark ${kind}`}
        aria-describedby={id}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
      >
        {segment.text}
      </button>
      <span role="tooltip" id={id} className={open ? 'mark-tip open' : 'mark-tip'} ref={tip}>
        {segment.flags.map((flag) => (
          <span className="tip-part" key={`f-${flag.category}`}>
            <strong>{PRESSURE[flag.category].label}.</strong> {flag.why} <em>Try instead:</em> {flag.try}
          </span>
        ))}
        {segment.strengths.map((strength) => (
          <span className="tip-part" key={`s-${strength.category}`}>
            <strong>{SUPPORTIVE[strength.category].label}.</strong> {SUPPORTIVE[strength.category].why}
          </span>
        ))}
      </span>
    </span>
  );
}

/**
 * @example <MarkedText text={result.text} flags={result.flags} strengths={result.strengths} />
 */
export function MarkedText({ text, flags, strengths }: MarkedTextProps) {
  const segments = markSegments({ text, flags, strengths });
  return (
    <p className="marked-text">
      {segments.map((segment) =>
        segment.flags.length + segment.strengths.length === 0 ? (
          <span key={segment.start}>{segment.text}</span>
        ) : (
          <Mark key={segment.start} segment={segment} />
        ),
      )}
    </p>
  );
}
