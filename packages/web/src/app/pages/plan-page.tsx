// the plan: the five steps ordered for the likely reason, this week's actions to tick, phrases to use and
// avoid, a space timer from the partner's own reply rhythm, and how the weeks have gone
import type { AnalysisReport } from '@reconnect/core/analysis';
import type { Reason, Step } from '@reconnect/core/playbook';
import { formatDay, REASONS, STEPS } from '@reconnect/core/playbook';
import { useEffect, useState } from 'react';
import { api, type ConversationInfo, failure } from '../api.ts';
import { type Answers, combineReasons, LIKELY, ownSteps } from './check-in-questions.ts';
import { AVOID, GESTURES, orderSteps, REFLECTIONS, spaceNote, weekOf } from './plan-rules.ts';
import { LoadProblem, useApi } from './use-api.tsx';

interface Progress {
  step: string;
  item: string;
  done: boolean;
  updatedAt: number;
}

const waitWords = (hours: number): string =>
  hours < 1
    ? 'less than an hour'
    : hours < 36
      ? `about ${Math.round(hours)} hours`
      : `about ${Math.round(hours / 24)} days`;

const TIMER_KEY = 'reconnect:space-until';

function SpaceTimer({ advice, partner }: { advice: AnalysisReport['advice']; partner: string }) {
  const [until, setUntil] = useState<number | null>(() => {
    const kept = Number(sessionStorage.getItem(TIMER_KEY));
    return kept > Date.now() ? kept : null;
  });
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (until === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, [until]);
  const note = spaceNote(advice, partner);
  if (!note.timer) {
    return (
      <section className="card" aria-labelledby="timer-title">
        <h2 id="timer-title">Giving space</h2>
        <p>{note.text}</p>
      </section>
    );
  }
  const waitHours = note.hours;
  const left = until === null ? 0 : Math.max(0, until - now);
  return (
    <section className="card" aria-labelledby="timer-title">
      <h2 id="timer-title">Giving space</h2>
      <p>
        {partner} usually takes {waitWords(waitHours)} to answer when things are calm. After you send something, giving
        about that long before another message keeps it from feeling like chasing.
      </p>
      {until !== null && left > 0 ? (
        <p className="lead" role="status">
          Space until{' '}
          {new Date(until).toLocaleString('en-GB', { weekday: 'short', hour: '2-digit', minute: '2-digit' })} (
          {waitWords(left / 3_600_000)} left). Nothing else is needed from you until then.
        </p>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            const end = Date.now() + waitHours * 3_600_000;
            sessionStorage.setItem(TIMER_KEY, String(end));
            setUntil(end);
            setNow(Date.now());
          }}
        >
          I just sent a message: start the timer
        </button>
        {until !== null ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              sessionStorage.removeItem(TIMER_KEY);
              setUntil(null);
            }}
          >
            Clear the timer
          </button>
        ) : null}
      </div>
    </section>
  );
}

function Ticks({
  title,
  items,
  stepKey,
  done,
  onTick,
}: {
  title: string;
  items: readonly string[];
  stepKey: string;
  done: ReadonlySet<string>;
  onTick: (step: string, item: string, value: boolean) => void;
}) {
  return (
    <fieldset className="ticks">
      <legend>{title}</legend>
      {items.map((item) => (
        <label key={item} className="choice">
          <input
            type="checkbox"
            checked={done.has(`${stepKey}\n${item}`)}
            onChange={(event) => onTick(stepKey, item, event.target.checked)}
          />{' '}
          {item}
        </label>
      ))}
    </fieldset>
  );
}

