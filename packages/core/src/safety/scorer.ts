// a small learned score over the concepts a message holds, for wordings the phrase rules do not know

import type { SafetyConcern } from '../playbook.ts';
import { CONCEPT_NAMES } from './concepts.ts';

/** the stored model: one logistic regression per concern over concept and concept-pair features */
export interface SafetyModel {
  readonly concepts: readonly string[];
  readonly weights: Readonly<Record<SafetyConcern, readonly number[]>>;
  readonly bias: Readonly<Record<SafetyConcern, number>>;
  /** the probability at or above which a concern is raised, calibrated for few false alarms */
  readonly thresholds: Readonly<Record<SafetyConcern, number>>;
}

const COUNT = CONCEPT_NAMES.length;
export const RULE_CONCERNS: readonly SafetyConcern[] = ['self_harm', 'abuse', 'danger'];
/** singles, then one per rule concern that fired, then every pair of concepts */
export const FEATURE_COUNT = COUNT + RULE_CONCERNS.length + (COUNT * (COUNT - 1)) / 2;

/**
 * The active feature indices of a message: its concepts, the concerns the rules found, and concept pairs.
 * @example featuresOf(0b101, new Set()) // [0, 2, …]
 */
export function featuresOf(bits: number, ruleConcerns: ReadonlySet<SafetyConcern>): number[] {
  const active: number[] = [];
  for (let i = 0; i < COUNT; i++) if (bits & (1 << i)) active.push(i);
  RULE_CONCERNS.forEach((concern, k) => {
    if (ruleConcerns.has(concern)) active.push(COUNT + k);
  });
  let pair = COUNT + RULE_CONCERNS.length;
  for (let i = 0; i < COUNT; i++) {
    for (let j = i + 1; j < COUNT; j++, pair++) {
      if (bits & (1 << i) && bits & (1 << j)) active.push(pair);
    }
  }
  return active;
}

/** the probability of `concern` for the active features */
export function probability(model: SafetyModel, concern: SafetyConcern, active: readonly number[]): number {
  const weights = model.weights[concern];
  let z = model.bias[concern];
  for (const index of active) z += weights[index] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
