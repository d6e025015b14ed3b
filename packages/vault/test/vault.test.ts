// the vault: at rest nothing is readable, wrong keys and damage are told apart, entries and day tables round-trip
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeConversation } from '@reconnect/core/analysis';
import { asEpochMs, asParticipantId, type Conversation, type Message } from '@reconnect/core/model';
import { demoConversation } from '@reconnect/core/simulate';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, test } from 'vitest';
import {
  asVaultError,
  createVault,
  openVault,
  type Vault,
  VaultError,
  vaultExists,
  vaultHome,
  wipeVault,
} from '../src/index.ts';
import { parseHeader, unwrapDataKey } from '../src/keys.ts';

const PASS = 'river stones at dusk';
const MARKER = 'zebra-lantern-marker-4711';
const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');
const open: Vault[] = [];

afterEach(() => {
  for (const vault of open.splice(0)) vault.lock();
});

const freshHome = () => join(mkdtempSync(join(tmpdir(), 'reconnect-vault-')), 'home');
const keep = (vault: Vault) => {
  open.push(vault);
  return vault;
};

const alex = asParticipantId('Alex');
const sam = asParticipantId('Sam');
const msg = (minute: number, author: typeof alex, text: string): Message => ({
  at: asEpochMs(Date.UTC(2025, 0, 6, 9, 0) + minute * 60_000),
  author,
  text,
  kind: 'text',
});
const chat = (messages: Message[]): Conversation => ({
  format: 'whatsapp',
  title: 'Alex & Sam',
  participants: [
    { id: alex, name: 'Alex' },
    { id: sam, name: 'Sam' },
  ],
  messages,
  warnings: [],
});
const META = {
  format: 'whatsapp',
  me: alex,
  partner: sam,
  title: 'Alex & Sam',
  fileName: 'chat.txt',
  timeZone: 'UTC',
} as const;

/** every file under a folder (the database, -wal, -shm, the key file, backups) */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(entry.parentPath, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** the files holding the marker (as UTF-8 or UTF-16) and those that start like a plain SQLite database */
function scan(folder: string): { hits: string[]; plain: string[] } {
  const needles = [Buffer.from(MARKER, 'utf8'), Buffer.from(MARKER, 'utf16le')];
  const hits: string[] = [];
  const plain: string[] = [];
  for (const file of filesUnder(folder)) {
    const bytes = readFileSync(file);
    if (needles.some((needle) => bytes.includes(needle))) hits.push(file);
    if (bytes.subarray(0, 16).equals(SQLITE_MAGIC)) plain.push(file);
  }
  return { hits, plain };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'none';
  } catch (error) {
    return error instanceof VaultError ? error.code : `other: ${String(error)}`;
  }
}

