// The routes on the vault: create, unlock, lock, the stored conversations and their insights, imports,
// check-ins, plan progress, the journal, settings, passphrase, export and forgetting everything.
// Once the vault is locked (on demand or after the idle time) every one of them answers 401.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolveParticipants } from '@reconnect/core/model';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { describeFailure, FORMATS, jobRoutes, oneSource, readBody, readForJob, Source, sourceFor } from './api.ts';
import { DEMO_PASSPHRASE, type DemoVault } from './demo.ts';
import { errorBody } from './guards.ts';
import { type JobControl, Jobs } from './jobs.ts';
import type { VaultSession } from './session.ts';
import type { Uploads } from './uploads.ts';
import type { Vault, VaultModule } from './vault-port.ts';

export const IDLE_SETTING = 'idleLockMinutes';
export const DEFAULT_IDLE_MINUTES = 10;

const Passphrase = z.string().min(1).max(1024);
const Id = z.string().min(1).max(200);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const Conversation = Id.nullable();
const Score = z.number().int().min(1).max(5).nullable();

export const Requests = {
  create: z.strictObject({ passphrase: Passphrase.min(8) }),
  unlock: z.strictObject({ passphrase: Passphrase }),
  import: z
    .strictObject({
      ...Source,
      me: z.string().min(1).max(512).optional(),
      partner: z.string().min(1).max(512).optional(),
      format: z.enum(FORMATS).optional(),
      timeZone: z.string().min(1).max(64).optional(),
      chat: z.string().min(1).max(512).optional(),
    })
    .refine(oneSource, { message: 'a path or an upload' }),
  checkIn: z.strictObject({
    conversation: Conversation,
    mood: Score,
    closeness: Score,
    /** the guided questions' answers, by question id */
    answers: z.record(z.string().max(64), z.union([z.string().max(2000), z.number(), z.boolean()])),
  }),
  planProgress: z.strictObject({
    conversation: Id,
    step: z.string().min(1).max(100),
    item: z.string().min(1).max(500),
    done: z.boolean(),
  }),
  journal: z.strictObject({
    conversation: Conversation,
    /** the day it is about, YYYY-MM-DD (default today) */
    day: Day.optional(),
    mood: z.string().max(100),
    connection: z.number().int().min(1).max(5),
    happened: z.string().max(20_000),
    reflection: z.string().max(20_000),
  }),
  settings: z.strictObject({
    idleLockMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
  }),
  passphrase: z.strictObject({ current: Passphrase, next: Passphrase.min(8) }),
  export: z.strictObject({
    path: z.string().min(1).max(4096),
    kind: z.enum(['encrypted', 'json']),
    /** a JSON export is readable by anyone who gets the file: the page asks first */
    plaintextConfirmed: z.literal(true).optional(),
  }),
  forget: z.strictObject({ confirm: z.literal('forget everything') }),
  demo: z.strictObject({}),
};

export interface VaultRoutesOptions {
  vaults: VaultModule;
  home: string;
  session: VaultSession<Vault>;
  /** true for the built-in demo: a temporary vault thrown away on exit */
  demo: boolean;
  /** opens the demo's temporary vault, for "explore the demo" on the first-run and unlock screens */
  openDemo?: () => Promise<DemoVault>;
  /** files handed over by the page, imported like a path */
  uploads: Uploads;
}

export interface VaultRoutes {
  /** throws away a demo entered from the page (on close; also done on process exit) */
  close(): void;
}

