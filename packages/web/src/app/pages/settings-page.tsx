// settings: lock now, the idle time, the passphrase, an export, and forgetting everything
import { type FormEvent, useState } from 'react';
import { api, failure, type SessionInfo } from '../api.ts';

function Message({ text, problem }: { text: string; problem?: boolean }) {
  if (!text) return null;
  return problem ? (
    <p className="problem" role="alert">
      {text}
    </p>
  ) : (
    <p className="note" role="status">
      {text}
    </p>
  );
}

type Said = { text: string; problem?: boolean };

export function SettingsPage({
  session,
  onLock,
  onForgotten,
}: {
  session: SessionInfo;
  onLock: () => void;
  onForgotten: () => void;
}) {
  const [minutes, setMinutes] = useState(String(session.idleLockMinutes));
  const [idleSaid, setIdleSaid] = useState<Said>({ text: '' });
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [passSaid, setPassSaid] = useState<Said>({ text: '' });
  const [path, setPath] = useState('');
  const [kind, setKind] = useState<'encrypted' | 'json'>('encrypted');
  const [plainOk, setPlainOk] = useState(false);
  const [exportSaid, setExportSaid] = useState<Said>({ text: '' });
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [forgetSaid, setForgetSaid] = useState<Said>({ text: '' });

  const run = async (work: () => Promise<string>, say: (said: Said) => void) => {
    try {
      say({ text: await work() });
    } catch (error) {
      say({ text: failure(error), problem: true });
    }
  };
  const saveIdle = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const value = Number(minutes);
      if (!Number.isInteger(value) || value < 1 || value > 1440)
        throw new Error('Please give a whole number of minutes from 1 to 1440.');
      await api('/settings', { method: 'PUT', body: { idleLockMinutes: value } });
      return `Saved. Reconnect locks after ${value} idle ${value === 1 ? 'minute' : 'minutes'}.`;
    }, setIdleSaid);
  };
  const changePassphrase = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      if (next.length < 8) throw new Error('Please use at least 8 characters for the new passphrase.');
      await api('/passphrase', { body: { current, next } });
      setCurrent('');
      setNext('');
      return 'Your passphrase is changed. Use the new one from now on.';
    }, setPassSaid);
  };
  const exportVault = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const answer = await api<{ path: string }>('/export', {
        body: { path, kind, ...(kind === 'json' && plainOk ? { plaintextConfirmed: true } : {}) },
      });
      return `Saved to ${answer.path}.`;
    }, setExportSaid);
  };
  const forget = async () => {
    try {
      await api('/forget', { body: { confirm: 'forget everything' } });
      onForgotten();
    } catch (error) {
      setForgetSaid({ text: failure(error), problem: true });
    }
  };

  return (
    <div className="stack settings">
      <h1>Settings</h1>
      <section className="card" aria-labelledby="lock-title">
        <h2 id="lock-title">Lock</h2>
        <p>Locking hides everything until the passphrase is entered again.</p>
        <button type="button" className="button primary" onClick={onLock}>
          Lock now
        </button>
        <form onSubmit={saveIdle} className="form">
          <label className="field-label" htmlFor="idle-minutes">
            Lock by itself after this many idle minutes
          </label>
          <input
            id="idle-minutes"
            type="number"
            min={1}
            max={1440}
            inputMode="numeric"
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
          <button type="submit" className="button">
            Save
          </button>
          <Message {...idleSaid} />
        </form>
      </section>
      {session.demo ? null : (
        <section className="card" aria-labelledby="passphrase-title">
          <h2 id="passphrase-title">Change the passphrase</h2>
          <form onSubmit={changePassphrase} className="form">
            <label className="field-label" htmlFor="current-passphrase">
              Current passphrase
            </label>
            <input
              id="current-passphrase"
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
            />
            <label className="field-label" htmlFor="next-passphrase">
              New passphrase (at least 8 characters)
            </label>
            <input
              id="next-passphrase"
              type="password"
              autoComplete="new-password"
              value={next}
              onChange={(e) => setNext(e.target.value)}
            />
            <button type="submit" className="button">
              Change it
            </button>
            <Message {...passSaid} />
          </form>
        </section>
      )}
      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <form onSubmit={exportVault} className="form">
          <label className="field-label" htmlFor="export-path">
            Save to (the full path of a new file on this computer)
          </label>
          <input id="export-path" type="text" value={path} onChange={(e) => setPath(e.target.value)} />
          <fieldset>
            <legend className="field-label">Kind</legend>
            <label className="choice">
              <input
                type="radio"
                name="export-kind"
                checked={kind === 'encrypted'}
                onChange={() => setKind('encrypted')}
              />{' '}
              Encrypted, opened with your passphrase (recommended)
            </label>
            <label className="choice">
              <input type="radio" name="export-kind" checked={kind === 'json'} onChange={() => setKind('json')} /> Plain
              JSON
            </label>
          </fieldset>
          {kind === 'json' ? (
            <label className="choice">
              <input type="checkbox" checked={plainOk} onChange={(e) => setPlainOk(e.target.checked)} /> I understand
              anyone who gets this file can read it
            </label>
          ) : null}
          <button type="submit" className="button" disabled={path.trim() === ''}>
            Export
          </button>
          <Message {...exportSaid} />
        </form>
      </section>
      <section className="card danger" aria-labelledby="forget-title">
        <h2 id="forget-title">Forget everything</h2>
        <p>
          This deletes the vault from this computer: every chat, check-in, plan and journal entry. It cannot be undone.
        </p>
        {confirming ? (
          <div className="form">
            <label className="field-label" htmlFor="forget-confirm">
              To go ahead, type: forget everything
            </label>
            <input id="forget-confirm" type="text" value={typed} onChange={(e) => setTyped(e.target.value)} />
            <div className="actions">
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                Keep everything
              </button>
              <button
                type="button"
                className="button danger"
                disabled={typed.trim().toLowerCase() !== 'forget everything'}
                onClick={forget}
              >
                Delete it all now
              </button>
            </div>
            <Message {...forgetSaid} />
          </div>
        ) : (
          <button type="button" className="button danger" onClick={() => setConfirming(true)}>
            Forget everything…
          </button>
        )}
      </section>
    </div>
  );
}
