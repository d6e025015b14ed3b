// bag-of-words and shape features of a message (or one sentence of it) for the coach's learned scorer

import type { NormalizedText } from '../normalize.ts';
import type { MessageShape } from '../structure.ts';
import type { CoachContext } from '../types.ts';

const WORD = /[a-z0-9\u00c0-\u024f']+/g;

/**
 * Feature kinds beyond words and pairs that a model may use (stored in model.json, so an older model keeps
 * working): `stem`, each word's rough stem ("ignored", "ignoring", "ignores" → "~ignor"); `you`, a stem within
 * three words after "you", "u", "ur", "your"… ("you never even call" → "@never", "@even", "@call"), so
 * grammar aimed at the partner counts whatever the exact wording.
 */
export type FeatureKind = 'stem' | 'you';

/** the feature names of a stretch of normalized text: words, word pairs and the first word */
export function textFeatures(text: string, out: string[] = [], kinds: readonly FeatureKind[] = []): string[] {
  return wordFeatures(text.match(WORD) ?? [], out, kinds);
}

/** marks a stem feature */
export const STEM = '~';
/** marks a stem said of the partner (a few words after "you") */
export const AT_YOU = '@';
/** how many words after a second-person word still count as said of the partner */
export const YOU_REACH = 3;

const SECOND_PERSON: ReadonlySet<string> = new Set([
  'you',
  'u',
  'ya',
  "you're",
  'youre',
  'ur',
  "you've",
  'youve',
  "you'll",
  "you'd",
  'your',
  'yours',
  'yourself',
]);
/** whether a token is the partner addressed ("you", "u", "ur", "you're"…) */
export const isSecondPerson = (word: string): boolean => SECOND_PERSON.has(word);

/**
 * A rough stem: contractions and common endings off, stretched letters shortened, so a writer's form of a word
 * meets another writer's ("ignoring" and "ignored" → "ignor", "sooo" → "so", "calls" → "call").
 * @example stemOf('ignoring') === 'ignor'
 */
export function stemOf(word: string): string {
  let w = word.replace(/(.)\1{2,}/g, '$1').replace(/'(?:s|re|ve|ll|d|m)$/, '');
  if (w.length >= 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length >= 5 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length >= 5 && w.endsWith('ies')) w = `${w.slice(0, -3)}i`;
  else if (w.length >= 4 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  else if (w.length >= 6 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length >= 5 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length >= 4 && /([b-df-hj-kmnp-rtv-y])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** how many words after "not", "never", "don't"… count as negated ("you're not selfish": ¬selfish) */
export const NEGATION_REACH = 2;
/** marks a negated word's feature, so "selfish" after "not" is not the label "selfish" */
export const NEGATED = '\u00ac';
/** whether a token negates the words after it */
export const isNegation = (word: string): boolean =>
  word === 'not' || word === 'never' || word === 'no' || word === 'cannot' || word.endsWith("n't");

/**
 * The feature names of a list of words: each word (marked when negated), each pair of neighbours, and the last
 * word; with `kinds`, also each word's stem and the stems said of the partner.
 */
export function wordFeatures(
  words: readonly string[],
  out: string[] = [],
  kinds: readonly FeatureKind[] = [],
): string[] {
  const stems = kinds.includes('stem');
  const you = kinds.includes('you');
  let previous = '^';
  let negated = 0;
  let afterYou = 0;
  for (const word of words) {
    if (negated > 0) {
      out.push(`${NEGATED}${word}`);
      negated--;
    } else out.push(word);
    if (isNegation(word)) negated = NEGATION_REACH;
    out.push(`${previous} ${word}`);
    previous = word;
    if (stems || you) {
      const stem = stemOf(word);
      if (stems) out.push(`${STEM}${stem}`);
      if (isSecondPerson(word)) afterYou = YOU_REACH;
      else if (afterYou > 0) {
        if (you) out.push(`${AT_YOU}${stem}`);
        afterYou--;
      }
    }
  }
  if (words.length > 0) out.push(`${previous} $`);
  return out;
}

/** the feature names of a whole message: its words plus its shape and context */
export function messageFeatures(
  normalized: NormalizedText,
  shape: MessageShape,
  context?: CoachContext,
  kinds: readonly FeatureKind[] = [],
): string[] {
  return shapeFeatures(shape, context, wordFeatures(normalized.tokens, [], kinds));
}

/** the features of a message's shape and context (questions, shouting, length, unanswered run) */
export function shapeFeatures(shape: MessageShape, context?: CoachContext, out: string[] = []): string[] {
  if (shape.questions >= 1) out.push('#question');
  if (shape.questions >= 2) out.push('#questions2');
  if (shape.questions >= 4) out.push('#questions4');
  if (shape.shouting) out.push('#shouting');
  if (shape.punctuationRuns > 0) out.push('#punctuation-run');
  if (shape.words >= 60) out.push('#long');
  // message length alone is no cue: "Cool." and "Love this answer." are as short as "k." (no #very-short feature)
  if ((context?.unansweredCount ?? 0) >= 2) out.push('#unanswered2');
  return out;
}
