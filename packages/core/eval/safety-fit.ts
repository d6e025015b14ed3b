// the safety score's fit, shared by `npm run train:safety` and the by-writer run (safety-writer-cv.ts)
import type { SafetyConcern } from '../src/playbook/index.ts';
import { DEVELOPMENT_FILES as COACH_DEVELOPMENT_FILES, loadEvaluationSet } from './coach-metrics.ts';
import type { SafetyExample } from './safety-metrics.ts';

const L2 = 0.002;
const STEPS = 300;
const RATE = 0.5;

/** one message as the fit sees it: the columns of its features, and its labels */
export interface FitRow {
  readonly active: ArrayLike<number>;
  readonly example: SafetyExample;
  /** how much the row counts in the fit, 1 when left out */
  readonly weight?: number;
}

export interface Fitted {
  readonly weights: Float64Array;
  readonly bias: number;
}

/**
 * Full-batch gradient descent with per-feature step sizes (AdaGrad) on the class-weighted logistic loss with
 * L2, from zero, over `size` feature columns: deterministic, and rare words learn as fast as common ones.
 */
export function fit(rows: readonly FitRow[], concern: SafetyConcern, size: number): Fitted {
  const weights = new Float64Array(size);
  const squares = new Float64Array(size).fill(1e-8);
  const gradient = new Float64Array(size);
  let bias = 0;
  let biasSquares = 1e-8;
  const n = rows.reduce((sum, r) => sum + (r.weight ?? 1), 0);
  const positives = rows.reduce((sum, r) => sum + (r.example.concerns.includes(concern) ? (r.weight ?? 1) : 0), 0);
  const positiveWeight = positives === 0 ? 1 : (n - positives) / positives;
  for (let step = 0; step < STEPS; step++) {
    gradient.fill(0);
    let gradientBias = 0;
    for (const row of rows) {
      const p = score({ weights, bias }, row.active);
      const label = row.example.concerns.includes(concern) ? 1 : 0;
      const error = (p - label) * (label === 1 ? positiveWeight : 1) * (row.weight ?? 1);
      gradientBias += error;
      for (let k = 0; k < row.active.length; k++) {
        const index = row.active[k] as number;
        gradient[index] = (gradient[index] as number) + error;
      }
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

/** the fitted probability for one message's feature columns */
export function score(fitted: Fitted, active: ArrayLike<number>): number {
  let z = fitted.bias;
  for (let k = 0; k < active.length; k++) z += fitted.weights[active[k] as number] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The coach's development drafts (never its held-out set) as safety examples, each with the safety concern it
 * carries: messages to a partner of the kind the coach reads ("don't worry about replying, I'm just thinking of
 * you"). Trained on, never used to set a threshold.
 */
export const coachDrafts = (): SafetyExample[] =>
  loadEvaluationSet(COACH_DEVELOPMENT_FILES).map((m) => ({
    id: m.id,
    text: m.text,
    lang: 'en',
    author: 'me',
    concerns: m.safety === undefined ? [] : [m.safety],
    kind: m.safety === undefined ? 'negative' : 'positive',
  }));
