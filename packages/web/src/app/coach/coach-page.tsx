// the Coach page: write a draft, see what may add pressure and what already helps, and take a gentler wording
import type { CoachResult, SafetyNote } from '@reconnect/core/coach';
import { PRESSURE, SUPPORTIVE } from '@reconnect/core/playbook';
import { useDeferredValue, useId, useState } from 'react';
import type { ConversationInfo } from '../api.ts';
import { ChatContextCard, coachContext, useChatContext } from './chat-context.tsx';
import { CopyButton } from './copy-button.tsx';
import { MarkedText } from './marked-text.tsx';
import { useCoach } from './use-coach.ts';

/** longer drafts are better split; the box stops here */
export const MAX_DRAFT = 4000;

function verdictLine(result: CoachResult): string {
  switch (result.verdict) {
    case 'send':
      return 'This reads kind and clear. It is fine to send as it is.';
    case 'soften':
      return 'Mostly fine, with a phrase or two that may land harder than you mean.';
    case 'rethink':
      return 'This may feel like pressure to them. The gentler version below keeps what you mean.';
    case 'cannot_judge':
      return 'The coach reads English only for now, so it cannot say how this one may land. It has not judged it kind or unkind.';
  }
}

/** what a screen reader hears as the reading changes: short, and only when it changes */
function announcement(result: CoachResult): string {
  if (result.safety) return 'This message suggests someone may not be safe. Where to get help is shown first.';
  return verdictLine(result);
}

function SafetyHelp({ safety }: { safety: SafetyNote }) {
  return (
    <section className="card safety" aria-labelledby="coach-safety">
      <p className="step-badge">Safety first</p>
      <h2 id="coach-safety">Before anything else</h2>
      <p className="lead">{safety.message}</p>
      <h3>Where to get help now</h3>
      <ul className="help-lines">
        {safety.resources.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

function Reading({ result }: { result: CoachResult }) {
  const kinds = [...new Set(result.flags.map((flag) => flag.category))];
  // a message that hints at danger gets help, not tips on wording
  if (result.safety) return <SafetyHelp safety={result.safety} />;
  return (
    <>
      <section className="card reading" aria-labelledby="coach-reading">
        <h2 id="coach-reading">How it may read</h2>
        <p className={`verdict ${result.verdict}`}>{verdictLine(result)}</p>
        <MarkedText text={result.text} flags={result.flags} strengths={result.strengths} />
        {result.flags.length + result.strengths.length > 0 ? (
          <p className="muted hint">Move over a marked phrase, or tab to it, to read why it is marked.</p>
        ) : null}
        {result.strengths.length > 0 ? (
          <>
            <h3>What already helps</h3>
            <ul className="notes strengths">
              {result.strengths.map((strength) => (
                <li key={`${strength.category}-${strength.start}`}>
                  <strong>{SUPPORTIVE[strength.category].label}</strong> “{strength.excerpt}”:{' '}
                  {SUPPORTIVE[strength.category].why}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {kinds.length > 0 ? (
          <>
            <h3>What may add pressure</h3>
            <ul className="notes flags">
              {kinds.map((category) => (
                <li key={category}>
                  <strong>{PRESSURE[category].label}.</strong> {PRESSURE[category].why}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      {result.rewrite ? (
        <section className="card rewrite" aria-labelledby="coach-rewrite">
          <h2 id="coach-rewrite">A gentler way to say it</h2>
          <p className="rewrite-text" id="coach-rewrite-text">
            {result.rewrite}
          </p>
          <CopyButton text={result.rewrite} target="coach-rewrite-text" />
        </section>
      ) : null}
    </>
  );
}

/**
 * @example <CoachPage conversation={conversation} />
 */
export function CoachPage({ conversation = null }: { conversation?: ConversationInfo | null }) {
  const [draft, setDraft] = useState('');
  const text = useDeferredValue(draft);
  const chat = useChatContext(conversation);
  const [using, setUsing] = useState(true);
  // read once per page: the hours since they wrote need not tick while the person types
  const [now] = useState(() => Date.now());
  const state = useCoach(text, chat !== null && using ? coachContext(chat, now) : undefined);
  const hintId = useId();
  return (
    <div className="coach">
      <section className="card" aria-labelledby="coach-title">
        <h1 id="coach-title">Before you send it</h1>
        <p className="muted">
          Write the message you are thinking of sending. The coach reads it gently as you type, and all of it stays on
          this computer.
        </p>
        <label htmlFor="draft" className="field-label">
          Your message
        </label>
        <textarea
          id="draft"
          className="draft"
          rows={5}
          maxLength={MAX_DRAFT}
          value={draft}
          aria-describedby={hintId}
          spellCheck
          onChange={(event) => setDraft(event.target.value)}
        />
        <p id={hintId} className="muted field-hint" aria-live="polite">
          {state.status === 'loading'
            ? 'Getting the coach ready…'
            : state.status === 'failed'
              ? 'The coach could not start. Reloading the page usually helps.'
              : state.status === 'unreadable'
                ? 'The coach could not read this draft. Your words are still here in the box.'
                : draft.length > MAX_DRAFT - 200
                  ? `${MAX_DRAFT - draft.length} characters left.`
                  : 'Take your time. Nothing is sent from here.'}
        </p>
      </section>
      <p className="visually-hidden" role="status">
        {state.status === 'ready' && state.result ? announcement(state.result) : ''}
      </p>
      <div className="coach-result">
        {state.status === 'ready' && state.result ? <Reading result={state.result} /> : null}
      </div>
      {/* after the reading, so Tab goes from the draft straight to its marks */}
      {chat !== null && conversation !== null ? (
        <ChatContextCard context={chat} partner={conversation.partner} using={using} onUsing={setUsing} now={now} />
      ) : null}
    </div>
  );
}
