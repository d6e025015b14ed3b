// runs the core coach in the page as the user types; the coach itself is loaded lazily, once
import type { CoachContext, CoachResult } from '@reconnect/core/coach';
import { useEffect, useMemo, useState } from 'react';

type Engine = typeof import('./coach-engine.ts');

export type CoachState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed' }
  | { readonly status: 'unreadable' }
  | { readonly status: 'ready'; readonly result: CoachResult | null };

/** the user-timing name of one coaching pass, readable with performance.getEntriesByName */
export const COACH_MEASURE = 'reconnect:coach';
/** the user-timing mark set when the coach has loaded */
export const COACH_READY_MARK = 'reconnect:coach-ready';

let loading: Promise<Engine> | undefined;

/**
 * Starts loading the coach (once per page); later calls share the same load.
 * @example loadCoach().then((engine) => engine.coachMessage('hi'))
 */
export function loadCoach(): Promise<Engine> {
  loading ??= import('./coach-engine.ts').then((engine) => {
    performance.mark(COACH_READY_MARK);
    return engine;
  });
  return loading;
}

function coachTimed(engine: Engine, text: string, context: CoachContext | undefined): CoachResult {
  const started = performance.now();
  const result = engine.coachMessage(text, context);
  performance.measure(COACH_MEASURE, { start: started, end: performance.now() });
  return result;
}

/**
 * The coach's reading of `text` (null while the box is empty), recomputed as it or the context changes.
 * @example const state = useCoach(draft, { unansweredCount: 3 })
 */
export function useCoach(text: string, context?: CoachContext): CoachState {
  const [engine, setEngine] = useState<Engine | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadCoach().then(
      (loaded) => live && setEngine(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  const unanswered = context?.unansweredCount;
  const hours = context?.hoursSinceTheirLastMessage;
  const result = useMemo(() => {
    if (!engine || text.trim() === '') return null;
    const given: CoachContext | undefined =
      unanswered === undefined && hours === undefined
        ? undefined
        : {
            ...(unanswered !== undefined ? { unansweredCount: unanswered } : {}),
            ...(hours !== undefined ? { hoursSinceTheirLastMessage: hours } : {}),
          };
    try {
      return coachTimed(engine, text, given);
    } catch {
      // a reading that fails must not take the page (and the draft) down with it
      return undefined;
    }
  }, [engine, text, unanswered, hours]);
  if (failed) return { status: 'failed' };
  if (!engine) return { status: 'loading' };
  if (result === undefined) return { status: 'unreadable' };
  return { status: 'ready', result };
}
