// the coach's learned scorer: per-category logistic regression over message features, trained offline

import {
  PRESSURE_CATEGORIES,
  type PressureCategory,
  SUPPORTIVE_CATEGORIES,
  type SupportiveCategory,
} from '../../playbook/index.ts';
import { asTyped } from '../../typed-lists.ts';
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

/** the maps from a name to a feature that the scorer keeps, besides words and word pairs, and each one's mark */
const NAMED = {
  shape: '',
  class: CLASS,
  negatedClass: NEGATED + CLASS,
  youClass: AT_YOU + CLASS,
  meClass: OF_ME + CLASS,
  stem: STEM,
  you: AT_YOU,
} as const;
type Named = keyof typeof NAMED;
const NAMED_MAPS = Object.keys(NAMED) as Named[];

/** an empty slot of the word-pair table */
const EMPTY = -1;

/**
 * Everything the scorer reads, worked out from a model (`scorerTables`). The CLI's build stores these already made,
 * so `reconnect coach` neither reads fifteen thousand feature names nor files them at start-up; the names come back
 * from the tables when a flag's sentence needs them. Lists of numbers may be typed arrays or plain arrays.
 */
export interface ScorerTables {
  /** how many features the model has */
  readonly features: number;
  readonly kinds: readonly FeatureKind[];
  /** the words of the word and pair features, by word id */
  readonly words: readonly string[];
  /** per word id: its feature, and its feature after a negation (−1 for none) */
  readonly wordFeature: ArrayLike<number>;
  readonly negatedFeature: ArrayLike<number>;
  /**
   * The word pairs as an open-addressing table of 2^k slots: [key, feature] per slot, the key `first × pairBase +
   * second` by word ids, −1 for an empty slot; a key's first slot is `pairSlot(key, k)`.
   */
  readonly pairSlots: ArrayLike<number>;
  readonly pairBase: number;
  /** by map: the names (without their mark) and their features, side by side */
  readonly named: Readonly<Record<Named, { readonly names: readonly string[]; readonly features: ArrayLike<number> }>>;
  /** weights laid out feature-major: weights[feature × categories + category], each a 32-bit float */
  readonly weights: ArrayLike<number>;
  readonly bias: ArrayLike<number>;
  readonly thresholds: ArrayLike<number>;
}

/** the first slot to try for a pair key in a table of 2^bits slots (a multiplicative hash) */
const pairSlot = (key: number, bits: number): number => Math.imul(key | 0, 0x9e3779b1) >>> (32 - bits);

/** the named map a feature belongs to, and its name there; undefined for words and word pairs */
function namedOf(feature: string): [Named, string] | undefined {
  const mark = feature[0];
  if (mark === '#') return ['shape', feature];
  if (mark === CLASS) return ['class', feature.slice(CLASS.length)];
  if (feature.startsWith(CLASS, 1)) {
    const name = feature.slice(1 + CLASS.length);
    if (mark === NEGATED) return ['negatedClass', name];
    if (mark === AT_YOU) return ['youClass', name];
    if (mark === OF_ME) return ['meClass', name];
  }
  if (mark === STEM && feature.length > 1) return ['stem', feature.slice(STEM.length)];
  if (mark === AT_YOU && feature.length > 1) return ['you', feature.slice(AT_YOU.length)];
  return undefined;
}

/**
 * Works out the scorer's tables from a stored model.
 * @example LearnedScorer.fromTables(scorerTables(model)) // scores as new LearnedScorer(model) does
 */
