// Runs first in `npm test`: the browser tests drive Debian's Chromium through playwright-core (never a downloaded
// browser). When Chromium is missing, install it if this process may (root with apt-get); otherwise stop at once and
// print the one command that installs it, so a fresh machine never fails half-way through the suite.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.RECONNECT_CHROMIUM ?? '/usr/bin/chromium';
export const INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium';

/** what to do, from the facts of this machine; kept pure so that a test can walk every case */
export function browserPlan({ present, isRoot, hasApt }) {
  if (present) return 'ready';
  if (isRoot && hasApt) return 'install';
  return 'ask';
}

function hasCommand(name) {
  return spawnSync('/bin/sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function installChromium() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) return false;
  }
  return existsSync(CHROMIUM);
}

function main() {
  const plan = browserPlan({
    present: existsSync(CHROMIUM),
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    hasApt: hasCommand('apt-get'),
  });
  if (plan === 'ready') return 0;
  if (plan === 'install') {
    process.stderr.write(`The browser tests need Chromium at ${CHROMIUM}; installing Debian's chromium package…\n`);
    if (installChromium()) return 0;
    process.stderr.write(`Installing Chromium did not work. Please run:\n  ${INSTALL_COMMAND}\nthen npm test again.\n`);
    return 1;
  }
  process.stderr.write(
    `The browser tests need Chromium at ${CHROMIUM}, and it is not installed. Please run:\n  ${INSTALL_COMMAND}\nthen npm test again.\n`,
  );
  return 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main());
