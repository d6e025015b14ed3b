// the numbered migrations: a fresh vault gets them all; a vault from an older migration is brought up to date
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asEpochMs, asParticipantId } from '@reconnect/core/model';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, test } from 'vitest';
import { createVault, latestSchemaVersion, migrations, openVault } from '../src/index.ts';

const alex = asParticipantId('Alex');
const sam = asParticipantId('Sam');
const conversation = {
  format: 'whatsapp' as const,
  title: null,
  participants: [
    { id: alex, name: 'Alex' },
    { id: sam, name: 'Sam' },
  ],
  messages: [
    { at: asEpochMs(1_700_000_000_000), author: alex, text: 'hello', kind: 'text' as const },
    { at: asEpochMs(1_700_000_060_000), author: sam, text: 'hi', kind: 'text' as const },
  ],
  warnings: [],
};
const META = { format: 'whatsapp', me: alex, partner: sam, title: null, fileName: 'c.txt', timeZone: 'UTC' } as const;

describe('migrations', () => {
  test('are numbered 1, 2, 3 … and a fresh vault has them all', async () => {
    expect(migrations().map((m) => m.version)).toEqual(migrations().map((_, i) => i + 1));
    expect(latestSchemaVersion()).toBeGreaterThanOrEqual(3);
    const vault = await createVault(join(mkdtempSync(join(tmpdir(), 'reconnect-mig-')), 'v'), 'pass words');
    vault.saveJournalEntry({ conversation: null, at: 1, text: 'works' });
    expect(vault.listJournal()).toHaveLength(1);
    vault.lock();
  });

  test('a vault made at migration 1 opens at the newest, keeping its messages and gaining the new tables', async () => {
    const home = join(mkdtempSync(join(tmpdir(), 'reconnect-mig-')), 'v');
    const old = await createVault(home, 'pass words', { upToMigration: 1 });
    // migration 1 has neither the message blocks nor the day tables that today's import writes
    expect(() => old.importConversation(conversation, META)).toThrow(/message_blocks|analyses/);
    old.lock();
    const older = await openVault(home, 'pass words', { upToMigration: 1 });
    older.setSetting('kept', 'yes');
    older.lock();
    const vault = await openVault(home, 'pass words');
    expect(vault.getSetting('kept')).toBe('yes');
    const result = vault.importConversation(conversation, META);
    expect([result.added, result.total]).toEqual([2, 2]);
    expect(vault.analyze(result.conversation).source.messages).toBe(2);
    vault.saveCheckIn({ conversation: result.conversation, at: 1, mood: 4, closeness: 4, note: '' });
    expect(vault.listCheckIns()).toHaveLength(1);
    vault.lock();
  });

  test('migration 4 moves the messages of migration 1 into blocks, in stored order, each with its fingerprint', () => {
    const db = new Database(':memory:');
    for (const m of migrations().filter((m) => m.version <= 3)) db.exec(m.sql);
    const add = db.prepare(
      `INSERT INTO conversations (id, format, title, me, partner, time_zone, participants, file_name, created_at, updated_at)
       VALUES (?, 'whatsapp', NULL, 'Alex', 'Sam', 'UTC', '[]', 'c.txt', 0, 0)`,
    );
    add.run('a');
    add.run('b');
    const insert = db.prepare(
      `INSERT INTO messages (conversation_id, fingerprint, at, author, kind, text, source_id, reply_to, edited, duration_seconds)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const expected: unknown[][] = [];
    // two conversations interleaved, 4,500 messages in one (three blocks), times not in insertion order
    for (let i = 0; i < 4_500; i++) {
      const row = [1_700_000_000_000 + ((i * 7919) % 4_500) * 60_000, i % 3 === 0 ? null : 'Sam', 'text', `m ${i}`];
      const extra = i % 5 === 0 ? [`id${i}`, 'x', 1, 2.5] : [null, null, null, null];
      insert.run('a', 2 ** 52 + i, ...row, ...extra);
      expected.push([...row, ...extra]);
      if (i % 1_000 === 0) insert.run('b', i, 1, 'Sam', 'text', 'other', null, null, null, null);
    }
    db.exec((migrations()[3] as { sql: string }).sql);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'messages'").pluck().get()).toBe(0);
    const blocks = db
      .prepare(
        'SELECT count, first_at, last_at, messages, fingerprints FROM message_blocks WHERE conversation_id = ? ORDER BY id',
      )
      .all('a') as { count: number; first_at: number; last_at: number; messages: string; fingerprints: string }[];
    expect(blocks.map((b) => b.count)).toEqual([2_000, 2_000, 500]);
    const rows = blocks.flatMap((b) => JSON.parse(b.messages) as unknown[][]);
    expect(rows).toEqual(expected);
    expect(blocks.flatMap((b) => JSON.parse(b.fingerprints) as number[])).toEqual(expected.map((_, i) => 2 ** 52 + i));
    for (const b of blocks) {
      const times = (JSON.parse(b.messages) as number[][]).map((r) => r[0] as number);
      expect([b.first_at, b.last_at]).toEqual([Math.min(...times), Math.max(...times)]);
    }
    expect(db.prepare("SELECT sum(count) FROM message_blocks WHERE conversation_id = 'b'").pluck().get()).toBe(5);
    db.close();
  });
});
