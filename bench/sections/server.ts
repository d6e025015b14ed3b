// bench: the local server's insights route on a stored 1,000,000-message conversation, alone and with 200
// requests at once over loopback

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, get as httpGet } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importConversation } from '@reconnect/core/import';
import { resolveParticipants } from '@reconnect/core/model';
import * as vaults from '@reconnect/vault';
import { generateWhatsAppExport } from '../lib/generate-whatsapp.ts';
import { formatNumber } from '../lib/measure.ts';
import type { BenchRow, BenchSection } from '../lib/types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, 'bench', 'data');
const PASSPHRASE = 'bench passphrase, not a secret';
const SINGLE_BUDGET_MS = 100;
const CONCURRENT_BUDGET_MS = 250;
const CONCURRENT = 200;

/** user + system CPU time of a process so far, in ms (Linux /proc; NaN elsewhere) */
function processCpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

const section: BenchSection = async ({ quick, log }) => {
  const messages = quick ? 100_000 : 1_000_000;
  mkdirSync(DATA, { recursive: true });
  const file = join(DATA, `whatsapp-${messages}.txt`);
  if (!existsSync(file)) {
    log(`generating ${formatNumber(messages)} messages`);
    generateWhatsAppExport(file, { messages });
  }
  const home = mkdtempSync(join(tmpdir(), 'reconnect-bench-vault-'));
  try {
    log('importing into a vault');
    const bytes = new Uint8Array(readFileSync(file));
    const source = {
      name: 'bench.txt',
      size: bytes.length,
      async *chunks() {
        yield bytes;
      },
    };
    const conversation = await importConversation({ name: file, files: [source] }, { timeZone: 'UTC' });
    const [first] = conversation.participants;
    const { me, partner } = resolveParticipants(conversation, first ? { me: first.name } : {});
    const vault = await vaults.createVault(join(home, 'vault'), PASSPHRASE);
    const { conversation: id } = vault.importConversation(conversation, {
      format: conversation.format,
      me: me.id,
      partner: partner.id,
      title: null,
      fileName: 'bench.txt',
      timeZone: 'UTC',
    });
    vault.lock();

    const server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'lib', 'server-process.ts')], {
      cwd: ROOT,
      env: { ...process.env, BENCH_VAULT_HOME: join(home, 'vault') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(out.trim());
        });
        server.on('exit', (code) => reject(new Error(`the server exited (${code})`)));
      });
      const login = await fetch(url, { redirect: 'manual' });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const base = new URL(url).origin;
      const headers = { cookie, 'x-reconnect': '1' };
      const unlock = await fetch(`${base}/api/unlock`, {
        method: 'POST',
        headers: { ...headers, origin: base, 'content-type': 'application/json' },
        body: JSON.stringify({ passphrase: PASSPHRASE }),
      });
      if (unlock.status !== 200) throw new Error(`unlock answered ${unlock.status}`);
      // time to the last byte of the answer as a browser gets it (compressed; unpacking is the browser's work)
      const insights = () =>
        new Promise<{ ms: number; ok: boolean; bytes: number }>((resolve, reject) => {
          const started = performance.now();
          const request = httpGet(
            `${base}/api/conversations/${id}/insights`,
            { agent, headers: { ...headers, 'accept-encoding': 'gzip' } },
            (response) => {
              let bytes = 0;
              response.on('data', (chunk: Buffer) => {
                bytes += chunk.length;
              });
              response.on('end', () =>
                resolve({ ms: performance.now() - started, ok: response.statusCode === 200 && bytes > 0, bytes }),
              );
              response.on('error', reject);
            },
          );
          request.on('error', reject);
        });
      log('first insights (builds and stores the day tables)');
      const firstCall = await insights();
      const single: number[] = [];
      for (let i = 0; i < 20; i++) single.push((await insights()).ms);
      single.sort((a, b) => a - b);
      const burst = () => Promise.all(Array.from({ length: CONCURRENT }, () => insights().catch(() => null)));
      log(`${CONCURRENT} requests at once, after one burst to warm up`);
      await burst();
      const cpuBefore = processCpuMs(server.pid);
      const started = performance.now();
      const results = await burst();
      const wall = performance.now() - started;
      const serverCpu = processCpuMs(server.pid) - cpuBefore;
      const errors = results.filter((r) => r === null || !r.ok).length;
      const times = results.flatMap((r) => (r === null ? [] : [r.ms])).sort((a, b) => a - b);
      const p50 = percentile(single, 50);
      const p99 = percentile(times, 99);
      return [
        {
          work: `server: insights of a stored ${formatNumber(messages)}-message conversation, one request (median of 20; first, with building the day tables: ${formatNumber(firstCall.ms)} ms; ${formatNumber(firstCall.bytes / 1024)} KB gzipped)`,
          reconnect: `${formatNumber(p50, 1)} ms`,
          budget: `≤ ${SINGLE_BUDGET_MS} ms`,
          withinBudget: p50 <= SINGLE_BUDGET_MS,
        },
        {
          work: `server: ${CONCURRENT} insights requests at once on loopback (after one warm-up burst; server in its own process), ${formatNumber(messages)} messages (p50 ${formatNumber(percentile(times, 50), 1)} ms, all done in ${formatNumber(wall)} ms)`,
          reconnect: `p99 ${formatNumber(p99, 1)} ms, ${errors} errors (server CPU for the burst: ${formatNumber(serverCpu)} ms; load average ${loadavg()[0]?.toFixed(1)})`,
          budget: `p99 ≤ ${CONCURRENT_BUDGET_MS} ms, no errors`,
          withinBudget: p99 <= CONCURRENT_BUDGET_MS && errors === 0,
        },
      ] satisfies BenchRow[];
    } finally {
      agent.destroy();
      server.kill('SIGTERM');
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
};

export default section;
