// Faults: a passphrase change, journal saves, an export and a wipe killed (SIGKILL) part-way. After every kill the
// vault opens, passes integrity_check, and holds exactly what it held before the operation or exactly what the
// operation makes of it. Half the rounds kill at a random moment, half just before the operation's Nth file-system
// call, walking every step. RECONNECT_FAULT_ROUNDS sets the rounds per operation (default 20).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asEpochMs, asParticipantId, type Conversation, type Message } from '@reconnect/core/model';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, test } from 'vitest';
import { createVault, openVault, type Vault, VaultError, vaultExists } from '../src/index.ts';
import { journalText } from './helpers/journal-text.ts';

const PASS = 'lanterns over the harbour';
const NEXT = 'a different passphrase now';
const ROUNDS = Number(process.env.RECONNECT_FAULT_ROUNDS ?? 20);
const MESSAGES = 40_000;
const JOURNAL_SAVES = 60;
/** the child, bundled once: a plain Node start per round (a TypeScript loader would add seconds to each) */
const child = join(import.meta.dirname, '..', '..', '..', 'node_modules', '.cache', 'reconnect-fault-child.mjs');

let folder: string;
let template: string;
let templateDigest: Digest;

const alex = asParticipantId('Alex');
const sam = asParticipantId('Sam');

function conversation(): Conversation {
  const messages: Message[] = [];
  for (let i = 0; i < MESSAGES; i++)
    messages.push({
      at: asEpochMs(Date.UTC(2024, 0, 1) + i * 7 * 60_000),
      author: i % 3 === 0 ? sam : alex,
      text: `message ${i}: how was the day, shall we cook together tonight?`,
      kind: 'text',
    });
  return {
    format: 'whatsapp',
    title: 'Alex & Sam',
    participants: [
      { id: alex, name: 'Alex' },
      { id: sam, name: 'Sam' },
    ],
    messages,
    warnings: [],
  };
}

interface Digest {
  readonly messages: number;
  readonly journal: readonly string[];
}

/** what a vault holds (after checking its integrity), in a form two states can be compared by */
async function digestOf(vault: Vault): Promise<Digest> {
  try {
    expect(vault.integrityCheck()).toBe('ok');
    return {
      messages: vault.conversations().reduce((sum, c) => sum + c.messages, 0),
      journal: vault.listJournal().map((e) => `${e.at}:${e.text}`),
    };
  } finally {
    vault.lock();
  }
}

