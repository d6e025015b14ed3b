// Runs inside `unshare --user --map-root-user --mount`: mounts a small tmpfs (a disk that fills up) at DIR, keeps the
// vault there, and walks the full-disk and read-only-folder faults with the real `reconnect` command. Prints one JSON
// object: every step's exit code, output and what the vault held afterwards, for the test to judge.
//   node small-disk.mjs CLI DIR SIZE SMALL_CHAT MEDIUM_CHAT BIG_CHAT
// RECONNECT_FAULT_ROUNDS (default 20) sets how many times an import and an export meet a disk that fills at a
// different moment (each round leaves a different amount of free space).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [cli, dir, size, small, medium, big] = process.argv.slice(2);
const rounds = Number(process.env.RECONNECT_FAULT_ROUNDS ?? 20);
execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir]);
const home = join(dir, 'vault');
const steps = {};

function run(args) {
  const done = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', TZ: 'UTC', RECONNECT_HOME: home },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: done.status, stdout: done.stdout, stderr: done.stderr, files: listing() };
}

function reconnect(name, args) {
  steps[name] = run(args);
  return steps[name];
}

const freeBytes = () => statfsSync(dir).bavail * statfsSync(dir).bsize;
const messages = () => JSON.parse(run(['conversations', '--json']).stdout).reduce((sum, c) => sum + c.messages, 0);

/** every file on the small disk (but the filler), so the test can see what a failed step left behind */
function listing() {
  const walk = (folder, prefix) =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? walk(join(folder, entry.name), `${prefix}${entry.name}/`)
        : entry.name === 'filler'
          ? []
          : [`${prefix}${entry.name}`],
    );
  return walk(dir, '');
}

/** fills the disk until only `leave` bytes are free */
function fill(leave) {
  const free = statfsSync(dir).bavail * statfsSync(dir).bsize;
  writeFileSync(join(dir, 'filler'), Buffer.alloc(Math.max(0, free - leave)));
}
const unfill = () => rmSync(join(dir, 'filler'), { force: true });

// a full disk during an import: the vault holds the small chat; the big one does not fit
reconnect('importSmall', ['import', small, '--me', 'Alex', '--json']);
reconnect('listBefore', ['conversations', '--json']);
reconnect('importFull', ['import', big, '--me', 'Alex', '--json']);
reconnect('listAfterFull', ['conversations', '--json']);

// the disk filling at a different moment of each import: from a copy of the vault with the small chat, each round
// leaves a little more room for the medium chat
const saved = `${dir}-saved`;
cpSync(home, saved, { recursive: true });
const restore = () => {
  rmSync(home, { recursive: true, force: true });
  cpSync(saved, home, { recursive: true });
};
const roomBefore = freeBytes();
steps.importRoom = { ...run(['import', medium, '--me', 'Alex', '--json']), messages: messages() };
const growth = roomBefore - freeBytes();
steps.importRounds = [];
for (let round = 0; round < rounds; round++) {
  restore();
  fill(Math.floor((growth * 3 * round) / rounds));
  const result = run(['import', medium, '--me', 'Alex', '--json']);
  unfill();
  steps.importRounds.push({ ...result, messages: messages() });
}
restore();

// the same for exports: each round leaves a little more room for the copy
const copySize = statSync(join(home, 'vault.db')).size;
steps.exportRounds = [];
for (let round = 0; round < rounds; round++) {
  const out = join(dir, `round-${round}.vault`);
  fill(Math.floor((copySize * 1.5 * round) / rounds));
  const result = run(['export', '--out', out]);
  unfill();
  steps.exportRounds.push(result);
  rmSync(out, { force: true });
  rmSync(`${out}.key`, { force: true });
}

// a full disk during an export, encrypted and readable
fill(64 * 1024);
reconnect('exportFull', ['export', '--out', join(dir, 'copy.vault')]);
reconnect('exportJsonFull', ['export', '--readable', '--confirm-readable', '--out', join(dir, 'copy.json')]);
reconnect('listAfterExports', ['conversations', '--json']);
unfill();
reconnect('exportRoom', ['export', '--out', join(dir, 'copy.vault')]);

// a read-only data folder: the vault folder bound over itself read-only
execFileSync('mount', ['--bind', home, home]);
execFileSync('mount', ['-o', 'remount,bind,ro', home]);
reconnect('listReadOnly', ['conversations', '--json']);
reconnect('importReadOnly', ['import', big, '--me', 'Alex', '--json']);
execFileSync('umount', [home]);
reconnect('listAfterReadOnly', ['conversations', '--json']);

process.stdout.write(`${JSON.stringify(steps)}\n`);
