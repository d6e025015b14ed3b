// talks to the local server: the custom header on every call, the session cookie sent by the browser, JSON
// both ways; a 401 that says "locked" tells the shell to show the unlock screen
export const API_HEADER = 'x-reconnect';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

type LockListener = () => void;
const lockListeners = new Set<LockListener>();

/** calls `listener` whenever the server says the vault is locked; returns a function that stops it */
export function onLocked(listener: LockListener): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

/**
 * One API call on the app's own origin.
 * @example const list = await api<Conversation[]>('/conversations')
 */
export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? (init.body === undefined ? 'GET' : 'POST');
  const headers: Record<string, string> = { [API_HEADER]: '1', accept: 'application/json' };
  if (method !== 'GET') headers['content-type'] = 'application/json';
  const response = await fetch(`/api${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    cache: 'no-store',
    ...(method === 'GET' ? {} : { body: JSON.stringify(init.body ?? {}) }),
  });
  let data: unknown = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    const error = (data as { error?: { code?: string; message?: string } } | null)?.error;
    const code = error?.code ?? 'failed';
    if (response.status === 401 && code === 'locked') for (const listener of lockListeners) listener();
    throw new ApiError(response.status, code, error?.message ?? 'Something went wrong on this computer.');
  }
  return data as T;
}

/** the sentence to show for a failed call */
export const failure = (error: unknown): string =>
  error instanceof Error ? error.message : 'Something went wrong on this computer.';

export interface SessionInfo {
  demo: boolean;
  demoPassphrase?: string;
  /** the demo was opened from the page, and leaving it goes back to the person's own vault */
  canLeaveDemo?: boolean;
  /** the first-run and unlock screens may offer the demo */
  canOpenDemo?: boolean;
  vault: { exists: boolean; locked: boolean };
  idleLockMinutes: number;
}

export interface ConversationInfo {
  id: string;
  title: string | null;
  format: string;
  /** display names */
  me: string;
  partner: string;
  /** the participant ids stored at import: a message's `author` is compared with these */
  meId: string;
  partnerId: string;
  messages: number;
  first: string | null;
  last: string | null;
}

export interface JobView<R> {
  id: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  progress: { phase: 'reading' | 'saving'; done: number; total: number | null };
  result: R | null;
  error: string | null;
}

/** a file handed over to the local server by the Import page (`POST /api/uploads`) */
export interface Uploaded {
  upload: string;
  name: string;
  bytes: number;
}

/** a file handover under way: its promise, and a way to stop it */
export interface Handover {
  done: Promise<Uploaded>;
  abort(): void;
}

/**
 * Hands a picked or dropped file to the local server, reporting the bytes sent. XMLHttpRequest, because it is
 * the browser's way to watch a request body go out; the file streams from disk and is never read whole here.
 * @example const { done } = upload(file, (sent, total) => show(sent / total)); const { upload: id } = await done;
 */
export function upload(file: File, onProgress: (sent: number, total: number) => void): Handover {
  const request = new XMLHttpRequest();
  const done = new Promise<Uploaded>((resolve, reject) => {
    request.open('POST', `/api/uploads?name=${encodeURIComponent(file.name)}`);
    request.setRequestHeader(API_HEADER, '1');
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.setRequestHeader('accept', 'application/json');
    request.responseType = 'text';
    request.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    request.onload = () => {
      let data: unknown = null;
      try {
        data = JSON.parse(request.responseText);
      } catch {
        data = null;
      }
      if (request.status === 201) {
        resolve(data as Uploaded);
        return;
      }
      const error = (data as { error?: { code?: string; message?: string } } | null)?.error;
      const code = error?.code ?? 'failed';
      if (request.status === 401 && code === 'locked') for (const listener of lockListeners) listener();
      reject(new ApiError(request.status, code, error?.message ?? 'Something went wrong on this computer.'));
    };
    request.onerror = () =>
      reject(new ApiError(0, 'failed', 'The file could not be handed to Reconnect. Please try again.'));
    request.onabort = () => reject(new ApiError(0, 'aborted', 'Stopped: the file was not taken.'));
    request.send(file);
  });
  return { done, abort: () => request.abort() };
}
