// npx tsx packages/core/eval/safety-writer-cv.ts [writer…] — the whole safety check on a writer its learned
// score never saw: the phrase rules as they are, and a score trained the way `npm run train:safety` trains it,
// on every other development writer, with its thresholds set on those writers alone. Writers are numbered in
// SAFETY_DEV_FILES order (0 = safety-dev … 6 = safety-dev-g); by default the two newest.
import type { SafetyConcern } from '../src/playbook/index.ts';
import { opensScore, rulesFound } from '../src/safety/check.ts';
import { conceptsOf } from '../src/safety/concepts.ts';
import { foldForSafety } from '../src/safety/fold.ts';
import { featuresOf, RULE_CONCERNS } from '../src/safety/scorer.ts';
import { DEVELOPMENT_FILES as COACH_DEVELOPMENT_FILES, loadEvaluationSet } from './coach-metrics.ts';
import { loadSafetySet, SAFETY_DEV_FILES, type SafetyExample } from './safety-metrics.ts';

const L2 = 0.002;
const STEPS = 300;
const RATE = 0.5;
const FALSE_ALARM_BUDGET = 0.008;

interface Row {
  readonly active: Int32Array;
  readonly example: SafetyExample;
  readonly rules: ReadonlySet<SafetyConcern>;
  readonly scored: boolean;
}

const columns = new Map<string, number>();
const rowsOf = (set: readonly SafetyExample[]): Row[] =>
  set.map((example) => {
    const folded = foldForSafety(example.text);
    const rules = rulesFound(folded);
    const names = featuresOf(folded, conceptsOf(example.text), rules);
    const active = Int32Array.from(
      names.map((name) => {
        let column = columns.get(name);
        if (column === undefined) {
          column = columns.size;
          columns.set(name, column);
        }
        return column;
      }),
    );
    return { active, example, rules, scored: opensScore(example.text) };
  });

/** the class-weighted logistic fit of train-safety-model.ts (AdaGrad, L2), on the messages the score reads */
function fit(rows: readonly Row[], concern: SafetyConcern): (row: Row) => number {
  const train = rows.filter((r) => r.scored);
  const weights = new Float64Array(columns.size);
  const squares = new Float64Array(columns.size).fill(1e-8);
  const gradient = new Float64Array(columns.size);
  let bias = 0;
  let biasSquares = 1e-8;
  const positives = train.filter((r) => r.example.concerns.includes(concern)).length;
  const positiveWeight = positives === 0 ? 1 : (train.length - positives) / positives;
  const z = (row: Row) => row.active.reduce((sum, i) => sum + (weights[i] as number), bias);
  for (let step = 0; step < STEPS; step++) {
    gradient.fill(0);
    let gradientBias = 0;
    for (const row of train) {
      const label = row.example.concerns.includes(concern) ? 1 : 0;
      const error = (1 / (1 + Math.exp(-z(row))) - label) * (label === 1 ? positiveWeight : 1);
      gradientBias += error;
      for (const i of row.active) gradient[i] = (gradient[i] as number) + error;
    }
    gradientBias /= train.length;
    biasSquares += gradientBias * gradientBias;
    bias -= (RATE * gradientBias) / Math.sqrt(biasSquares);
    for (let i = 0; i < weights.length; i++) {
      const g = (gradient[i] as number) / train.length + L2 * (weights[i] as number);
      squares[i] = (squares[i] as number) + g * g;
      weights[i] = (weights[i] as number) - (RATE * g) / Math.sqrt(squares[i] as number);
    }
  }
  return (row) => 1 / (1 + Math.exp(-z(row)));
}

const writers = SAFETY_DEV_FILES.map((file) => rowsOf(loadSafetySet(file)));
/** the coach's development drafts, trained on as train-safety-model.ts does, never used to set a threshold */
const drafts = rowsOf(
  loadEvaluationSet(COACH_DEVELOPMENT_FILES).map((m) => ({
    id: m.id,
    text: m.text,
    lang: 'en',
    author: 'me' as const,
    concerns: m.safety === undefined ? [] : [m.safety],
    kind: m.safety === undefined ? ('negative' as const) : ('positive' as const),
  })),
);
const asked = process.argv.slice(2).map(Number);
const percent = (hits: number, of: number) => `${((100 * hits) / Math.max(1, of)).toFixed(1)}%`;
for (const left of asked.length > 0 ? asked : [writers.length - 2, writers.length - 1]) {
  const others = writers.filter((_, w) => w !== left);
  const test = writers[left] as Row[];
  const found = test.map(() => new Set<SafetyConcern>());
  for (const concern of RULE_CONCERNS) {
    // the threshold: at most FALSE_ALARM_BUDGET of the other writers' negatives, each scored by a model without its writer
    const negatives: number[] = [];
    others.forEach((rows, k) => {
      const inner = fit([...others.filter((_, j) => j !== k).flat(), ...drafts], concern);
      for (const row of rows) if (row.scored && !row.example.concerns.includes(concern)) negatives.push(inner(row));
    });
    negatives.sort((a, b) => b - a);
    const negativeCount = others.flat().filter((r) => !r.example.concerns.includes(concern)).length;
    const bar = Math.max(0.5, negatives[Math.floor(negativeCount * FALSE_ALARM_BUDGET)] ?? 0.5);
    const score = fit([...others.flat(), ...drafts], concern);
    test.forEach((row, i) => {
      if (row.rules.has(concern) || (row.scored && score(row) >= bar)) found[i]?.add(concern);
    });
  }
  const recall = RULE_CONCERNS.map((concern) => {
    const labelled = test.filter((r) => r.example.concerns.includes(concern));
    const hit = labelled.filter((r) => found[test.indexOf(r)]?.has(concern)).length;
    return `${concern} ${percent(hit, labelled.length)} (${hit}/${labelled.length})`;
  });
  const hard = test.filter((r) => r.example.kind === 'hard_negative');
  const alarms = hard.filter((r) => (found[test.indexOf(r)]?.size ?? 0) > 0).length;
  const name = SAFETY_DEV_FILES[left]?.pathname.split('/').pop();
  console.log(
    `${name}, its writer left out of the score: ${recall.join(', ')}; false alarms on hard negatives ${percent(alarms, hard.length)} (${alarms}/${hard.length})`,
  );
}
