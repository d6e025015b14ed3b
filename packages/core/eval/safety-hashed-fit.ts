// the hashed whole-message score's fit (src/safety/hashed.ts), shared by `npm run train:safety` and safety-writer-cv.ts
import { HASHED_CONCERNS, type HashedModel, type HashedTable, hashedFeatures } from '../src/safety/hashed.ts';
import type { SafetyExample } from './safety-metrics.ts';

/** 2^BITS buckets per concern */
export const HASHED_BITS = 14;
const EPOCHS = 6;
const RATE = 0.3;
const L2 = 1e-6;

/** one message as the hashed fit sees it: its buckets (repeats kept) and its labels */
export interface HashedRow {
  readonly buckets: Int32Array;
  readonly example: SafetyExample;
}

export function hashedRow(example: SafetyExample, bits = HASHED_BITS): HashedRow {
  const { buckets, count } = hashedFeatures(example.text, bits);
  return { buckets: buckets.slice(0, count), example };
}

/** a fixed shuffle (xorshift), so that the same data always gives the same model */
function order(n: number, seed: number): Int32Array {
  const out = Int32Array.from({ length: n }, (_, i) => i);
  let s = seed | 1;
  for (let i = n - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = (s >>> 0) % (i + 1);
    const t = out[i] as number;
    out[i] = out[j] as number;
    out[j] = t;
  }
  return out;
}

/** the fitted hashed score before quantising: a weight per bucket and concern (bucket-major), a bias per concern */
export interface HashedFitted {
  readonly bits: number;
  readonly weights: Float32Array;
  readonly bias: [number, number, number];
}

/**
 * Stochastic gradient descent with per-bucket step sizes (AdaGrad) on the class-weighted logistic loss, one
 * model per concern, features scaled by one over the square root of their number (as hashedLogits reads them).
 */
export function fitHashed(rows: readonly HashedRow[], bits = HASHED_BITS): HashedFitted {
  const size = 1 << bits;
  const weights = new Float32Array(3 * size);
  const squares = new Float32Array(3 * size).fill(1e-6);
  const bias: [number, number, number] = [0, 0, 0];
  const biasSquares = [1e-6, 1e-6, 1e-6];
  const labels = rows.map((r) => HASHED_CONCERNS.map((c) => (r.example.concerns.includes(c) ? 1 : 0)));
  const classWeight = HASHED_CONCERNS.map((_, k) => {
    const positives = labels.filter((l) => l[k] === 1).length;
    return positives === 0 ? 1 : (rows.length - positives) / positives;
  });
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const i of order(rows.length, 0x5eed + epoch)) {
      const row = rows[i] as HashedRow;
      const norm = 1 / Math.sqrt(Math.max(1, row.buckets.length));
      for (let k = 0; k < 3; k++) {
        let z = bias[k] as number;
        for (const b of row.buckets) z += (weights[3 * b + k] as number) * norm;
        const label = labels[i]?.[k] as number;
        const error = (1 / (1 + Math.exp(-z)) - label) * (label === 1 ? (classWeight[k] as number) : 1);
        biasSquares[k] = (biasSquares[k] as number) + error * error;
        bias[k] = (bias[k] as number) - (RATE * error) / Math.sqrt(biasSquares[k] as number);
        for (const b of row.buckets) {
          const at = 3 * b + k;
          const g = error * norm + L2 * (weights[at] as number);
          squares[at] = (squares[at] as number) + g * g;
          weights[at] = (weights[at] as number) - (RATE * g) / Math.sqrt(squares[at] as number);
        }
      }
    }
  }
  return { bits, weights, bias };
}

/** the fitted logits of one row, in HASHED_CONCERNS order */
export function hashedScore(fitted: HashedFitted, row: HashedRow): [number, number, number] {
  const norm = 1 / Math.sqrt(Math.max(1, row.buckets.length));
  let [selfHarm, abuse, danger] = fitted.bias;
  for (const b of row.buckets) {
    selfHarm += (fitted.weights[3 * b] as number) * norm;
    abuse += (fitted.weights[3 * b + 1] as number) * norm;
    danger += (fitted.weights[3 * b + 2] as number) * norm;
  }
  return [selfHarm, abuse, danger];
}

/** the fitted model quantised to one signed byte a weight, as stored */
export function quantise(fitted: HashedFitted, gate: readonly number[]): HashedModel {
  let largest = 1e-9;
  for (const w of fitted.weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest / 127;
  const bytes = new Uint8Array(fitted.weights.length);
  fitted.weights.forEach((w, i) => {
    bytes[i] = Math.round(w / scale) & 0xff;
  });
  return {
    bits: fitted.bits,
    scale: Number(scale.toPrecision(6)),
    bias: fitted.bias.map((b) => Math.round(b * 1e4) / 1e4),
    table: Buffer.from(bytes).toString('base64'),
    gate: gate.map((g) => Math.round(g * 1e4) / 1e4),
  };
}

/** the quantised model, read as the check reads it */
export const asTable = (model: HashedModel, weights: Float32Array): HashedTable => ({ model, weights });

/**
 * Each group's rows scored by a hashed model trained on every other group: how the hashed score reads a writer it
 * never saw. The last group may be the coach's drafts, which are then scored by a model of the writers alone.
 */
export function outOfFold(groups: readonly (readonly HashedRow[])[]): [number, number, number][][] {
  return groups.map((group, g) => {
    const fitted = fitHashed(groups.filter((_, j) => j !== g).flat());
    return group.map((row) => hashedScore(fitted, row));
  });
}

/** the share of ordinary messages the hashed score lets through to the learned score, a third for each concern */
export const GATE_SHARE = 0.02;

/**
 * The gate: for each concern, the logit that the top GATE_SHARE / 3 of ordinary messages reach (the development
 * writers' messages of kind `negative`, each scored by a hashed model that never saw its writer).
 */
export function gateOf(ordinary: readonly (readonly number[])[]): [number, number, number] {
  return [0, 1, 2].map((k) => {
    const sorted = ordinary.map((z) => z[k] as number).sort((a, b) => b - a);
    return sorted[Math.floor((sorted.length * GATE_SHARE) / 3)] ?? 0;
  }) as [number, number, number];
}
