// npm run train:safety — fits the safety check's learned score on the development sets only, and stores it
// (deterministic: same data, same model; the held-out set is never read here)
import { writeFileSync } from 'node:fs';
import type { SafetyConcern } from '../src/playbook/index.ts';
import { opensScore, ruleSources, rulesFingerprint, rulesFound } from '../src/safety/check.ts';
import { conceptsOf } from '../src/safety/concepts.ts';
import { foldForSafety } from '../src/safety/fold.ts';
import { requiredLiterals } from '../src/safety/literals.ts';
import { featuresOf, RULE_CONCERNS, type SafetyModel } from '../src/safety/scorer.ts';
import { DEVELOPMENT_FILES as COACH_DEVELOPMENT_FILES, loadEvaluationSet } from './coach-metrics.ts';
import { loadSafetySet, SAFETY_DEV_FILES, type SafetyExample } from './safety-metrics.ts';

/**
 * The false-alarm share allowed to the score on the negatives of a writer it was not trained on (scores from
 * leave-one-writer-out models): the phrase rules' own false alarms come on top, and the target is 2% in all.
 */
const FALSE_ALARM_BUDGET = 0.008;
const L2 = 0.002;
const STEPS = 300;
const RATE = 0.5;

interface Row {
  readonly active: number[];
  readonly example: SafetyExample;
  /** the writer (development set) the message comes from */
  readonly writer: number;
  /** whether the score is asked at all: a strong concept, or a word a phrase rule needs (opensScore) */
  readonly scored: boolean;
}

/** feature name → column, for the features seen in training */
const COLUMNS = new Map<string, number>();
const NAMES: string[] = [];

function rowsOf(set: readonly SafetyExample[], writer: number): Row[] {
  return set.map((example) => {
    const folded = foldForSafety(example.text);
    const bits = conceptsOf(example.text);
    const names = featuresOf(folded, bits, rulesFound(folded));
    const active = names.map((name) => {
      let column = COLUMNS.get(name);
      if (column === undefined) {
        column = NAMES.length;
        COLUMNS.set(name, column);
        NAMES.push(name);
      }
      return column;
    });
    return { active, example, writer, scored: opensScore(example.text) };
  });
}

interface Fitted {
  readonly weights: Float64Array;
  readonly bias: number;
}

/**
 * Full-batch gradient descent with per-feature step sizes (AdaGrad) on the class-weighted logistic loss with
 * L2, from zero: deterministic, and rare words learn as fast as common ones.
 */
function fit(rows: readonly Row[], concern: SafetyConcern): Fitted {
  const size = NAMES.length;
  const weights = new Float64Array(size);
  const squares = new Float64Array(size).fill(1e-8);
  const gradient = new Float64Array(size);
  let bias = 0;
  let biasSquares = 1e-8;
  const n = rows.length;
  const positives = rows.filter((r) => r.example.concerns.includes(concern)).length;
  const positiveWeight = positives === 0 ? 1 : (n - positives) / positives;
  for (let step = 0; step < STEPS; step++) {
    gradient.fill(0);
    let gradientBias = 0;
    for (const row of rows) {
      let z = bias;
      for (const index of row.active) z += weights[index] as number;
      const p = 1 / (1 + Math.exp(-z));
      const label = row.example.concerns.includes(concern) ? 1 : 0;
      const error = (p - label) * (label === 1 ? positiveWeight : 1);
      gradientBias += error;
      for (const index of row.active) gradient[index] = (gradient[index] as number) + error;
    }
    gradientBias /= n;
    biasSquares += gradientBias * gradientBias;
    bias -= (RATE * gradientBias) / Math.sqrt(biasSquares);
    for (let i = 0; i < size; i++) {
      const g = (gradient[i] as number) / n + L2 * (weights[i] as number);
      squares[i] = (squares[i] as number) + g * g;
      weights[i] = (weights[i] as number) - (RATE * g) / Math.sqrt(squares[i] as number);
    }
  }
  return { weights, bias };
}

