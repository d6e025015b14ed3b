// bench: the encrypted vault on the 1,000,000-message WhatsApp export: import, re-import, analyze ID, unlock
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openVault, wipeVault } from '@reconnect/vault';
import { generateWhatsAppExport } from '../lib/generate-whatsapp.ts';
import type { BenchRow, BenchSection } from '../lib/types.ts';
import { type Measured, measureNode } from './analyze.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, 'bench', 'data');
const CLI = join(ROOT, 'packages', 'cli', 'dist', 'reconnect.mjs');
const PASSPHRASE = 'bench passphrase, not a secret';

const seconds = (s: number): string => `${s < 10 ? s.toFixed(2) : s.toFixed(1)} s`;
const megabytes = (mb: number | null): string => (mb === null ? 'n/a' : `${Math.round(mb)} MB`);
const best = (runs: readonly Measured[]): Measured => runs.reduce((a, b) => (a.seconds <= b.seconds ? a : b));

const vaultSection: BenchSection = async ({ quick, log }) => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  mkdirSync(DATA, { recursive: true });
  const messages = quick ? 50_000 : 1_000_000;
  const file = join(DATA, `whatsapp-${messages}.txt`);
  if (!existsSync(file)) {
    log(`writing ${file} …`);
    generateWhatsAppExport(file, { messages });
  }
  const home = join(DATA, 'vault-home');
  await wipeVault(home);
  process.env.RECONNECT_HOME = home;
  process.env.RECONNECT_PASSPHRASE = PASSPHRASE;
  const size = `${messages.toLocaleString('en-US')}-message WhatsApp export`;
  const common = ['--json', '--tz', 'UTC', '--me', 'Alex', '--partner', 'Sam'];
  const run = async (args: readonly string[]) => {
    const measured = await measureNode([CLI, ...args], ROOT, 300_000);
    if (measured.exitCode !== 0)
      throw new Error(`reconnect ${args[0]} failed (exit ${measured.exitCode}): ${measured.stderrTail}`);
    return measured;
  };

  log('import into a new vault …');
  const imported = await run(['import', file, ...common]);
  log('import again (adds nothing) …');
  const again = await run(['import', file, ...common]);

  const vault = await openVault(home, PASSPHRASE);
  const id = vault.conversations()[0]?.id ?? '';
  const stored = vault.conversations()[0]?.messages ?? 0;
  const inProcess: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    vault.analyze(id);
    inProcess.push(performance.now() - started);
  }
  vault.lock();
  const unlocks: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const opened = await openVault(home, PASSPHRASE);
    unlocks.push(performance.now() - started);
    opened.lock();
  }

  log('analyze ID, and analyze FILE beside it …');
  const analyzeId: Measured[] = [];
  for (let i = 0; i < 3; i++) analyzeId.push(await run(['analyze', id, '--json']));
  const analyzeFile = await run(['analyze', file, ...common]);
  await wipeVault(home);
  rmSync(home, { recursive: true, force: true });

  const full = (budget: string) => (quick ? `${budget} (full run only)` : budget);
  const within = (ok: boolean) => (quick ? null : ok);
  return [
    {
      work: `import the ${size} into a new vault (${stored.toLocaleString('en-US')} stored), wall time`,
      reconnect: seconds(imported.seconds),
      budget: full('≤ 10 s'),
      withinBudget: within(imported.seconds <= 10),
      peer: `analyze FILE, same run: ${seconds(analyzeFile.seconds)}`,
    },
    {
      work: `import the ${size} into a new vault, peak RSS`,
      reconnect: megabytes(imported.peakMb),
      budget: full('≤ 1,024 MB'),
      withinBudget: within(imported.peakMb !== null && imported.peakMb <= 1024),
      peer: `analyze FILE, same run: ${megabytes(analyzeFile.peakMb)}`,
    },
    {
      work: 'import the same file again (adds 0), wall time',
      reconnect: seconds(again.seconds),
      budget: full('≤ 5 s'),
      withinBudget: within(again.seconds <= 5),
      peer: `analyze FILE, same run: ${seconds(analyzeFile.seconds)}`,
    },
    {
      work: `analyze ID --json on the stored ${size}, whole process, best of 3`,
      reconnect: seconds(best(analyzeId).seconds),
      budget: full('≤ 0.5 s'),
      withinBudget: within(best(analyzeId).seconds <= 0.5),
      peer: `analyze FILE, same run: ${seconds(analyzeFile.seconds)}`,
    },
    {
      work: 'insights of the stored conversation in process (vault.analyze: the report kept at import), best of 5',
      reconnect: `${Math.round(Math.min(...inProcess))} ms`,
      budget: full('≤ 100 ms'),
      withinBudget: within(Math.min(...inProcess) <= 100),
    },
    {
      work: 'unlock: Argon2id (64 MiB, t 3, p 4) plus opening the database, best of 3',
      reconnect: `${Math.round(Math.min(...unlocks))} ms`,
      budget: '< 1,500 ms',
      withinBudget: Math.min(...unlocks) < 1500,
    },
  ] satisfies BenchRow[];
};

export default vaultSection;
