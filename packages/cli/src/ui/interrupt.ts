// Ctrl-C and SIGTERM: remove the temporary files a write left half done, say so in one calm line, exit 130 or 143
import { unlinkSync } from 'node:fs';

/** temporary files being written right now; removed if the process is stopped before they are renamed into place */
const pending = new Set<string>();

/** the exit codes shells use for a process stopped by these signals (128 + the signal's number) */
export const INTERRUPT_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
export type InterruptSignal = keyof typeof INTERRUPT_EXIT_CODES;

/**
 * Remembers a temporary file until the returned function is called (after it was renamed or removed).
 * @example const done = trackTemporaryFile(temp); try { … } finally { done() }
 */
export function trackTemporaryFile(path: string): () => void {
  pending.add(path);
  return () => {
    pending.delete(path);
  };
}

export interface InterruptIO {
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly exit: (code: number) => void;
}

/**
 * What happens on SIGINT or SIGTERM: every tracked temporary file is removed, one line is printed, and the process exits.
 * @example onInterrupt('SIGINT') // removes temporaries, prints "reconnect: stopped. Nothing was saved.", exits 130
 */
export function onInterrupt(
  signal: InterruptSignal,
  io: InterruptIO = { stderr: process.stderr, exit: (code) => process.exit(code) },
): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {}
  }
  const hadWrites = pending.size > 0;
  pending.clear();
  const clear = io.stderr.isTTY === true ? '\r\u001b[2K' : '';
  const said = hadWrites ? 'Stopped before the file was finished; nothing was saved.' : 'Stopped.';
  io.stderr.write(`${clear}reconnect: ${said}\n`);
  io.exit(INTERRUPT_EXIT_CODES[signal]);
}

/**
 * Installs the handlers once, for the whole process.
 * @example installInterruptHandlers()
 */
export function installInterruptHandlers(): void {
  for (const signal of Object.keys(INTERRUPT_EXIT_CODES) as InterruptSignal[]) {
    process.once(signal, () => onInterrupt(signal));
  }
}
