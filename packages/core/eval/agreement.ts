// agreement between the first labels of the development sets and a second labeller's blind pass

import { readFileSync } from 'node:fs';
import { PRESSURE_CATEGORIES, SUPPORTIVE_CATEGORIES } from '../src/playbook/categories.ts';
import type { LabelledMessage } from './coach-metrics.ts';

/** the second labeller's pass: ids and labels only, made from the text without seeing the first labels */
export const SECOND_LABELS_FILE = new URL('./coach-second-labels.jsonl', import.meta.url);
/** the same blind pass over every held-out message (coach-holdout.jsonl) */
export const SECOND_LABELS_HOLDOUT_FILE = new URL('./coach-second-labels-holdout.jsonl', import.meta.url);
/** a blind second pass over every message of development set k (coach-dev-k.jsonl), made from ids and texts only */
export const SECOND_LABELS_K_FILE = new URL('./coach-second-labels-k.jsonl', import.meta.url);
/**
 * the sets with a blind second pass over every message, each by a labeller who never saw the first labels (set
 * k's by its own writer; the later sets by labellers who did not write them), by set letter: n and o are the fresh
 * sets (FRESH_FILES in coach-metrics.ts), x and y the reworded ones (REWORDED_FILES), the others development sets
 */
export const FULL_SECOND_PASSES: Readonly<Record<string, URL>> = {
  k: SECOND_LABELS_K_FILE,
  l: new URL('./coach-second-labels-l.jsonl', import.meta.url),
  m: new URL('./coach-second-labels-m.jsonl', import.meta.url),
  n: new URL('./coach-second-labels-n.jsonl', import.meta.url),
  o: new URL('./coach-second-labels-o.jsonl', import.meta.url),
  p: new URL('./coach-second-labels-p.jsonl', import.meta.url),
  q: new URL('./coach-second-labels-q.jsonl', import.meta.url),
  r: new URL('./coach-second-labels-r.jsonl', import.meta.url),
  s: new URL('./coach-second-labels-s.jsonl', import.meta.url),
  t: new URL('./coach-second-labels-t.jsonl', import.meta.url),
  u: new URL('./coach-second-labels-u.jsonl', import.meta.url),
  v: new URL('./coach-second-labels-v.jsonl', import.meta.url),
  w: new URL('./coach-second-labels-w.jsonl', import.meta.url),
  x: new URL('./coach-second-labels-x.jsonl', import.meta.url),
  y: new URL('./coach-second-labels-y.jsonl', import.meta.url),
};
/** one line per disagreement between the two passes, with the label it was settled on and why */
export const SETTLED_FILE = new URL('./coach-settled.jsonl', import.meta.url);

/** messages outside the blind sample whose first labels were brought in line with a rule added while settling */
export const RULE_SWEEP_FILE = new URL('./coach-rule-sweep.jsonl', import.meta.url);

export interface RuleSweep {
  readonly id: string;
  readonly before: readonly string[];
  readonly after: readonly string[];
  /** the LABELLING.md rule the change follows */
  readonly rule: number;
}

export interface SettledDisagreement {
  readonly id: string;
  /** the first labels (flags and supports together, sorted) before settling */
  readonly first: readonly string[];
  readonly second: readonly string[];
  /** the labels the message carries now */
  readonly settled: readonly string[];
  readonly reason: string;
}

export interface SecondLabel {
  readonly id: string;
  readonly flags: readonly string[];
  readonly supports: readonly string[];
}

export interface CategoryAgreement {
  readonly category: string;
  /** messages where either labeller gave the category */
  readonly either: number;
  readonly both: number;
  /** Cohen's kappa for "has this category", over every relabelled message */
  readonly kappa: number;
}

/** the records of a JSON-lines file, blank lines skipped */
export function readJsonLines<T>(file: URL): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export function loadSecondLabels(file: URL = SECOND_LABELS_FILE): SecondLabel[] {
  return readJsonLines<SecondLabel>(file);
}

export function loadSettled(file: URL = SETTLED_FILE): SettledDisagreement[] {
  return readJsonLines<SettledDisagreement>(file);
}

export function loadRuleSweep(file: URL = RULE_SWEEP_FILE): RuleSweep[] {
  return readJsonLines<RuleSweep>(file);
}

/** Cohen's kappa for two yes/no ratings of the same items */
export function cohensKappa(pairs: readonly (readonly [boolean, boolean])[]): number {
  const n = pairs.length;
  if (n === 0) return 1;
  const agree = pairs.filter(([a, b]) => a === b).length / n;
  const firstYes = pairs.filter(([a]) => a).length / n;
  const secondYes = pairs.filter(([, b]) => b).length / n;
  const chance = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
  return chance === 1 ? 1 : (agree - chance) / (1 - chance);
}

export interface AgreementReport {
  readonly messages: number;
  readonly categories: readonly CategoryAgreement[];
  /** "any pressure" as one yes/no label */
  readonly anyPressure: CategoryAgreement;
  readonly disagreements: readonly { id: string; text: string; first: string[]; second: string[] }[];
}

/** compares the second labels with the first labels of the same messages */
export function agreement(first: readonly LabelledMessage[], second: readonly SecondLabel[]): AgreementReport {
  const byId = new Map(first.map((m) => [m.id, m]));
  const paired = second.flatMap((s) => {
    const m = byId.get(s.id);
    return m ? [{ m, s }] : [];
  });
  const labelsOf = (flags: readonly string[], supports: readonly string[]) => new Set([...flags, ...supports]);
  const rate = (category: string, has: (labels: Set<string>, flags: readonly string[]) => boolean) => {
    const pairs = paired.map(
      ({ m, s }) => [has(labelsOf(m.flags, m.supports), m.flags), has(labelsOf(s.flags, s.supports), s.flags)] as const,
    );
    return {
      category,
      either: pairs.filter(([a, b]) => a || b).length,
      both: pairs.filter(([a, b]) => a && b).length,
      kappa: cohensKappa(pairs),
    };
  };
  return {
    messages: paired.length,
    categories: [...PRESSURE_CATEGORIES, ...SUPPORTIVE_CATEGORIES].map((c) => rate(c, (labels) => labels.has(c))),
    anyPressure: rate('any pressure', (_, flags) => flags.length > 0),
    disagreements: paired.flatMap(({ m, s }) => {
      const a = [...labelsOf(m.flags, m.supports)].sort();
      const b = [...labelsOf(s.flags, s.supports)].sort();
      return a.join() === b.join() ? [] : [{ id: m.id, text: m.text, first: a, second: b }];
    }),
  };
}
