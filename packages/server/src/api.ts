// The JSON API: every body is validated with zod before anything reads it, every answer is JSON (or an event
// stream of JSON), and errors are one plain sentence with a stable code.

import { basename } from 'node:path';
import { type ConversationSummary, FORMAT_LABELS, isImportError, summarizeConversation } from '@reconnect/core/import';
import { type Conversation, type Format, isParticipantError } from '@reconnect/core/model';
import { readConversation } from '@reconnect/node/read';
import type { Context, Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { errorBody } from './guards.ts';
import { type JobControl, Jobs, type JobView } from './jobs.ts';
import { checkInputPath, nameFileOnly, PathError } from './read-file.ts';
import { displayName, UploadIncomplete, type Uploads, UploadTooLarge } from './uploads.ts';

export const FORMATS = Object.keys(FORMAT_LABELS) as [Format, ...Format[]];

/** What to read: the export's full path on this computer, or a file the page handed over (`POST /api/uploads`). */
export const Source = {
  path: z.string().min(1).max(4096).optional(),
  upload: z.uuid().optional(),
};

/** exactly one of `path` and `upload` */
export const oneSource = (body: { path?: string | undefined; upload?: string | undefined }): boolean =>
  (body.path === undefined) !== (body.upload === undefined);

export const ReadRequest = z
  .strictObject({
    ...Source,
    format: z.enum(FORMATS).optional(),
    timeZone: z.string().min(1).max(64).optional(),
    chat: z.string().min(1).max(512).optional(),
  })
  .refine(oneSource, { message: 'a path or an upload' });
export type ReadRequest = z.infer<typeof ReadRequest>;

/** the file a read works on: where it is, and the name it is read and shown under */
export interface ReadSource {
  path: string;
  /** the name shown in messages and stored with the import */
  name: string;
  /** lets go of an uploaded file (its job ended); nothing for a path */
  release(): void;
  /** the uploaded file's id, if it is one */
  upload?: string;
}

/** The one sentence shown for a failure: the importer's own line for a bad file. */
export function describeFailure(error: unknown): string {
  if (isImportError(error)) return `Could not import ${error.message}`;
  if (error instanceof PathError || isParticipantError(error)) return error.message;
  // the vault's failures (disk full, busy, read-only) carry their own plain sentence
  if (error instanceof Error && error.name === 'VaultError') return error.message;
  return 'Something went wrong while reading that file. Nothing was changed.';
}

export async function readBody<T>(c: Context, schema: z.ZodType<T>): Promise<T | Response> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    return c.json(errorBody('bad_json', 'That request was not readable JSON.'), 400);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
    return c.json(errorBody('bad_request', `That request is missing something or has something extra${where}.`), 400);
  }
  return parsed.data;
}

