// the coach's learned scorer: per-category logistic regression over message features, trained offline

import {
  PRESSURE_CATEGORIES,
  type PressureCategory,
  SUPPORTIVE_CATEGORIES,
  type SupportiveCategory,
} from '../../playbook.ts';

export type CoachCategory = PressureCategory | SupportiveCategory;
export const COACH_CATEGORIES: readonly CoachCategory[] = [...PRESSURE_CATEGORIES, ...SUPPORTIVE_CATEGORIES];

/** the trained model as stored in model.json */
export interface CoachModel {
  readonly version: 1;
  readonly vocabulary: readonly string[];
  readonly categories: Readonly<
    Record<CoachCategory, { readonly bias: number; readonly threshold: number; readonly weights: readonly number[] }>
  >;
}

/** scores features against every category; built once from the stored model */
export class LearnedScorer {
  private readonly index = new Map<string, number>();
  /** weights laid out feature-major: weights[feature * categories + category] */
  private readonly weights: Float32Array;
  private readonly bias: Float64Array;
  readonly thresholds: Float64Array;
  /** per feature, the last call that counted it, so a repeated word counts once without allocating a set */
  private readonly seenAt: Int32Array;
  private calls = 0;

  constructor(model: CoachModel) {
    const n = COACH_CATEGORIES.length;
    model.vocabulary.forEach((feature, i) => {
      this.index.set(feature, i);
    });
    this.weights = new Float32Array(model.vocabulary.length * n);
    this.bias = new Float64Array(n);
    this.thresholds = new Float64Array(n);
    this.seenAt = new Int32Array(model.vocabulary.length);
    COACH_CATEGORIES.forEach((category, c) => {
      const entry = model.categories[category];
      this.bias[c] = entry.bias;
      this.thresholds[c] = entry.threshold;
      // weights are stored sparsely as [featureIndex, weight, featureIndex, weight, …]
      for (let k = 0; k + 1 < entry.weights.length; k += 2)
        this.weights[(entry.weights[k] as number) * n + c] = entry.weights[k + 1] as number;
    });
  }

  /** the probability of every category (in COACH_CATEGORIES order) for a set of features */
  probabilities(features: readonly string[]): Float64Array {
    const n = COACH_CATEGORIES.length;
    const sums = Float64Array.from(this.bias);
    const call = ++this.calls;
    for (const feature of features) {
      const i = this.index.get(feature);
      if (i === undefined || this.seenAt[i] === call) continue;
      this.seenAt[i] = call;
      const base = i * n;
      for (let c = 0; c < n; c++) sums[c] = (sums[c] as number) + (this.weights[base + c] as number);
    }
    for (let c = 0; c < n; c++) sums[c] = 1 / (1 + Math.exp(-(sums[c] as number)));
    return sums;
  }

  /** the raw score of one category, for picking the sentence that carries it */
  score(features: readonly string[], category: number): number {
    const n = COACH_CATEGORIES.length;
    let sum = this.bias[category] as number;
    const call = ++this.calls;
    for (const feature of features) {
      const i = this.index.get(feature);
      if (i === undefined || this.seenAt[i] === call) continue;
      this.seenAt[i] = call;
      sum += this.weights[i * n + category] as number;
    }
    return sum;
  }
}
