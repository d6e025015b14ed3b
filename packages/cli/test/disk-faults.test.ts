// Faults of the machine around the vault, with the real `reconnect` command: a disk that fills up during an import
// and during an export, a read-only data folder, and two commands on the same vault at once. Each leaves the vault
// readable with exactly what it held before (or after), and says what happened in one plain sentence.
// The small disk is a tmpfs mounted in a private user and mount namespace (`unshare`), so no root is needed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateWhatsAppExport } from '../../../bench/lib/generate-whatsapp.ts';
import { cli, ensureBuilt } from './helpers/cli.ts';

const PASS = 'steady rain on the roof';
const DISK_FULL =
  'reconnect: The disk is full, so nothing was saved. Free some space and try again; the vault is as it was.';
const READ_ONLY = 'reconnect: The vault folder cannot be written to. Check its permissions and try again.';
const BUSY =
  'reconnect: The vault is busy in another Reconnect window or command. Close it (or wait for it to finish) and try again.';
const UNSHARE = ['--user', '--map-root-user', '--mount'];

let folder: string;
let small: string;
let medium: string;
let big: string;
const ROUNDS = Number(process.env.RECONNECT_FAULT_ROUNDS ?? 20);

beforeAll(() => {
  ensureBuilt();
  folder = mkdtempSync(join(tmpdir(), 'reconnect-disk-'));
  small = join(folder, 'WhatsApp Chat with Sam.txt');
  generateWhatsAppExport(small, { messages: 3_000, seed: 3 });
  medium = join(folder, 'WhatsApp Chat with Sam (a month later).txt');
  generateWhatsAppExport(medium, { messages: 6_000, seed: 3 });
  big = join(folder, 'WhatsApp Chat with Sam (later).txt');
  generateWhatsAppExport(big, { messages: 150_000, seed: 3 });
});

interface Step {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly files: readonly string[];
  /** how many messages the vault held after the step */
  readonly messages?: number;
}

/** the one command that gives this machine what the test needs, or null when it has it */
function namespaceProblem(): string | null {
  const probe = spawnSync('unshare', [...UNSHARE, 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs /mnt && echo ok'], {
    encoding: 'utf8',
  });
  if (probe.stdout.trim() === 'ok') return null;
  return (
    'A private mount namespace is needed for the small-disk test (unshare --user --map-root-user --mount). ' +
    `It failed with: ${probe.error?.message ?? probe.stderr.trim()}. On Debian, run: ` +
    'sudo apt-get install -y util-linux && sudo sysctl -w kernel.unprivileged_userns_clone=1 ' +
    '(or run the tests as root)'
  );
}

