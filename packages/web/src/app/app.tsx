// the app shell: the session (first run, unlock, demo), the pages, and the conversation they are about
import { useCallback, useEffect, useState } from 'react';
import { api, type ConversationInfo, failure, onLocked, type SessionInfo } from './api.ts';
import { CoachPage } from './coach/coach-page.tsx';
import { CheckInPage } from './pages/check-in-page.tsx';
import { ImportPage } from './pages/import-page.tsx';
import { InsightsPage } from './pages/insights-page.tsx';
import { JournalPage } from './pages/journal-page.tsx';
import { PlanPage } from './pages/plan-page.tsx';
import { SettingsPage } from './pages/settings-page.tsx';
import { CreateVault, UnlockVault } from './pages/welcome.tsx';
import { PAGES, type PageId, useHashPage } from './router.ts';

/** the user-timing mark set once the first page is on screen */
export const FIRST_PAGE_MARK = 'reconnect:first-page';

/** how often the page asks whether the vault locked itself while idle */
const SESSION_POLL_MS = 15_000;

type Gate = { state: 'loading' } | { state: 'offline'; message: string } | { state: 'ready'; session: SessionInfo };

function DemoBanner({ canLeave, onLeft }: { canLeave: boolean; onLeft: () => void | Promise<void> }) {
  const [problem, setProblem] = useState('');
  const leave = async () => {
    setProblem('');
    try {
      await api('/demo/leave', { body: {} });
      window.location.hash = '';
      await onLeft();
    } catch (error) {
      setProblem(failure(error));
    }
  };
  return (
    <div className="demo-banner" role="note" aria-label="Demo">
      <p>
        <strong>Demo.</strong> This is a made-up story to explore. Nothing here is yours, and it is thrown away when you
        leave it or Reconnect stops.
      </p>
      {canLeave ? (
        <button type="button" className="button" onClick={leave}>
          Leave the demo
        </button>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
    </div>
  );
}

interface VaultPagesProps {
  page: PageId;
  session: SessionInfo;
  onLock: () => void;
  onForgotten: () => void;
}

function VaultPages({ page, session, onLock, onForgotten }: VaultPagesProps) {
  const [conversations, setConversations] = useState<ConversationInfo[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      const list = await api<ConversationInfo[]>('/conversations');
      setConversations(list);
      setSelected((current) => (current && list.some((c) => c.id === current) ? current : (list[0]?.id ?? null)));
    } catch {
      setConversations([]);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  const conversation = conversations?.find((c) => c.id === selected) ?? null;
  const needsConversation = page === 'insights' || page === 'plan';
  return (
    <>
      {conversations && conversations.length > 1 ? (
        <p className="conversation-pick">
          <label htmlFor="conversation">Conversation</label>{' '}
          <select id="conversation" value={selected ?? ''} onChange={(event) => setSelected(event.target.value)}>
            {conversations.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title ?? `${c.me} and ${c.partner}`}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      {conversations === null ? <p className="muted">Opening your vault…</p> : null}
      {conversations !== null && conversation === null && needsConversation ? (
        <section className="card">
          <h1>Nothing to read yet</h1>
          <p>
            Import a chat export first. It is read on this computer and kept in your locked vault.{' '}
            <a href="#/import">Import a chat</a>
          </p>
        </section>
      ) : null}
      {page === 'insights' && conversation ? <InsightsPage conversation={conversation} /> : null}
      {page === 'coach' && conversations !== null ? <CoachPage conversation={conversation} /> : null}
      {page === 'check-in' && conversations !== null ? <CheckInPage conversation={conversation} /> : null}
      {page === 'plan' && conversation ? <PlanPage conversation={conversation} /> : null}
      {page === 'journal' && conversations !== null ? <JournalPage conversation={conversation} /> : null}
      {page === 'import' ? (
        <ImportPage
          onImported={(id) => {
            setSelected(id);
            void reload();
          }}
        />
      ) : null}
      {page === 'settings' ? <SettingsPage session={session} onLock={onLock} onForgotten={onForgotten} /> : null}
    </>
  );
}

/**
 * @example createRoot(element).render(<App />)
 */
export function App() {
  const [gate, setGate] = useState<Gate>({ state: 'loading' });
  const page = useHashPage('insights');
  const refresh = useCallback(async () => {
    try {
      const session = await api<SessionInfo>('/session');
      setGate((current) =>
        current.state === 'ready' &&
        current.session.vault.locked === session.vault.locked &&
        current.session.demo === session.demo &&
        current.session.vault.exists === session.vault.exists &&
        current.session.idleLockMinutes === session.idleLockMinutes
          ? current
          : { state: 'ready', session },
      );
    } catch (error) {
      setGate({
        state: 'offline',
        message:
          error instanceof Error && 'status' in error
            ? error.message
            : 'Reconnect is not answering. Start it again from the terminal and open the link it prints.',
      });
    }
  }, []);
  useEffect(() => {
    performance.mark(FIRST_PAGE_MARK);
    void refresh();
    const stop = onLocked(() => void refresh());
    const timer = window.setInterval(() => void refresh(), SESSION_POLL_MS);
    return () => {
      stop();
      window.clearInterval(timer);
    };
  }, [refresh]);
  useEffect(() => {
    const title = PAGES.find((p) => p.id === page)?.title ?? 'Reconnect';
    document.title = `${title} · Reconnect`;
  }, [page]);

  const session = gate.state === 'ready' ? gate.session : null;
  const open = session?.vault.exists === true && !session.vault.locked;
  const lock = async () => {
    try {
      await api('/lock', { method: 'POST' });
    } finally {
      await refresh();
    }
  };
  return (
    <div className="page app">
      <a className="skip-link" href="#main">
        Skip to the page
      </a>
      <header className="masthead app-header">
        <p className="brand">Reconnect</p>
        {open ? (
          <nav aria-label="Pages">
            <ul className="nav">
              {PAGES.map((p) => (
                <li key={p.id}>
                  <a href={`#/${p.id}`} aria-current={p.id === page ? 'page' : undefined}>
                    {p.title}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      {session?.demo ? <DemoBanner canLeave={session.canLeaveDemo === true} onLeft={refresh} /> : null}
      <main id="main" tabIndex={-1}>
        {gate.state === 'loading' ? <p className="muted">Opening Reconnect…</p> : null}
        {gate.state === 'offline' ? (
          <section className="card">
            <h1>Reconnect is not reachable</h1>
            <p>{gate.message}</p>
          </section>
        ) : null}
        {session && !session.vault.exists ? (
          <CreateVault onCreated={refresh} canOpenDemo={session.canOpenDemo === true} />
        ) : null}
        {session?.vault.exists && session.vault.locked ? (
          <UnlockVault
            onUnlocked={refresh}
            canOpenDemo={session.canOpenDemo === true}
            {...(session.demoPassphrase ? { demoPassphrase: session.demoPassphrase } : {})}
          />
        ) : null}
        {open && session ? (
          <VaultPages
            page={page}
            session={session}
            onLock={lock}
            onForgotten={() => {
              window.location.hash = '';
              void refresh();
            }}
          />
        ) : null}
      </main>
      <footer className="closing muted">
        <p>Reconnect runs on your own computer. Nothing you type here is sent anywhere.</p>
      </footer>
    </div>
  );
}
