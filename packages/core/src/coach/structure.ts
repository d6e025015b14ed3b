// whole-message signals: questions, shouting, length, punctuation runs, bare pings

import type { NormalizedText } from './normalize.ts';

export interface Sentence {
  /** offsets into the normalized text */
  readonly start: number;
  readonly end: number;
  readonly isQuestion: boolean;
}

export interface MessageShape {
  readonly sentences: readonly Sentence[];
  readonly questions: number;
  /** the message shouts: mostly capitals over several words */
  readonly shouting: boolean;
  readonly words: number;
  /** runs of three or more ! or ? */
  readonly punctuationRuns: number;
  /** nothing but a greeting, "you there", question marks or similar */
  readonly isPing: boolean;
  /** only question marks (and spaces) */
  readonly isOnlyQuestionMarks: boolean;
}

/** words of delight or affection that make capitals read as excitement */
export const isUpbeat = (text: string): boolean => UPBEAT.test(text) || EXCITED_ENDING.test(text);
/** a laughing emoji: the message is (at least partly) a joke */
export const hasLaughingEmoji = (text: string): boolean => LAUGHING_EMOJI.test(text);
/** a heart or a warm smile: teasing, not blame */
export const hasFondEmoji = (text: string): boolean => FOND_EMOJI.test(text);
/** "lol", "haha" and the like */
export const hasLaughingWord = (text: string): boolean => LAUGHING_WORD.test(text);

const SENTENCE = /[^.!?\n]+(?:[.!?\n]+|$)/g;
const QUESTION_START =
  /^\s*(?:(?:and|so|but|or|like|ok|okay|seriously|honestly|just|then|also|wait|hello|hey|babe|please)[, ]+)*(?:what|why|who|where|when|how|is|are|am|do|does|did|can|could|will|would|should|have|has|was|were|won't|don't|didn't|isn't|aren't|haven't|can't|wouldn't)\b/;
const PING =
  /^[\s?!.]*(?:(?:hello|hey|hi|yo|oi|babe|baby|hun|helloo|heyy|you|are|you there|are you there|still there|anyone there|okay|so|well|and|hmm|um|alive|awake|\?)[\s?!.,]*)+$/;
const UPBEAT =
  /\b(?:love|miss|yay|congrat\w*|omg|amazing|proud|happy|best|excited|lol|haha\w*|wow|yes+|thank\w*|birthday|got the|we did it|can't wait|so good|incredible|woo+|hooray|won|win|winning|passed|engaged|promoted|got in|can't believe|wait to see|met|snowing|scored)\b|[😀😃😄😁😆🥳🎉❤💕💖😍🥰😘🏆🙌💃🥂🍾✨]/u;
/** news shouted with exclamation marks ("THE MORTGAGE CAME THROUGH!!!") reads as excitement */
const EXCITED_ENDING = /!{3,}|!!\s*$/;
const LAUGHING_EMOJI = /[😂🤣😆😜😝]/u;
const FOND_EMOJI = /[❤💕💖😍🥰😘😄😁😊]/u;
const LAUGHING_WORD = /\b(?:lol|lmao|haha\w*|hehe\w*|jk)\b/;

/**
 * Splits the normalized message into sentences and measures its overall shape.
 * @example describeShape(normalize('Where are you? Who are you with?')).questions === 2
 */
export function describeShape(normalized: NormalizedText): MessageShape {
  const text = normalized.text;
  const sentences: Sentence[] = [];
  let questions = 0;
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(text); m !== null; m = SENTENCE.exec(text)) {
    const body = m[0];
    if (!/[a-z0-9\u00c0-\u024f]/.test(body)) continue;
    const isQuestion = body.includes('?') || QUESTION_START.test(body);
    if (isQuestion) questions++;
    sentences.push({ start: m.index, end: m.index + body.length, isQuestion });
  }
  const punctuationRuns = (text.match(/[!?]{3,}/g) ?? []).length;
  const trimmed = text.trim();
  const shoutRatio = normalized.letters === 0 ? 0 : normalized.upperLetters / normalized.letters;
  const shouting =
    normalized.letters >= 8 &&
    shoutRatio >= 0.7 &&
    (normalized.shoutedWords >= 3 || (normalized.shoutedWords >= 2 && normalized.words <= 3));
  return {
    sentences,
    questions,
    shouting,
    words: normalized.words,
    punctuationRuns,
    isPing: trimmed.length > 0 && trimmed.length <= 40 && PING.test(trimmed),
    isOnlyQuestionMarks: /^[\s?]+$/.test(trimmed) && trimmed.includes('?'),
  };
}
