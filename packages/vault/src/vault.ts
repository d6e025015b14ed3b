// the encrypted vault: one SQLite database (whole-file chacha20) opened by a data key wrapped under the passphrase

import { randomBytes } from 'node:crypto';
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statfsSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateRawSync, inflateRawSync, constants as zlib } from 'node:zlib';
import type { AnalysisReport } from '@reconnect/core/analysis';
import { ANALYSIS_BASIS_VERSION } from '@reconnect/core/analysis-version';
import {
  asEpochMs,
  asParticipantId,
  type Conversation,
  type Format,
  type Message,
  type MessageKind,
  messageFingerprintNumbers,
  type Participant,
  type ParticipantId,
} from '@reconnect/core/model';
import { createZoneClock, isoToDay } from '@reconnect/core/time';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadBasis, loadReport, saveBasis, saveReport, storedAnalysis } from './day-tables.ts';
import { asVaultError, VaultError } from './errors.ts';
import { ensurePrivateFolder, syncFolder, VAULT_FILES, writeFileAtomic } from './home.ts';
import {
  DATABASE_CIPHER,
  headerBytes,
  KDF_FLOOR,
  parseHeader,
  unwrapDataKey,
  type VaultHeader,
  wrapDataKey,
} from './keys.ts';
import { latestSchemaVersion, migrate } from './migrations.ts';

const PLAINTEXT_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');
const MS_PER_DAY = 86_400_000;
/** how long a second process waits for the vault before it is told the vault is busy */
const BUSY_TIMEOUT_MS = 2_000;
/** messages per stored block (migration 004): a week of a busy chat is a handful of blocks */
const BLOCK_SIZE = 2_000;
/** the page cache, in KiB */
const CACHE_KIB = 131_072;

export type Passphrase = Uint8Array | string;

type AnalysisCode = Pick<typeof import('@reconnect/core/analysis'), 'analysisBasis' | 'reportFromBasis'>;
let analysisCode: AnalysisCode | undefined;

/** loads the analysis (the largest part of the core) once; reading the insights kept at import never needs it */
async function loadAnalysis(): Promise<void> {
  analysisCode ??= await import('@reconnect/core/analysis');
}

function analysis(): AnalysisCode {
  if (analysisCode === undefined)
    throw new Error(
      'the analysis is not loaded: call vault.prepareAnalysis() first, or open the vault without { analysis: false }',
    );
  return analysisCode;
}

/** what the person said about an import: which chat it is and who is who */
export interface ImportMeta {
  readonly format: Format;
  /** the participant ids of the user and the partner, as the importer made them */
  readonly me: ParticipantId;
  readonly partner: ParticipantId;
  readonly title: string | null;
  readonly fileName: string;
  /** the zone the export was read in; days and weeks of the stored conversation use it */
  readonly timeZone: string;
}

export interface ImportResult {
  readonly conversation: string;
  readonly added: number;
  readonly total: number;
  /** times of the first and last message added, ISO; null when nothing was added */
  readonly addedFirst: string | null;
  readonly addedLast: string | null;
}

export type ImportPhase = 'saving' | 'tables';

/** one stored conversation, as `reconnect conversations` lists it */
export interface ConversationSummary {
  readonly id: string;
  readonly title: string | null;
  readonly format: Format;
  readonly me: string;
  readonly partner: string;
  /** the participant ids behind `me` and `partner`: a stored message's `author` is one of these */
  readonly meId: ParticipantId;
  readonly partnerId: ParticipantId;
  readonly messages: number;
  readonly first: string | null;
  readonly last: string | null;
}