describe('a full disk and a read-only folder', () => {
  let steps: Record<string, Step> & { importRounds: Step[]; exportRounds: Step[] };

  beforeAll(() => {
    const problem = namespaceProblem();
    // never skipped: a machine that cannot run this fails with the command that fixes it
    if (problem !== null) throw new Error(problem);
    const disk = join(folder, 'disk');
    mkdirSync(disk);
    const run = spawnSync(
      'unshare',
      [
        ...UNSHARE,
        process.execPath,
        join(import.meta.dirname, 'helpers', 'small-disk.mjs'),
        cli,
        disk,
        '6m',
        small,
        medium,
        big,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, RECONNECT_PASSPHRASE: PASS },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 600_000,
      },
    );
    expect(run.stderr).toBe('');
    steps = JSON.parse(run.stdout) as typeof steps;
    if (process.env.RECONNECT_SHOW_STEPS === '1') console.log(JSON.stringify(steps, null, 1));
  }, 600_000);

  const list = (step: Step) => {
    expect(step.code).toBe(0);
    return JSON.parse(step.stdout) as { messages: number }[];
  };

  test('an import that fills the disk saves nothing, says so, and the vault holds what it held', () => {
    expect(steps.importSmall?.code).toBe(0);
    const held = list(steps.listBefore as Step);
    expect(held).toHaveLength(1);
    expect(steps.importFull?.code).toBe(1);
    expect(steps.importFull?.stderr.trim()).toBe(DISK_FULL);
    expect(list(steps.listAfterFull as Step)).toEqual(held);
  });

  test(`an import meeting a full disk at ${ROUNDS} different moments keeps nothing of it or all of it`, () => {
    const held = (list(steps.listBefore as Step) as { messages: number }[])[0]?.messages;
    const whole = steps.importRoom?.messages;
    expect(steps.importRoom?.code).toBe(0);
    expect(whole).toBeGreaterThan(held ?? 0);
    const outcomes = { nothing: 0, all: 0 };
    for (const [round, step] of steps.importRounds.entries()) {
      if (step.code === 0) {
        expect([round, step.messages]).toEqual([round, whole]);
        outcomes.all++;
      } else {
        expect([round, step.code, step.stderr.trim(), step.messages]).toEqual([round, 1, DISK_FULL, held]);
        outcomes.nothing++;
      }
      expect([round, step.files.filter((f) => !f.startsWith('vault/'))]).toEqual([round, []]);
    }
    console.log(`an import on a filling disk: ${JSON.stringify(outcomes)} in ${ROUNDS} rounds`);
    expect(steps.importRounds).toHaveLength(ROUNDS);
    expect(outcomes.nothing).toBeGreaterThan(0);
  });

  test(`an export meeting a full disk at ${ROUNDS} different moments is whole or absent`, () => {
    const outcomes = { absent: 0, whole: 0 };
    for (const [round, step] of steps.exportRounds.entries()) {
      const copies = step.files.filter((f) => !f.startsWith('vault/'));
      if (step.code === 0) {
        expect([round, copies]).toEqual([round, [`round-${round}.vault`, `round-${round}.vault.key`]]);
        outcomes.whole++;
      } else {
        expect([round, step.stderr.trim(), copies]).toEqual([round, DISK_FULL, []]);
        outcomes.absent++;
      }
    }
    console.log(`an export on a filling disk: ${JSON.stringify(outcomes)} in ${ROUNDS} rounds`);
    expect(outcomes.absent).toBeGreaterThan(0);
  });

  test('an export onto a full disk leaves no partial copy behind, and the next one works', () => {
    const held = list(steps.listBefore as Step);
    for (const name of ['exportFull', 'exportJsonFull']) {
      const step = steps[name] as Step;
      expect([name, step.code, step.stderr.trim()]).toEqual([name, 1, DISK_FULL]);
      // nothing but the vault's own files: no half-written copy, no readable fragment of the messages
      expect([name, step.files.filter((f) => !f.startsWith('vault/'))]).toEqual([name, []]);
    }
    expect(list(steps.listAfterExports as Step)).toEqual(held);
    expect(steps.exportRoom?.code).toBe(0);
    expect(steps.exportRoom?.files).toEqual(expect.arrayContaining(['copy.vault', 'copy.vault.key']));
  });

  test('a read-only vault folder: reading still works or says why, writing says why, nothing changes', () => {
    const held = list(steps.listBefore as Step);
    const read = steps.listReadOnly as Step;
    if (read.code === 0) expect(JSON.parse(read.stdout)).toEqual(held);
    else expect(read.stderr.trim()).toBe(READ_ONLY);
    expect(steps.importReadOnly?.code).toBe(1);
    expect(steps.importReadOnly?.stderr.trim()).toBe(READ_ONLY);
    expect(list(steps.listAfterReadOnly as Step)).toEqual(held);
  });
});

/** runs `reconnect …args` in the background */
function start(
  home: string,
  args: readonly string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, NO_COLOR: '1', TZ: 'UTC', RECONNECT_HOME: home, RECONNECT_PASSPHRASE: PASS },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString('utf8');
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('two commands on the same vault at once', () => {
  test('two imports: each is kept whole, or waits, or says the vault is busy; nothing is half-kept', async () => {
    const home = join(folder, 'shared');
    const first = await start(home, ['import', small, '--me', 'Alex', '--json']);
    expect(first.code).toBe(0);
    const { total } = JSON.parse(first.stdout) as { total: number };
    const [a, b] = await Promise.all([
      start(home, ['import', big, '--me', 'Alex', '--json']),
      start(home, ['import', big, '--me', 'Alex', '--json']),
    ]);
    const outcomes = [a, b].map((run) => {
      if (run.code === 0) return (JSON.parse(run.stdout) as { total: number }).total;
      expect(run.stderr.trim()).toBe(BUSY);
      return 'busy';
    });
    // at least one went through; the vault holds the big chat once, whatever the order
    const stored = await start(home, ['conversations', '--json']);
    expect(stored.code).toBe(0);
    const [conversation] = JSON.parse(stored.stdout) as { messages: number }[];
    expect(outcomes.some((o) => typeof o === 'number')).toBe(true);
    expect(conversation?.messages).toBeGreaterThan(total);
    for (const o of outcomes) if (typeof o === 'number') expect(o).toBe(conversation?.messages);
  }, 300_000);
});