export function vaultRoutes(api: Hono, options: VaultRoutesOptions): VaultRoutes {
  const { vaults, session } = options;
  // the demo entered from the page: while it is open, every route below works on its temporary vault, and the
  // person's own vault stays closed and untouched
  let entered: DemoVault | null = null;
  const disposeEntered = () => {
    entered?.dispose();
    entered = null;
    process.off('exit', disposeEntered);
  };
  const place = () =>
    entered === null ? { home: options.home, demo: options.demo } : { home: entered.home, demo: true };
  const requested = vaults.lockRequestedSince;
  const mark = vaults.lockRequestMark;
  // the request seen at unlock; another one (told apart by its id, not its time) locks the app
  let seenAtOpen: string | null = null;
  if (mark !== undefined) session.lockRequested = () => mark(options.home) !== seenAtOpen;
  else if (requested !== undefined) session.lockRequested = (since) => requested(options.home, since);
  const imports = new Jobs<{ conversation: string; added: number; total: number }>(describeFailure);

  const locked = (c: Context) =>
    c.json(errorBody('locked', 'Reconnect is locked. Enter your passphrase to go on.'), 401);
  const open = async (vault: Vault) => {
    seenAtOpen = mark?.(options.home) ?? null;
    session.open(vault);
    const minutes = Number(await vault.getSetting(IDLE_SETTING));
    session.idleMs = (Number.isInteger(minutes) && minutes > 0 ? minutes : DEFAULT_IDLE_MINUTES) * 60_000;
  };

  api.get('/session', async (c) => {
    const { home, demo } = place();
    const exists = await vaults.vaultExists(home);
    return c.json({
      demo,
      // the demo holds a made-up story only; its passphrase is shown so it can be unlocked after the idle lock
      ...(demo ? { demoPassphrase: DEMO_PASSPHRASE } : {}),
      // a demo opened from the page can be left, back to the person's own vault
      canLeaveDemo: entered !== null,
      canOpenDemo: entered === null && !options.demo && options.openDemo !== undefined,
      vault: { exists, locked: session.locked },
      idleLockMinutes: Math.round(session.idleMs / 60_000),
      // the largest file the Import page may hand over (decision 192)
      maxUploadBytes: options.uploads.maxBytes,
    });
  });

  api.post('/demo', async (c) => {
    const body = await readBody(c, Requests.demo);
    if (body instanceof Response) return body;
    if (entered !== null || options.demo) return c.json({ demo: true });
    if (options.openDemo === undefined) {
      return c.json(errorBody('no_demo', 'The demo is not available here.'), 404);
    }
    // the person's own vault locks first: its key does not stay in memory while the demo is open
    session.lock();
    imports.clear();
    entered = await options.openDemo();
    process.once('exit', disposeEntered);
    await open(entered.vault);
    return c.json({ demo: true });
  });

  api.post('/demo/leave', async (c) => {
    const body = await readBody(c, Requests.demo);
    if (body instanceof Response) return body;
    if (entered === null) return c.json(errorBody('not_demo', 'The demo is not open.'), 409);
    session.lock();
    imports.clear();
    disposeEntered();
    return c.json({ demo: false });
  });

  api.post('/vault', async (c) => {
    const body = await readBody(c, Requests.create);
    if (body instanceof Response) return body;
    const { home } = place();
    if (await vaults.vaultExists(home)) {
      return c.json(errorBody('exists', 'A vault already exists on this computer. Unlock it instead.'), 409);
    }
    await open(await vaults.createVault(home, body.passphrase));
    return c.json({ locked: false }, 201);
  });

  api.post('/unlock', async (c) => {
    const body = await readBody(c, Requests.unlock);
    if (body instanceof Response) return body;
    const { home } = place();
    if (!(await vaults.vaultExists(home))) {
      return c.json(errorBody('no_vault', 'There is no vault yet. Create one first.'), 404);
    }
    try {
      await open(await vaults.openVault(home, body.passphrase));
    } catch (error) {
      if (vaultErrorCode(error) === 'wrong-passphrase') {
        return c.json(errorBody('wrong_passphrase', 'That passphrase did not open the vault. Please try again.'), 401);
      }
      throw error;
    }
    return c.json({ locked: false });
  });

  // everything below needs the vault open
  const gated = [
    '/conversations',
    '/imports',
    '/check-ins',
    '/plan',
    '/journal',
    '/settings',
    '/passphrase',
    '/export',
    '/forget',
  ];
  for (const path of gated) {
    api.use(path, async (c, next) => (session.current() === null ? locked(c) : next()));
    api.use(`${path}/*`, async (c, next) => (session.current() === null ? locked(c) : next()));
  }
  const vault = () => session.current() as Vault;
  const conversationQuery = (c: Context): string | undefined | Response => {
    const given = c.req.query('conversation');
    if (given === undefined) return undefined;
    const id = Id.safeParse(given);
    return id.success ? id.data : c.json(errorBody('bad_request', 'That conversation is not known.'), 400);
  };

  const knownConversation = (id: string) =>
    vault()
      .conversations()
      .some((listed) => (listed as { id?: unknown }).id === id);
  const notFound = (c: Context) => c.json(errorBody('not_found', 'That conversation is not in your vault.'), 404);

  api.get('/conversations', (c) => c.json(vault().conversations()));

  // insights come from the vault's stored day tables (computed once per conversation, then read back); the
  // answer is kept in memory while the vault is open, so many pages asking at once cost one analysis
  // the report without its day-by-day rows (the `analyze --json` shape), and those rows on their own for the
  // charts that zoom into days: most pages need only the first, a fifth of the size.
  // Each conversation's entry is kept under the vault's insights tag (analysis version and import generation):
  // an import, here or by `reconnect import` in another process, changes the tag and the next request analyses
  // again. (Answers stay `no-store`: the browser keeps no copy of them on disk.)
  interface Insights {
    readonly tag: string;
    readonly report: { json: string; gzip?: Uint8Array<ArrayBuffer> };
    readonly days: { json: string; gzip?: Uint8Array<ArrayBuffer> };
  }
  const insights = new Map<string, Insights>();
  session.onLock(() => insights.clear());
  const cached = (id: string): Insights => {
    const tag = vault().insightsTag(id);
    let entry = insights.get(id);
    if (entry === undefined || entry.tag !== tag) {
      const { days, ...report } = vault().analyze(id);
      entry = { tag, report: { json: JSON.stringify(report) }, days: { json: JSON.stringify(days) } };
      insights.set(id, entry);
    }
    return entry;
  };
  const answer = (c: Context, part: 'report' | 'days') => {
    const id = c.req.param('id') ?? '';
    const entry = cached(id);
    const body = entry[part];
    const headers = { 'content-type': 'application/json; charset=utf-8', vary: 'accept-encoding' };
    // a year of days is about 200 KB of JSON: compressed once, it is sent as a sixth of that
    if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
      body.gzip ??= new Uint8Array(gzipSync(body.json));
      return c.body(body.gzip, 200, { ...headers, 'content-encoding': 'gzip' });
    }
    return c.body(body.json, 200, headers);
  };
  api.get('/conversations/:id/insights', (c) => answer(c, 'report'));
  api.get('/conversations/:id/days', (c) => answer(c, 'days'));

  api.get('/conversations/:id/weeks/:week', (c) => {
    const week = Day.safeParse(c.req.param('week'));
    if (!week.success) return c.json(errorBody('bad_request', 'A week starts on a date like 2025-03-03.'), 400);
    return c.json(vault().weekMessages(c.req.param('id'), week.data));
  });

  // what the coach needs to know about the end of the stored chat: the user's messages since the partner last
  // wrote, when each of them last wrote, and how long to give before writing again (the partner's own rhythm, as
  // the plan's space timer reads it)
  api.get('/conversations/:id/coach-context', (c) => {
    const id = c.req.param('id');
    const listed = vault()
      .conversations()
      .find((known) => known.id === id);
    if (listed === undefined) return notFound(c);
    const tail = unansweredTail(vault(), id, listed);
    const { advice } = JSON.parse(cached(id).report.json) as { advice: { waitHours: number | null } };
    return c.json({ ...tail, waitHours: advice.waitHours });
  });

  api.post('/imports', async (c) => {
    const body = await readBody(c, Requests.import);
    if (body instanceof Response) return body;
    const source = sourceFor(c, body, options.uploads);
    if (source instanceof Response) return source;
    const target = vault();
    const timeZone = body.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const importFrom = async (control: JobControl) => {
      const conversation = await readForJob(source, body, control, timeZone);
      const { me, partner } = resolveParticipants(conversation, {
        ...(body.me ? { me: body.me } : {}),
        ...(body.partner ? { partner: body.partner } : {}),
      });
      control.check();
      // one transaction: a cancel during saving rolls the whole import back
      const result = target.importConversation(
        conversation,
        {
          format: conversation.format,
          me: me.id,
          partner: partner.id,
          title: conversation.title,
          fileName: source.name,
          timeZone,
        },
        (_phase, done, all) => control.report({ phase: 'saving', done, total: all }),
      );
      insights.delete(result.conversation);
      return result;
    };
    const view = imports.start(async (control) => {
      try {
        return await importFrom(control);
      } finally {
        // an uploaded copy goes once its import ends: done, failed or cancelled
        source.release();
        if (source.upload !== undefined) options.uploads.remove(source.upload);
      }
    });
    return c.json(view, 202);
  });
  jobRoutes(imports, '/imports', api);

  api.get('/check-ins', (c) => {
    const conversation = conversationQuery(c);
    if (conversation instanceof Response) return conversation;
    return c.json(vault().listCheckIns(conversation).map(readCheckIn));
  });
  api.post('/check-ins', async (c) => {
    const body = await readBody(c, Requests.checkIn);
    if (body instanceof Response) return body;
    const entry = {
      conversation: body.conversation,
      at: Date.now(),
      mood: body.mood,
      closeness: body.closeness,
      note: JSON.stringify({ answers: body.answers }),
    };
    return c.json(readCheckIn({ ...entry, id: vault().saveCheckIn(entry) }), 201);
  });

  api.get('/plan', (c) => {
    const conversation = Id.safeParse(c.req.query('conversation'));
    if (!conversation.success) return c.json(errorBody('bad_request', 'Which conversation is the plan for?'), 400);
    if (!knownConversation(conversation.data)) return notFound(c);
    return c.json(vault().planProgress(conversation.data));
  });
  api.post('/plan', async (c) => {
    const body = await readBody(c, Requests.planProgress);
    if (body instanceof Response) return body;
    if (!knownConversation(body.conversation)) return notFound(c);
    const entry = { ...body, updatedAt: Date.now() };
    vault().savePlanProgress(entry);
    return c.json(entry);
  });

  api.get('/journal', (c) => {
    const conversation = conversationQuery(c);
    if (conversation instanceof Response) return conversation;
    return c.json(vault().listJournal(conversation).map(readJournal));
  });
  api.post('/journal', async (c) => {
    const body = await readBody(c, Requests.journal);
    if (body instanceof Response) return body;
    const { conversation, day, ...fields } = body;
    const entry = {
      conversation,
      at: day === undefined ? Date.now() : Date.parse(`${day}T12:00:00Z`),
      text: JSON.stringify(fields),
    };
    return c.json(readJournal({ ...entry, id: vault().saveJournalEntry(entry) }), 201);
  });
  api.delete('/journal/:id', (c) => {
    const id = Number(c.req.param('id'));
    if (!Number.isSafeInteger(id) || id <= 0 || !vault().deleteJournalEntry(id)) {
      return c.json(errorBody('not_found', 'That entry is not in your journal.'), 404);
    }
    return c.json({ deleted: id });
  });

  api.get('/settings', (c) => c.json({ idleLockMinutes: Math.round(session.idleMs / 60_000) }));
  api.put('/settings', async (c) => {
    const body = await readBody(c, Requests.settings);
    if (body instanceof Response) return body;
    vault().setSetting(IDLE_SETTING, String(body.idleLockMinutes));
    session.idleMs = body.idleLockMinutes * 60_000;
    return c.json(body);
  });

  api.post('/passphrase', async (c) => {
    const body = await readBody(c, Requests.passphrase);
    if (body instanceof Response) return body;
    try {
      await vault().changePassphrase(body.current, body.next);
    } catch (error) {
      if (vaultErrorCode(error) === 'wrong-passphrase') {
        return c.json(errorBody('wrong_passphrase', 'The current passphrase was not right; nothing changed.'), 403);
      }
      throw error;
    }
    return c.json({ changed: true });
  });

  api.post('/export', async (c) => {
    const body = await readBody(c, Requests.export);
    if (body instanceof Response) return body;
    if (body.kind === 'json' && body.plaintextConfirmed !== true) {
      return c.json(
        errorBody('confirm_plaintext', 'A JSON export can be read by anyone who gets the file. Please confirm first.'),
        409,
      );
    }
    const path = checkExportPath(body.path, place().home);
    if (typeof path !== 'string') return c.json(errorBody('bad_path', path.problem), 400);
    if (body.kind === 'json') vault().exportJson(path);
    else vault().exportEncrypted(path);
    return c.json({ exported: body.kind, path });
  });

  api.post('/forget', async (c) => {
    const body = await readBody(c, Requests.forget);
    if (body instanceof Response) return body;
    session.lock();
    imports.clear();
    // forgetting the demo throws it away and goes back to the person's own vault, which it never touched
    if (entered !== null) disposeEntered();
    else await vaults.wipeVault(place().home);
    return c.json({ forgotten: true });
  });

  return { close: disposeEntered };
}

