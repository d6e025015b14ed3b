// npx tsx packages/core/eval/blind-sample.ts <out.jsonl> — the texts for a blind second labelling, without labels
//
// Writes id, set, text and context (never flags, supports, tags or safety) for every held-out message and for
// the first PER_FILE messages of each development file in a fixed-seed shuffled order. Write it outside the
// repository, so the labeller never has the first labels in view.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HOLDOUT_FILE, SAMPLED_DEVELOPMENT_FILES } from './coach-metrics.ts';

/** messages drawn from each development file (the second pass used 165 from each of the eleven files) */
export const PER_FILE = 165;
const SEED = 20261203;

export interface BlindItem {
  readonly set: 'dev' | 'holdout';
  readonly id: string;
  readonly text: string;
  readonly context?: unknown;
}

/** the sample, in a shuffled order that mixes the files; the same seed always gives the same sample */
export function blindSample(perFile = PER_FILE): BlindItem[] {
  let state = SEED;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const shuffle = <T>(items: readonly T[]): T[] =>
    items
      .map((item) => [next(), item] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, item]) => item);
  const picked: BlindItem[] = [];
  for (const [file, take] of [
    ...SAMPLED_DEVELOPMENT_FILES.map((f) => [f, perFile] as const),
    [HOLDOUT_FILE, Infinity] as const,
  ]) {
    const rows = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { id: string; text: string; context?: unknown });
    const set = file === HOLDOUT_FILE ? 'holdout' : 'dev';
    for (const row of shuffle(rows).slice(0, take))
      picked.push({ set, id: row.id, text: row.text, ...(row.context ? { context: row.context } : {}) });
  }
  return shuffle(picked);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: tsx packages/core/eval/blind-sample.ts <out.jsonl> (a path outside the repository)');
    process.exit(2);
  }
  const sample = blindSample();
  writeFileSync(out, `${sample.map((item) => JSON.stringify(item)).join('\n')}\n`);
  console.log(`${sample.length} messages (${sample.filter((m) => m.set === 'dev').length} development) → ${out}`);
}