beforeAll(async () => {
  buildSync({
    entryPoints: [join(import.meta.dirname, 'helpers', 'fault-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['better-sqlite3-multiple-ciphers', '@node-rs/argon2'],
    outfile: child,
    logLevel: 'error',
  });
  folder = mkdtempSync(join(tmpdir(), 'reconnect-faults-'));
  template = join(folder, 'template');
  const vault = await createVault(template, PASS);
  vault.importConversation(conversation(), {
    format: 'whatsapp',
    me: alex,
    partner: sam,
    title: 'Alex & Sam',
    fileName: 'chat.txt',
    timeZone: 'UTC',
  });
  vault.saveJournalEntry({ conversation: null, at: 1_600_000_000_000, text: 'the first entry, before anything' });
  vault.lock();
  templateDigest = await digestOf(await openVault(template, PASS));
}, 120_000);

let copies = 0;
/** a fresh copy of the template vault */
function copyOfTemplate(): string {
  const home = join(folder, `round-${copies++}`);
  cpSync(template, home, { recursive: true });
  return home;
}

interface Run {
  readonly killed: boolean;
  readonly code: number | null;
  readonly ms: number;
  readonly calls: number | null;
}

/** runs the child; kills it `killAfterMs` after it said `ready` (when given), or lets FAULT_KILL_AT do it */
function runChild(args: readonly string[], options: { killAfterMs?: number; killAt?: number; count?: boolean }) {
  return new Promise<Run>((resolve, reject) => {
    const proc = spawn(process.execPath, [child, ...args], {
      env: {
        ...process.env,
        FAULT_PASSPHRASE: PASS,
        FAULT_KILL_AT: String(options.killAt ?? 0),
        FAULT_COUNT: options.count === true ? '1' : '0',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    let readyAt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (readyAt === 0 && out.includes('ready\n')) {
        readyAt = Date.now();
        if (options.killAfterMs !== undefined) timer = setTimeout(() => proc.kill('SIGKILL'), options.killAfterMs);
      }
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (timer !== undefined) clearTimeout(timer);
      const calls = /calls (\d+)/.exec(out);
      resolve({
        killed: signal === 'SIGKILL',
        code,
        ms: readyAt === 0 ? 0 : Date.now() - readyAt,
        calls: calls === null ? null : Number(calls[1]),
      });
    });
  });
}

/** a small seeded generator, so a failing round can be run again */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Measures the operation once (time and file-system calls), then runs ROUNDS killed rounds: even rounds kill just
 * before call 1, 2, … (wrapping), odd rounds at a random moment within the operation's time.
 */
async function faultRounds(
  name: string,
  prepare: (round: number) => string[],
  check: (round: number, run: Run) => Promise<'before' | 'after'>,
): Promise<Record<'before' | 'after' | 'killed', number>> {
  const whole = await runChild(prepare(-1), { count: true });
  expect(whole.code).toBe(0);
  expect(await check(-1, whole)).toBe('after');
  const random = seeded(Number(process.env.RECONNECT_FAULT_SEED ?? 15));
  const outcomes = { before: 0, after: 0, killed: 0 };
  const calls = whole.calls ?? 0;
  for (let round = 0; round < ROUNDS; round++) {
    const args = prepare(round);
    const byCall = round % 2 === 0 && calls > 0;
    const run = await runChild(
      args,
      byCall
        ? { killAt: 1 + ((round / 2) % calls) }
        : { killAfterMs: Math.floor(random() * Math.max(5, whole.ms) * 1.1) },
    );
    if (run.killed) outcomes.killed++;
    else expect(run.code).toBe(0);
    outcomes[await check(round, run)]++;
  }
  expect(outcomes.killed).toBeGreaterThan(0);
  console.log(`${name}: ${JSON.stringify(outcomes)} in ${ROUNDS} rounds (${calls} file-system calls walked)`);
  return outcomes;
}

describe.sequential(`killed part-way (${ROUNDS} rounds each)`, () => {
  test('a passphrase change: exactly one of the old and the new passphrase opens the same data', async () => {
    let home = '';
    const outcomes = await faultRounds(
      'passphrase change',
      () => {
        home = copyOfTemplate();
        return ['passphrase', home, NEXT];
      },
      async (round) => {
        const opened: string[] = [];
        for (const passphrase of [PASS, NEXT]) {
          try {
            expect([round, await digestOf(await openVault(home, passphrase))]).toEqual([round, templateDigest]);
            opened.push(passphrase);
          } catch (error) {
            expect([round, (error as VaultError).code]).toEqual([round, 'wrong-passphrase']);
          }
        }
        expect([round, opened.length]).toEqual([round, 1]);
        return opened[0] === PASS ? 'before' : 'after';
      },
    );
    expect(outcomes.before).toBeGreaterThan(0);
  }, 600_000);

  test('journal saves: every entry is whole or absent, and they are kept in order', async () => {
    let home = '';
    const outcomes = await faultRounds(
      'journal saves',
      () => {
        home = copyOfTemplate();
        return ['journal', home, String(JOURNAL_SAVES)];
      },
      async (round) => {
        const digest = await digestOf(await openVault(home, PASS));
        expect([round, digest.messages]).toEqual([round, templateDigest.messages]);
        const added = digest.journal.slice(templateDigest.journal.length);
        expect(digest.journal.slice(0, templateDigest.journal.length)).toEqual(templateDigest.journal);
        // the saves that went through are exactly the first k, each with its whole text
        expect([round, added]).toEqual([
          round,
          added.map((_, i) => `${1_700_000_000_000 + i + 1}:${journalText(i + 1)}`),
        ]);
        return added.length === JOURNAL_SAVES ? 'after' : 'before';
      },
    );
    expect(outcomes.killed).toBeGreaterThan(0);
  }, 600_000);

  test('an export: the copy is absent, or whole with its key file and opens with the passphrase', async () => {
    const home = copyOfTemplate();
    let out = '';
    await faultRounds(
      'export',
      (round) => {
        const target = join(folder, `export-${round + 1}`);
        mkdirSync(target);
        out = join(target, 'backup.vault');
        return ['export', home, out];
      },
      async (round) => {
        // the vault itself is untouched by an export
        expect([round, await digestOf(await openVault(home, PASS))]).toEqual([round, templateDigest]);
        if (!existsSync(out)) return 'before';
        expect([round, existsSync(`${out}.key`)]).toEqual([round, true]);
        const restored = join(folder, `restored-${round + 1}`);
        mkdirSync(restored);
        cpSync(out, join(restored, 'vault.db'));
        cpSync(`${out}.key`, join(restored, 'vault.key'));
        expect([round, await digestOf(await openVault(restored, PASS))]).toEqual([round, templateDigest]);
        return 'after';
      },
    );
  }, 600_000);

  test('a wipe: the vault opens as it was, or there is no vault and a new one can be made', async () => {
    let home = '';
    let wrappedKey = '';
    const outcomes = await faultRounds(
      'wipe',
      () => {
        home = copyOfTemplate();
        wrappedKey = (JSON.parse(readFileSync(join(home, 'vault.key'), 'utf8')) as { wrap: { key: string } }).wrap.key;
        return ['wipe', home];
      },
      async (round) => {
        if (vaultExists(home)) {
          expect([round, await digestOf(await openVault(home, PASS))]).toEqual([round, templateDigest]);
          return 'before';
        }
        // no vault: opening says so in one sentence, and a new vault can be made where the old one was
        await expect(openVault(home, PASS)).rejects.toThrow(new VaultError('not-found').message);
        const fresh = await createVault(home, NEXT);
        expect(await digestOf(fresh)).toEqual({ messages: 0, journal: [] });
        // and nothing left in the folder still holds the old wrapped key
        const left = readdirSync(home).filter((name) => statSync(join(home, name)).isFile());
        for (const name of left)
          expect([round, name, readFileSync(join(home, name), 'latin1').includes(wrappedKey)]).toEqual([
            round,
            name,
            false,
          ]);
        return 'after';
      },
    );
    expect(outcomes.after).toBeGreaterThan(0);
  }, 600_000);
});
