// bench: coach throughput (--batch, whole process), in-process latency, start-up, beside VADER on the same messages
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { coachMessage } from '@reconnect/core';
import { formatNumber, measureNode } from '../lib/measure.ts';
import type { BenchRow, BenchSection } from '../lib/types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, 'bench', 'data');
const CLI = join(ROOT, 'packages', 'cli', 'dist', 'reconnect.mjs');
const EVAL = join(ROOT, 'packages', 'core', 'eval');
const require = createRequire(import.meta.url);
const PEERS = join(ROOT, 'bench', 'peers', 'node_modules');
const vader = require(join(PEERS, 'vader-sentiment')) as {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
};

/** messages per second of `work` over `messages` */
function rate(messages: readonly string[], work: (m: string) => unknown): number {
  const started = performance.now();
  for (const m of messages) work(m);
  return messages.length / ((performance.now() - started) / 1000);
}

/** the NLP libraries considered for the coach (docs/decisions/002), parsing the same messages */
async function nlpLibraryRates(messages: readonly string[]): Promise<string> {
  const fromPeers = createRequire(join(PEERS, '..', 'package.json'));
  const load = async (name: string) => (await import(pathToFileURL(fromPeers.resolve(name)).href)).default;
  const compromise = (await load('compromise')) as (text: string) => { match(pattern: string): { found: boolean } };
  const winkNLP = await load('wink-nlp');
  const model = await load('wink-eng-lite-web-model');
  const wink = winkNLP(model);
  const compromiseRate = rate(
    messages.slice(0, 2000),
    (m) => compromise(m).match('(why|how come) are you #Verb').found,
  );
  const winkRate = rate(messages, (m) => wink.readDoc(m).tokens().out(wink.its.normal));
  return `compromise: ${formatNumber(compromiseRate)} msg/s; wink-nlp: ${formatNumber(winkRate)} msg/s (parse only)`;
}

/** realistic messages: every labelled message we wrote, varied so that no two lines are identical */
function benchMessages(count: number): string[] {
  const base = readFileSync(join(EVAL, 'coach.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const tails = ['', ' x', ' 🙂', '!', ' lol', ' tbh', ' ok?', ' see you later', ' ❤️', '...'];
  const out: string[] = [];
  for (let i = 0; out.length < count; i++)
    out.push(`${base[i % base.length]}${tails[Math.floor(i / base.length) % tails.length]}`);
  return out;
}

function batchFile(count: number): string {
  mkdirSync(DATA, { recursive: true });
  const file = join(DATA, `coach-${count}.jsonl`);
  if (!existsSync(file))
    writeFileSync(
      file,
      `${benchMessages(count)
        .map((text) => JSON.stringify({ text }))
        .join('\n')}\n`,
    );
  return file;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

const section: BenchSection = async ({ quick, log }) => {
  const rows: BenchRow[] = [];
  const count = quick ? 20_000 : 200_000;
  const file = batchFile(count);
  log(`coach --batch over ${formatNumber(count)} messages (${(statSync(file).size / 1e6).toFixed(1)} MB)…`);
  const runs = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) runs.push(await measureNode([CLI, 'coach', '--batch', file]));
  const best = runs.reduce((a, b) => (a.seconds <= b.seconds ? a : b));
  if (best.exitCode !== 0) throw new Error(`coach --batch failed: ${best.stderr}`);
  const throughput = count / best.seconds;

  const messages = benchMessages(quick ? 5_000 : 20_000);
  for (const m of messages.slice(0, 2000)) coachMessage(m);
  const latencies: number[] = [];
  const started = performance.now();
  for (const m of messages) {
    const t = performance.now();
    coachMessage(m);
    latencies.push(performance.now() - t);
  }
  const inProcessRate = messages.length / ((performance.now() - started) / 1000);
  latencies.sort((a, b) => a - b);
  const vaderRate = rate(messages, (m) => vader.SentimentIntensityAnalyzer.polarity_scores(m));
  const nlpRates = await nlpLibraryRates(messages);

  rows.push({
    work: `coach --batch, ${formatNumber(count)} messages (whole process)`,
    reconnect: `${formatNumber(throughput)} msg/s, peak ${formatNumber(best.peakMb ?? 0)} MB`,
    budget: '≥ 50,000 msg/s',
    withinBudget: throughput >= 50_000,
    peer: `VADER (vader-sentiment, in process): ${formatNumber(vaderRate)} msg/s`,
  });
  rows.push({
    work: `coachMessage in process, ${formatNumber(messages.length)} messages`,
    reconnect: `p50 ${percentile(latencies, 0.5).toFixed(3)} ms, p99 ${percentile(latencies, 0.99).toFixed(3)} ms (${formatNumber(inProcessRate)} msg/s)`,
    budget: 'p99 ≤ 1 ms',
    withinBudget: percentile(latencies, 0.99) <= 1,
    peer: nlpRates,
  });
  const startup = [];
  for (let i = 0; i < 7; i++) startup.push((await measureNode([CLI, 'coach', 'hi'])).seconds * 1000);
  startup.sort((a, b) => a - b);
  const median = percentile(startup, 0.5);
  rows.push({
    work: 'reconnect coach "hi" (whole process, median of 7)',
    reconnect: `${median.toFixed(0)} ms`,
    budget: '≤ 300 ms',
    withinBudget: median <= 300,
  });
  return rows;
};

export default section;
