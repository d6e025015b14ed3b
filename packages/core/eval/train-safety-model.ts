// npm run train:safety — fits the safety check's learned score on the development sets only, and stores it
// (deterministic: same data, same model; the held-out set is never read here)
import { writeFileSync } from 'node:fs';
import type { SafetyConcern } from '../src/playbook/index.ts';
import { ruleSources, rulesFingerprint, rulesFound } from '../src/safety/check.ts';
import { conceptsOf } from '../src/safety/concepts.ts';
import { foldForSafety } from '../src/safety/fold.ts';
import { requiredLiterals } from '../src/safety/literals.ts';
import { featuresOf, RULE_CONCERNS, type SafetyModel } from '../src/safety/scorer.ts';
import { loadSafetySet, SAFETY_DEV_FILES, type SafetyExample } from './safety-metrics.ts';

/** cross-validated false alarms per concern on messages without that concern stay at or under this */
const FALSE_ALARM_BUDGET = 0.006;
const L2 = 0.02;
const STEPS = 1500;
const RATE = 0.5;

interface Row {
  readonly active: number[];
  readonly example: SafetyExample;
}

/** feature name → column, for the features seen in training */
const COLUMNS = new Map<string, number>();
const NAMES: string[] = [];
let FEATURE_COUNT = 0;

function rowsOf(set: readonly SafetyExample[]): Row[] {
  return set.map((example) => {
    const folded = foldForSafety(example.text);
    const names = featuresOf(folded, conceptsOf(example.text), rulesFound(folded));
    const active = names.map((name) => {
      let column = COLUMNS.get(name);
      if (column === undefined) {
        column = NAMES.length;
        COLUMNS.set(name, column);
        NAMES.push(name);
      }
      return column;
    });
    return { active, example };
  });
}

/** full-batch gradient descent on the logistic loss with L2, from zero: deterministic */
function fit(rows: readonly Row[], concern: SafetyConcern): { weights: number[]; bias: number } {
  const weights = new Array<number>(FEATURE_COUNT).fill(0);
  let bias = 0;
  const n = rows.length;
  const positives = rows.filter((r) => r.example.concerns.includes(concern)).length;
  const positiveWeight = positives === 0 ? 1 : (n - positives) / positives;
  for (let step = 0; step < STEPS; step++) {
    const gradient = new Array<number>(FEATURE_COUNT).fill(0);
    let gradientBias = 0;
    for (const row of rows) {
      let z = bias;
      for (const index of row.active) z += weights[index] ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const label = row.example.concerns.includes(concern) ? 1 : 0;
      const weight = label === 1 ? positiveWeight : 1;
      const error = (p - label) * weight;
      gradientBias += error;
      for (const index of row.active) gradient[index] = (gradient[index] ?? 0) + error;
    }
    bias -= (RATE * gradientBias) / n;
    for (let i = 0; i < FEATURE_COUNT; i++) {
      weights[i] = (weights[i] ?? 0) - RATE * ((gradient[i] ?? 0) / n + L2 * (weights[i] ?? 0));
    }
  }
  return { weights: weights.map((w) => Math.round(w * 1e4) / 1e4), bias: Math.round(bias * 1e4) / 1e4 };
}

const score = (fitted: { weights: number[]; bias: number }, active: readonly number[]) => {
  let z = fitted.bias;
  for (const index of active) z += fitted.weights[index] ?? 0;
  return 1 / (1 + Math.exp(-z));
};

/** 5-fold cross-validated scores, so the threshold is set on messages each model did not see */
function crossValidated(rows: readonly Row[], concern: SafetyConcern): number[] {
  const out = new Array<number>(rows.length).fill(0);
  for (let fold = 0; fold < 5; fold++) {
    const train = rows.filter((_, i) => i % 5 !== fold);
    const fitted = fit(train, concern);
    rows.forEach((row, i) => {
      if (i % 5 === fold) out[i] = score(fitted, row.active);
    });
  }
  return out;
}

function threshold(rows: readonly Row[], concern: SafetyConcern, scores: readonly number[]): number {
  const negatives = scores.filter((_, i) => !rows[i]?.example.concerns.includes(concern)).sort((a, b) => b - a);
  const allowed = Math.floor(negatives.length * FALSE_ALARM_BUDGET);
  const cut = negatives[allowed] ?? 0.5;
  return Math.max(0.5, Math.round((cut + 1e-4) * 1e4) / 1e4);
}

writeFileSync(
  new URL('../src/safety/rule-literals.json', import.meta.url),
  `${JSON.stringify({ fingerprint: rulesFingerprint(), literals: ruleSources().map(requiredLiterals) })}\n`,
);
const sets = SAFETY_DEV_FILES.map(loadSafetySet);
const rows = rowsOf(sets.flat());
FEATURE_COUNT = NAMES.length;
/** weights this small change no score in practice and are left out of the stored model */
const KEEP_ABOVE = 0.05;
const model: {
  weights: Record<string, Record<string, number>>;
  bias: Record<string, number>;
  thresholds: Record<string, number>;
} = { weights: {}, bias: {}, thresholds: {} };
for (const concern of RULE_CONCERNS) {
  const cv = crossValidated(rows, concern);
  model.thresholds[concern] = threshold(rows, concern, cv);
  const positives = rows.map((r, i) => [r, cv[i] ?? 0] as const).filter(([r]) => r.example.concerns.includes(concern));
  const recalled = positives.filter(([, s]) => s >= (model.thresholds[concern] ?? 1)).length;
  console.log(
    `${concern}: threshold ${model.thresholds[concern]}, cross-validated recall of the score alone ${recalled}/${positives.length}`,
  );
  const fitted = fit(rows, concern);
  const kept: Record<string, number> = {};
  fitted.weights.forEach((weight, column) => {
    if (Math.abs(weight) > KEEP_ABOVE) kept[NAMES[column] ?? ''] = weight;
  });
  model.weights[concern] = kept;
  model.bias[concern] = fitted.bias;
}
writeFileSync(
  new URL('../src/safety/model.json', import.meta.url),
  `${JSON.stringify(model as unknown as SafetyModel)}\n`,
);
console.log(`trained on ${rows.length} development messages; wrote packages/core/src/safety/model.json`);
