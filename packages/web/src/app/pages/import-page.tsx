// import: a chat export named by its path on this computer, read with progress, cancellable, and the result
import { formatDay } from '@reconnect/core/playbook';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api, type ConversationInfo, failure, type JobView } from '../api.ts';

interface Imported {
  conversation: string;
  added: number;
  total: number;
  addedFirst: string | null;
  addedLast: string | null;
}

/** "from 3 Mar 2025 to 9 Jun 2025" for the messages just added */
const span = (result: Imported): string =>
  result.addedFirst && result.addedLast
    ? ` They run from ${formatDay(result.addedFirst.slice(0, 10))} to ${formatDay(result.addedLast.slice(0, 10))}.`
    : '';

const POLL_MS = 250;

/** what reading the file found before anything is saved: who is in it, and how much */
interface Looked {
  messages: number;
  participants: { name: string; messages: number }[];
  first: string | null;
  last: string | null;
}

/** "412 messages, from 3 Mar 2025 to 9 Jun 2025" */
const lookedSpan = (looked: Looked): string =>
  `${looked.messages.toLocaleString('en')} messages` +
  (looked.first && looked.last
    ? `, from ${formatDay(looked.first.slice(0, 10))} to ${formatDay(looked.last.slice(0, 10))}`
    : '');

export function ImportPage({ onImported }: { onImported: (conversation: string) => void }) {
  const [path, setPath] = useState('');
  const [me, setMe] = useState('');
  const [job, setJob] = useState<JobView<Imported> | null>(null);
  const [problem, setProblem] = useState('');
  const [who, setWho] = useState<ConversationInfo | null>(null);
  const [looking, setLooking] = useState(false);
  const [looked, setLooked] = useState<Looked | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const follow = (id: string) => {
    timer.current = window.setTimeout(async () => {
      try {
        const view = await api<JobView<Imported>>(`/imports/${id}`);
        setJob(view);
        if (view.state === 'running') follow(id);
        else if (view.state === 'done' && view.result) {
          const { conversation } = view.result;
          const list = await api<ConversationInfo[]>('/conversations');
          setWho(list.find((c) => c.id === conversation) ?? null);
          onImported(conversation);
        }
      } catch (error) {
        setProblem(failure(error));
      }
    }, POLL_MS);
  };
  // reads the file without saving it, so the person can say which one of the people in it they are
  const lookInside = async () => {
    setProblem('');
    setLooked(null);
    setLooking(true);
    const poll = async (id: string): Promise<JobView<Looked>> => {
      const view = await api<JobView<Looked>>(`/inspect/${id}`);
      if (view.state !== 'running') return view;
      await new Promise((resolve) => window.setTimeout(resolve, POLL_MS));
      return poll(id);
    };
    try {
      const started = await api<JobView<Looked>>('/inspect', { body: { path: path.trim() } });
      const view = started.state === 'running' ? await poll(started.id) : started;
      if (view.state === 'done' && view.result) setLooked(view.result);
      else if (view.state === 'failed') setProblem(view.error ?? 'That file could not be read.');
    } catch (error) {
      setProblem(failure(error));
    } finally {
      setLooking(false);
    }
  };
  const start = async (event: FormEvent) => {
    event.preventDefault();
    setProblem('');
    setJob(null);
    setWho(null);
    try {
      const view = await api<JobView<Imported>>('/imports', {
        body: { path: path.trim(), ...(me.trim() ? { me: me.trim() } : {}) },
      });
      setJob(view);
      follow(view.id);
    } catch (error) {
      setProblem(failure(error));
    }
  };
  const cancel = async () => {
    if (!job) return;
    try {
      setJob(await api<JobView<Imported>>(`/imports/${job.id}/cancel`, { method: 'POST' }));
    } catch (error) {
      setProblem(failure(error));
    }
  };
  const running = job?.state === 'running';
  const { done, total, phase } = job?.progress ?? { done: 0, total: null, phase: 'reading' };
  return (
    <div className="stack">
      <section className="card" aria-labelledby="import-title">
        <h1 id="import-title">Import a chat</h1>
        <p>
          Export the chat from your messaging app (Reconnect reads the exports of the common ones) or use a CSV file,
          then give its full path here. A zip file is fine. It is read on this computer and kept in your locked vault;
          nothing is uploaded.
        </p>
        <form onSubmit={start} className="form">
          <label className="field-label" htmlFor="import-path">
            Where the export is (full path)
          </label>
          <input
            id="import-path"
            type="text"
            value={path}
            placeholder="/home/you/Downloads/WhatsApp Chat with Sam.zip"
            onChange={(e) => {
              setPath(e.target.value);
              setLooked(null);
            }}
          />
          <div className="actions">
            <button type="button" className="button" disabled={looking || path.trim() === ''} onClick={lookInside}>
              {looking ? 'Reading the file…' : 'Look inside first'}
            </button>
          </div>
          {looked ? (
            <fieldset>
              <legend>Which one is you?</legend>
              <p className="muted field-hint">Found {lookedSpan(looked)}. Nothing is saved until you import.</p>
              {looked.participants.map((person) => (
                <label key={person.name} className="choice">
                  <input
                    type="radio"
                    name="import-who"
                    value={person.name}
                    checked={me === person.name}
                    onChange={() => setMe(person.name)}
                  />{' '}
                  {person.name} ({person.messages.toLocaleString('en')} {person.messages === 1 ? 'message' : 'messages'}
                  )
                </label>
              ))}
            </fieldset>
          ) : null}
          <label className="field-label" htmlFor="import-me">
            Your name as it appears in the chat (optional)
          </label>
          <input
            id="import-me"
            type="text"
            value={me}
            aria-describedby="import-me-hint"
            onChange={(e) => setMe(e.target.value)}
          />
          <p id="import-me-hint" className="muted field-hint">
            Reconnect usually works out which one is you. To be sure, look inside first and choose yourself, or type
            your name here.
          </p>
          <div className="actions">
            <button type="submit" className="button primary" disabled={running || path.trim() === ''}>
              Import
            </button>
            {running ? (
              <button type="button" className="button" onClick={cancel}>
                Cancel
              </button>
            ) : null}
          </div>
        </form>
      </section>
      {problem ? (
        <p className="problem" role="alert">
          {problem}
        </p>
      ) : null}
      {job ? (
        <section className="card" aria-labelledby="import-progress" aria-live="polite">
          <h2 id="import-progress">
            {job.state === 'running'
              ? phase === 'reading'
                ? 'Reading the file…'
                : 'Saving to your vault…'
              : job.state === 'done'
                ? 'Imported'
                : job.state === 'cancelled'
                  ? 'Cancelled: nothing was changed'
                  : 'That file could not be imported'}
          </h2>
          {running ? (
            <progress
              aria-label="Import progress"
              max={total ?? undefined}
              value={total ? Math.min(done, total) : undefined}
            />
          ) : null}
          {job.state === 'failed' ? <p role="alert">{job.error}</p> : null}
          {job.state === 'done' && job.result ? (
            <>
              <p className="lead">
                {job.result.added === 0
                  ? 'No new messages: everything in this file was already in your vault.'
                  : job.result.added === job.result.total
                    ? `${job.result.added.toLocaleString('en')} messages added.`
                    : `${job.result.added.toLocaleString('en')} new messages, ${job.result.total.toLocaleString('en')} in all.`}
                {span(job.result)}
              </p>
              {who ? (
                <p>
                  You are {who.me} here, and {who.partner} is the person you are reading about. If that is the wrong way
                  round, type your name above and import again.
                </p>
              ) : null}
              <p>
                <a href="#/insights">Read the insights</a>
              </p>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
