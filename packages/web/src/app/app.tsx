// the app shell: the brand, the pages there are so far, and the page in view
import { useEffect } from 'react';
import { CoachPage } from './coach/coach-page.tsx';

/** the user-timing mark set once the first page is on screen */
export const FIRST_PAGE_MARK = 'reconnect:first-page';

/**
 * @example createRoot(element).render(<App />)
 */
export function App() {
  useEffect(() => {
    performance.mark(FIRST_PAGE_MARK);
  }, []);
  return (
    <div className="page app">
      <header className="masthead app-header">
        <p className="brand">Reconnect</p>
        <nav aria-label="Pages">
          <ul className="nav">
            <li>
              <a href="/" aria-current="page">
                Coach
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main">
        <CoachPage />
      </main>
      <footer className="closing muted">
        <p>Reconnect runs on your own computer. Nothing you type here is sent anywhere.</p>
      </footer>
    </div>
  );
}
