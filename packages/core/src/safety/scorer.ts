// a small learned score for wordings the phrase rules do not know: concepts, concept pairs and words

import type { SafetyConcern } from '../playbook/index.ts';
import { CONCEPT_NAMES, conceptsOf } from './concepts.ts';
import { CONDITIONAL, FRAME_NAMES } from './frames.ts';

/** the stored model: one logistic regression per concern over named features */
export interface SafetyModel {
  readonly weights: Readonly<Record<SafetyConcern, Readonly<Record<string, number>>>>;
  readonly bias: Readonly<Record<SafetyConcern, number>>;
  /** the probability at or above which a concern is raised, calibrated for few false alarms */
  readonly thresholds: Readonly<Record<SafetyConcern, number>>;
}

/** the concerns the score reads, in the order of a weight table's rows */
export const RULE_CONCERNS = ['self_harm', 'abuse', 'danger'] as const satisfies readonly SafetyConcern[];
const WORD = /[a-z0-9']+/g;

/** words longer than this also give their first STEM letters as a feature, so "matarme", "matarlo" and "matare" share one */
const STEM = 5;
/**
 * every word also gives its runs of GRAM letters, the word's start and end marked (`<pil`, `ills`, `lls>`): a
 * misspelt or inflected word still shares most of them with the form seen in training
 */
const GRAM = 4;
/** a negation ("never", "nunca", "nicht", "jamais", "nao") and how many words after it it reaches */
const NEGATION =
  /^(?:not|never|no|nobody|don't|dont|doesn't|doesnt|didn't|didnt|won't|wont|wouldn't|wouldnt|isn't|wasn't|can't|cant|couldn't|nunca|jamas|jamais|nicht|nie|niemals|kein|keine|pas|nao|nem|ni)$/;
const NEGATION_REACH = 3;
/** concepts that name an act ("hit", "a gun", "touched"): said only under a negation, they are not counted */
const ACTS = ['violence', 'weapon', 'harmOutcome', 'sexual'].reduce(
  (mask, name) => mask | (1 << CONCEPT_NAMES.indexOf(name as (typeof CONCEPT_NAMES)[number])),
  0,
);

/** the act concepts of `words` read without the words a negation reaches ("he never hit me" holds no act) */
function plainActs(words: readonly string[]): number {
  const kept: string[] = [];
  let negatedUntil = -1;
  words.forEach((word, i) => {
    if (i > negatedUntil) kept.push(word);
    if (NEGATION.test(word)) negatedUntil = i + NEGATION_REACH;
  });
  return conceptsOf(kept.join(' ')) & ACTS;
}

/**
 * The features of a folded message: its concepts (`c:`), concept pairs (`p:`), the concerns the phrase
 * rules found (`r:`), its sentence frames (`f:`, frames.ts), its words (`w:`), word pairs (`b:`), word stems (`s:`) and letter runs (`g:`). A word
 * just after a negation ("he never hit me") is `n:` instead, with no stem or letter runs, so that it does not
 * count as the word said plainly; an act concept said only under a negation is left out; and a message holding
 * a negation also gives each of its concepts as `q:`.
 * @example featuresOf('me pega', conceptsOf('me pega'), new Set()) // ['c:violence', …, 'w:me', 'b:me pega']
 */
export function featuresOf(
  folded: string,
  messageBits: number,
  ruleConcerns: ReadonlySet<SafetyConcern>,
  frames = 0,
  hashed?: ArrayLike<number>,
): string[] {
  const features: string[] = [];
  const words = folded.match(WORD) ?? [];
  const bits =
    (messageBits & ACTS) !== 0 && words.some((word) => NEGATION.test(word))
      ? (messageBits & ~ACTS) | plainActs(words)
      : messageBits;
  const present = CONCEPT_NAMES.filter((_, i) => bits & (1 << i));
  for (const name of present) features.push(`c:${name}`);
  for (let i = 0; i < present.length; i++) {
    for (let j = i + 1; j < present.length; j++) features.push(`p:${present[i]}+${present[j]}`);
  }
  for (const concern of ruleConcerns) features.push(`r:${concern}`);
  framesAsFeatures(frames, bits, features);
  if (hashed !== undefined) features.push(...hashedSteps(hashed));
  const seen = new Set<string>();
  let negatedUntil = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const negated = i <= negatedUntil;
    if (NEGATION.test(word)) negatedUntil = i + NEGATION_REACH;
    const unigram = `${negated ? 'n' : 'w'}:${word}`;
    if (!seen.has(unigram)) {
      seen.add(unigram);
      features.push(unigram);
    }
    // a negated word keeps its pair with the next word (below), but no stem or letter runs: they would read it as said
    if (!negated && word.length > STEM) {
      const stem = `s:${word.slice(0, STEM)}`;
      if (!seen.has(stem)) {
        seen.add(stem);
        features.push(stem);
      }
    }
    const marked = `<${word}>`;
    for (let start = 0; !negated && start + GRAM <= marked.length && marked.length > GRAM + 1; start++) {
      const gram = `g:${marked.slice(start, start + GRAM)}`;
      if (!seen.has(gram)) {
        seen.add(gram);
        features.push(gram);
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
  if (negatedUntil >= 0) {
    // a message holding a negation: each concept again, so the score can learn that "never hit" weighs less
    features.push('x:negation');
    for (const name of present) features.push(`q:${name}`);
  }
  return features;
}

/** the steps of the hashed score's logit that are features of their own: `h:abuse>1` when abuse's logit is at least 1 */
const HASHED_STEPS = [-1, 0, 1, 2, 3, 4] as const;

/**
 * The hashed whole-message score (hashed.ts) as features (`h:`): for each concern, each step its logit reaches, so
 * that the score learns how much to trust it at each height.
 */
export function hashedSteps(hashed: ArrayLike<number>): string[] {
  const features: string[] = [];
  RULE_CONCERNS.forEach((concern, k) => {
    const logit = hashed[k] as number;
    for (const step of HASHED_STEPS) if (logit >= step) features.push(`h:${concern}>${step}`);
  });
  return features;
}

/** concepts a frame is read beside: who the sentence is about */
const PERSONS = ['selfRef', 'secondPerson', 'third', 'partner'].map(
  (name) => [name, 1 << CONCEPT_NAMES.indexOf(name as (typeof CONCEPT_NAMES)[number])] as const,
);

/**
 * A frame's features (`f:`): each frame the message holds, the conditional when both its halves are there, and each
 * frame beside the person it is said about (`f:leverage+secondPerson`), so that the score learns the shape of a
 * sentence apart from the words one writer fills it with.
 */
function framesAsFeatures(frames: number, bits: number, features: string[]): void {
  if (frames === 0) return;
  const names: string[] = [];
  FRAME_NAMES.forEach((name, i) => {
    if ((frames & (1 << i)) !== 0 && name !== 'ifYou' && name !== 'thenI') names.push(name);
  });
  if ((frames & CONDITIONAL) === CONDITIONAL) names.push('conditional');
  for (const name of names) {
    features.push(`f:${name}`);
    for (const [person, mask] of PERSONS) if ((bits & mask) !== 0) features.push(`f:${name}+${person}`);
  }
}

/** the model's weights by feature, all three concerns together, so that each feature is looked up once */
export type WeightTable = ReadonlyMap<string, Float64Array>;

/** gathers the model's weights into one table, feature → weight per concern in RULE_CONCERNS order */
export function weightTable(model: SafetyModel): WeightTable {
  const table = new Map<string, Float64Array>();
  RULE_CONCERNS.forEach((concern, k) => {
    for (const [feature, weight] of Object.entries(model.weights[concern])) {
      let row = table.get(feature);
      if (row === undefined) {
        row = new Float64Array(RULE_CONCERNS.length);
        table.set(feature, row);
      }
      row[k] = weight;
    }
  });
  return table;
}

/** the probability of each concern, in RULE_CONCERNS order, for a message's features */
export function probabilities(
  model: SafetyModel,
  table: WeightTable,
  features: readonly string[],
): [number, number, number] {
  let selfHarm = model.bias.self_harm;
  let abuse = model.bias.abuse;
  let danger = model.bias.danger;
  for (const feature of features) {
    const row = table.get(feature);
    if (row === undefined) continue;
    selfHarm += row[0] as number;
    abuse += row[1] as number;
    danger += row[2] as number;
  }
  const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
  return [sigmoid(selfHarm), sigmoid(abuse), sigmoid(danger)];
}
