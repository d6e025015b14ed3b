// what the coach knows from the loaded conversation: the user's messages still unanswered at the end of the
// stored chat, and how long to give before writing again, going by the partner's own reply rhythm
import type { CoachContext } from '@reconnect/core/coach';
import { formatDay } from '@reconnect/core/playbook';
import { useEffect, useId, useState } from 'react';
import { api, type ConversationInfo } from '../api.ts';

export interface ChatContext {
  readonly unansweredCount: number;
  readonly myLastAt: string | null;
  readonly theirLastAt: string | null;
  readonly lastAt: string | null;
  readonly waitHours: number | null;
}

/** an export newer than this says something about today */
const RECENT_MS = 2 * 86_400_000;

const hoursWords = (hours: number): string =>
  hours < 1
    ? 'less than an hour'
    : hours < 36
      ? `about ${Math.round(hours)} hour${Math.round(hours) === 1 ? '' : 's'}`
      : `about ${Math.round(hours / 24)} days`;

/**
 * What the core coach is given from the chat: the unanswered run, and the hours since the partner last wrote.
 * @example coachContext(context, Date.now()) // { unansweredCount: 3, hoursSinceTheirLastMessage: 20 }
 */
export function coachContext(context: ChatContext, now: number): CoachContext {
  return {
    unansweredCount: context.unansweredCount,
    ...(context.theirLastAt !== null
      ? { hoursSinceTheirLastMessage: Math.max(0, (now - Date.parse(context.theirLastAt)) / 3_600_000) }
      : {}),
  };
}

/** the chat's context for the coach, loaded once per conversation; null while loading or without one */
export function useChatContext(conversation: ConversationInfo | null): ChatContext | null {
  const [context, setContext] = useState<ChatContext | null>(null);
  const id = conversation?.id ?? null;
  useEffect(() => {
    setContext(null);
    if (id === null) return;
    let live = true;
    api<ChatContext>(`/conversations/${encodeURIComponent(id)}/coach-context`).then(
      (loaded) => live && setContext(loaded),
      () => live && setContext(null),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return context;
}

/**
 * @example <ChatContextCard context={context} partner="Sam" using={true} onUsing={setUsing} now={Date.now()} />
 */
export function ChatContextCard({
  context,
  partner,
  using,
  onUsing,
  now,
}: {
  context: ChatContext;
  partner: string;
  using: boolean;
  onUsing: (value: boolean) => void;
  now: number;
}) {
  const toggle = useId();
  const { unansweredCount, myLastAt, waitHours, lastAt } = context;
  const ends = lastAt === null ? null : formatDay(lastAt.slice(0, 10));
  // how long ago the user last wrote is worth saying only when the export is recent: an old one says nothing of today
  const recent = lastAt !== null && now - Date.parse(lastAt) < RECENT_MS;
  const sinceMine = myLastAt === null || !recent ? null : (now - Date.parse(myLastAt)) / 3_600_000;
  const left = sinceMine !== null && waitHours !== null && unansweredCount > 0 ? waitHours - sinceMine : null;
  return (
    <section className="card chat-context" aria-labelledby="chat-context-title">
      <h2 id="chat-context-title">Where your chat with {partner} stands</h2>
      <p>
        {ends === null ? 'In your chat as imported, ' : `When your chat as imported ends (${ends}), `}
        {unansweredCount === 0
          ? `${partner} had written last, so nothing of yours was waiting for an answer.`
          : `${unansweredCount} of your messages ${unansweredCount === 1 ? 'was' : 'were'} still waiting for an answer from ${partner}.`}{' '}
        {waitHours !== null
          ? `Going by ${partner}'s own rhythm, giving ${hoursWords(waitHours)} after you write keeps a message from feeling like chasing.`
          : `Reconnect has no wait to suggest from ${partner}'s replies right now; a day is a kind default.`}
      </p>
      {left !== null ? (
        <p className="lead">
          {left > 0
            ? `You last wrote ${hoursWords(sinceMine ?? 0)} ago: ${hoursWords(left)} of that space is left.`
            : `You last wrote ${hoursWords(sinceMine ?? 0)} ago, longer than that space. One calm message is fine.`}
        </p>
      ) : null}
      <p className="muted">
        The coach reads your draft with this in mind: a short question after unanswered messages can feel like chasing.
        If you have talked since, import a newer export so this stays true.
      </p>
      <p className="check">
        <input id={toggle} type="checkbox" checked={using} onChange={(event) => onUsing(event.target.checked)} />{' '}
        <label htmlFor={toggle}>Let the coach take this into account</label>
      </p>
    </section>
  );
}
