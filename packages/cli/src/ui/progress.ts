// a one-line progress bar on stderr for long reads (bytes and messages), silent when nobody is watching
import pc from 'picocolors';

/** the part of a stream the bar writes to (process.stderr, or a fake in tests) */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

export interface ProgressOptions {
  /** what is happening, e.g. "Reading" */
  readonly label: string;
  /** default process.stderr */
  readonly stream?: ProgressStream;
  /** false hides the bar (e.g. with --json); default: shown only when the stream is a terminal */
  readonly enabled?: boolean;
  /** least time between two redraws */
  readonly intervalMs?: number;
  /** clock, for tests */
  readonly now?: () => number;
}

export interface ProgressUpdate {
  readonly bytes: number;
  readonly totalBytes?: number | undefined;
  readonly messages?: number;
}

export interface Progress {
  update(progress: ProgressUpdate): void;
  /** shows `text` in place of the bar at once, for a step that reports no progress of its own */
  note(text: string): void;
  /** removes the bar; later updates are ignored */
  done(): void;
}

const BAR_WIDTH = 24;
const CLEAR_LINE = '\r\u001b[2K';

/**
 * A byte count for people.
 * @example formatByteCount(48_300_000) // '48.3 MB'
 */
export function formatByteCount(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 || value >= 100 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/**
 * The text of the bar for one update, without colours or line control.
 * @example renderProgress('Reading', { bytes: 500, totalBytes: 1000 }) // 'Reading [############------------] 50% 500 B of 1.0 KB'
 */
export function renderProgress(label: string, progress: ProgressUpdate): string {
  const parts = [label];
  const total = progress.totalBytes;
  if (total !== undefined && total > 0) {
    const share = Math.min(1, Math.max(0, progress.bytes / total));
    const filled = Math.round(share * BAR_WIDTH);
    parts.push(`[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`, `${Math.floor(share * 100)}%`);
    parts.push(`${formatByteCount(progress.bytes)} of ${formatByteCount(total)}`);
  } else {
    parts.push(formatByteCount(progress.bytes));
  }
  if (progress.messages !== undefined && progress.messages > 0) {
    parts.push(`· ${progress.messages.toLocaleString('en-US')} messages`);
  }
  return parts.join(' ');
}

/**
 * A progress bar that redraws at most every `intervalMs` (default 100 ms) and clears itself when done.
 * Hidden when stderr is not a terminal or `enabled` is false.
 * @example
 * const bar = createProgress({ label: 'Reading', enabled: !options.json })
 * await importConversation(input, { onProgress: (p) => bar.update(p) })
 * bar.done()
 */
export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const visible = options.enabled !== false && stream.isTTY === true;
  const interval = options.intervalMs ?? 100;
  const now = options.now ?? Date.now;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let drawn = false;
  let finished = false;
  const draw = (line: string) => {
    const width = Math.max(20, (stream.columns !== undefined && stream.columns > 0 ? stream.columns : 80) - 1);
    stream.write(`${CLEAR_LINE}${pc.dim(line.slice(0, width))}`);
    drawn = true;
  };
  return {
    update(progress) {
      if (!visible || finished) return;
      const time = now();
      if (time - lastDraw < interval) return;
      lastDraw = time;
      draw(renderProgress(options.label, progress));
    },
    note(text) {
      if (!visible || finished) return;
      lastDraw = now();
      draw(`${options.label} ${text}`);
    },
    done() {
      if (finished) return;
      finished = true;
      if (drawn) stream.write(CLEAR_LINE);
    },
  };
}
