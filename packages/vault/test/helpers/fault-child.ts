// A child process that does one vault operation so a test can kill it part-way (run with `node --import tsx`).
//   fault-child.ts OP HOME [ARG]   OP: passphrase | journal | export | wipe
// It prints `ready` when the operation is about to start and `done` when it ended. With FAULT_KILL_AT=N it kills
// itself (SIGKILL, as a crash or a power cut would) just before its Nth file-system call after `ready`; with
// FAULT_COUNT=1 it prints how many such calls the operation made.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { openVault, wipeVault } from '../../src/index.ts';
import { journalText } from './journal-text.ts';

const [op, home, arg] = process.argv.slice(2) as [string, string, string | undefined];
const passphrase = process.env.FAULT_PASSPHRASE ?? '';
const killAt = Number(process.env.FAULT_KILL_AT ?? 0);
const counting = process.env.FAULT_COUNT === '1';

let calls = 0;
let armed = false;
const WATCHED = [
  'openSync',
  'writeSync',
  'fsyncSync',
  'closeSync',
  'renameSync',
  'rmSync',
  'unlinkSync',
  'writeFileSync',
] as const;
for (const name of WATCHED) {
  const real = fs[name] as (...args: unknown[]) => unknown;
  (fs as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
    if (armed) {
      calls++;
      if (calls === killAt) process.kill(process.pid, 'SIGKILL');
    }
    return real.apply(fs, args);
  };
}
// the vault imports these by name: make the named bindings see the wrapped functions
syncBuiltinESMExports();

const say = (line: string) => fs.writeSync(1, `${line}\n`);

async function main(): Promise<void> {
  if (op === 'wipe') {
    say('ready');
    armed = true;
    await wipeVault(home);
    armed = false;
  } else {
    const vault = await openVault(home, passphrase);
    say('ready');
    armed = true;
    if (op === 'passphrase') await vault.changePassphrase(passphrase, arg ?? '');
    else if (op === 'export') vault.exportEncrypted(arg ?? '');
    else if (op === 'journal') {
      for (let i = 1; i <= Number(arg ?? 100); i++)
        vault.saveJournalEntry({ conversation: null, at: 1_700_000_000_000 + i, text: journalText(i) });
    } else throw new Error(`unknown operation ${op}`);
    armed = false;
    vault.lock();
  }
  if (counting) say(`calls ${calls}`);
  say('done');
}

await main();
