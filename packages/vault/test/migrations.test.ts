// the numbered migrations: a fresh vault gets them all; a vault from an older migration is brought up to date
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asEpochMs, asParticipantId } from '@reconnect/core/model';
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
    // migration 1 has no day tables: the import of the old code stored only the messages
    expect(() => old.importConversation(conversation, META)).toThrow(/analyses/);
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
});
