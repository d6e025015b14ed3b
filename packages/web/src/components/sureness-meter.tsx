// shows how sure a finding is, as a bar, a percentage and words that do not overclaim
import { HINT_WORDS, SURENESS_WORDS, sureness } from '@reconnect/core';

export interface SurenessMeterProps {
  /** 0..1 */
  readonly value: number;
  readonly label?: string;
  /** a finding about the chat, or a hint at a reason (worded more softly) */
  readonly kind?: 'finding' | 'hint';
}

/**
 * @example <SurenessMeter value={0.62} />
 */
export function SurenessMeter({ value, label = 'How sure', kind = 'finding' }: SurenessMeterProps) {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
  const percent = Math.round(clamped * 100);
  return (
    <div className="sureness">
      <span className="sureness-label">{label}</span>
      <meter className={`bar ${sureness(clamped)}`} min={0} max={100} value={percent} aria-label={label} />
      <span className="sureness-words">
        {(kind === 'hint' ? HINT_WORDS : SURENESS_WORDS)[sureness(clamped)]} ({percent}%)
      </span>
    </div>
  );
}