/** how far back the coach context looks for the partner's last message */
const CONTEXT_WEEKS = 12;

/**
 * The end of a stored chat, read a week at a time from its last message back: how many of the user's
 * messages follow the partner's last one, and when each of them last wrote (ISO; null when not in reach).
 */
export function unansweredTail(
  vault: Pick<Vault, 'weekMessages'>,
  id: string,
  who: { meId: string; partnerId: string; last: string | null },
): { unansweredCount: number; myLastAt: string | null; theirLastAt: string | null; lastAt: string | null } {
  let unansweredCount = 0;
  let myLastAt: number | null = null;
  let theirLastAt: number | null = null;
  if (who.last !== null) {
    const day = new Date(who.last);
    // from the week after the last message's UTC week, so a zone ahead of UTC cannot leave its last days out
    day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7) + 14);
    for (let week = 0; week <= CONTEXT_WEEKS && theirLastAt === null; week++) {
      day.setUTCDate(day.getUTCDate() - 7);
      const messages = vault.weekMessages(id, day.toISOString().slice(0, 10));
      for (let i = messages.length - 1; i >= 0; i--) {
        const message = messages[i] as (typeof messages)[number];
        if (message.author === who.partnerId) {
          theirLastAt = message.at;
          break;
        }
        if (message.author === who.meId && message.kind !== 'system') {
          myLastAt ??= message.at;
          unansweredCount++;
        }
      }
    }
  }
  const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());
  return { unansweredCount, myLastAt: iso(myLastAt), theirLastAt: iso(theirLastAt), lastAt: who.last };
}

