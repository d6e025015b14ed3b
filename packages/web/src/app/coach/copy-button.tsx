// copies a text to the clipboard and says so; when the browser refuses, it selects the text for a manual copy
import { useState } from 'react';

export interface CopyButtonProps {
  readonly text: string;
  /** id of the element showing the text, selected when copying is refused */
  readonly target: string;
}

type Outcome = 'idle' | 'copied' | 'manual';

function selectElement(id: string): void {
  const element = document.getElementById(id);
  const selection = window.getSelection();
  if (!element || !selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * @example <CopyButton text={rewrite} target="rewrite-text" />
 */
export function CopyButton({ text, target }: CopyButtonProps) {
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      selectElement(target);
      setOutcome('manual');
    }
  };
  return (
    <p className="copy">
      <button type="button" className="button" onClick={copy}>
        Copy this wording
      </button>{' '}
      <span role="status" className="muted">
        {outcome === 'copied'
          ? 'Copied. Change anything that does not sound like you.'
          : outcome === 'manual'
            ? 'The text is selected: press Ctrl+C (or ⌘C) to copy it.'
            : ''}
      </span>
    </p>
  );
}
