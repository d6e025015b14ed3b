// the coach's learned scorer: per-category logistic regression over message features, trained offline

import {
  PRESSURE_CATEGORIES,
  type PressureCategory,
  SUPPORTIVE_CATEGORIES,
  type SupportiveCategory,
} from '../../playbook/index.ts';
import {
  AT_YOU,
  CLASS,
  classOf,
  type FeatureKind,
  isFirstPerson,
  isNegation,
  isSecondPerson,
  NEGATED,
  NEGATION_REACH,
  OF_ME,
  STEM,
  stemOf,
  YOU_REACH,
} from './features.ts';

export type CoachCategory = PressureCategory | SupportiveCategory;
export const COACH_CATEGORIES: readonly CoachCategory[] = [...PRESSURE_CATEGORIES, ...SUPPORTIVE_CATEGORIES];

/** the trained model as stored in model.json */
export interface CoachModel {
  readonly version: 1;
  readonly vocabulary: readonly string[];
  /** feature kinds beyond words and pairs (features.ts); none when absent */
  readonly features?: readonly FeatureKind[];
  readonly categories: Readonly<
    Record<CoachCategory, { readonly bias: number; readonly threshold: number; readonly weights: readonly number[] }>
  >;
}

/** pair keys stay small integers (first × PAIR_BASE + second, below 2³⁰) while the model has fewer words than this */
const PAIR_BASE = 0x8000;

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
  /** the same vocabulary keyed by word ids, so word pairs are found without building strings */
  private readonly wordIds = new Map<string, number>();
  /** the feature of each word, by word id (−1 for none) */
  private readonly wordFeature: Int32Array;
  /** the feature of a word when a negation comes just before it ("¬selfish"), by word id (−1 for none) */
  private readonly negatedFeature: Int32Array;
  /** 1 for the word ids of the negation words */
  private readonly negations: Uint8Array;
  /** word pairs by `pairKey`: small integers while the words are fewer than PAIR_BASE, the fast kind of map key */
  private readonly pairFeature = new Map<number, number>();
  private readonly pairBase: number;
  private readonly startId: number;
  private readonly endId: number;
  /** the feature kinds the model was trained with */
  readonly kinds: readonly FeatureKind[];
  private readonly stems: boolean;
  private readonly you: boolean;
  private readonly classes: boolean;
  /** cue-class features by class: plain, negated, said of the partner, said of the sender */
  private readonly classFeature = new Map<string, number>();
  private readonly negatedClassFeature = new Map<string, number>();
  private readonly youClassFeature = new Map<string, number>();
  private readonly meClassFeature = new Map<string, number>();
  /** stem features and stems said of the partner, by stem */
  private readonly stemFeature = new Map<string, number>();
  private readonly youFeature = new Map<string, number>();
  /** stems of words seen, so a word is stemmed once (cleared when it grows large) */
  private readonly stemCache = new Map<string, string>();

  constructor(model: CoachModel) {
    const n = COACH_CATEGORIES.length;
    model.vocabulary.forEach((feature, i) => {
      this.index.set(feature, i);
    });
    this.weights = new Float32Array(model.vocabulary.length * n);
    this.bias = new Float64Array(n);
    this.thresholds = new Float64Array(n);
    this.seenAt = new Int32Array(model.vocabulary.length);
    this.startId = this.wordId('^');
    this.endId = this.wordId('$');
    // word ids first, so that pair keys can be made from their count
    const pairs: [string, string, number][] = [];
    const words: [number, number][] = [];
    const negated: [number, number][] = [];
    this.kinds = model.features ?? [];
    this.stems = this.kinds.includes('stem');
    this.you = this.kinds.includes('you');
    this.classes = this.kinds.includes('class');
    model.vocabulary.forEach((feature, i) => {
      if (feature.startsWith('#')) return;
      const classMap = feature.startsWith(CLASS)
        ? this.classFeature
        : feature.startsWith(NEGATED + CLASS)
          ? this.negatedClassFeature
          : feature.startsWith(AT_YOU + CLASS)
            ? this.youClassFeature
            : feature.startsWith(OF_ME + CLASS)
              ? this.meClassFeature
              : undefined;
      if (classMap !== undefined) {
        classMap.set(feature.slice(feature.indexOf(CLASS) + CLASS.length), i);
        return;
      }
      if (feature.startsWith(STEM) && feature.length > 1) {
        this.stemFeature.set(feature.slice(STEM.length), i);
        return;
      }
      if (feature.startsWith(AT_YOU) && feature.length > 1) {
        this.youFeature.set(feature.slice(AT_YOU.length), i);
        return;
      }
      const space = feature.indexOf(' ');
      if (space === -1 && feature.startsWith(NEGATED)) negated.push([this.wordId(feature.slice(1)), i]);
      else if (space === -1) words.push([this.wordId(feature), i]);
      else {
        const first = feature.slice(0, space);
        const second = feature.slice(space + 1);
        this.wordId(first);
        this.wordId(second);
        pairs.push([first, second, i]);
      }
    });
    const count = this.wordIds.size;
    this.pairBase = count < PAIR_BASE ? PAIR_BASE : 0x100000;
    this.wordFeature = new Int32Array(count).fill(-1);
    this.negatedFeature = new Int32Array(count).fill(-1);
    this.negations = new Uint8Array(count);
    for (const [id, i] of words) this.wordFeature[id] = i;
    for (const [id, i] of negated) this.negatedFeature[id] = i;
    for (const [first, second, i] of pairs)
      this.pairFeature.set(this.pairKey(this.wordIds.get(first) as number, this.wordIds.get(second) as number), i);
    for (const [word, id] of this.wordIds) if (isNegation(word)) this.negations[id] = 1;
    COACH_CATEGORIES.forEach((category, c) => {
      const entry = model.categories[category];
      this.bias[c] = entry.bias;
      this.thresholds[c] = entry.threshold;
      // weights are stored sparsely as [featureIndex, weight, featureIndex, weight, …]
      for (let k = 0; k + 1 < entry.weights.length; k += 2)
        this.weights[(entry.weights[k] as number) * n + c] = entry.weights[k + 1] as number;
    });
  }

  private wordId(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.wordIds.size;
      this.wordIds.set(word, id);
    }
    return id;
  }

  private stemOf(word: string): string {
    let stem = this.stemCache.get(word);
    if (stem === undefined) {
      if (this.stemCache.size > 50_000) this.stemCache.clear();
      stem = stemOf(word);
      this.stemCache.set(word, stem);
    }
    return stem;
  }

  private pairKey(first: number, second: number): number {
    return first * this.pairBase + second;
  }

  /** adds feature `i`'s weights to `sums` once per call */
  private count(i: number, call: number, sums: Float64Array): void {
    if (i < 0 || this.seenAt[i] === call) return;
    this.seenAt[i] = call;
    const n = sums.length;
    const base = i * n;
    for (let c = 0; c < n; c++) sums[c] = (sums[c] as number) + (this.weights[base + c] as number);
  }

  /**
   * The same as `probabilities(wordFeatures(words) + extras)`, without building feature strings: the hot path.
   * The probabilities go into `out` when given (the coach reuses one array).
   * @example scorer.probabilitiesOfWords(normalized.tokens, ['#question'])
   */
  probabilitiesOfWords(
    words: readonly string[],
    extras: readonly string[],
    out: Float64Array = new Float64Array(COACH_CATEGORIES.length),
  ): Float64Array {
    const n = COACH_CATEGORIES.length;
    const sums = out;
    sums.set(this.bias);
    const call = ++this.calls;
    let previous = this.startId;
    let negated = 0;
    let afterYou = 0;
    let classYou = 0;
    let classMe = 0;
    const stems = this.stems;
    const you = this.you;
    for (const word of words) {
      if (this.classes) {
        const cue = classOf(word);
        if (cue !== undefined) {
          this.count((negated > 0 ? this.negatedClassFeature : this.classFeature).get(cue) ?? -1, call, sums);
          if (classYou > 0) this.count(this.youClassFeature.get(cue) ?? -1, call, sums);
          if (classMe > 0) this.count(this.meClassFeature.get(cue) ?? -1, call, sums);
        }
        if (isSecondPerson(word)) {
          classYou = YOU_REACH;
          classMe = 0;
        } else if (isFirstPerson(word)) {
          classMe = YOU_REACH;
          classYou = 0;
        } else {
          if (classYou > 0) classYou--;
          if (classMe > 0) classMe--;
        }
      }
      const id = this.wordIds.get(word);
      if (id !== undefined)
        this.count((negated > 0 ? this.negatedFeature[id] : this.wordFeature[id]) as number, call, sums);
      if (negated > 0) negated--;
      if (id !== undefined ? this.negations[id] === 1 : isNegation(word)) negated = NEGATION_REACH;
      if (id !== undefined && previous !== -1)
        this.count(this.pairFeature.get(this.pairKey(previous, id)) ?? -1, call, sums);
      previous = id ?? -1;
      if (stems || you) {
        const stem = this.stemOf(word);
        if (stems) this.count(this.stemFeature.get(stem) ?? -1, call, sums);
        if (isSecondPerson(word)) afterYou = YOU_REACH;
        else if (afterYou > 0) {
          if (you) this.count(this.youFeature.get(stem) ?? -1, call, sums);
          afterYou--;
        }
      }
    }
    if (words.length > 0 && previous !== -1)
      this.count(this.pairFeature.get(this.pairKey(previous, this.endId)) ?? -1, call, sums);
    for (const extra of extras) this.count(this.index.get(extra) ?? -1, call, sums);
    for (let c = 0; c < n; c++) sums[c] = 1 / (1 + Math.exp(-(sums[c] as number)));
    return sums;
  }

  /** the probability of every category (in COACH_CATEGORIES order) for a set of features */
  probabilities(features: readonly string[]): Float64Array {
    const n = COACH_CATEGORIES.length;
    const sums = this.bias.slice();
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
