// timing and peak memory of a whole Node process, for benchmarks that compare command-line tools
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** preloaded into each measured Node process: writes its own peak RSS (kilobytes) to a file on exit */
const RSS_PROBE = `'use strict';
process.on('exit', () => {
  try { require('node:fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); } catch {}
});
`;

export interface ProcessMeasurement {
  readonly seconds: number;
  readonly peakMb: number | null;
  readonly exitCode: number | null;
  readonly stdoutBytes: number;
  readonly stderr: string;
}

export interface MeasureOptions {
  readonly cwd?: string;
  readonly timeoutMs?: number;
  /** a file whose bytes are piped to the process's standard input */
  readonly stdinFile?: string;
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * Runs `node …args` with a probe that reports its peak RSS; wall time runs from spawn to exit.
 * @example const { seconds, peakMb } = await measureNode(['cli.mjs', 'coach', 'hi'])
 */
export async function measureNode(args: readonly string[], options: MeasureOptions = {}): Promise<ProcessMeasurement> {
  const folder = join(tmpdir(), 'reconnect-bench');
  mkdirSync(folder, { recursive: true });
  const probe = join(folder, 'rss-probe.cjs');
  const rssFile = join(folder, `rss-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(probe, RSS_PROBE);
  const { createReadStream } = await import('node:fs');
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--require', probe, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, ...options.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
      stdio: [options.stdinFile ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    if (options.stdinFile && child.stdin) createReadStream(options.stdinFile).pipe(child.stdin);
    let stdoutBytes = 0;
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 10 * 60 * 1000);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let peakMb: number | null = null;
      try {
        peakMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
        rmSync(rssFile);
      } catch {}
      resolve({ seconds, peakMb, exitCode, stdoutBytes, stderr });
    });
  });
}

export const formatNumber = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