export function PlanPage({ conversation }: { conversation: ConversationInfo }) {
  const id = encodeURIComponent(conversation.id);
  const [insights] = useApi<AnalysisReport>(`/conversations/${id}/insights`);
  const [checkIns] = useApi<{ answers: Answers }[]>(`/check-ins?conversation=${id}`);
  const [progress, reload] = useApi<Progress[]>(`/plan?conversation=${id}`);
  const [problem, setProblem] = useState('');
  // a tick shows at once; the vault's answer follows
  const [ticked, setTicked] = useState<ReadonlyMap<string, boolean>>(new Map());
  if (insights.status === 'loading' || progress.status === 'loading') return <p className="muted">Making your plan…</p>;
  if (insights.status === 'failed') return <LoadProblem message={insights.message} />;
  if (progress.status === 'failed') return <LoadProblem message={progress.message} />;
  const report = insights.data;
  const answers = checkIns.status === 'ready' ? checkIns.data.at(-1)?.answers : undefined;
  const combined = combineReasons(report.reasons, answers ?? {});
  const top = combined[0];
  const reason: Reason | null = top && top.together >= LIKELY ? top.reason : null;
  const first: Step = reason ? REASONS[reason].firstStep : report.advice.step;
  const steps = orderSteps(first, answers ? ownSteps(answers) : []);
  const week = weekOf(new Date());
  const done = new Set(progress.data.filter((p) => p.done).map((p) => `${p.step}\n${p.item}`));
  for (const [key, value] of ticked) {
    if (value) done.add(key);
    else done.delete(key);
  }
  const tick = async (step: string, item: string, value: boolean) => {
    const key = `${step}\n${item}`;
    setProblem('');
    setTicked((current) => new Map(current).set(key, value));
    try {
      await api('/plan', { body: { conversation: conversation.id, step, item, done: value } });
      await reload();
    } catch (error) {
      setTicked((current) => new Map(current).set(key, !value));
      setProblem(failure(error));
    }
  };
  // progress over the weeks: ticks per week, from the step key's week
  const weeks = new Map<string, number>();
  for (const key of done) {
    const at = key.split(' ')[0] ?? '';
    weeks.set(at, (weeks.get(at) ?? 0) + 1);
  }
  const focus = STEPS[first];
  return (
    <div className="stack plan">
      <section className="card" aria-labelledby="plan-title">
        <h1 id="plan-title">Your plan for the week of {formatDay(week)}</h1>
        {report.advice.safetyFirst ? (
          <p className="note">
            <strong>Safety first.</strong> {report.advice.headline} {report.advice.detail}
          </p>
        ) : null}
        <p className="lead">
          {reason
            ? `Because ${conversation.partner} may be feeling ${REASONS[reason].title.toLowerCase()}, start with step ${first}: ${focus.title.toLowerCase()}.`
            : `No single reason stands out, so start with the step the chat suggests: ${focus.title.toLowerCase()}.`}
        </p>
        <p className="muted">
          {answers
            ? 'Shaped by the chat and your latest check-in.'
            : 'Shaped by the chat. A check-in would make it fit better.'}{' '}
          It is a set of suggestions, not rules.
        </p>
      </section>
      <SpaceTimer advice={report.advice} partner={conversation.partner} />
      {problem ? <LoadProblem message={problem} /> : null}
      {steps.map((n, position) => {
        const step = STEPS[n];
        const key = `${week} step-${n}`;
        return (
          <section key={n} className="card step" aria-labelledby={`step-${n}`}>
            <p className="step-badge">{position === 0 ? 'Focus now' : `Step ${n}`}</p>
            <h2 id={`step-${n}`}>
              Step {n}: {step.title}
            </h2>
            <p>{step.meaning}</p>
            <Ticks title="This week's actions" items={step.do} stepKey={key} done={done} onTick={tick} />
            {n === 4 ? <Ticks title="Small gestures" items={GESTURES} stepKey={key} done={done} onTick={tick} /> : null}
            {n === 5 ? (
              <Ticks title="Questions to reflect on" items={REFLECTIONS} stepKey={key} done={done} onTick={tick} />
            ) : null}
            <div className="phrases">
              <div>
                <h3>Phrases to try</h3>
                <ul>
                  {step.phrases.map((phrase) => (
                    <li key={phrase}>“{phrase}”</li>
                  ))}
                </ul>
              </div>
              <div>
                <h3>Phrases to avoid</h3>
                <ul>
                  {AVOID[n].map((phrase) => (
                    <li key={phrase}>“{phrase}”</li>
                  ))}
                </ul>
                <p className="muted">
                  Also better to avoid:{' '}
                  {step.dont.map((item) => item.charAt(0).toLowerCase() + item.slice(1)).join('; ')}.
                </p>
              </div>
            </div>
          </section>
        );
      })}
      <section className="card" aria-labelledby="weeks-done">
        <h2 id="weeks-done">Over the weeks</h2>
        {weeks.size === 0 ? (
          <p className="muted">Ticked actions will show here, week by week.</p>
        ) : (
          <ul className="week-progress">
            {[...weeks.entries()]
              .sort((a, b) => b[0].localeCompare(a[0]))
              .map(([start, count]) => (
                <li key={start}>
                  Week of {formatDay(start)}: {count} {count === 1 ? 'action' : 'actions'} done{' '}
                  <progress max={8} value={Math.min(8, count)} aria-hidden="true" />
                </li>
              ))}
          </ul>
        )}
      </section>
    </div>
  );
}
