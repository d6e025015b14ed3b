// shows how sure a finding is, as a bar and words that do not overclaim (never a percentage)
import { howSure, sureness } from '@reconnect/core/playbook';

export interface SurenessMeterProps {
  /** 0..1 */
  readonly value: number;
  readonly label?: string;
  /** a finding about the chat, or a hint at a reason (worded more softly) */
  readonly kind?: 'finding' | 'hint';
  /** quotes behind a hint; a faint hint without any reads as no sign */
  readonly evidence?: number;
}

/**
 * @example <SurenessMeter value={0.62} />
 */
export function SurenessMeter({ value, label = 'How sure', kind = 'finding', evidence }: SurenessMeterProps) {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
  // the bar never fills completely: nothing read from a chat is certain
  const percent = Math.round(Math.min(clamped, 0.9) * 100);
  return (
    <div className="sureness">
      <span className="sureness-label">{label}</span>
      <meter className={`bar ${sureness(clamped)}`} min={0} max={100} value={percent} aria-label={label} />
      <span className="sureness-words">{howSure(clamped, kind, evidence)}</span>
    </div>
  );
}