interface StoredCheckIn {
  id?: number;
  conversation: string | null;
  at: number;
  mood: number | null;
  closeness: number | null;
  note: string;
}

/** A check-in as the page reads it: the answers come back out of the stored note. */
function readCheckIn(entry: StoredCheckIn) {
  const { note, ...rest } = entry;
  return { ...rest, at: new Date(entry.at).toISOString(), answers: parseObject(note)?.answers ?? {} };
}

/** A journal entry as the page reads it: the fields come back out of the stored text. */
function readJournal(entry: { id?: number; conversation: string | null; at: number; text: string }) {
  const fields = parseObject(entry.text);
  return {
    id: entry.id,
    conversation: entry.conversation,
    day: new Date(entry.at).toISOString().slice(0, 10),
    mood: typeof fields?.mood === 'string' ? fields.mood : '',
    connection: typeof fields?.connection === 'number' ? fields.connection : null,
    happened: typeof fields?.happened === 'string' ? fields.happened : fields === undefined ? entry.text : '',
    reflection: typeof fields?.reflection === 'string' ? fields.reflection : '',
  };
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** An export goes to a new file the person names by full path, never inside the vault's own folder. */
function checkExportPath(given: string, home: string): string | { problem: string } {
  if (!isAbsolute(given)) return { problem: 'Please give the full path to save the export to.' };
  const path = resolve(given);
  const folder = resolve(home);
  if (path === folder || path.startsWith(folder + sep)) {
    return { problem: "Please save the export outside Reconnect's own folder." };
  }
  if (existsSync(path)) return { problem: 'A file with that name already exists; please choose a new name.' };
  if (!existsSync(dirname(path))) return { problem: 'That folder does not exist.' };
  return path;
}

const VAULT_STATUS: Readonly<Record<string, 401 | 403 | 404 | 409 | 422 | 500 | 507>> = {
  'wrong-passphrase': 401,
  corrupt: 500,
  'newer-version': 409,
  locked: 409,
  'disk-full': 507,
  'not-found': 404,
  exists: 409,
  'read-only': 403,
};

/** A VaultError keeps its own plain sentence and gets the status that fits it. */
export function vaultErrorResponse(c: Context, error: unknown): Response | undefined {
  const code = vaultErrorCode(error);
  if (code === undefined || !(code in VAULT_STATUS) || !(error instanceof Error)) return undefined;
  return c.json(errorBody(code.replace(/-/g, '_'), error.message), VAULT_STATUS[code] ?? 500);
}

function vaultErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}