export function scorerTables(model: CoachModel): ScorerTables {
  const n = COACH_CATEGORIES.length;
  const vocabulary = model.vocabulary;
  const wordIds = new Map<string, number>();
  const wordId = (word: string): number => {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = wordIds.size;
      wordIds.set(word, id);
    }
    return id;
  };
  wordId('^');
  wordId('$');
  const named = {} as Record<Named, { names: string[]; features: number[] }>;
  for (const map of NAMED_MAPS) named[map] = { names: [], features: [] };
  const words: number[] = [];
  const negated: number[] = [];
  const pairs: number[] = [];
  for (let i = 0; i < vocabulary.length; i++) {
    const feature = vocabulary[i] as string;
    const name = namedOf(feature);
    if (name !== undefined) {
      named[name[0]].names.push(name[1]);
      named[name[0]].features.push(i);
      continue;
    }
    const space = feature.indexOf(' ');
    if (space === -1 && feature.startsWith(NEGATED)) negated.push(wordId(feature.slice(1)), i);
    else if (space === -1) words.push(wordId(feature), i);
    else pairs.push(wordId(feature.slice(0, space)), wordId(feature.slice(space + 1)), i);
  }
  const count = wordIds.size;
  const pairBase = count < PAIR_BASE ? PAIR_BASE : 0x100000;
  const wordFeature = new Int32Array(count).fill(-1);
  const negatedFeature = new Int32Array(count).fill(-1);
  for (let k = 0; k < words.length; k += 2) wordFeature[words[k] as number] = words[k + 1] as number;
  for (let k = 0; k < negated.length; k += 2) negatedFeature[negated[k] as number] = negated[k + 1] as number;
  // at least twice as many slots as pairs, so a missing pair is found empty within a slot or two
  const pairCount = pairs.length / 3;
  let bits = 1;
  while (1 << bits < 2 * pairCount) bits++;
  const pairSlots = new Float64Array(2 << bits).fill(EMPTY);
  const mask = (1 << bits) - 1;
  for (let k = 0; k < pairs.length; k += 3) {
    const key = (pairs[k] as number) * pairBase + (pairs[k + 1] as number);
    let slot = pairSlot(key, bits);
    while (pairSlots[2 * slot] !== EMPTY && pairSlots[2 * slot] !== key) slot = (slot + 1) & mask;
    pairSlots[2 * slot] = key;
    pairSlots[2 * slot + 1] = pairs[k + 2] as number;
  }
  const weights = new Float32Array(vocabulary.length * n);
  COACH_CATEGORIES.forEach((category, c) => {
    const entry = model.categories[category];
    // weights are stored sparsely as [featureIndex, weight, featureIndex, weight, …]
    for (let k = 0; k + 1 < entry.weights.length; k += 2)
      weights[(entry.weights[k] as number) * n + c] = entry.weights[k + 1] as number;
  });
  return {
    features: vocabulary.length,
    kinds: model.features ?? [],
    words: [...wordIds.keys()],
    wordFeature,
    negatedFeature,
    pairSlots,
    pairBase,
    named,
    weights,
    bias: COACH_CATEGORIES.map((category) => model.categories[category].bias),
    thresholds: COACH_CATEGORIES.map((category) => model.categories[category].threshold),
  };
}

/** a named map of the tables as a Map */
function namedMap(tables: ScorerTables, map: Named): Map<string, number> {
  const { names, features } = tables.named[map];
  const out = new Map<string, number>();
  for (let k = 0; k < names.length; k++) out.set(names[k] as string, features[k] as number);
  return out;
}

/** scores features against every category; built once from the stored model */
export class LearnedScorer {
  private readonly tables: ScorerTables;
  /** every feature by name, made when first needed (see featureIndex) */
  private index: Map<string, number> | undefined;
  /** the shape features ("#question"), by name: the extras of every message */
  private readonly shapeIndex: Map<string, number>;
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
  /** word pairs (ScorerTables.pairSlots) */
  private readonly pairSlots: Float64Array;
  private readonly pairBits: number;
  private readonly pairBase: number;
  private readonly startId: number;
  private readonly endId: number;
  /** the feature kinds the model was trained with */
  readonly kinds: readonly FeatureKind[];
  private readonly stems: boolean;
  private readonly you: boolean;
  private readonly classes: boolean;
  /** cue-class features by class: plain, negated, said of the partner, said of the sender */
  private readonly classFeature: Map<string, number>;
  private readonly negatedClassFeature: Map<string, number>;
  private readonly youClassFeature: Map<string, number>;
  private readonly meClassFeature: Map<string, number>;
  /** stem features and stems said of the partner, by stem */
  private readonly stemFeature: Map<string, number>;
  private readonly youFeature: Map<string, number>;
  /** stems of words seen, so a word is stemmed once (cleared when it grows large) */
  private readonly stemCache = new Map<string, string>();