describe('the data folder', () => {
  test('RECONNECT_HOME wins; otherwise each platform has its own data folder', () => {
    expect(vaultHome({ RECONNECT_HOME: '/x/y' }, 'linux')).toBe('/x/y');
    expect(vaultHome({ HOME: '/home/a' }, 'linux')).toBe('/home/a/.local/share/reconnect');
    expect(vaultHome({ HOME: '/home/a', XDG_DATA_HOME: '/data' }, 'linux')).toBe('/data/reconnect');
    expect(vaultHome({ HOME: '/Users/a' }, 'darwin')).toBe('/Users/a/Library/Application Support/Reconnect');
    expect(vaultHome({ HOME: 'C:\\Users\\a', APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toMatch(
      /Reconnect$/,
    );
  });

  test('the folder is 0700 and every file in it 0600', async () => {
    const home = freshHome();
    const vault = keep(await createVault(home, PASS));
    vault.importConversation(chat([msg(0, alex, 'hello'), msg(1, sam, 'hi')]), META);
    expect(statSync(home).mode & 0o777).toBe(0o700);
    for (const file of filesUnder(home)) expect([file, statSync(file).mode & 0o777]).toEqual([file, 0o600]);
  });
});

describe('at rest', () => {
  test('a marker phrase is in no file of the data folder, open or closed, backups included', async () => {
    const home = freshHome();
    const vault = keep(await createVault(home, PASS));
    const messages = Array.from({ length: 3000 }, (_, i) => msg(i, i % 2 ? sam : alex, `${MARKER} number ${i}`));
    vault.importConversation(chat(messages), META);
    vault.saveJournalEntry({ conversation: null, at: 1, text: `journal ${MARKER}` });
    vault.exportEncrypted(join(home, 'backups-test.db'));
    expect(existsSync(`${home}/vault.db-wal`)).toBe(true);
    expect(scan(home)).toEqual({ hits: [], plain: [] });
    vault.lock();
    expect(scan(home)).toEqual({ hits: [], plain: [] });
    // and it is all still there
    const again = keep(await openVault(home, PASS));
    expect(again.conversation(again.conversations()[0]?.id ?? '').messages).toHaveLength(3000);
  });

  test('negative control: the same scan finds the marker and the plain header in an unencrypted database', () => {
    const folder = mkdtempSync(join(tmpdir(), 'reconnect-plain-'));
    const db = new Database(join(folder, 'plain.db'));
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x TEXT)');
    db.prepare('INSERT INTO t VALUES (?)').run(`hello ${MARKER}`);
    const whileOpen = scan(folder);
    db.close();
    const closed = scan(folder);
    expect(whileOpen.hits.length + closed.hits.length).toBeGreaterThan(0);
    expect(closed.plain).toEqual([join(folder, 'plain.db')]);
  });

  test('the key file stores the Argon2id parameters at the floor or above, and no passphrase hash', async () => {
    const home = freshHome();
    keep(await createVault(home, PASS));
    const header = parseHeader(readFileSync(join(home, 'vault.key')));
    expect(header.kdf.memoryKiB).toBeGreaterThanOrEqual(65_536);
    expect(header.kdf.iterations).toBeGreaterThanOrEqual(3);
    expect(header.kdf.parallelism).toBeGreaterThanOrEqual(4);
    expect(header.cipher).toBe('chacha20');
    expect(readFileSync(join(home, 'vault.key'), 'utf8')).not.toContain(PASS);
  });
});

describe('opening', () => {
  test('a wrong passphrase is refused and changes nothing', async () => {
    const home = freshHome();
    keep(await createVault(home, PASS)).importConversation(chat([msg(0, alex, 'hello')]), META);
    for (const v of open.splice(0)) v.lock();
    expect(await codeOf(openVault(home, 'river stones at dawn'))).toBe('wrong-passphrase');
    expect(keep(await openVault(home, PASS)).conversations()[0]?.messages).toBe(1);
  });

  test('a flipped byte in the database or in the key file reads as corrupt, not as a wrong passphrase', async () => {
    const home = freshHome();
    const vault = keep(await createVault(home, PASS));
    vault.importConversation(chat(Array.from({ length: 2000 }, (_, i) => msg(i, alex, `message ${i}`))), META);
    vault.lock();
    const db = join(home, 'vault.db');
    const bytes = readFileSync(db);
    for (const at of [100, Math.floor(bytes.length / 2), bytes.length - 100]) {
      const flipped = Buffer.from(bytes);
      flipped[at] = (flipped[at] ?? 0) ^ 0x01;
      writeFileSync(db, flipped);
      const code = await codeOf(
        openVault(home, PASS).then((v) => {
          keep(v);
          const id = v.conversations()[0]?.id ?? '';
          v.conversation(id);
          return v.integrityCheck() === 'ok' ? v : Promise.reject(new VaultError('corrupt'));
        }),
      );
      expect([at, code]).toEqual([at, 'corrupt']);
    }
    writeFileSync(db, bytes);
    const key = join(home, 'vault.key');
    const header = readFileSync(key);
    const keyText = header.toString('utf8');
    const inWrappedKey = keyText.indexOf('"key": "') + 12;
    const flipped = Buffer.from(header);
    flipped[inWrappedKey] = (flipped[inWrappedKey] ?? 0) === 0x41 ? 0x42 : 0x41;
    writeFileSync(key, flipped);
    expect(await codeOf(openVault(home, PASS))).toBe('corrupt');
    writeFileSync(key, header);
    expect(await codeOf(openVault(home, PASS).then(keep))).toBe('none');
  });

  test('a vault from a newer version is refused with its own code', async () => {
    const home = freshHome();
    keep(await createVault(home, PASS)).lock();
    const key = join(home, 'vault.key');
    const header = JSON.parse(readFileSync(key, 'utf8'));
    writeFileSync(key, JSON.stringify({ ...header, version: 99 }));
    expect(await codeOf(openVault(home, PASS))).toBe('newer-version');
  });

  test('a second process writing makes the vault busy: one clear "locked" error, nothing half-written', async () => {
    const home = freshHome();
    const vault = keep(await createVault(home, PASS));
    vault.importConversation(chat([msg(0, alex, 'hello')]), META);
    const dataKey = await unwrapDataKey(parseHeader(readFileSync(join(home, 'vault.key'))), PASS);
    const other = new Database(join(home, 'vault.db'));
    other.pragma("cipher = 'chacha20'");
    other.pragma(`key = "x'${dataKey.toString('hex')}'"`);
    other.exec('BEGIN IMMEDIATE');
    let code = 'none';
    try {
      vault.importConversation(chat([msg(0, alex, 'hello'), msg(5, sam, 'new')]), META);
    } catch (error) {
      code = error instanceof VaultError ? error.code : String(error);
    }
    other.exec('ROLLBACK');
    other.close();
    expect(code).toBe('locked');
    expect(vault.conversations()[0]?.messages).toBe(1);
  });

  test('driver and file failures map to one code each', () => {
    const codes = ['SQLITE_FULL', 'ENOSPC', 'SQLITE_BUSY', 'SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_READONLY'].map(
      (code) => (asVaultError(Object.assign(new Error('x'), { code })) as VaultError).code,
    );
    expect(codes).toEqual(['disk-full', 'disk-full', 'locked', 'corrupt', 'corrupt', 'read-only']);
  });
});

describe('passphrase and wipe', () => {
  test('after a passphrase change the old passphrase fails and the new one opens the same data', async () => {
    const home = freshHome();
    const vault = keep(await createVault(home, PASS));
    vault.importConversation(chat([msg(0, alex, 'hello')]), META);
    expect(await codeOf(vault.changePassphrase('not it', 'new words'))).toBe('wrong-passphrase');
    await vault.changePassphrase(PASS, 'new words entirely');
    vault.lock();
    expect(await codeOf(openVault(home, PASS))).toBe('wrong-passphrase');
    expect(keep(await openVault(home, 'new words entirely')).conversations()[0]?.messages).toBe(1);
  });

  test('an encrypted export opens, with its key file, as a vault of its own', async () => {
    const home = freshHome();
    const vault = keep(await createVault(home, PASS));
    vault.importConversation(chat([msg(0, alex, 'hello'), msg(1, sam, 'hi')]), META);
    const copy = join(mkdtempSync(join(tmpdir(), 'reconnect-copy-')), 'backup.vault');
    vault.exportEncrypted(copy);
    expect(readFileSync(copy).subarray(0, 16).equals(SQLITE_MAGIC)).toBe(false);
    const restored = freshHome();
    mkdirSync(restored, { recursive: true });
    copyFileSync(copy, join(restored, 'vault.db'));
    copyFileSync(`${copy}.key`, join(restored, 'vault.key'));
    expect(keep(await openVault(restored, PASS)).conversations()[0]?.messages).toBe(2);
  });

  test('wipe leaves nothing behind', async () => {
    const home = freshHome();
    const vault = keep(await createVault(home, PASS));
    vault.importConversation(chat([msg(0, alex, MARKER)]), META);
    vault.exportEncrypted(join(home, 'backups-copy.db'));
    vault.lock();
    await wipeVault(home);
    expect(existsSync(home)).toBe(false);
    expect(vaultExists(home)).toBe(false);
    expect(await codeOf(openVault(home, PASS))).toBe('not-found');
  });
});

describe('importing', () => {
  test('re-importing adds nothing; an overlapping export adds exactly the new messages, identical ones included', async () => {
    const vault = keep(await createVault(freshHome(), PASS));
    const first = [msg(0, alex, 'haha'), msg(0, alex, 'haha'), msg(1, sam, 'ok'), msg(2, alex, 'see you')];
    const a = vault.importConversation(chat(first), META);
    expect([a.added, a.total]).toEqual([4, 4]);
    const b = vault.importConversation(chat(first), META);
    expect([b.conversation, b.added, b.total]).toEqual([a.conversation, 0, 4]);
    const overlapping = [...first.slice(1), msg(2, alex, 'see you'), msg(3, sam, 'haha'), msg(4, sam, 'bye')];
    // the overlap starts inside minute 0, so the second "haha" of minute 0 is read as its first occurrence
    const c = vault.importConversation(chat([first[0] as Message, ...overlapping]), META);
    expect([c.added, c.total]).toEqual([3, 7]);
  });

  test('one import is one transaction: a failure part-way leaves the vault as it was', async () => {
    const vault = keep(await createVault(freshHome(), PASS));
    vault.importConversation(chat([msg(0, alex, 'hello')]), META);
    const broken = chat([
      msg(0, alex, 'hello'),
      msg(1, sam, 'new'),
      { ...msg(2, alex, 'bad'), kind: undefined as never },
    ]);
    expect(() => vault.importConversation(broken, META)).toThrow();
    expect(vault.conversations()[0]?.messages).toBe(1);
  });

  test('a stored conversation analyses exactly as the conversation itself, from the stored day tables', async () => {
    const demo = demoConversation('Europe/London');
    const vault = keep(await createVault(freshHome(), PASS));
    const { conversation: id } = vault.importConversation(demo.conversation, {
      ...META,
      me: demo.me,
      partner: demo.partner,
      timeZone: 'Europe/London',
    });
    const direct = analyzeConversation(demo.conversation, {
      me: demo.me,
      partner: demo.partner,
      timeZone: 'Europe/London',
    });
    expect(JSON.parse(JSON.stringify(vault.analyze(id)))).toEqual(JSON.parse(JSON.stringify(direct)));
    // the other way round: partner and user swapped is built from the messages, stored, and read back the same
    const swapped = { me: demo.partner, partner: demo.me, timeZone: 'UTC' };
    const built = JSON.stringify(vault.analyze(id, swapped));
    expect(JSON.stringify(vault.analyze(id, swapped))).toBe(built);
    expect(built).toBe(JSON.stringify(analyzeConversation(demo.conversation, swapped)));
  });

  test('the insights kept at import are replaced when a later import adds messages, and its tag changes', async () => {
    const demo = demoConversation('UTC');
    const options = { me: demo.me, partner: demo.partner, timeZone: 'UTC' };
    const all = demo.conversation.messages;
    const early = { ...demo.conversation, messages: all.slice(0, Math.floor(all.length * 0.6)) };
    const vault = keep(await createVault(freshHome(), PASS));
    const meta = { ...META, me: demo.me, partner: demo.partner, timeZone: 'UTC' };
    const { conversation: id } = vault.importConversation(early, meta);
    const firstTag = vault.insightsTag(id);
    expect(vault.analyze(id).source.messages).toBe(early.messages.length);
    expect(vault.importConversation(early, meta).added).toBe(0);
    expect(vault.insightsTag(id)).toBe(firstTag);
    vault.importConversation(demo.conversation, meta);
    expect(vault.insightsTag(id)).not.toBe(firstTag);
    expect(JSON.parse(JSON.stringify(vault.analyze(id)))).toEqual(
      JSON.parse(JSON.stringify(analyzeConversation(demo.conversation, options))),
    );
    expect(() => vault.insightsTag('nope')).toThrow(/no conversation/);
  });

  test('the kept insights are read as they were kept; other people or zones are not kept until analysed', async () => {
    const demo = demoConversation('UTC');
    const home = freshHome();
    const meta = { ...META, me: demo.me, partner: demo.partner, timeZone: 'UTC' };
    const created = await createVault(home, PASS);
    const { conversation: id } = created.importConversation(demo.conversation, meta);
    created.lock();
    const vault = keep(await openVault(home, PASS, { analysis: false }));
    const kept = vault.keptInsights(id);
    expect(JSON.parse(JSON.stringify(kept))).toEqual(
      JSON.parse(JSON.stringify(analyzeConversation(demo.conversation, { ...meta, timeZone: 'UTC' }))),
    );
    const elsewhere = { timeZone: 'Asia/Tokyo' };
    expect(vault.keptInsights(id, elsewhere)).toBeUndefined();
    await vault.prepareAnalysis();
    const built = vault.analyze(id, elsewhere);
    expect(JSON.stringify(vault.keptInsights(id, elsewhere))).toBe(JSON.stringify(built));
  });

  test('weekMessages gives the messages of one local week', async () => {
    const vault = keep(await createVault(freshHome(), PASS));
    const messages = Array.from({ length: 30 }, (_, i) => msg(i * 24 * 60, alex, `day ${i}`));
    const { conversation: id } = vault.importConversation(chat(messages), META);
    expect(vault.weekMessages(id, '2025-01-13').map((m) => m.text)).toEqual([
      'day 7',
      'day 8',
      'day 9',
      'day 10',
      'day 11',
      'day 12',
      'day 13',
    ]);
  });
});

describe("the person's own entries", () => {
  test('check-ins, plan progress, journal, drafts and settings are saved and read back', async () => {
    const vault = keep(await createVault(freshHome(), PASS));
    const { conversation: id } = vault.importConversation(chat([msg(0, alex, 'hello')]), META);
    vault.saveCheckIn({ conversation: id, at: 10, mood: 3, closeness: 2, note: 'quiet day' });
    vault.savePlanProgress({ conversation: id, step: 'notice', item: 'read the week', done: true, updatedAt: 11 });
    vault.savePlanProgress({ conversation: id, step: 'notice', item: 'read the week', done: false, updatedAt: 12 });
    const entry = vault.saveJournalEntry({ conversation: id, at: 13, text: 'I noticed I chase' });
    vault.saveDraft({
      conversation: id,
      at: 14,
      draft: 'why no answer?',
      verdict: 'soften',
      rewrite: 'thinking of you',
      sent: null,
    });
    vault.setSetting('idle-minutes', '10');
    expect(vault.listCheckIns(id).map((c) => c.note)).toEqual(['quiet day']);
    expect(vault.planProgress(id)).toEqual([
      { conversation: id, step: 'notice', item: 'read the week', done: false, updatedAt: 12 },
    ]);
    expect(vault.listJournal().map((j) => j.text)).toEqual(['I noticed I chase']);
    expect(vault.listDrafts(id)[0]?.verdict).toBe('soften');
    expect(vault.getSetting('idle-minutes')).toBe('10');
    expect(vault.deleteJournalEntry(entry)).toBe(true);
    expect(vault.listJournal()).toEqual([]);
  });
});
