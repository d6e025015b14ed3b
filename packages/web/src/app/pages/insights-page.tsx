// Insights for one conversation: the report's parts on the vault's data, and any week's messages on a click
import type { AnalysisReport } from '@reconnect/core/analysis';
import type { CoachResult } from '@reconnect/core/coach';
import type { Message } from '@reconnect/core/model';
import { formatDay, PRESSURE } from '@reconnect/core/playbook';
import { useEffect, useRef, useState } from 'react';
import { Findings } from '../../components/findings.tsx';
import { ZoomProvider } from '../../components/zoom.tsx';
import { api, type ConversationInfo, failure } from '../api.ts';
import { loadCoach } from '../coach/use-coach.ts';
import { type Side, sideOf } from '../who.ts';
import { LoadProblem, useApi } from './use-api.tsx';

type Reading = { key: string; message: Message; side: Side; coach: CoachResult | null };

const timeOf = (at: number, timeZone: string): string =>
  new Date(at).toLocaleString('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

function WeekMessages({
  conversation,
  week,
  timeZone,
  onClose,
}: {
  conversation: ConversationInfo;
  week: string;
  timeZone: string;
  onClose: () => void;
}) {
  const [readings, setReadings] = useState<Reading[] | null>(null);
  const [problem, setProblem] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, []);
  useEffect(() => {
    let live = true;
    setReadings(null);
    (async () => {
      try {
        const messages = await api<Message[]>(`/conversations/${encodeURIComponent(conversation.id)}/weeks/${week}`);
        const engine = await loadCoach();
        if (!live) return;
        setReadings(
          messages.map((message, position) => {
            const side = sideOf(message.author, conversation);
            let coach: CoachResult | null = null;
            if (side === 'me' && message.kind === 'text' && message.text.trim() !== '') {
              try {
                coach = engine.coachMessage(message.text);
              } catch {
                coach = null;
              }
            }
            return { key: `${message.at}-${position}`, message, side, coach };
          }),
        );
      } catch (error) {
        if (live) setProblem(failure(error));
      }
    })();
    return () => {
      live = false;
    };
  }, [conversation, week]);
  const flagged = readings?.filter((r) => (r.coach?.flags.length ?? 0) > 0).length ?? 0;
  return (
    <section className="card week" aria-labelledby="week-title">
      <h2 id="week-title" ref={heading} tabIndex={-1}>
        The week of {formatDay(week)}
      </h2>
      <button type="button" className="button" onClick={onClose}>
        Close this week
      </button>
      {problem ? <LoadProblem message={problem} /> : null}
      {readings === null && !problem ? <p className="muted">Reading this week's messages…</p> : null}
      {readings !== null ? (
        <p className="muted">
          {readings.length} messages.{' '}
          {flagged > 0
            ? `${flagged} of yours are highlighted: they may have felt like pressure. Each says why.`
            : 'None of yours look like pressure this week.'}
        </p>
      ) : null}
      <ol className="messages">
        {readings?.map(({ key, message, side, coach }) => {
          const flags = coach?.flags ?? [];
          const kinds = [...new Set(flags.map((flag) => flag.category))];
          return (
            <li
              key={key}
              className={`message ${side === 'me' ? 'mine' : 'theirs'}${kinds.length > 0 ? ' flagged' : ''}`}
            >
              <p className="message-meta">
                {side === 'me' ? 'You' : side === 'partner' ? conversation.partner : 'Someone else'} ·{' '}
                {timeOf(message.at, timeZone)}
              </p>
              <p className="message-text">{message.text}</p>
              {kinds.length > 0 ? (
                <ul className="message-why">
                  {kinds.map((kind) => (
                    <li key={kind}>
                      <strong>{PRESSURE[kind].label}.</strong> {PRESSURE[kind].why}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function WeekPicker({ report, onPick }: { report: AnalysisReport; onPick: (week: string) => void }) {
  const weeks = [...report.weeks].reverse();
  return (
    <section className="card" aria-labelledby="weeks-title">
      <h2 id="weeks-title">Read a week</h2>
      <p className="muted">Choose a week to read its messages. Newest first; the number is that week's connection.</p>
      <ul className="week-list">
        {weeks.map((week) => (
          <li key={week.start}>
            <button type="button" className="week-button" onClick={() => onPick(week.start)}>
              <span className="visually-hidden">Week of </span>
              {formatDay(week.start)}
              <span className="visually-hidden">, connection</span>{' '}
              <span className="muted">{Math.round(week.connection)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * @example <InsightsPage conversation={conversation} />
 */
export function InsightsPage({ conversation }: { conversation: ConversationInfo }) {
  const [state] = useApi<AnalysisReport>(`/conversations/${encodeURIComponent(conversation.id)}/insights`);
  const [week, setWeek] = useState<string | null>(null);
  if (state.status === 'loading') return <p className="muted">Reading the conversation…</p>;
  if (state.status === 'failed') return <LoadProblem message={state.message} />;
  const report = state.data;
  const { partner, timeZone } = report;
  return (
    <div className="insights stack">
      <h1>You and {partner}</h1>
      <p className="muted">
        From {report.source.messages.toLocaleString('en')} messages. These are patterns in messages, not a verdict on
        the relationship.
      </p>
      <ZoomProvider>
        <Findings report={report} />
      </ZoomProvider>
      {week ? (
        <WeekMessages
          key={week}
          conversation={conversation}
          week={week}
          timeZone={timeZone}
          onClose={() => setWeek(null)}
        />
      ) : null}
      <WeekPicker report={report} onPick={setWeek} />
    </div>
  );
}
