// The JSON API: every body is validated with zod before anything reads it, every answer is JSON (or an event
// stream of JSON), and errors are one plain sentence with a stable code.
import { type ConversationSummary, FORMAT_LABELS, isImportError, summarizeConversation } from '@reconnect/core/import';
import { type Format, isParticipantError } from '@reconnect/core/model';
import { readConversation } from '@reconnect/node/read';
import type { Context, Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { errorBody } from './guards.ts';
import { Jobs, type JobView } from './jobs.ts';
import { checkInputPath, nameFileOnly, PathError } from './read-file.ts';

export const FORMATS = Object.keys(FORMAT_LABELS) as [Format, ...Format[]];

export const ReadRequest = z.strictObject({
  /** the export's full path on this computer */
  path: z.string().min(1).max(4096),
  format: z.enum(FORMATS).optional(),
  timeZone: z.string().min(1).max(64).optional(),
  chat: z.string().min(1).max(512).optional(),
});
export type ReadRequest = z.infer<typeof ReadRequest>;

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

export function readRoutes(api: Hono, jobs: Jobs<ConversationSummary>): void {
  api.post('/inspect', async (c) => {
    const body = await readBody(c, ReadRequest);
    if (body instanceof Response) return body;
    if (!validTimeZone(body.timeZone)) {
      return c.json(errorBody('bad_request', 'That time zone is not one Reconnect knows.'), 400);
    }
    try {
      checkInputPath(body.path);
    } catch (error) {
      return c.json(errorBody('cannot_read', describeFailure(error)), 422);
    }
    const view = jobs.start(async (control) => {
      const conversation = await readConversation(body.path, {
        ...(body.format ? { format: body.format } : {}),
        ...(body.timeZone ? { timeZone: body.timeZone } : {}),
        ...(body.chat ? { chat: body.chat } : {}),
        onProgress: (progress) =>
          control.report({ phase: 'reading', done: progress.bytes, total: progress.totalBytes ?? progress.bytes }),
      }).catch((error: unknown) => {
        throw nameFileOnly(error, body.path);
      });
      control.check();
      return summarizeConversation(conversation);
    });
    return c.json(view, 202);
  });
  jobRoutes(jobs, '/inspect', api);
}
