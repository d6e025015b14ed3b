// runs the built `reconnect` bundle as a child process, rebuilding it first when the sources are newer
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const repo = join(import.meta.dirname, '..', '..', '..', '..');
export const cli = process.env.RECONNECT_CLI ?? join(repo, 'packages', 'cli', 'dist', 'reconnect.mjs');

/** newest modification time of the files under `path` */
function newestChange(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

/** builds the CLI bundle when it is missing or older than the sources (skipped when RECONNECT_CLI is set) */
export function ensureBuilt(): void {
  if (process.env.RECONNECT_CLI !== undefined) return;
  const sources = ['cli', 'core', 'node', 'server', 'vault'].map((pkg) =>
    newestChange(join(repo, 'packages', pkg, 'src')),
  );
  if (!existsSync(cli) || statSync(cli).mtimeMs < Math.max(...sources))
    execFileSync(process.execPath, [join(repo, 'packages', 'cli', 'build.mjs')]);
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** runs `reconnect …args` without colour, in UTC, optionally feeding standard input */
export function runCli(args: readonly string[], options: { input?: string | Buffer; cwd?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', TZ: 'UTC' },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
    ...(options.input !== undefined ? { input: options.input } : {}),
    ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** a four-line WhatsApp chat between Alex and Sam, for commands that need a small real export */
export const CHAT = [
  '10/03/2024, 08:15 - Alex: morning! coffee later?',
  '10/03/2024, 08:40 - Sam: yes please',
  '11/03/2024, 21:05 - Alex: how was the day?',
  '11/03/2024, 22:30 - Sam: long, talk tomorrow',
].join('\n');
