// the check-in: one question per screen about what the chat cannot see, then the likely reason(s) from both
import type { AnalysisReport } from '@reconnect/core/analysis';
import { formatDay } from '@reconnect/core/playbook';
import { useEffect, useRef, useState } from 'react';
import { api, type ConversationInfo, failure } from '../api.ts';
import { type Answers, CLOSENESS_QUESTION, combineReasons, MOOD_QUESTION, QUESTIONS } from './check-in-questions.ts';
import { ReasonsTogether } from './reasons-together.tsx';
import { useApi } from './use-api.tsx';

interface SavedCheckIn {
  id: number;
  at: string;
  answers: Answers;
}

export function CheckInPage({ conversation }: { conversation: ConversationInfo | null }) {
  const partner = conversation?.partner ?? 'your partner';
  const query = conversation ? `?conversation=${encodeURIComponent(conversation.id)}` : '';
  const [history, reloadHistory] = useApi<SavedCheckIn[]>(`/check-ins${query}`);
  const [insights] = useApi<AnalysisReport>(
    conversation ? `/conversations/${encodeURIComponent(conversation.id)}/insights` : null,
  );
  const [index, setIndex] = useState<number | null>(null);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [saved, setSaved] = useState<SavedCheckIn | null>(null);
  const [problem, setProblem] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (index !== null) heading.current?.focus();
  }, [index]);

  const chat = insights.status === 'ready' ? insights.data.reasons : null;
  // stored oldest first; the newest matters most here
  const past = history.status === 'ready' ? [...history.data].reverse() : [];
  const start = () => {
    setAnswers({});
    setSaved(null);
    setIndex(0);
  };
  const save = async () => {
    setProblem('');
    try {
      const entry = await api<SavedCheckIn>('/check-ins', {
        body: {
          conversation: conversation?.id ?? null,
          mood: answers[MOOD_QUESTION.id] ?? null,
          closeness: answers[CLOSENESS_QUESTION.id] ?? null,
          answers,
        },
      });
      setSaved(entry);
      setIndex(null);
      await reloadHistory();
    } catch (error) {
      setProblem(failure(error));
    }
  };

  if (index !== null) {
    const question = QUESTIONS[index];
    if (question === undefined) return null;
    const chosen = answers[question.id];
    const last = index === QUESTIONS.length - 1;
    return (
      <section className="card check-in" aria-labelledby="question">
        <p className="muted">
          Question {index + 1} of {QUESTIONS.length}
        </p>
        <fieldset>
          <legend>
            <h1 id="question" ref={heading} tabIndex={-1}>
              {question.text(partner)}
            </h1>
          </legend>
          {question.hint ? <p className="muted">{question.hint}</p> : null}
          <div className="choices">
            {question.choices.map((choice) => (
              <label key={choice.label} className="choice">
                <input
                  type="radio"
                  name={question.id}
                  value={choice.weight}
                  checked={chosen === choice.weight}
                  onChange={() => setAnswers({ ...answers, [question.id]: choice.weight })}
                />{' '}
                {choice.label}
              </label>
            ))}
          </div>
        </fieldset>
        {problem ? (
          <p className="problem" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="actions">
          <button type="button" className="button" onClick={() => setIndex(index === 0 ? null : index - 1)}>
            Back
          </button>
          {last ? (
            <button type="button" className="button primary" onClick={save}>
              Finish and save
            </button>
          ) : (
            <button type="button" className="button primary" onClick={() => setIndex(index + 1)}>
              {chosen === undefined ? 'Skip' : 'Next'}
            </button>
          )}
        </div>
      </section>
    );
  }

  const latest = saved ?? past[0] ?? null;
  return (
    <div className="stack">
      <section className="card" aria-labelledby="check-in-title">
        <h1 id="check-in-title">Check-in</h1>
        <p className="lead">
          A chat only shows part of a life. These {QUESTIONS.length} short questions ask about what it cannot see:
          stress, talks that trailed off, plans nobody mentions, and how you react yourself.
        </p>
        <p className="muted">Answer what you can and skip the rest. Your answers stay in your vault.</p>
        <button type="button" className="button primary" onClick={start}>
          {past.length > 0 ? 'Check in again' : 'Start the check-in'}
        </button>
        {past.length > 0 ? (
          <p className="muted">
            You have checked in {past.length} {past.length === 1 ? 'time' : 'times'}, last on{' '}
            {formatDay(past[0]?.at.slice(0, 10) ?? '')}.
          </p>
        ) : null}
      </section>
      {saved ? (
        <p className="note" role="status">
          Saved. Thank you for taking the time.
        </p>
      ) : null}
      {latest ? <ReasonsTogether combined={combineReasons(chat, latest.answers)} partner={partner} /> : null}
    </div>
  );
}
