// a tiny hash router: the page is the part after "#/", so the server only ever serves one page
import { useEffect, useState } from 'react';

export const PAGES = [
  { id: 'insights', title: 'Insights' },
  { id: 'coach', title: 'Coach' },
  { id: 'check-in', title: 'Check-in' },
  { id: 'plan', title: 'Plan' },
  { id: 'journal', title: 'Journal' },
  { id: 'import', title: 'Import' },
  { id: 'settings', title: 'Settings' },
] as const;

export type PageId = (typeof PAGES)[number]['id'];

/** the page a hash names, or undefined for an empty or unknown one */
export function pageFromHash(hash: string): PageId | undefined {
  const id = hash.replace(/^#\/?/, '').split('/')[0];
  return PAGES.find((page) => page.id === id)?.id;
}

/**
 * The page in view, following the address bar.
 * @example const page = useHashPage('insights')
 */
export function useHashPage(fallback: PageId): PageId {
  const [page, setPage] = useState(() => pageFromHash(window.location.hash) ?? fallback);
  useEffect(() => {
    const update = () => setPage(pageFromHash(window.location.hash) ?? fallback);
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, [fallback]);
  return page;
}
