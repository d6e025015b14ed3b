// loads one API answer for a page, again whenever its path changes
import { useCallback, useEffect, useState } from 'react';
import { api, failure } from '../api.ts';

export type Loaded<T> = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; data: T };

/**
 * @example const insights = useApi<AnalysisReport>(`/conversations/${id}/insights`)
 */
export function useApi<T>(path: string | null): [Loaded<T>, () => Promise<void>] {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const load = useCallback(async () => {
    if (path === null) return;
    try {
      setState({ status: 'ready', data: await api<T>(path) });
    } catch (error) {
      setState({ status: 'failed', message: failure(error) });
    }
  }, [path]);
  useEffect(() => {
    setState({ status: 'loading' });
    void load();
  }, [load]);
  return [state, load];
}

export function LoadProblem({ message }: { message: string }) {
  return (
    <p className="problem" role="alert">
      {message}
    </p>
  );
}
