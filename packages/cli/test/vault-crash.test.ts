// crash safety: `reconnect import` of a 200,000-message export killed (SIGKILL) at random moments; after every kill
// the vault opens, passes integrity_check and holds either nothing new or the whole import
// RECONNECT_CRASH_ROUNDS sets the number of rounds (default 20)
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openVault, vaultExists, wipeVault } from '@reconnect/vault';
import { beforeAll, expect, test } from 'vitest';
import { generateWhatsAppExport, seededRandom } from '../../../bench/lib/generate-whatsapp.ts';
import { cli, ensureBuilt } from './helpers/cli.ts';

const PASS = 'crash test passphrase';
const MESSAGES = 200_000;
const ROUNDS = Number(process.env.RECONNECT_CRASH_ROUNDS ?? 20);

let folder: string;
let file: string;

beforeAll(() => {
  ensureBuilt();
  folder = mkdtempSync(join(tmpdir(), 'reconnect-crash-'));
  file = join(folder, 'WhatsApp Chat with Sam.txt');
  generateWhatsAppExport(file, { messages: MESSAGES, seed: 7 });
});

/** runs the import; kills it after `killAfterMs` unless it ends first; resolves with how it ended and how long it took */
function importFor(home: string, killAfterMs: number): Promise<{ killed: boolean; code: number | null; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [cli, 'import', file, '--me', 'Alex', '--tz', 'UTC', '--json'], {
      env: { ...process.env, RECONNECT_HOME: home, RECONNECT_PASSPHRASE: PASS, NO_COLOR: '1' },
      stdio: 'ignore',
    });
    let killed = false;
    const timer = setTimeout(() => {
      killed = child.kill('SIGKILL');
    }, killAfterMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ killed: killed && signal === 'SIGKILL', code, ms: Date.now() - started });
    });
  });
}

/** what the vault holds now: null when there is no vault; checks integrity on the way */
async function stored(home: string): Promise<number | null> {
  if (!vaultExists(home)) return null;
  const vault = await openVault(home, PASS);
  try {
    expect(vault.integrityCheck()).toBe('ok');
    return vault.conversations().reduce((sum, c) => sum + c.messages, 0);
  } finally {
    vault.lock();
  }
}

test(
  `a killed import leaves nothing new or the whole import (${ROUNDS} rounds)`,
  async () => {
    const home = join(folder, 'vault');
    // a whole import first: its count is what every finished import must hold
    const whole = await importFor(home, 10 * 60_000);
    expect(whole.code).toBe(0);
    const total = await stored(home);
    expect(total).toBeGreaterThan(MESSAGES * 0.95);
    await wipeVault(home);
    const random = seededRandom(Number(process.env.RECONNECT_CRASH_SEED ?? 1));
    const outcomes = { killed: 0, finished: 0, keptNothing: 0, keptWhole: 0 };
    // what the vault held before each round: the count read after the previous one (nothing at first)
    let before: number | null = null;
    for (let round = 0; round < ROUNDS; round++) {
      const run = await importFor(home, Math.floor(random() * whole.ms * 1.1));
      const after = await stored(home);
      if (run.killed) outcomes.killed++;
      else {
        expect(run.code).toBe(0);
        outcomes.finished++;
      }
      // nothing new (as before, or no vault yet / an empty new one) or the whole import
      if (after === total) outcomes.keptWhole++;
      else {
        expect([round, after]).toEqual([round, before ?? (after === 0 ? 0 : null)]);
        outcomes.keptNothing++;
      }
      // start again from nothing once an import went through, so later kills meet a real import
      before = after;
      if (after === total) {
        await wipeVault(home);
        before = null;
      }
    }
    expect(outcomes.killed).toBeGreaterThan(0);
    // the last word: one more whole import holds the exact count
    const last = await importFor(home, 10 * 60_000);
    expect(last.code).toBe(0);
    expect(await stored(home)).toBe(total);
  },
  30 * 60_000,
);