export interface StoredAnalyzeOptions {
  readonly me?: ParticipantId;
  readonly partner?: ParticipantId;
  readonly timeZone?: string;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface CheckIn {
  readonly id?: number;
  readonly conversation: string | null;
  readonly at: number;
  readonly mood: number | null;
  readonly closeness: number | null;
  readonly note: string;
}
export interface PlanProgress {
  readonly conversation: string;
  readonly step: string;
  readonly item: string;
  readonly done: boolean;
  readonly updatedAt: number;
}
export interface JournalEntry {
  readonly id?: number;
  readonly conversation: string | null;
  readonly at: number;
  readonly text: string;
}
export interface CoachedDraft {
  readonly id?: number;
  readonly conversation: string | null;
  readonly at: number;
  readonly draft: string;
  readonly verdict: string;
  readonly rewrite: string | null;
  readonly sent: string | null;
}

/** the small typed surface over the stored history and the person's own entries */
export interface Vault {
  readonly home: string;
  importConversation(
    conversation: Conversation,
    meta: ImportMeta,
    onProgress?: (phase: ImportPhase, done: number, total: number) => void,
  ): ImportResult;
  conversations(): ConversationSummary[];
  conversation(id: string): Conversation;
  analyze(id: string, options?: StoredAnalyzeOptions): AnalysisReport;
  /** the insights kept for these options, read without the analysis; undefined when none are kept */
  keptInsights(id: string, options?: StoredAnalyzeOptions): AnalysisReport | undefined;
  /** loads the analysis, for a vault opened with `{ analysis: false }` (import and analyze need it) */
  prepareAnalysis(): Promise<void>;
  /**
   * What the conversation's insights depend on: the analysis version and how many imports changed it. Anything
   * kept from `analyze` under this tag is still exact while the tag stays the same.
   */
  insightsTag(id: string): string;
  weekMessages(id: string, weekStart: string): Message[];
  saveCheckIn(entry: CheckIn): number;
  listCheckIns(conversation?: string): CheckIn[];
  savePlanProgress(entry: PlanProgress): void;
  planProgress(conversation: string): PlanProgress[];
  saveJournalEntry(entry: JournalEntry): number;
  listJournal(conversation?: string): JournalEntry[];
  deleteJournalEntry(id: number): boolean;
  saveDraft(entry: CoachedDraft): number;
  listDrafts(conversation?: string): CoachedDraft[];
  getSetting(name: string): string | null;
  setSetting(name: string, value: string): void;
  changePassphrase(oldPassphrase: Passphrase, newPassphrase: Passphrase): Promise<void>;
  exportEncrypted(path: string): void;
  exportJson(path: string): void;
  /** `PRAGMA integrity_check`: 'ok' or the problems found */
  integrityCheck(): string;
  lock(): void;
}

const paths = (home: string) => ({
  header: join(home, VAULT_FILES.header),
  database: join(home, VAULT_FILES.database),
  wal: join(home, `${VAULT_FILES.database}-wal`),
  shm: join(home, `${VAULT_FILES.database}-shm`),
  wiping: join(home, VAULT_FILES.wiping),
});

/** true when a vault (its key file) exists in `home` */
export const vaultExists = (home: string): boolean => existsSync(paths(home).header);

/** runs a vault step and turns driver and file failures into VaultErrors */
function guarded<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw asVaultError(error);
  }
}

/** the file's first 16 bytes, to prove it is not a plain SQLite database */
function startsPlain(path: string): boolean {
  if (!existsSync(path) || statSync(path).size < 16) return false;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    return head.equals(PLAINTEXT_MAGIC);
  } finally {
    closeSync(fd);
  }
}

/**
 * SQLite cannot open a vault whose folder it may not write to (it keeps its write-ahead log beside the database) and
 * only says "unable to open database file": in a folder that cannot be written to, that is the read-only failure.
 */
function openFailure(home: string, error: unknown): unknown {
  if ((error as { code?: unknown } | null)?.code === 'SQLITE_CANTOPEN') {
    try {
      accessSync(home, constants.W_OK);
    } catch {
      return new VaultError('read-only');
    }
  }
  return diskFailure(home, error);
}

/**
 * SQLite reports some writes on a full disk as an I/O error (growing its shared-memory file, for one): when the
 * vault's folder has no room left, that is the full disk, and the person is told so.
 */
function diskFailure(home: string, error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_IOERR')) {
    try {
      const room = statfsSync(home);
      if (room.bavail * room.bsize < 1024 * 1024) return new VaultError('disk-full');
    } catch {
      // the folder cannot be looked at: say what SQLite said
    }
  }
  return asVaultError(error);
}

function openDatabase(home: string, dataKey: Buffer, create: boolean, upTo?: number): Database.Database {
  const file = paths(home).database;
  if (!create && !existsSync(file)) throw new VaultError('corrupt', 'the database file is missing');
  // made private before SQLite writes anything; the -wal and -shm files take the same permissions
  if (create) closeSync(openSync(file, 'wx', 0o600));
  if (startsPlain(file)) throw new VaultError('corrupt', 'the database is not encrypted');
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch (error) {
    throw openFailure(home, error);
  }
  try {
    db.pragma(`cipher = '${DATABASE_CIPHER}'`);
    const hex = dataKey.toString('hex');
    db.pragma(`key = "x'${hex}'"`);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
        throw new VaultError('corrupt', 'the database does not match its key');
      throw error;
    }
    const cipher = db.pragma('cipher', { simple: true });
    if (cipher !== DATABASE_CIPHER) throw new VaultError('corrupt', `unexpected cipher ${String(cipher)}`);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('temp_store = MEMORY');
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new VaultError('corrupt', `journal mode ${String(mode)}`);
    db.pragma('synchronous = FULL');
    // a large page cache keeps the fingerprint index in memory while a big import inserts in random order
    db.pragma(`cache_size = -${CACHE_KIB}`);
    db.pragma('foreign_keys = ON');
    migrate(db, upTo);
    const { wal, shm } = paths(home);
    for (const path of [file, wal, shm]) if (existsSync(path) && process.platform !== 'win32') chmodSync(path, 0o600);
    if (startsPlain(file)) throw new VaultError('corrupt', 'the database is not encrypted');
    return db;
  } catch (error) {
    db.close();
    throw openFailure(home, error);
  }
}

