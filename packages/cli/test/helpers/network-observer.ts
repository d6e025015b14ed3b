// Watches a process tree from outside: it runs in its own network namespace (loopback only) under strace, and
// every connect/sendto/sendmsg that names an address is recorded, whether or not it succeeded. Nothing inside
// the watched program is mocked, so a forgotten fetch, a DNS look-up or a telemetry ping cannot hide.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface NetworkAttempt {
  readonly call: string;
  readonly family: 'inet' | 'inet6' | 'unix' | 'other';
  readonly address: string;
  readonly port: number | null;
}

export interface ObservedRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly attempts: readonly NetworkAttempt[];
}

const CALL = /\b(connect|sendto|sendmsg)\(\d+, (?:\{msg_name=)?\{sa_family=(AF_\w+), ([^}]*)\}/;

/** the address-bearing socket calls in strace's output */
export function parseAttempts(trace: string): NetworkAttempt[] {
  const attempts: NetworkAttempt[] = [];
  for (const line of trace.split('\n')) {
    const match = CALL.exec(line);
    if (match === null) continue;
    const [, call = '', family = '', body = ''] = match;
    const port = /sin6?_port=htons\((\d+)\)/.exec(body);
    const v4 = /inet_addr\("([^"]+)"\)/.exec(body);
    const v6 = /inet_pton\(AF_INET6, "([^"]+)"/.exec(body);
    const path = /sun_path=(?:@)?"([^"]*)"/.exec(body);
    attempts.push({
      call,
      family: family === 'AF_INET' ? 'inet' : family === 'AF_INET6' ? 'inet6' : family === 'AF_UNIX' ? 'unix' : 'other',
      address: v4?.[1] ?? v6?.[1] ?? path?.[1] ?? body,
      port: port === null ? null : Number(port[1]),
    });
  }
  return attempts;
}

const isLoopback = (a: NetworkAttempt): boolean =>
  (a.family === 'inet' && a.address.startsWith('127.')) || (a.family === 'inet6' && a.address === '::1');

/** an attempt to reach another machine: any internet address that is not this machine's loopback */
export const isOutbound = (a: NetworkAttempt): boolean =>
  (a.family === 'inet' || a.family === 'inet6') && !isLoopback(a);

/** a name look-up: the DNS port on any address, or the name-service cache daemon */
export const isDnsLookup = (a: NetworkAttempt): boolean => a.port === 53 || a.address.includes('nscd');

/** runs `command args` with only a loopback network, under strace, and returns what it tried to reach */
export function runWithoutNetwork(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {},
): ObservedRun {
  const dir = mkdtempSync(join(tmpdir(), 'reconnect-net-'));
  const trace = join(dir, 'trace.txt');
  try {
    const quoted = [command, ...args].map((a) => `'${a.replaceAll("'", `'\\''`)}'`).join(' ');
    const script = `ip link set lo up && exec strace -f -qq -e trace=connect,sendto,sendmsg -o '${trace}' ${quoted}`;
    const result = spawnSync('unshare', ['--net', 'sh', '-c', script], {
      encoding: 'utf8',
      env: options.env ?? process.env,
      cwd: options.cwd,
      timeout: options.timeoutMs ?? 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.error) throw result.error;
    let text = '';
    try {
      text = readFileSync(trace, 'utf8');
    } catch {
      throw new Error(`the network observer did not run: ${result.stderr}`);
    }
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, attempts: parseAttempts(text) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