const score = (fitted: Fitted, active: readonly number[]) => {
  let z = fitted.bias;
  for (const index of active) z += fitted.weights[index] ?? 0;
  return 1 / (1 + Math.exp(-z));
};

/** each message scored by a model trained on the other writers only: how the score does on a new hand */
function leaveOneWriterOut(rows: readonly Row[], writers: number, concern: SafetyConcern): number[] {
  const out = new Array<number>(rows.length).fill(0);
  for (let writer = 0; writer < writers; writer++) {
    const fitted = fit(
      rows.filter((r) => r.scored && r.writer !== writer),
      concern,
    );
    rows.forEach((row, i) => {
      if (row.scored && row.writer === writer) out[i] = score(fitted, row.active);
    });
  }
  return out;
}

/** the lowest threshold that keeps the score's false alarms on unseen writers' negatives within the budget */
function threshold(rows: readonly Row[], concern: SafetyConcern, scores: readonly number[]): number {
  const negatives = scores
    .filter((_, i) => rows[i]?.writer !== DRAFTS && !rows[i]?.example.concerns.includes(concern))
    .sort((a, b) => b - a);
  const allowed = Math.floor(negatives.length * FALSE_ALARM_BUDGET);
  const cut = negatives[allowed] ?? 0.5;
  return Math.max(0.5, Math.round((cut + 1e-4) * 1e4) / 1e4);
}

writeFileSync(
  new URL('../src/safety/rule-literals.json', import.meta.url),
  `${JSON.stringify({ fingerprint: rulesFingerprint(), literals: ruleSources().map(requiredLiterals) })}\n`,
);
const sets = SAFETY_DEV_FILES.map(loadSafetySet);
/**
 * The coach's development drafts (never its held-out set), with the safety concern some carry: messages to a
 * partner of the kind the coach reads ("don't worry about replying, I'm just thinking of you"), so that the
 * score learns them as they are. They are trained on, but the thresholds are set on the safety writers alone.
 */
const drafts: SafetyExample[] = loadEvaluationSet(COACH_DEVELOPMENT_FILES).map((m) => ({
  id: m.id,
  text: m.text,
  lang: 'en',
  author: 'me',
  concerns: m.safety === undefined ? [] : [m.safety],
  kind: m.safety === undefined ? 'negative' : 'positive',
}));
const DRAFTS = -1;
const rows = [...sets.flatMap((set, writer) => rowsOf(set, writer)), ...rowsOf(drafts, DRAFTS)];
/** weights this small change no score in practice and are left out of the stored model */
const KEEP_ABOVE = 0.05;
const model: {
  weights: Record<string, Record<string, number>>;
  bias: Record<string, number>;
  thresholds: Record<string, number>;
} = { weights: {}, bias: {}, thresholds: {} };
for (const concern of RULE_CONCERNS) {
  const cv = leaveOneWriterOut(rows, sets.length, concern);
  model.thresholds[concern] = threshold(rows, concern, cv);
  const positives = rows
    .map((r, i) => [r, cv[i] ?? 0] as const)
    .filter(([r]) => r.writer !== DRAFTS && r.example.concerns.includes(concern));
  const recalled = positives.filter(([, s]) => s >= (model.thresholds[concern] ?? 1)).length;
  console.log(
    `${concern}: threshold ${model.thresholds[concern]}, recall of the score alone on writers it was not trained on ${recalled}/${positives.length}`,
  );
  const fitted = fit(
    rows.filter((r) => r.scored),
    concern,
  );
  const kept: Record<string, number> = {};
  fitted.weights.forEach((weight, column) => {
    if (Math.abs(weight) > KEEP_ABOVE) kept[NAMES[column] ?? ''] = Math.round(weight * 1e2) / 1e2;
  });
  model.weights[concern] = kept;
  model.bias[concern] = Math.round(fitted.bias * 1e4) / 1e4;
}
writeFileSync(
  new URL('../src/safety/model.json', import.meta.url),
  `${JSON.stringify(model as unknown as SafetyModel)}\n`,
);
console.log(`trained on ${rows.length} development messages; wrote packages/core/src/safety/model.json`);
