// Long work (an import) runs as a job: the page polls it or listens to its events, and can cancel it.
import { randomUUID } from 'node:crypto';

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobProgress {
  /** what is happening now, for the progress line: reading the file, then saving it */
  phase: 'reading' | 'saving';
  done: number;
  total: number | null;
}

export interface JobView<R> {
  id: string;
  state: JobState;
  progress: JobProgress;
  result: R | null;
  /** one plain sentence when the job failed */
  error: string | null;
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface JobControl {
  report(progress: JobProgress): void;
  /** throws `Cancelled` once the job was cancelled: call it between steps and inside progress callbacks */
  check(): void;
}

interface Job<R> {
  view: JobView<R>;
  cancelled: boolean;
  listeners: Set<(view: JobView<R>) => void>;
}

export class Jobs<R> {
  readonly #jobs = new Map<string, Job<R>>();
  readonly #describe: (error: unknown) => string;

  constructor(describe: (error: unknown) => string) {
    this.#describe = describe;
  }

  start(work: (control: JobControl) => Promise<R>): JobView<R> {
    const job: Job<R> = {
      view: {
        id: randomUUID(),
        state: 'running',
        progress: { phase: 'reading', done: 0, total: null },
        result: null,
        error: null,
      },
      cancelled: false,
      listeners: new Set(),
    };
    this.#jobs.set(job.view.id, job);
    const emit = () => {
      for (const listener of job.listeners) listener(job.view);
    };
    const control: JobControl = {
      report: (progress) => {
        if (job.cancelled) throw new Cancelled();
        job.view = { ...job.view, progress };
        emit();
      },
      check: () => {
        if (job.cancelled) throw new Cancelled();
      },
    };
    // start on the next turn, so the caller has the job's id before any progress
    void Promise.resolve()
      .then(() => work(control))
      .then(
        (result) => {
          // a cancel that came after the work finished is too late: the work is done
          job.view = { ...job.view, state: 'done', result };
        },
        (error: unknown) => {
          job.view =
            job.cancelled || error instanceof Cancelled
              ? { ...job.view, state: 'cancelled' }
              : { ...job.view, state: 'failed', error: this.#describe(error) };
        },
      )
      .finally(emit);
    return job.view;
  }

  get(id: string): JobView<R> | undefined {
    return this.#jobs.get(id)?.view;
  }

  cancel(id: string): JobView<R> | undefined {
    const job = this.#jobs.get(id);
    if (job === undefined) return undefined;
    if (job.view.state === 'running') job.cancelled = true;
    return job.view;
  }

  /** Calls `listener` on every change until it returns; the returned function stops listening. */
  listen(id: string, listener: (view: JobView<R>) => void): () => void {
    const job = this.#jobs.get(id);
    if (job === undefined) return () => {};
    job.listeners.add(listener);
    return () => job.listeners.delete(listener);
  }

  /** Forgets finished jobs (their results may hold counts and dates, never chat text). */
  clear(): void {
    for (const [id, job] of this.#jobs) if (job.view.state !== 'running') this.#jobs.delete(id);
  }
}
