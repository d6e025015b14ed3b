// bench: the local server's insights route on a stored 1,000,000-message conversation, alone, with 200 requests at
// once, and under a sustained load of 200 concurrent clients over loopback (each sends its next request as soon as
// its answer has arrived). The load lasts 60 s by default (20 s with --quick); `--load-seconds 600` runs the full
// ten minutes. The server's memory is sampled every second: growth is measured from the end of the first minute
// (or of the first third, for a shorter run) to the end.

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
/** how much the server's RSS may move after its warm-up before it counts as growth (GC and allocator noise) */
const GROWTH_TOLERANCE_MB = 16;

const loadSeconds = (quick: boolean): number => {
  const at = process.argv.indexOf('--load-seconds');
  const given = at === -1 ? Number.NaN : Number(process.argv[at + 1]);
  return Number.isFinite(given) && given > 0 ? given : quick ? 20 : 60;
};

/** resident memory of a process, in MB (Linux /proc; NaN elsewhere) */
function processRssMb(pid: number | undefined): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
    return line ? Number(line[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

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

      // sustained load: 200 clients in a closed loop for the run's length, bounded in time and so in count
      const seconds = loadSeconds(quick);
      const warmUp = Math.min(60, seconds / 3);
      log(`${CONCURRENT} concurrent clients for ${seconds} s (memory from ${Math.round(warmUp)} s on)`);
      const latencies: number[] = [];
      let loadErrors = 0;
      const rss: { at: number; mb: number }[] = [];
      const loadStart = performance.now();
      const loadEnd = loadStart + seconds * 1000;
      const sampler = setInterval(
        () => rss.push({ at: (performance.now() - loadStart) / 1000, mb: processRssMb(server.pid) }),
        1000,
      );
      const loadCpuBefore = processCpuMs(server.pid);
      const client = async () => {
        while (performance.now() < loadEnd) {
          const result = await insights().catch(() => null);
          if (result === null || !result.ok) loadErrors++;
          else latencies.push(result.ms);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENT }, client));
      clearInterval(sampler);
      const loadWall = (performance.now() - loadStart) / 1000;
      const loadCpu = processCpuMs(server.pid) - loadCpuBefore;
      latencies.sort((a, b) => a - b);
      const loadP99 = percentile(latencies, 99);
      const afterWarmUp = rss.filter((r) => r.at >= warmUp && Number.isFinite(r.mb));
      const warmMb = afterWarmUp[0]?.mb ?? Number.NaN;
      const endMb = afterWarmUp[afterWarmUp.length - 1]?.mb ?? Number.NaN;
      const peakMb = Math.max(...afterWarmUp.map((r) => r.mb));
      const growth = endMb - warmMb;
      const requests = latencies.length + loadErrors;
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
        {
          work: `server: ${CONCURRENT} concurrent clients asking for the insights again and again for ${formatNumber(seconds)} s on loopback, ${formatNumber(messages)} messages (${formatNumber(requests)} requests, ${formatNumber(requests / loadWall)} a second; p50 ${formatNumber(percentile(latencies, 50), 1)} ms, max ${formatNumber(latencies[latencies.length - 1] ?? Number.NaN, 1)} ms; server CPU ${formatNumber(loadCpu / 1000, 1)} s)`,
          reconnect: `p99 ${formatNumber(loadP99, 1)} ms, ${loadErrors} errors; server RSS ${formatNumber(warmMb)} MB at ${formatNumber(warmUp)} s, ${formatNumber(endMb)} MB at the end (peak after warm-up ${formatNumber(peakMb)} MB; load average ${loadavg()[0]?.toFixed(1)})`,
          budget: `p99 ≤ ${CONCURRENT_BUDGET_MS} ms, no errors, no growth after warm-up (± ${GROWTH_TOLERANCE_MB} MB)`,
          withinBudget: loadP99 <= CONCURRENT_BUDGET_MS && loadErrors === 0 && growth <= GROWTH_TOLERANCE_MB,
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
