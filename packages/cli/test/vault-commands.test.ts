// the vault commands as a new user runs them: import, conversations, analyze ID, export, passphrase, lock, wipe
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { CHAT, cli, ensureBuilt } from './helpers/cli.ts';

const PASS = 'quiet harbour lights';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** runs `reconnect …args` against the vault in `home` */
function reconnect(home: string, args: readonly string[], env: Record<string, string | undefined> = {}): Run {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', TZ: 'UTC', RECONNECT_HOME: home, RECONNECT_PASSPHRASE: PASS, ...env },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const json = (run: Run) => {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
};

let folder: string;
let chat: string;
let longer: string;

beforeAll(() => {
  ensureBuilt();
  folder = mkdtempSync(join(tmpdir(), 'reconnect-vault-cli-'));
  chat = join(folder, 'WhatsApp Chat with Sam.txt');
  // two identical messages in one minute: both are kept
  writeFileSync(chat, `${CHAT}\n11/03/2024, 22:31 - Sam: ok\n11/03/2024, 22:31 - Sam: ok\n`);
  longer = join(folder, 'later export.txt');
  writeFileSync(
    longer,
    `${CHAT}\n11/03/2024, 22:31 - Sam: ok\n11/03/2024, 22:31 - Sam: ok\n11/03/2024, 22:31 - Sam: ok\n12/03/2024, 07:00 - Alex: morning\n`,
  );
});

const freshHome = () => join(mkdtempSync(join(folder, 'home-')), 'vault');

describe('import and conversations', () => {
  test('import keeps every message; a re-import adds nothing; a later export adds exactly the new ones', () => {
    const home = freshHome();
    const first = json(reconnect(home, ['import', chat, '--me', 'Alex', '--json']));
    expect(first).toEqual({ conversation: expect.stringMatching(/^[0-9a-z]{9}$/), added: 6, total: 6 });
    expect(json(reconnect(home, ['import', chat, '--me', 'Alex', '--json']))).toEqual({ ...first, added: 0 });
    expect(json(reconnect(home, ['import', longer, '--me', 'Alex', '--json']))).toEqual({
      ...first,
      added: 2,
      total: 8,
    });
    const list = json(reconnect(home, ['conversations', '--json']));
    expect(list).toEqual([
      {
        id: first.conversation,
        title: 'Sam',
        format: 'whatsapp',
        me: 'Alex',
        partner: 'Sam',
        // WhatsApp keys people by their names, so the ids stored at import are the names
        meId: 'Alex',
        partnerId: 'Sam',
        messages: 8,
        first: '2024-03-10T08:15:00.000Z',
        last: '2024-03-12T07:00:00.000Z',
      },
    ]);
  });

  test('the human summary says how many were added and over which dates', () => {
    const home = freshHome();
    const first = reconnect(home, ['import', chat, '--me', 'Alex']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Kept 6 messages between Alex and Sam \(2024-03-10 to 2024-03-11\)/);
    expect(reconnect(home, ['import', chat, '--me', 'Alex']).stdout).toMatch(/Nothing new: all 6 messages/);
    expect(reconnect(home, ['import', longer, '--me', 'Alex']).stdout).toMatch(
      /Added 2 new messages \(2024-03-11 to 2024-03-12\).* now holds 8/,
    );
  });
});

describe('analyze ID', () => {
  test('gives exactly what analyze FILE gives, as JSON and as the HTML report', () => {
    const home = freshHome();
    const { conversation } = json(reconnect(home, ['import', chat, '--me', 'Alex', '--json']));
    const fromFile = reconnect(home, ['analyze', chat, '--me', 'Alex', '--json']);
    const stored = reconnect(home, ['analyze', conversation, '--json']);
    expect(stored.code).toBe(0);
    expect(stored.stdout).toBe(fromFile.stdout);
    const a = join(folder, `${conversation}-file.html`);
    const b = join(folder, `${conversation}-vault.html`);
    expect(reconnect(home, ['analyze', chat, '--me', 'Alex', '--html', a]).code).toBe(0);
    expect(reconnect(home, ['analyze', conversation, '--html', b]).code).toBe(0);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
  });

  test('an unknown ID is one clear line', () => {
    const home = freshHome();
    json(reconnect(home, ['import', chat, '--me', 'Alex', '--json']));
    const run = reconnect(home, ['analyze', 'zzzzzzzzz']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/no conversation zzzzzzzzz/);
  });
});