export function validTimeZone(zone: string | undefined): boolean {
  if (zone === undefined) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Reads an export named by its path, reporting bytes read; the result is the `inspect` summary. */
export function readJobs() {
  return new Jobs<ConversationSummary>(describeFailure);
}

export function jobRoutes<R>(jobs: Jobs<R>, base: string, api: Hono): void {
  api.get(`${base}/:id`, (c) => {
    const view = jobs.get(c.req.param('id'));
    return view ? c.json(view) : c.json(errorBody('not_found', 'That job is not known.'), 404);
  });
  api.post(`${base}/:id/cancel`, (c) => {
    const view = jobs.cancel(c.req.param('id'));
    return view ? c.json(view) : c.json(errorBody('not_found', 'That job is not known.'), 404);
  });
  // server-sent events for pages that listen instead of polling; EventSource cannot send the custom header,
  // so this one route relies on the cookie and the fetch-metadata and Origin checks only
  api.get(`${base}/:id/events`, (c) => {
    const id = c.req.param('id');
    if (jobs.get(id) === undefined) return c.json(errorBody('not_found', 'That job is not known.'), 404);
    return streamSSE(c, async (stream) => {
      let last: JobView<R> | undefined;
      let wake: (() => void) | undefined;
      const stop = jobs.listen(id, (view) => {
        last = view;
        wake?.();
      });
      stream.onAbort(() => {
        stop();
        wake?.();
      });
      try {
        let view = jobs.get(id);
        while (view !== undefined && !stream.aborted) {
          await stream.writeSSE({ event: 'job', data: JSON.stringify(view) });
          if (view.state !== 'running') break;
          await new Promise<void>((resolve) => {
            wake = resolve;
            if (last !== undefined && last !== view) resolve();
          });
          wake = undefined;
          view = last ?? jobs.get(id);
        }
      } finally {
        stop();
      }
    });
  });
}

/**
 * The file a read works on, or the reply refusing it before it starts (an unknown zone, a path that cannot be used,
 * an upload no longer kept). An upload is held (never removed) until the source is released.
 */
export function sourceFor(
  c: Context,
  body: { path?: string | undefined; upload?: string | undefined; timeZone?: string | undefined },
  uploads: Uploads,
): ReadSource | Response {
  if (!validTimeZone(body.timeZone)) {
    return c.json(errorBody('bad_request', 'That time zone is not one Reconnect knows.'), 400);
  }
  if (body.upload !== undefined) {
    const upload = uploads.get(body.upload);
    if (upload === undefined) {
      return c.json(errorBody('cannot_read', 'That file is no longer here. Please choose it again.'), 422);
    }
    return { path: upload.path, name: upload.name, release: uploads.use(upload.id), upload: upload.id };
  }
  const path = body.path ?? '';
  try {
    checkInputPath(path);
  } catch (error) {
    return c.json(errorBody('cannot_read', describeFailure(error)), 422);
  }
  return { path, name: basename(path), release: () => {} };
}

/** Reads the export a request names, as a job: progress while reading, and only the file's name in any error. */
export function readForJob(
  source: ReadSource,
  body: Omit<ReadRequest, 'path' | 'upload'>,
  control: Pick<JobControl, 'report'>,
  timeZone: string | undefined = body.timeZone,
): Promise<Conversation> {
  return readConversation(source.path, {
    ...(body.format ? { format: body.format } : {}),
    ...(timeZone ? { timeZone } : {}),
    ...(body.chat ? { chat: body.chat } : {}),
    // an upload is read under the name it came with, never under its private path
    ...(source.upload !== undefined ? { name: source.name } : {}),
    onProgress: (progress) =>
      control.report({ phase: 'reading', done: progress.bytes, total: progress.totalBytes ?? progress.bytes }),
  }).catch((error: unknown) => {
    throw nameFileOnly(error, source.path, source.name);
  });
}

export function readRoutes(api: Hono, jobs: Jobs<ConversationSummary>, uploads: Uploads): void {
  api.post('/inspect', async (c) => {
    const body = await readBody(c, ReadRequest);
    if (body instanceof Response) return body;
    const source = sourceFor(c, body, uploads);
    if (source instanceof Response) return source;
    const view = jobs.start(async (control) => {
      try {
        const conversation = await readForJob(source, body, control);
        control.check();
        return summarizeConversation(conversation);
      } finally {
        source.release();
      }
    });
    return c.json(view, 202);
  });
  jobRoutes(jobs, '/inspect', api);
}

/**
 * `POST /api/uploads?name=…`: the file's bytes as `application/octet-stream` (the one route that takes raw bytes;
 * the guards let it through, decision 192), streamed to a private temporary file within the limit. Only while the
 * vault is open. `DELETE /api/uploads/:id` removes one the page no longer needs.
 */
export function uploadRoutes(api: Hono, uploads: Uploads, open: () => boolean): void {
  const locked = (c: Context) =>
    c.json(errorBody('locked', 'Reconnect is locked. Enter your passphrase to go on.'), 401);
  const tooLarge = (c: Context) =>
    c.json(
      errorBody(
        'too_large',
        `That file is larger than ${formatBytes(uploads.maxBytes)}, more than Reconnect takes from the page. If it is a zip with photos and videos, export the chat again without media, or give the file's full path instead.`,
      ),
      413,
      // the rest of the body is not read: the connection is not kept for another request
      { connection: 'close' },
    );
  api.post('/uploads', async (c) => {
    if (!open()) return locked(c);
    const declared = c.req.header('content-length');
    const length = declared === undefined ? undefined : Number(declared);
    if (length !== undefined && (!Number.isSafeInteger(length) || length < 0)) {
      return c.json(errorBody('bad_request', 'That request is missing something or has something extra.'), 400);
    }
    if (length !== undefined && length > uploads.maxBytes) return tooLarge(c);
    const body = c.req.raw.body;
    if (body === null || length === 0) {
      return c.json(errorBody('empty', 'That file is empty. Please choose the chat export itself.'), 422);
    }
    try {
      const upload = await uploads.receive(body, displayName(c.req.query('name')), length);
      return c.json({ upload: upload.id, name: upload.name, bytes: upload.bytes }, 201);
    } catch (error) {
      if (error instanceof UploadTooLarge) return tooLarge(c);
      if (error instanceof UploadIncomplete) {
        return c.json(errorBody('incomplete', 'The file did not arrive whole. Please choose it again.'), 400);
      }
      if ((error as NodeJS.ErrnoException).code === 'ENOSPC') {
        return c.json(errorBody('disk_full', 'There is not enough room on this computer to take that file.'), 507);
      }
      throw error;
    }
  });
  api.delete('/uploads/:id', (c) =>
    uploads.remove(c.req.param('id'))
      ? c.json({ removed: true })
      : c.json(errorBody('not_found', 'That file is not here.'), 404),
  );
}

/** "2 GB" */
function formatBytes(bytes: number): string {
  const gb = bytes / 1024 ** 3;
  if (gb >= 1) return `${Number.isInteger(gb) ? gb : gb.toFixed(1)} GB`;
  const mb = bytes / 1024 ** 2;
  return mb >= 1 ? `${Math.round(mb)} MB` : `${bytes} bytes`;
}
