// Runs first in `npm test`. Some tests need programs from Debian rather than npm: Chromium for the browser tests
// (driven by playwright-core, never a downloaded browser), strace, unshare and ip for the test that watches the
// app from outside for any network use, and mount for the tests of a full disk and a read-only folder. When one is
// missing, install it if this process may (root with apt-get); otherwise stop at once and print the one command that
// installs them, so a fresh machine never fails half-way.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** each program the tests run, where they expect it, and the Debian package that provides it */
export const TOOLS = [
  { name: 'chromium', path: process.env.RECONNECT_CHROMIUM ?? '/usr/bin/chromium', pkg: 'chromium' },
  { name: 'strace', path: process.env.RECONNECT_STRACE ?? '/usr/bin/strace', pkg: 'strace' },
  { name: 'unshare', path: '/usr/bin/unshare', pkg: 'util-linux' },
  { name: 'ip', path: '/usr/sbin/ip', pkg: 'iproute2' },
  // the small-disk and read-only-folder tests mount a tmpfs in a private namespace made by unshare
  { name: 'mount', path: '/usr/bin/mount', pkg: 'mount' },
];

export const installCommand = (packages) =>
  `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;

/** what to do, from the facts of this machine; kept pure so that a test can walk every case */
export function toolPlan({ missing, isRoot, hasApt }) {
  if (missing.length === 0) return 'ready';
  if (isRoot && hasApt) return 'install';
  return 'ask';
}

function hasCommand(name) {
  return spawnSync('/bin/sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function install(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
    if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) return false;
  }
  return true;
}

function main() {
  const missing = TOOLS.filter((tool) => !existsSync(tool.path));
  const packages = [...new Set(missing.map((tool) => tool.pkg))];
  const plan = toolPlan({
    missing,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    hasApt: hasCommand('apt-get'),
  });
  if (plan === 'ready') return 0;
  const names = missing.map((tool) => tool.name).join(', ');
  if (plan === 'install') {
    process.stderr.write(`The tests need ${names}; installing ${packages.join(' ')} from Debian…\n`);
    if (install(packages) && TOOLS.every((tool) => existsSync(tool.path))) return 0;
    process.stderr.write(`That did not work. Please run:\n  ${installCommand(packages)}\nthen npm test again.\n`);
    return 1;
  }
  process.stderr.write(
    `The tests need ${names}, which this machine does not have. Please run:\n  ${installCommand(packages)}\nthen npm test again.\n`,
  );
  return 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main());
