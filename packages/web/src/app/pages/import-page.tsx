// import: a chat export picked or dropped here (handed to the local server with progress) or named by its path on
// this computer, read with progress, "which one is you?", imported with progress, cancellable, and the result
import { formatDay } from '@reconnect/core/playbook';
import { type DragEvent, type FormEvent, useEffect, useRef, useState } from 'react';
import { api, type ConversationInfo, failure, type Handover, type JobView, upload } from '../api.ts';

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

/** "1.2 MB" */
export const sizeText = (bytes: number): string => {
  const one = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  if (bytes >= 1024 ** 3) return `${one(Math.round((bytes / 1024 ** 3) * 10) / 10)} GB`;
  if (bytes >= 1024 ** 2) return `${one(Math.round((bytes / 1024 ** 2) * 10) / 10)} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
};

/** asks the server to remove a handed-over copy the page no longer needs (it also goes on lock and on exit) */
const dropCopy = (id: string | null): void => {
  if (id !== null) void api(`/uploads/${id}`, { method: 'DELETE' }).catch(() => {});
};

/** the file picked or dropped: its name is only ever shown */
interface Chosen {
  name: string;
  bytes: number;
  /** the server's id for its copy, once handed over; null again once an import used it */
  upload: string | null;
  sent: number;
}

export function ImportPage({ onImported }: { onImported: (conversation: string) => void }) {
  const [path, setPath] = useState('');
  const [me, setMe] = useState('');
  const [job, setJob] = useState<JobView<Imported> | null>(null);
  const [problem, setProblem] = useState('');
  const [who, setWho] = useState<ConversationInfo | null>(null);
  const [looking, setLooking] = useState(false);
  const [looked, setLooked] = useState<Looked | null>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [sending, setSending] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [maxBytes, setMaxBytes] = useState<number | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const handover = useRef<Handover | null>(null);
  /** the copy the server holds for this page, removed when the page goes without importing it */
  const held = useRef<string | null>(null);
  useEffect(() => {
    void api<{ maxUploadBytes?: number }>('/session')
      .then((session) => setMaxBytes(session.maxUploadBytes ?? null))
      .catch(() => setMaxBytes(null));
    // a file dropped beside the drop zone must not replace the app with the file itself
    const keep = (event: globalThis.DragEvent) => event.preventDefault();
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.clearTimeout(timer.current);
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
      handover.current?.abort();
      dropCopy(held.current);
    };
  }, []);
  const running = job?.state === 'running';
  /** removes the server's copy this page holds, if any */
  const forget = () => {
    dropCopy(held.current);
    held.current = null;
  };

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
  const lookInside = async (source: { path: string } | { upload: string } = { path: path.trim() }) => {
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
      const started = await api<JobView<Looked>>('/inspect', { body: source });
      const view = started.state === 'running' ? await poll(started.id) : started;
      if (view.state === 'done' && view.result) setLooked(view.result);
      else if (view.state === 'failed') {
        setProblem(view.error ?? 'That file could not be read.');
        // a handed-over file that cannot be read is not kept: the sentence names it, and another can be chosen
        if ('upload' in source) {
          forget();
          setChosen(null);
        }
      }
    } catch (error) {
      setProblem(failure(error));
    } finally {
      setLooking(false);
    }
  };
  // a picked or dropped file: handed to Reconnect on this computer with progress, then read for "which one is you?"
  const choose = async (file: File | undefined) => {
    if (file === undefined) return;
    setProblem('');
    setLooked(null);
    setJob(null);
    setWho(null);
    setMe('');
    handover.current?.abort();
    forget();
    if (file.size === 0) {
      setChosen(null);
      setProblem('That file is empty. Please choose the chat export itself.');
      return;
    }
    if (maxBytes !== null && file.size > maxBytes) {
      setChosen(null);
      setProblem(
        `That file is ${sizeText(file.size)}, more than the ${sizeText(maxBytes)} Reconnect takes from the page. If it is a zip with photos and videos, export the chat again without media, or give the file's full path below.`,
      );
      return;
    }
    setPath('');
    setChosen({ name: file.name, bytes: file.size, upload: null, sent: 0 });
    setSending(true);
    const current = upload(file, (sent) => setChosen((before) => (before ? { ...before, sent } : before)));
    handover.current = current;
    try {
      const done = await current.done;
      held.current = done.upload;
      setChosen({ name: done.name, bytes: done.bytes, upload: done.upload, sent: done.bytes });
      setSending(false);
      handover.current = null;
      await lookInside({ upload: done.upload });
    } catch (error) {
      if (handover.current !== current) return;
      handover.current = null;
      setSending(false);
      setChosen(null);
      setProblem(failure(error));
    }
  };
  const drop = (event: DragEvent<HTMLFieldSetElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!running && !sending) void choose(event.dataTransfer.files[0]);
  };
  const source = chosen
    ? chosen.upload
      ? { upload: chosen.upload }
      : null
    : path.trim()
      ? { path: path.trim() }
      : null;
  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (source === null) return;
    setProblem('');
    setJob(null);
    setWho(null);
    try {
      const view = await api<JobView<Imported>>('/imports', {
        body: { ...source, ...(me.trim() ? { me: me.trim() } : {}) },
      });
      // the server removes its copy once this import ends; choosing the file again hands it over again
      if ('upload' in source) {
        held.current = null;
        setChosen((before) => (before ? { ...before, upload: null } : before));
      }
      setJob(view);
      follow(view.id);
    } catch (error) {
      setProblem(failure(error));
    }
  };
  const cancel = async () => {
    if (sending) {
      const current = handover.current;
      handover.current = null;
      current?.abort();
      setSending(false);
      setChosen(null);
      return;
    }
    if (!job) return;
    try {
      setJob(await api<JobView<Imported>>(`/imports/${job.id}/cancel`, { method: 'POST' }));
    } catch (error) {
      setProblem(failure(error));
    }
  };
  const { done, total, phase } = job?.progress ?? { done: 0, total: null, phase: 'reading' };
  return (
    <div className="stack">
      <section className="card" aria-labelledby="import-title">
        <h1 id="import-title">Import a chat</h1>
        <p>
          Export the chat from your messaging app (Reconnect reads the exports of the common ones) or use a CSV file,
          then choose it here or drop it below. A zip file is fine. It is read on this computer and kept in your locked
          vault; nothing leaves this computer.
        </p>
        <form onSubmit={start} className="form">
          <fieldset
            className={dragging ? 'drop-zone dragging' : 'drop-zone'}
            data-testid="drop-zone"
            onDragEnter={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragOver={(event) => {
              event.preventDefault();
              event.dataTransfer.dropEffect = 'copy';
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={drop}
          >
            <legend className="drop-hint">The export file: drop it here, or</legend>
            <label className="field-label" htmlFor="import-file">
              Choose the export file
            </label>
            <input
              id="import-file"
              type="file"
              aria-describedby="import-file-hint"
              disabled={running || sending}
              onChange={(event) => {
                void choose(event.target.files?.[0]);
                // the same file can be chosen again later
                event.target.value = '';
              }}
            />
            <p id="import-file-hint" className="muted field-hint">
              A .txt, .json, .csv, .html or .zip export{maxBytes !== null ? `, up to ${sizeText(maxBytes)}` : ''}.
            </p>
            {chosen ? (
              <div className="chosen" aria-live="polite">
                <p>
                  <span className="chosen-name">{chosen.name}</span> ({sizeText(chosen.bytes)})
                  {sending ? null : chosen.upload ? ', ready to import.' : '.'}
                </p>
                {sending ? (
                  <>
                    <progress aria-label="Handing the file to Reconnect" max={chosen.bytes} value={chosen.sent} />
                    <span>
                      Handing it to Reconnect on this computer… {Math.floor((100 * chosen.sent) / chosen.bytes)}%
                    </span>
                  </>
                ) : null}
                {looking ? <p>Reading it to find who is in it…</p> : null}
              </div>
            ) : null}
          </fieldset>
          <label className="field-label" htmlFor="import-path">
            Where the export is (full path)
          </label>
          <input
            id="import-path"
            type="text"
            value={path}
            aria-describedby="import-path-hint"
            placeholder="/home/you/Downloads/WhatsApp Chat with Sam.zip"
            onChange={(e) => {
              setPath(e.target.value);
              setLooked(null);
              if (chosen) {
                forget();
                setChosen(null);
              }
            }}
          />
          <p id="import-path-hint" className="muted field-hint">
            Or, instead of choosing the file, give its full path: Reconnect reads it where it is.
          </p>
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={looking || sending || chosen !== null || path.trim() === ''}
              onClick={() => lookInside()}
            >
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
            <button type="submit" className="button primary" disabled={running || sending || source === null}>
              Import
            </button>
            {running || sending ? (
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
