// bag-of-words and shape features of a message (or one sentence of it) for the coach's learned scorer

import type { NormalizedText } from '../normalize.ts';
import type { MessageShape } from '../structure.ts';
import type { CoachContext } from '../types.ts';

const WORD = /[a-z0-9\u00c0-\u024f']+/g;

/**
 * Feature kinds beyond words and pairs that a model may use (stored in model.json, so an older model keeps
 * working): `stem`, each word's rough stem ("ignored", "ignoring", "ignores" → "~ignor"); `you`, a stem within
 * three words after "you", "u", "ur", "your"… ("you never even call" → "@never", "@even", "@call"), so
 * grammar aimed at the partner counts whatever the exact wording; `class`, the cue class of a word (WORD_CLASSES:
 * "idiot", "moron" and "clown" are all `%insult`), alone, said of the partner ("you never" → "@%absolute"),
 * said of the sender ("i waited" → "=%hurt") or negated ("not important" → "¬%worth"), so a cue a new writer words
 * differently still counts.
 */
export type FeatureKind = 'stem' | 'you' | 'class';

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

/** marks a word's cue class */
export const CLASS = '%';
/** marks a cue class said of the sender (a few words after "i", "i'm", "me"…) */
export const OF_ME = '=';

/**
 * Cue classes: words that carry the same kind of pressure or support for any writer (LABELLING.md). A word is in
 * one class at most.
 */
const CLASS_WORDS: Readonly<Record<string, string>> = {
  // negative absolutes and repeats (accusation: "you always / never …", "late again")
  absolute: 'always never constantly forever everytime again continually repeatedly anymore',
  // labels for their character or behaviour (accusation)
  label:
    'selfish lazy cold rude inconsiderate heartless careless thoughtless unreliable spoiled spoilt ungrateful manipulative controlling toxic liar fake flaky hypocrite hypocritical cruel impossible unbelievable mean immature childish useless hopeless',
  // names and words that call them stupid or vile (contempt)
  insult:
    'stupid dumb idiot idiots moron morons pathetic loser losers clown clowns joke dense thick clueless disgusting embarrassing embarrassment ridiculous brainless delusional ignorant worthless muppet jerk',
  // words sarcasm borrows (contempt when aimed at them)
  sarcasm:
    'wow congrats congratulations bravo impressive genius brilliant shocking shocker shocked surprise classy mature cute gee gosh fantastic marvellous charming thrilling riveting honour honored honoured privilege blessed graced medal award trophy',
  // shutting them down (contempt)
  dismissal: 'whatever duh yawn cares bothered spare',
  // the sender's pain or sacrifice (guilt)
  hurt: 'cried crying cry hurt hurts alone lonely waited waiting sacrificed gave cancelled canceled dropped forgotten unwanted abandoned rejected neglected wasted lost',
  // the sender's worth or place (guilt)
  worth: 'important priority matter matters mattered worth enough afterthought option backup exist existed burden',
  // blame laid on them ("because of you", "you made me")
  blame: 'because bc cause cuz fault thanks made make makes making',
  // lifting the pressure to reply (space)
  space: 'rush pressure hurry whenever ready pace obligation',
  // hearing them back or owning a part (reflection)
  reflect: 'sounds sound hear hearing heard understand seems feel feeling feels sorry part both us fair',
};
const WORD_CLASS: ReadonlyMap<string, string> = new Map(
  Object.entries(CLASS_WORDS).flatMap(([name, words]) => words.split(' ').map((w) => [w, name] as [string, string])),
);
/** the cue class of a word, if it has one */
export const classOf = (word: string): string | undefined => WORD_CLASS.get(word);

const FIRST_PERSON: ReadonlySet<string> = new Set([
  'i',
  "i'm",
  'im',
  "i've",
  'ive',
  "i'd",
  "i'll",
  'me',
  'my',
  'myself',
]);
/** whether a token is the sender speaking of themself ("i", "i'm", "me"…) */
export const isFirstPerson = (word: string): boolean => FIRST_PERSON.has(word);

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
  const classes = kinds.includes('class');
  let previous = '^';
  let negated = 0;
  let afterYou = 0;
  let classYou = 0;
  let classMe = 0;
  for (const word of words) {
    if (classes) {
      const cue = classOf(word);
      if (cue !== undefined) {
        out.push(negated > 0 ? `${NEGATED}${CLASS}${cue}` : `${CLASS}${cue}`);
        if (classYou > 0) out.push(`${AT_YOU}${CLASS}${cue}`);
        if (classMe > 0) out.push(`${OF_ME}${CLASS}${cue}`);
      }
      if (isSecondPerson(word)) {
        classYou = YOU_REACH + 1;
        classMe = 0;
      } else if (isFirstPerson(word)) {
        classMe = YOU_REACH + 1;
        classYou = 0;
      }
      if (classYou > 0) classYou--;
      if (classMe > 0) classMe--;
    }
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
