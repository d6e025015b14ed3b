// a small learned score for wordings the phrase rules do not know: concepts, concept pairs and words

import type { SafetyConcern } from '../playbook/index.ts';
import { CONCEPT_NAMES } from './concepts.ts';

/** the stored model: one logistic regression per concern over named features */
export interface SafetyModel {
  readonly weights: Readonly<Record<SafetyConcern, Readonly<Record<string, number>>>>;
  readonly bias: Readonly<Record<SafetyConcern, number>>;
  /** the probability at or above which a concern is raised, calibrated for few false alarms */
  readonly thresholds: Readonly<Record<SafetyConcern, number>>;
}

export const RULE_CONCERNS: readonly SafetyConcern[] = ['self_harm', 'abuse', 'danger'];
const WORD = /[a-z0-9']+/g;

/** words longer than this also give their first STEM letters as a feature, so "matarme", "matarlo" and "matare" share one */
const STEM = 5;

/**
 * The features of a folded message: its concepts (`c:`), concept pairs (`p:`), the concerns the phrase
 * rules found (`r:`), its words (`w:`), word pairs (`b:`) and word stems (`s:`).
 * @example featuresOf('me pega', conceptsOf('me pega'), new Set()) // ['c:violence', …, 'w:me', 'b:me pega']
 */
export function featuresOf(folded: string, bits: number, ruleConcerns: ReadonlySet<SafetyConcern>): string[] {
  const features: string[] = [];
  const present = CONCEPT_NAMES.filter((_, i) => bits & (1 << i));
  for (const name of present) features.push(`c:${name}`);
  for (let i = 0; i < present.length; i++) {
    for (let j = i + 1; j < present.length; j++) features.push(`p:${present[i]}+${present[j]}`);
  }
  for (const concern of ruleConcerns) features.push(`r:${concern}`);
  const words = folded.match(WORD) ?? [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const unigram = `w:${word}`;
    if (!seen.has(unigram)) {
      seen.add(unigram);
      features.push(unigram);
    }
    if (word.length > STEM) {
      const stem = `s:${word.slice(0, STEM)}`;
      if (!seen.has(stem)) {
        seen.add(stem);
        features.push(stem);
      }
    }
    if (i + 1 < words.length) {
      const bigram = `b:${words[i]} ${words[i + 1]}`;
      if (!seen.has(bigram)) {
        seen.add(bigram);
        features.push(bigram);
      }
    }
  }
  return features;
}

/** the probability of `concern` for a message's features */
export function probability(model: SafetyModel, concern: SafetyConcern, features: readonly string[]): number {
  const weights = model.weights[concern];
  let z = model.bias[concern];
  for (const feature of features) z += weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
