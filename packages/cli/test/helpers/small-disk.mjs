// Runs inside `unshare --user --map-root-user --mount`: mounts a small tmpfs (a disk that fills up) at DIR, keeps the
// vault there, and walks the full-disk and read-only-folder faults with the real `reconnect` command. Prints one JSON
// object: every step's exit code, output and what the vault held afterwards, for the test to judge.
//   node small-disk.mjs CLI DIR SIZE SMALL_CHAT BIG_CHAT
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [cli, dir, size, small, big] = process.argv.slice(2);
execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir]);
const home = join(dir, 'vault');
const steps = {};

function reconnect(name, args) {
  const run = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', TZ: 'UTC', RECONNECT_HOME: home },
    maxBuffer: 64 * 1024 * 1024,
  });
  steps[name] = { code: run.status, stdout: run.stdout, stderr: run.stderr, files: listing() };
  return steps[name];
}

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
