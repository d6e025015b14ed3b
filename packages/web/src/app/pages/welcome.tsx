// the first run (create a vault, or explore the demo) and the unlock screen
import { type FormEvent, useState } from 'react';
import { api, failure } from '../api.ts';
import { strengthHint } from './passphrase-hint.ts';

/** "explore the demo": opens the made-up story in its own temporary vault, beside (never inside) the person's */
export function OpenDemo({ onOpened, title }: { onOpened: () => void | Promise<void>; title: string }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const open = async () => {
    setBusy(true);
    setProblem('');
    try {
      await api('/demo', { body: {} });
      window.location.hash = '#/insights';
      await onOpened();
    } catch (error) {
      setProblem(failure(error));
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="demo-title">
      <h2 id="demo-title">{title}</h2>
      <p>
        The demo is a made-up story of a couple drifting apart, in a separate, temporary vault. Nothing you do there
        touches your own vault, and it is thrown away when you leave it or stop Reconnect.
      </p>
      {problem ? (
        <p className="problem" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="button" className="button" disabled={busy} onClick={open}>
        {busy ? 'Opening the demo…' : 'Explore the demo'}
      </button>
    </section>
  );
}

export function CreateVault({
  onCreated,
  canOpenDemo = false,
}: {
  onCreated: () => void | Promise<void>;
  canOpenDemo?: boolean;
}) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (first.length < 8) return setProblem('Please use at least 8 characters.');
    if (first !== second) return setProblem('The two passphrases are not the same. Please type them again.');
    setBusy(true);
    setProblem('');
    try {
      await api('/vault', { body: { passphrase: first } });
      setFirst('');
      setSecond('');
      await onCreated();
    } catch (error) {
      setProblem(failure(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="welcome">
      <section className="card" aria-labelledby="welcome-title">
        <h1 id="welcome-title">Welcome to Reconnect</h1>
        <p className="lead">
          A calm place to look at how the conversation with your partner has been going, and to find a gentle next step.
          Everything stays on this computer.
        </p>
        <h2>Keep your chats in a locked vault</h2>
        <form onSubmit={submit} className="form">
          <label className="field-label" htmlFor="new-passphrase">
            Choose a passphrase
          </label>
          <input
            id="new-passphrase"
            type="password"
            autoComplete="new-password"
            value={first}
            aria-describedby="strength"
            onChange={(event) => setFirst(event.target.value)}
          />
          <p id="strength" className="muted field-hint" aria-live="polite">
            {strengthHint(first)}
          </p>
          <label className="field-label" htmlFor="repeat-passphrase">
            Type it again
          </label>
          <input
            id="repeat-passphrase"
            type="password"
            autoComplete="new-password"
            value={second}
            onChange={(event) => setSecond(event.target.value)}
          />
          <p className="note">
            <strong>Please write it down somewhere safe.</strong> Nobody can recover this passphrase, not even
            Reconnect. If it is lost, what is in the vault cannot be opened again.
          </p>
          {problem ? (
            <p className="problem" role="alert">
              {problem}
            </p>
          ) : null}
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Creating your vault…' : 'Create my vault'}
          </button>
        </form>
      </section>
      {canOpenDemo ? <OpenDemo onOpened={onCreated} title="Or look around first" /> : null}
    </div>
  );
}

export function UnlockVault({
  onUnlocked,
  demoPassphrase,
  canOpenDemo = false,
}: {
  onUnlocked: () => void | Promise<void>;
  demoPassphrase?: string;
  canOpenDemo?: boolean;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem('');
    try {
      await api('/unlock', { body: { passphrase } });
      setPassphrase('');
      await onUnlocked();
    } catch (error) {
      setProblem(failure(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="welcome">
      <section className="card unlock" aria-labelledby="unlock-title">
        <h1 id="unlock-title">Reconnect is locked</h1>
        <p>Your vault locked itself to keep your chats private. Enter your passphrase to go on.</p>
        {demoPassphrase ? (
          <p className="note">
            This is the demo, so its passphrase is no secret: <code>{demoPassphrase}</code>
          </p>
        ) : null}
        <form onSubmit={submit} className="form">
          <label className="field-label" htmlFor="passphrase">
            Passphrase
          </label>
          <input
            id="passphrase"
            type="password"
            autoComplete="current-password"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
          {problem ? (
            <p className="problem" role="alert">
              {problem}
            </p>
          ) : null}
          <button type="submit" className="button primary" disabled={busy || passphrase === ''}>
            {busy ? 'Unlocking…' : 'Unlock'}
          </button>
        </form>
      </section>
      {canOpenDemo ? <OpenDemo onOpened={onUnlocked} title="Or explore the demo" /> : null}
    </div>
  );
}