/** options for tests of older schemas: stop the migrations at this version */
export interface OpenOptions {
  readonly upToMigration?: number;
  /**
   * false: do not load the analysis while unlocking (it is loaded beside the key derivation by default), for a
   * process that only reads kept insights; `prepareAnalysis()` loads it later
   */
  readonly analysis?: boolean;
}

/**
 * Creates a new vault in `home` with a fresh random data key wrapped under `passphrase`.
 * @example const vault = await createVault(vaultHome(), passphrase)
 */
export async function createVault(home: string, passphrase: Passphrase, options: OpenOptions = {}): Promise<Vault> {
  const files = paths(home);
  if (existsSync(files.header)) throw new VaultError('exists');
  guarded(() => ensurePrivateFolder(home));
  // what a wipe cut short left behind
  guarded(() => destroyKeyFile(files.wiping));
  for (const stale of [files.database, files.wal, files.shm]) rmSync(stale, { force: true });
  const dataKey = randomBytes(32);
  const [header] = await Promise.all([wrapDataKey(dataKey, passphrase, KDF_FLOOR), loadAnalysis()]);
  let db: Database.Database;
  try {
    db = openDatabase(home, dataKey, true, options.upToMigration);
  } catch (error) {
    dataKey.fill(0);
    for (const path of [files.database, files.wal, files.shm]) rmSync(path, { force: true });
    throw error;
  }
  // the key file is written last: until it exists there is no vault, and a failed creation leaves nothing
  try {
    guarded(() => writeFileAtomic(files.header, headerBytes(header)));
  } catch (error) {
    db.close();
    dataKey.fill(0);
    for (const path of [files.database, files.wal, files.shm]) rmSync(path, { force: true });
    throw error;
  }
  return new SqliteVault(home, db, dataKey);
}

/**
 * Opens the vault in `home`; a wrong passphrase, a damaged file, a newer vault or a busy one are VaultErrors.
 * @example const vault = await openVault(vaultHome(), passphrase)
 */
export async function openVault(home: string, passphrase: Passphrase, options: OpenOptions = {}): Promise<Vault> {
  const files = paths(home);
  if (!existsSync(files.header)) throw new VaultError('not-found');
  const header = parseHeader(guarded(() => readFileSync(files.header)));
  const loading = options.analysis === false ? undefined : loadAnalysis();
  const dataKey = await unwrapDataKey(header, passphrase);
  await loading;
  try {
    return new SqliteVault(home, openDatabase(home, dataKey, false, options.upToMigration), dataKey);
  } catch (error) {
    dataKey.fill(0);
    throw error;
  }
}

