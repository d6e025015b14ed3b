// bench: `reconnect analyze --json` on a 1,000,000-message WhatsApp export, beside the chat-analytics CLI
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateWhatsAppExport } from '../lib/generate-whatsapp.ts';
import type { BenchRow, BenchSection } from '../lib/types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, 'bench', 'data');
const CLI = join(ROOT, 'packages', 'cli', 'dist', 'reconnect.mjs');
const PEER = join(ROOT, 'bench', 'peers', 'node_modules', 'chat-analytics');
const PEER_CLI = join(PEER, 'dist', 'lib', 'CLI.js');
const BUDGET_SECONDS = 3;
const BUDGET_MB = 800;
const PEER_TIMEOUT_MS = 15 * 60 * 1000;

/** preloaded into each measured Node process: writes its own peak RSS (kilobytes) to a file on exit */
const RSS_PROBE = `'use strict';
process.on('exit', () => {
  try { require('node:fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); } catch {}
});
`;

export interface Measured {
  readonly seconds: number;
  readonly peakMb: number | null;
  readonly exitCode: number | null;
  readonly stdoutBytes: number;
  readonly stderrTail: string;
}

/** runs `node …args` with the RSS probe preloaded; wall time from spawn to exit */
export function measureNode(args: readonly string[], cwd: string, timeoutMs: number): Promise<Measured> {
  const probe = join(DATA, 'rss-probe.cjs');
  const rssFile = join(DATA, `rss-${process.pid}-${Date.now()}.txt`);
  writeFileSync(probe, RSS_PROBE);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--require', probe, ...args], {
      cwd,
      env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdoutBytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let peakMb: number | null = null;
      if (existsSync(rssFile)) {
        peakMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
        rmSync(rssFile, { force: true });
      }
      resolve({ seconds, peakMb, exitCode, stdoutBytes, stderrTail: stderr.trim().split('\n').slice(-3).join(' | ') });
    });
  });
}

const seconds = (s: number): string => `${s < 10 ? s.toFixed(2) : s.toFixed(1)} s`;
const megabytes = (mb: number | null): string => (mb === null ? 'n/a' : `${Math.round(mb)} MB`);

const analyzeSection: BenchSection = async ({ quick, log }) => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  mkdirSync(DATA, { recursive: true });
  const messages = quick ? 50_000 : 1_000_000;
  const file = join(DATA, `whatsapp-${messages}.txt`);
  if (!existsSync(file)) {
    log(`writing ${file} …`);
    generateWhatsAppExport(file, { messages });
  }
  const megabytesOnDisk = statSync(file).size / 1e6;
  const label = `analyze --json, ${messages.toLocaleString('en-US')}-message WhatsApp export (${Math.round(megabytesOnDisk)} MB)`;

  log(`reconnect analyze on ${file} …`);
  // best of three runs (the peer, twenty times slower, runs once)
  const runs: Measured[] = [];
  for (let i = 0; i < (quick ? 1 : 3); i++)
    runs.push(
      await measureNode(
        [CLI, 'analyze', file, '--json', '--tz', 'UTC', '--me', 'Alex', '--partner', 'Sam'],
        ROOT,
        120_000,
      ),
    );
  const ours = runs.reduce((a, b) => (a.seconds <= b.seconds ? a : b));
  if (ours.exitCode !== 0 || ours.stdoutBytes === 0) {
    throw new Error(`reconnect analyze failed (exit ${ours.exitCode}): ${ours.stderrTail}`);
  }

  let peerTime = 'chat-analytics: not installed';
  let peerMemory = peerTime;
  if (existsSync(PEER_CLI)) {
    const version = (JSON.parse(readFileSync(join(PEER, 'package.json'), 'utf8')) as { version: string }).version;
    const output = join(DATA, 'chat-analytics-report.html');
    log(`chat-analytics ${version} on the same file (slow) …`);
    const peer = await measureNode([PEER_CLI, '-p', 'whatsapp', '-i', file, '-o', output], DATA, PEER_TIMEOUT_MS);
    rmSync(output, { force: true });
    const failed = peer.exitCode !== 0 ? ` (failed, exit ${peer.exitCode})` : '';
    peerTime = `chat-analytics ${version}: ${seconds(peer.seconds)}${failed}`;
    peerMemory = `chat-analytics ${version}: ${megabytes(peer.peakMb)}${failed}`;
  }

  const rows: BenchRow[] = [
    {
      work: `${label}, wall time, best of 3`,
      reconnect: seconds(ours.seconds),
      budget: quick ? `≤ ${BUDGET_SECONDS} s (full run only)` : `≤ ${BUDGET_SECONDS} s`,
      withinBudget: quick ? null : ours.seconds <= BUDGET_SECONDS,
      peer: peerTime,
    },
    {
      work: `${label}, peak RSS`,
      reconnect: megabytes(ours.peakMb),
      budget: quick ? `≤ ${BUDGET_MB} MB (full run only)` : `≤ ${BUDGET_MB} MB`,
      withinBudget: quick || ours.peakMb === null ? null : ours.peakMb <= BUDGET_MB,
      peer: peerMemory,
    },
  ];
  return rows;
};

export default analyzeSection;
