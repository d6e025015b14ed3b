// bench: coach throughput (--batch, whole process), in-process latency, start-up, beside VADER on the same messages
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { coachMessage } from '@reconnect/core/coach';
import { simulateConversation, specForSeed } from '@reconnect/core/simulate';
import { loadEvaluationSet } from '../../packages/core/eval/coach-metrics.ts';
import { formatNumber, measureNode } from '../lib/measure.ts';
import type { BenchRow, BenchSection } from '../lib/types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, 'bench', 'data');
const CLI = join(ROOT, 'packages', 'cli', 'dist', 'reconnect.mjs');
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

type Mix = 'drafts' | 'history';

const TAILS = ['', ' x', ' 🙂', '!', ' lol', ' tbh', ' ok?', ' see you later', ' ❤️', '...'];

/** repeats `base` with varied endings up to `count` messages */
function varied(base: readonly string[], count: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i++)
    out.push(`${base[i % base.length]}${TAILS[Math.floor(i / base.length) % TAILS.length]}`);
  return out;
}

/**
 * drafts: every labelled development message (what people paste into the coach; about half carry pressure);
 * history: everyday chat from the simulator across many couples (what the insights scan; a few percent pressure)
 */
function benchMessages(mix: Mix, count: number): string[] {
  if (mix === 'drafts') {
    const base = loadEvaluationSet().map((m) => m.text);
    return varied(base, count);
  }
  const texts: string[] = [];
  for (let seed = 1; texts.length < count; seed++) {
    const { conversation } = simulateConversation(specForSeed(seed));
    for (const m of conversation.messages) if (m.kind === 'text' && texts.length < count) texts.push(m.text);
  }
  return texts;
}

function batchFile(mix: Mix, count: number): string {
  mkdirSync(DATA, { recursive: true });
  const file = join(DATA, `coach-${mix}-${count}.jsonl`);
  if (!existsSync(file))
    writeFileSync(
      file,
      `${benchMessages(mix, count)
        .map((text) => JSON.stringify({ text }))
        .join('\n')}\n`,
    );
  return file;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

async function batchRow(mix: Mix, count: number, runs: number, log: (line: string) => void): Promise<BenchRow> {
  const file = batchFile(mix, count);
  const flagged = benchMessages(mix, 2000).filter((m) => coachMessage(m).flags.length > 0).length / 2000;
  log(`coach --batch over ${formatNumber(count)} ${mix} messages (${(statSync(file).size / 1e6).toFixed(1)} MB)…`);
  const measured = [];
  for (let i = 0; i < runs; i++) measured.push(await measureNode([CLI, 'coach', '--batch', file]));
  const best = measured.reduce((a, b) => (a.seconds <= b.seconds ? a : b));
  if (best.exitCode !== 0) throw new Error(`coach --batch failed: ${best.stderr}`);
  const throughput = count / best.seconds;
  const sample = benchMessages(mix, 20_000);
  const vaderRate = rate(sample, (m) => vader.SentimentIntensityAnalyzer.polarity_scores(m));
  return {
    work: `coach --batch, ${formatNumber(count)} ${mix === 'drafts' ? 'draft messages (labelled sets' : 'chat-history messages (simulated couples'}, ${Math.round(flagged * 100)}% flagged), whole process`,
    reconnect: `${formatNumber(throughput)} msg/s, peak ${formatNumber(best.peakMb ?? 0)} MB`,
    budget: '≥ 50,000 msg/s',
    withinBudget: throughput >= 50_000,
    peer: `VADER (vader-sentiment, in process, same messages): ${formatNumber(vaderRate)} msg/s`,
  };
}

const section: BenchSection = async ({ quick, log }) => {
  const count = quick ? 20_000 : 200_000;
  const runs = quick ? 1 : 3;
  const rows: BenchRow[] = [await batchRow('history', count, runs, log), await batchRow('drafts', count, runs, log)];

  const messages = benchMessages('drafts', quick ? 5_000 : 20_000);
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
  const nlpRates = await nlpLibraryRates(messages);
  rows.push({
    work: `coachMessage in process, ${formatNumber(messages.length)} draft messages`,
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