/** overwrites a file's bytes with zeros and flushes them, so the old contents are gone before it is removed */
function overwrite(path: string): void {
  if (!existsSync(path)) return;
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  try {
    const zeros = Buffer.alloc(Math.min(size, 1 << 20));
    for (let at = 0; at < size; at += zeros.length) writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** overwrites a key file and removes it */
function destroyKeyFile(path: string): void {
  overwrite(path);
  rmSync(path, { force: true });
}

/**
 * Destroys the vault: the wrapped key first (without it the database cannot be read), then every file of the
 * folder, then the folder itself.
 * @example await wipeVault(vaultHome())
 */
export async function wipeVault(home: string): Promise<void> {
  const files = paths(home);
  guarded(() => {
    // one rename ends the vault, so a wipe cut short leaves either the whole vault or none (never a zeroed key)
    if (existsSync(files.header)) {
      renameSync(files.header, files.wiping);
      syncFolder(home);
    }
    destroyKeyFile(files.wiping);
    syncFolder(home);
    for (const path of [files.database, files.wal, files.shm]) rmSync(path, { force: true });
    if (existsSync(home)) {
      for (const name of readdirSync(home)) rmSync(join(home, name), { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    }
  });
}

interface ConversationRow {
  id: string;
  format: Format;
  title: string | null;
  me: string;
  partner: string;
  time_zone: string;
  participants: string;
  file_name: string;
}

/** a stored message: at, author, kind, text, source id, reply-to, edited, duration (trailing nulls left out) */
type MessageRow = [
  number,
  string | null,
  string,
  string,
  (string | null)?,
  (string | null)?,
  (number | null)?,
  (number | null)?,
];

function messageRow(m: Message): MessageRow {
  // most messages have none of the optional fields: four values, nothing to trim
  if (m.sourceId === undefined && m.replyTo === undefined && m.edited === undefined && m.durationSeconds === undefined)
    return [m.at, m.author, m.kind, m.text];
  const row: MessageRow = [
    m.at,
    m.author,
    m.kind,
    m.text,
    m.sourceId ?? null,
    m.replyTo ?? null,
    m.edited === undefined ? null : m.edited ? 1 : 0,
    m.durationSeconds ?? null,
  ];
  while (row.length > 4 && row[row.length - 1] === null) row.pop();
  return row;
}

/** a block's messages as stored: deflated JSON (the migration's blocks are plain JSON text) */
const packMessages = (rows: readonly MessageRow[]): Buffer =>
  deflateRawSync(JSON.stringify(rows), { level: zlib.Z_BEST_SPEED });
const unpackMessages = (stored: string | Uint8Array): MessageRow[] =>
  JSON.parse(typeof stored === 'string' ? stored : inflateRawSync(stored).toString('utf8')) as MessageRow[];
/** a block's fingerprints as stored: little-endian float64s (the migration's blocks are a JSON array) */
const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;
function packPrints(prints: Float64Array): Buffer {
  if (LITTLE_ENDIAN) return Buffer.from(prints.buffer.slice(prints.byteOffset, prints.byteOffset + prints.byteLength));
  const bytes = Buffer.alloc(prints.length * 8);
  for (let i = 0; i < prints.length; i++) bytes.writeDoubleLE(prints[i] as number, i * 8);
  return bytes;
}
function unpackPrints(stored: string | Uint8Array): Float64Array {
  if (typeof stored === 'string') return Float64Array.from(JSON.parse(stored) as number[]);
  const count = Math.floor(stored.byteLength / 8);
  if (LITTLE_ENDIAN) return new Float64Array(stored.buffer.slice(stored.byteOffset, stored.byteOffset + count * 8));
  const view = new DataView(stored.buffer, stored.byteOffset, stored.byteLength);
  return Float64Array.from({ length: count }, (_, i) => view.getFloat64(i * 8, true));
}

/** true when the sorted array holds `value` */
function holds(sorted: Float64Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === value;
}

function rowMessage(row: MessageRow): Message {
  const [at, author, kind, text, sourceId, replyTo, edited, duration] = row;
  const message: { -readonly [K in keyof Message]: Message[K] } = {
    at: asEpochMs(at),
    author: author === null ? null : asParticipantId(author),
    text,
    kind: kind as MessageKind,
  };
  if (sourceId !== undefined && sourceId !== null) message.sourceId = sourceId;
  if (replyTo !== undefined && replyTo !== null) message.replyTo = replyTo;
  if (edited !== undefined && edited !== null) message.edited = edited === 1;
  if (duration !== undefined && duration !== null) message.durationSeconds = duration;
  return message;
}

const conversationId = (format: Format, participants: readonly Participant[], meta: ImportMeta): string => {
  const name = (id: ParticipantId) => participants.find((p) => p.id === id)?.name ?? id;
  const key = `${format}\u0000${name(meta.me).normalize('NFC').toLowerCase()}\u0000${name(meta.partner).normalize('NFC').toLowerCase()}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x9e3779b9;
  for (let i = 0; i < key.length; i++) {
    h1 = Math.imul(h1 ^ key.charCodeAt(i), 0x01000193);
    h2 = Math.imul(h2 ^ key.charCodeAt(i), 0x5bd1e995);
  }
  return `${(h1 >>> 0).toString(36).padStart(7, '0')}${((h2 >>> 0) % 1296).toString(36).padStart(2, '0')}`;
};

class SqliteVault implements Vault {
  readonly home: string;
  #db: Database.Database | null;
  #dataKey: Buffer;

  constructor(home: string, db: Database.Database, dataKey: Buffer) {
    this.home = home;
    this.#db = db;
    this.#dataKey = dataKey;
  }

  /** runs a step on the open vault: driver and file failures become VaultErrors, a full disk included */
  #guarded<T>(step: () => T): T {
    try {
      return step();
    } catch (error) {
      throw diskFailure(this.home, error);
    }
  }

  get #open(): Database.Database {
    if (this.#db === null) throw new VaultError('locked', 'this vault was locked');
    return this.#db;
  }

  #conversationRow(id: string): ConversationRow {
    const row = this.#open.prepare('SELECT * FROM conversations WHERE id = ?').get(id) as ConversationRow | undefined;
    if (row === undefined) throw new VaultError('not-found', `no conversation ${id}`);
    return row;
  }

  importConversation(
    conversation: Conversation,
    meta: ImportMeta,
    onProgress?: (phase: ImportPhase, done: number, total: number) => void,
  ): ImportResult {
    const db = this.#open;
    const id = conversationId(meta.format, conversation.participants, meta);
    // stored as the number the base-36 fingerprint spells (53 bits, exact)
    const prints = messageFingerprintNumbers(conversation.messages);
    const run = db.transaction((): ImportResult => {
      const now = Date.now();
      const existing = db.prepare('SELECT * FROM conversations WHERE id = ?').get(id) as ConversationRow | undefined;
      const participants = new Map<string, Participant>();
      if (existing !== undefined)
        for (const p of JSON.parse(existing.participants) as Participant[]) participants.set(p.id, p);
      for (const p of conversation.participants) participants.set(p.id, p);
      if (existing === undefined) {
        db.prepare(
          `INSERT INTO conversations (id, format, title, me, partner, time_zone, participants, file_name, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          id,
          meta.format,
          meta.title,
          meta.me,
          meta.partner,
          meta.timeZone,
          JSON.stringify([...participants.values()]),
          meta.fileName,
          now,
          now,
        );
      } else {
        const people = JSON.stringify([...participants.values()]);
        db.prepare(
          'UPDATE conversations SET participants = ?, title = coalesce(?, title), file_name = ?, updated_at = ? WHERE id = ?',
        ).run(people, meta.title, meta.fileName, now, id);
        // the kept reports name the people: new names make them out of date even when no message is new
        if (people !== existing.participants)
          db.prepare(
            'DELETE FROM analysis_reports WHERE analysis_id IN (SELECT id FROM analyses WHERE conversation_id = ?)',
          ).run(id);
      }
      // every stored fingerprint, read in one pass inside this write transaction (no other writer can add one before
      // this import commits, so checking against them keeps them unique), sorted for binary search: a million of
      // them take 8 MB, where a Set of numbers takes several times that and is slower to build
      const parts: Float64Array[] = [];
      if (existing !== undefined)
        for (const [stored] of db
          .prepare('SELECT fingerprints FROM message_blocks WHERE conversation_id = ?')
          .raw()
          .iterate(id) as Iterable<[string | Uint8Array]>)
          parts.push(unpackPrints(stored));
      const known = new Float64Array(parts.reduce((sum, part) => sum + part.length, 0));
      parts.reduce((at, part) => {
        known.set(part, at);
        return at + part.length;
      }, 0);
      known.sort();
      const insert = db.prepare(
        `INSERT INTO message_blocks (conversation_id, first_at, last_at, count, fingerprints, messages)
         VALUES (?, ?, ?, ?, ?, ?)`,
      );
      const messages = conversation.messages;
      let block: MessageRow[] = [];
      let blockPrints = new Float64Array(BLOCK_SIZE);
      let blockFirst = Number.POSITIVE_INFINITY;
      let blockLast = Number.NEGATIVE_INFINITY;
      const flush = () => {
        if (block.length === 0) return;
        insert.run(
          id,
          blockFirst,
          blockLast,
          block.length,
          packPrints(blockPrints.subarray(0, block.length)),
          packMessages(block),
        );
        block = [];
        blockPrints = new Float64Array(BLOCK_SIZE);
        blockFirst = Number.POSITIVE_INFINITY;
        blockLast = Number.NEGATIVE_INFINITY;
      };
      let added = 0;
      let addedFirst = Number.POSITIVE_INFINITY;
      let addedLast = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < messages.length; i++) {
        const print = prints[i] as number;
        // the import's own fingerprints are distinct already (occurrences are counted)
        if (known.length > 0 && holds(known, print)) continue;
        const m = messages[i] as Message;
        blockPrints[block.length] = print;
        block.push(messageRow(m));
        if (m.at < blockFirst) blockFirst = m.at;
        if (m.at > blockLast) blockLast = m.at;
        added++;
        if (m.at < addedFirst) addedFirst = m.at;
        if (m.at > addedLast) addedLast = m.at;
        if (block.length === BLOCK_SIZE) {
          flush();
          onProgress?.('saving', i, messages.length);
        }
      }
      flush();
      onProgress?.('saving', messages.length, messages.length);
      const total =
        (db.prepare('SELECT sum(count) FROM message_blocks WHERE conversation_id = ?').pluck().get(id) as
          | number
          | null) ?? 0;
      if (added > 0 || existing === undefined) {
        db.prepare('UPDATE conversations SET generation = generation + 1 WHERE id = ?').run(id);
        // the day tables follow the stored history; a first import already holds all of it in memory
        const stored = existing === undefined && added === messages.length ? conversation : this.conversation(id);
        const me = (existing?.me ?? meta.me) as ParticipantId;
        const partner = (existing?.partner ?? meta.partner) as ParticipantId;
        const timeZone = existing?.time_zone ?? meta.timeZone;
        db.prepare('DELETE FROM analyses WHERE conversation_id = ?').run(id);
        const { analysisBasis, reportFromBasis } = analysis();
        const basis = analysisBasis(stored, {
          me,
          partner,
          timeZone,
          onProgress: (done, all) => onProgress?.('tables', done, all),
        });
        const key = { conversation: id, me, partner, timeZone, version: ANALYSIS_BASIS_VERSION };
        // the finished insights too, so that reading them is one row
        saveReport(db, saveBasis(db, key, basis), reportFromBasis(basis, { me, partner, timeZone }));
      }
      return {
        conversation: id,
        added,
        total,
        addedFirst: added > 0 ? new Date(addedFirst).toISOString() : null,
        addedLast: added > 0 ? new Date(addedLast).toISOString() : null,
      };
    });
    return this.#guarded(() => run.immediate());
  }

  conversations(): ConversationSummary[] {
    return this.#guarded(() => {
      const rows = this.#open
        .prepare(
          `SELECT c.*, coalesce(sum(b.count), 0) AS n, min(b.first_at) AS first, max(b.last_at) AS last
           FROM conversations c LEFT JOIN message_blocks b ON b.conversation_id = c.id
           GROUP BY c.id ORDER BY c.updated_at DESC, c.id`,
        )
        .all() as (ConversationRow & { n: number; first: number | null; last: number | null })[];
      return rows.map((row) => {
        const people = JSON.parse(row.participants) as Participant[];
        const name = (pid: string) => people.find((p) => p.id === pid)?.name ?? pid;
        return {
          id: row.id,
          title: row.title,
          format: row.format,
          me: name(row.me),
          partner: name(row.partner),
          meId: asParticipantId(row.me),
          partnerId: asParticipantId(row.partner),
          messages: row.n,
          first: row.first === null ? null : new Date(row.first).toISOString(),
          last: row.last === null ? null : new Date(row.last).toISOString(),
        };
      });
    });
  }

  /** the messages with from <= at < to, in time order (messages of the same time in the order they were stored) */
  #messages(id: string, from = Number.NEGATIVE_INFINITY, to = Number.POSITIVE_INFINITY): Message[] {
    const low = Number.isFinite(from) ? from : -8.64e15;
    const high = Number.isFinite(to) ? to : 8.64e15;
    const blocks = this.#open
      .prepare(
        `SELECT messages FROM message_blocks WHERE conversation_id = ? AND last_at >= ? AND first_at < ? ORDER BY id`,
      )
      .raw()
      .all(id, low, high) as [string | Uint8Array][];
    const messages: Message[] = [];
    let sorted = true;
    for (const [stored] of blocks)
      for (const row of unpackMessages(stored)) {
        if (row[0] < low || row[0] >= high) continue;
        const last = messages[messages.length - 1];
        if (last !== undefined && row[0] < last.at) sorted = false;
        messages.push(rowMessage(row));
      }
    // blocks of a later, overlapping import interleave in time; the sort is stable, so ties keep the stored order
    if (!sorted) messages.sort((a, b) => a.at - b.at);
    return messages;
  }

  conversation(id: string): Conversation {
    return this.#guarded(() => {
      const row = this.#conversationRow(id);
      return {
        format: row.format,
        title: row.title,
        participants: JSON.parse(row.participants) as Participant[],
        messages: this.#messages(id),
        warnings: [],
        selfHint: asParticipantId(row.me),
        partnerHint: asParticipantId(row.partner),
      };
    });
  }

  #analysisKey(id: string, options: StoredAnalyzeOptions) {
    const row = this.#conversationRow(id);
    const me = options.me ?? asParticipantId(row.me);
    const partner = options.partner ?? asParticipantId(row.partner);
    const timeZone = options.timeZone ?? row.time_zone;
    const key = { conversation: id, me, partner, timeZone, version: ANALYSIS_BASIS_VERSION };
    return { row, key, analyzeOptions: { me, partner, timeZone } };
  }

  keptInsights(id: string, options: StoredAnalyzeOptions = {}): AnalysisReport | undefined {
    return this.#guarded(() => loadReport(this.#open, this.#analysisKey(id, options).key));
  }

  async prepareAnalysis(): Promise<void> {
    await loadAnalysis();
  }

  analyze(id: string, options: StoredAnalyzeOptions = {}): AnalysisReport {
    return this.#guarded(() => {
      const { row, key, analyzeOptions } = this.#analysisKey(id, options);
      const participants = JSON.parse(row.participants) as Participant[];
      const db = this.#open;
      const kept = loadReport(db, key);
      if (kept !== undefined) return kept;
      const { analysisBasis, reportFromBasis } = analysis();
      const stored = loadBasis(db, key, row.format, participants);
      const basis =
        stored ??
        analysisBasis(this.conversation(id), {
          ...analyzeOptions,
          ...(options.onProgress !== undefined ? { onProgress: options.onProgress } : {}),
        });
      const report = reportFromBasis(basis, analyzeOptions);
      try {
        db.transaction(() => {
          const analysisRow = stored !== undefined ? storedAnalysis(db, key) : saveBasis(db, key, basis);
          if (analysisRow !== undefined) saveReport(db, analysisRow, report);
        }).immediate();
      } catch (error) {
        // a vault that cannot be written to (a read-only folder) still answers; it only keeps nothing
        if (stored === undefined) throw error;
      }
      return report;
    });
  }

  insightsTag(id: string): string {
    return this.#guarded(() => {
      const generation = this.#open.prepare('SELECT generation FROM conversations WHERE id = ?').pluck().get(id) as
        | number
        | undefined;
      if (generation === undefined) throw new VaultError('not-found', `no conversation ${id}`);
      return `${id}.${ANALYSIS_BASIS_VERSION}.${generation}`;
    });
  }

  weekMessages(id: string, weekStart: string): Message[] {
    return this.#guarded(() => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(weekStart))
        throw new RangeError(`a week starts on a date YYYY-MM-DD, not ${weekStart}`);
      const clock = createZoneClock(this.#conversationRow(id).time_zone);
      const day = isoToDay(weekStart);
      return this.#messages(id, clock.fromWall(day * MS_PER_DAY), clock.fromWall((day + 7) * MS_PER_DAY));
    });
  }

  saveCheckIn(entry: CheckIn): number {
    return this.#guarded(() => {
      const db = this.#open;
      if (entry.id !== undefined) {
        db.prepare(
          'UPDATE check_ins SET conversation_id = ?, at = ?, mood = ?, closeness = ?, note = ? WHERE id = ?',
        ).run(entry.conversation, entry.at, entry.mood, entry.closeness, entry.note, entry.id);
        return entry.id;
      }
      const { lastInsertRowid } = db
        .prepare('INSERT INTO check_ins (conversation_id, at, mood, closeness, note) VALUES (?, ?, ?, ?, ?)')
        .run(entry.conversation, entry.at, entry.mood, entry.closeness, entry.note);
      return Number(lastInsertRowid);
    });
  }

  listCheckIns(conversation?: string): CheckIn[] {
    return this.#guarded(() =>
      (
        this.#open
          .prepare('SELECT * FROM check_ins WHERE ? IS NULL OR conversation_id = ? ORDER BY at, id')
          .all(conversation ?? null, conversation ?? null) as {
          id: number;
          conversation_id: string | null;
          at: number;
          mood: number | null;
          closeness: number | null;
          note: string;
        }[]
      ).map((r) => ({
        id: r.id,
        conversation: r.conversation_id,
        at: r.at,
        mood: r.mood,
        closeness: r.closeness,
        note: r.note,
      })),
    );
  }

  savePlanProgress(entry: PlanProgress): void {
    this.#guarded(() =>
      this.#open
        .prepare(
          `INSERT INTO plan_progress (conversation_id, step, item, done, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (conversation_id, step, item) DO UPDATE SET done = excluded.done, updated_at = excluded.updated_at`,
        )
        .run(entry.conversation, entry.step, entry.item, entry.done ? 1 : 0, entry.updatedAt),
    );
  }

  planProgress(conversation: string): PlanProgress[] {
    return this.#guarded(() =>
      (
        this.#open
          .prepare('SELECT * FROM plan_progress WHERE conversation_id = ? ORDER BY step, item')
          .all(conversation) as {
          conversation_id: string;
          step: string;
          item: string;
          done: number;
          updated_at: number;
        }[]
      ).map((r) => ({
        conversation: r.conversation_id,
        step: r.step,
        item: r.item,
        done: r.done === 1,
        updatedAt: r.updated_at,
      })),
    );
  }

  saveJournalEntry(entry: JournalEntry): number {
    return this.#guarded(() => {
      const db = this.#open;
      if (entry.id !== undefined) {
        db.prepare('UPDATE journal_entries SET conversation_id = ?, at = ?, text = ? WHERE id = ?').run(
          entry.conversation,
          entry.at,
          entry.text,
          entry.id,
        );
        return entry.id;
      }
      return Number(
        db
          .prepare('INSERT INTO journal_entries (conversation_id, at, text) VALUES (?, ?, ?)')
          .run(entry.conversation, entry.at, entry.text).lastInsertRowid,
      );
    });
  }

  listJournal(conversation?: string): JournalEntry[] {
    return this.#guarded(() =>
      (
        this.#open
          .prepare('SELECT * FROM journal_entries WHERE ? IS NULL OR conversation_id = ? ORDER BY at, id')
          .all(conversation ?? null, conversation ?? null) as {
          id: number;
          conversation_id: string | null;
          at: number;
          text: string;
        }[]
      ).map((r) => ({ id: r.id, conversation: r.conversation_id, at: r.at, text: r.text })),
    );
  }

  deleteJournalEntry(id: number): boolean {
    return this.#guarded(() => this.#open.prepare('DELETE FROM journal_entries WHERE id = ?').run(id).changes > 0);
  }

  saveDraft(entry: CoachedDraft): number {
    return this.#guarded(() =>
      Number(
        this.#open
          .prepare(
            'INSERT INTO coached_drafts (conversation_id, at, draft, verdict, rewrite, sent) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .run(entry.conversation, entry.at, entry.draft, entry.verdict, entry.rewrite, entry.sent).lastInsertRowid,
      ),
    );
  }

  listDrafts(conversation?: string): CoachedDraft[] {
    return this.#guarded(() =>
      (
        this.#open
          .prepare('SELECT * FROM coached_drafts WHERE ? IS NULL OR conversation_id = ? ORDER BY at, id')
          .all(conversation ?? null, conversation ?? null) as {
          id: number;
          conversation_id: string | null;
          at: number;
          draft: string;
          verdict: string;
          rewrite: string | null;
          sent: string | null;
        }[]
      ).map((r) => ({
        id: r.id,
        conversation: r.conversation_id,
        at: r.at,
        draft: r.draft,
        verdict: r.verdict,
        rewrite: r.rewrite,
        sent: r.sent,
      })),
    );
  }

  getSetting(name: string): string | null {
    return this.#guarded(
      () =>
        (this.#open.prepare('SELECT value FROM settings WHERE name = ?').pluck().get(name) as string | undefined) ??
        null,
    );
  }

  setSetting(name: string, value: string): void {
    this.#guarded(() =>
      this.#open
        .prepare(
          'INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
        )
        .run(name, value),
    );
  }

  async changePassphrase(oldPassphrase: Passphrase, newPassphrase: Passphrase): Promise<void> {
    this.#open;
    const file = paths(this.home).header;
    const current: VaultHeader = parseHeader(this.#guarded(() => readFileSync(file)));
    const checked = await unwrapDataKey(current, oldPassphrase);
    try {
      if (!checked.equals(this.#dataKey)) throw new VaultError('corrupt', 'the key file does not belong to this vault');
      const params = {
        memoryKiB: Math.max(current.kdf.memoryKiB, KDF_FLOOR.memoryKiB),
        iterations: Math.max(current.kdf.iterations, KDF_FLOOR.iterations),
        parallelism: Math.max(current.kdf.parallelism, KDF_FLOOR.parallelism),
      };
      const next = await wrapDataKey(this.#dataKey, newPassphrase, params);
      this.#guarded(() => writeFileAtomic(file, headerBytes(next)));
    } finally {
      checked.fill(0);
    }
  }

  exportEncrypted(path: string): void {
    this.#guarded(() => {
      const db = this.#open;
      if (existsSync(path)) throw new VaultError('exists', path);
      // the copy is made under a temporary name and renamed into place last, after its key file: the export is
      // there whole (with its key) or not at all, whatever stops it part-way (a full disk, a kill)
      const temp = `${path}.${process.pid}.tmp`;
      rmSync(temp, { force: true });
      try {
        db.prepare('VACUUM INTO ?').run(temp);
        if (process.platform !== 'win32') chmodSync(temp, 0o600);
        if (startsPlain(temp)) throw new VaultError('corrupt', 'the copy came out unencrypted and was removed');
        const fd = openSync(temp, 'r');
        try {
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        writeFileAtomic(`${path}.key`, readFileSync(paths(this.home).header));
        renameSync(temp, path);
      } catch (error) {
        rmSync(temp, { force: true });
        throw error;
      }
      syncFolder(dirname(path));
    });
  }

  exportJson(path: string): void {
    this.#guarded(() => {
      const conversations = this.conversations().map((summary) => {
        const stored = this.conversation(summary.id);
        return { ...summary, participants: stored.participants, messages: stored.messages };
      });
      const document = {
        format: 'reconnect-export',
        version: 1,
        conversations,
        checkIns: this.listCheckIns(),
        planProgress: conversations.flatMap((c) => this.planProgress(c.id)),
        journal: this.listJournal(),
        drafts: this.listDrafts(),
      };
      writeFileAtomic(path, Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8'));
    });
  }

  integrityCheck(): string {
    return this.#guarded(() =>
      (this.#open.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; '),
    );
  }

  lock(): void {
    if (this.#db !== null) {
      try {
        this.#db.close();
      } finally {
        this.#db = null;
      }
    }
    this.#dataKey.fill(0);
  }
}

export { latestSchemaVersion };