describe('one clear line for each failure', () => {
  test('a wrong passphrase, a flipped byte, a newer vault; and no passphrase without a terminal', () => {
    const home = freshHome();
    json(reconnect(home, ['import', chat, '--me', 'Alex', '--json']));
    const lineOf = (run: Run) => {
      expect(run.code).not.toBe(0);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      return lines[0] ?? '';
    };
    expect(lineOf(reconnect(home, ['conversations'], { RECONNECT_PASSPHRASE: 'not the passphrase' }))).toMatch(
      /passphrase does not open the vault/,
    );
    expect(lineOf(reconnect(home, ['conversations'], { RECONNECT_PASSPHRASE: undefined }))).toMatch(
      /RECONNECT_PASSPHRASE/,
    );
    const key = join(home, 'vault.key');
    const header = readFileSync(key, 'utf8');
    writeFileSync(
      key,
      header.replace(/"check": "(.)/, (_, c: string) => `"check": "${c === 'a' ? 'b' : 'a'}`),
    );
    expect(lineOf(reconnect(home, ['conversations']))).toMatch(/damaged/);
    writeFileSync(key, header.replace('"version": 1', '"version": 7'));
    expect(lineOf(reconnect(home, ['conversations']))).toMatch(/newer version/);
    writeFileSync(key, header);
    expect(reconnect(home, ['conversations']).code).toBe(0);
  });
});

describe('export, passphrase, lock, wipe', () => {
  test('export is encrypted by default; a readable one needs an explicit confirmation', () => {
    const home = freshHome();
    json(reconnect(home, ['import', chat, '--me', 'Alex', '--json']));
    expect(reconnect(home, ['export']).code).toBe(0);
    const backups = readdirSync(join(home, 'backups'));
    expect(backups.filter((f) => f.endsWith('.vault'))).toHaveLength(1);
    for (const file of backups) expect(readFileSync(join(home, 'backups', file)).includes('coffee later')).toBe(false);
    const readable = join(folder, `readable-${Date.now()}.json`);
    const refused = reconnect(home, ['export', '--readable', '--out', readable]);
    expect([refused.code, existsSync(readable)]).toEqual([2, false]);
    expect(reconnect(home, ['export', '--readable', '--confirm-readable', '--out', readable]).code).toBe(0);
    expect(readFileSync(readable, 'utf8')).toContain('coffee later');
  });

  test('passphrase re-wraps the key: the old one fails, the new one works', () => {
    const home = freshHome();
    json(reconnect(home, ['import', chat, '--me', 'Alex', '--json']));
    expect(reconnect(home, ['passphrase'], { RECONNECT_NEW_PASSPHRASE: 'a brand new passphrase' }).code).toBe(0);
    expect(reconnect(home, ['conversations']).code).toBe(1);
    expect(reconnect(home, ['conversations'], { RECONNECT_PASSPHRASE: 'a brand new passphrase' }).code).toBe(0);
  });

  test('lock leaves a request for a running app; wipe needs --yes and then leaves nothing', () => {
    const home = freshHome();
    json(reconnect(home, ['import', chat, '--me', 'Alex', '--json']));
    expect(reconnect(home, ['lock']).code).toBe(0);
    expect(existsSync(join(home, 'lock-request'))).toBe(true);
    expect(reconnect(home, ['wipe']).code).toBe(2);
    expect(existsSync(join(home, 'vault.key'))).toBe(true);
    expect(reconnect(home, ['wipe', '--yes']).code).toBe(0);
    expect(existsSync(home)).toBe(false);
  });
});