  /**
   * A scorer of a stored model.
   * @example new LearnedScorer(model).probabilitiesOfWords(['why', 'no', 'reply'], [])
   */
  constructor(model: CoachModel);
  /** the scorer of tables made already (see fromTables) */
  constructor(model: null, tables: ScorerTables);
  constructor(model: CoachModel | null, given?: ScorerTables) {
    const tables = given ?? scorerTables(model as CoachModel);
    this.tables = tables;
    this.kinds = tables.kinds;
    this.stems = this.kinds.includes('stem');
    this.you = this.kinds.includes('you');
    this.classes = this.kinds.includes('class');
    this.weights = asTyped(tables.weights, Float32Array);
    this.bias = Float64Array.from(tables.bias);
    this.thresholds = Float64Array.from(tables.thresholds);
    this.seenAt = new Int32Array(tables.features);
    const words = tables.words;
    for (let id = 0; id < words.length; id++) this.wordIds.set(words[id] as string, id);
    this.startId = this.wordIds.get('^') as number;
    this.endId = this.wordIds.get('$') as number;
    this.wordFeature = asTyped(tables.wordFeature, Int32Array);
    this.negatedFeature = asTyped(tables.negatedFeature, Int32Array);
    this.negations = new Uint8Array(words.length);
    for (let id = 0; id < words.length; id++) if (isNegation(words[id] as string)) this.negations[id] = 1;
    this.pairBase = tables.pairBase;
    this.pairSlots = asTyped(tables.pairSlots, Float64Array);
    this.pairBits = Math.log2(this.pairSlots.length / 2);
    this.shapeIndex = namedMap(tables, 'shape');
    this.classFeature = namedMap(tables, 'class');
    this.negatedClassFeature = namedMap(tables, 'negatedClass');
    this.youClassFeature = namedMap(tables, 'youClass');
    this.meClassFeature = namedMap(tables, 'meClass');
    this.stemFeature = namedMap(tables, 'stem');
    this.youFeature = namedMap(tables, 'you');
  }

  /**
   * The scorer of tables made ahead of time.
   * @example LearnedScorer.fromTables(scorerTables(model))
   */
  static fromTables(tables: ScorerTables): LearnedScorer {
    return new LearnedScorer(null, tables);
  }

  /** every feature by name, named again from the tables: made on the first call that needs it (a flag's sentence) */
  private featureIndex(): Map<string, number> {
    if (this.index !== undefined) return this.index;
    const index = new Map<string, number>();
    const { words, named } = this.tables;
    for (const map of NAMED_MAPS) {
      const { names, features } = named[map];
      for (let k = 0; k < names.length; k++) index.set(NAMED[map] + names[k], features[k] as number);
    }
    for (let id = 0; id < words.length; id++) {
      const word = words[id] as string;
      if ((this.wordFeature[id] as number) >= 0) index.set(word, this.wordFeature[id] as number);
      if ((this.negatedFeature[id] as number) >= 0) index.set(NEGATED + word, this.negatedFeature[id] as number);
    }
    const slots = this.pairSlots;
    for (let slot = 0; slot < slots.length; slot += 2) {
      const key = slots[slot] as number;
      if (key === EMPTY) continue;
      const second = key % this.pairBase;
      index.set(`${words[(key - second) / this.pairBase]} ${words[second]}`, slots[slot + 1] as number);
    }
    this.index = index;
    return index;
  }

  /** the feature of a word pair by its key (−1 for none) */
  private pairFeature(key: number): number {
    const slots = this.pairSlots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = pairSlot(key, this.pairBits); ; slot = (slot + 1) & mask) {
      const at = slots[2 * slot] as number;
      if (at === key) return slots[2 * slot + 1] as number;
      if (at === EMPTY) return -1;
    }
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
      if (id !== undefined && previous !== -1) this.count(this.pairFeature(this.pairKey(previous, id)), call, sums);
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
      this.count(this.pairFeature(this.pairKey(previous, this.endId)), call, sums);
    for (const extra of extras)
      this.count(
        this.shapeIndex.get(extra) ?? (extra[0] === '#' ? -1 : (this.featureIndex().get(extra) ?? -1)),
        call,
        sums,
      );
    for (let c = 0; c < n; c++) sums[c] = 1 / (1 + Math.exp(-(sums[c] as number)));
    return sums;
  }

  /** the probability of every category (in COACH_CATEGORIES order) for a set of features */
  probabilities(features: readonly string[]): Float64Array {
    const n = COACH_CATEGORIES.length;
    const sums = this.bias.slice();
    const call = ++this.calls;
    const index = this.featureIndex();
    for (const feature of features) {
      const i = index.get(feature);
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
    const index = this.featureIndex();
    for (const feature of features) {
      const i = index.get(feature);
      if (i === undefined || this.seenAt[i] === call) continue;
      this.seenAt[i] = call;
      sum += this.weights[i * n + category] as number;
    }
    return sum;
  }
}
