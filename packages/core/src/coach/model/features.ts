// bag-of-words and shape features of a message (or one sentence of it) for the coach's learned scorer

import type { NormalizedText } from '../normalize.ts';
import type { MessageShape } from '../structure.ts';
import type { CoachContext } from '../types.ts';

const WORD = /[a-z0-9\u00c0-\u024f']+/g;

/** the feature names of a stretch of normalized text: words, word pairs and the first word */
export function textFeatures(text: string, out: string[] = []): string[] {
  return wordFeatures(text.match(WORD) ?? [], out);
}

/** how many words after "not", "never", "don't"… count as negated ("you're not selfish": ¬selfish) */
export const NEGATION_REACH = 2;
/** marks a negated word's feature, so "selfish" after "not" is not the label "selfish" */
export const NEGATED = '\u00ac';
/** whether a token negates the words after it */
export const isNegation = (word: string): boolean =>
  word === 'not' || word === 'never' || word === 'no' || word === 'cannot' || word.endsWith("n't");

/** the feature names of a list of words: each word (marked when negated), each pair of neighbours, and the last word */
export function wordFeatures(words: readonly string[], out: string[] = []): string[] {
  let previous = '^';
  let negated = 0;
  for (const word of words) {
    if (negated > 0) {
      out.push(`${NEGATED}${word}`);
      negated--;
    } else out.push(word);
    if (isNegation(word)) negated = NEGATION_REACH;
    out.push(`${previous} ${word}`);
    previous = word;
  }
  if (words.length > 0) out.push(`${previous} $`);
  return out;
}

/** the feature names of a whole message: its words plus its shape and context */
export function messageFeatures(normalized: NormalizedText, shape: MessageShape, context?: CoachContext): string[] {
  return shapeFeatures(shape, context, wordFeatures(normalized.tokens));
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
