// the message coach: flags pressure, credits what helps, scores, and proposes a gentler rewrite

import { detectLanguage } from '../language/detect-language.ts';
import {
  OWN_BEHAVIOUR_HELP,
  PRESSURE,
  PRESSURE_CATEGORIES,
  type PressureCategory,
  SAFETY,
  SUPPORTIVE,
  type SupportiveCategory,
  URGENT_HELP,
} from '../playbook/index.ts';
import { checkSafety } from '../safety/check.ts';
import { type RawMatch, RuleSet } from './matcher.ts';
import { shapeFeatures, textFeatures } from './model/features.ts';
import { COACH_CATEGORIES, type CoachCategory, LearnedScorer } from './model/scorer.ts';
import { storedScorerTables } from './model/stored-tables.ts';
import { type NormalizedText, normalize, originalSpan } from './normalize.ts';
import { plainRewrite, rewriteMessage } from './rewrite.ts';
import { PRESSURE_RULES } from './rules/pressure-rules.ts';
import { SUPPORT_RULES } from './rules/support-rules.ts';
import { LEISURE } from './rules/vocabulary.ts';
import {
  describeShape,
  hasFondEmoji,
  hasLaughingEmoji,
  hasLaughingWord,
  isUpbeat,
  type MessageShape,
} from './structure.ts';
import type { CoachContext, CoachFlag, CoachResult, CoachStrength, SafetyNote, Verdict } from './types.ts';

const pressureRules = new RuleSet(PRESSURE_RULES, { skipReported: true });
const supportRules = new RuleSet(SUPPORT_RULES);
const scorer = LearnedScorer.fromTables(storedScorerTables());
const PRESSURE_SET: ReadonlySet<CoachCategory> = new Set(PRESSURE_CATEGORIES);
/** the scorer's probabilities for the message being coached, read at once (one array for every message) */
const probabilities = new Float64Array(COACH_CATEGORIES.length);

/** at or above this score the verdict is "rethink" rather than "soften" */
const RETHINK_AT = 50;

/** an eye-roll, or clapping between words ("great 👏 communication 👏"), reads as contempt */
const SCORN_EMOJI = /🙄+|👏[^👏\n]{0,30}👏/u;
/** a clown or a yawn as the whole reply ("🤡", "ok delulu 🤡", "🥱"), not said of the sender ("me 🤡") */
const SCORN_REPLY = /^\s*(?:(?:okay|lol|lmao|sure|yeah|wow)[ ,.]*)?(?:(?!me\b|i\b|i'm\b|my\b)[a-z]+ )?(?:🤡|🥱)+\s*$/u;
/** a smile closing a line of hurt or blame ("guess I'll eat alone again 🙂") is sarcasm (LABELLING.md rule 30) */
const CLOSING_SMILE = /(?:🙂|🙃)+\s*$/u;

/** a modal looking back ("should have", "could've") */
const LOOKS_BACK = /\b(?:should|could|would|might|must)(?: have|'ve)\b/;

/** a tip about something to enjoy ("you should just try the ramen place"): not fixing without a rule saying so */
const LEISURE_TIP = new RegExp(`\\b(?:try|check out|watch|listen to|read|visit|go to|order|see)\\b${LEISURE}`);

/** a question, "you", or a word about replies or being there: what even a short chasing message carries */
const ASKS_FOR_ANSWER =
  /\?|\b(?:you|u|your|ur|reply|replied|replying|respond\w*|answer\w*|text\w*|call\w*|ring|message\w*|hear|heard|read|seen|online|there|hello+|hey+|hi+|ignor\w*|waiting|wait|again|anything|nothing|silence|silent|ghost\w*|pick up)\b/;
/** a word of praise or agreement */
const PRAISE_ONLY =
  /\b(?:impressive|cute\w*|ditto|agreed?|beautiful|gorgeous|adorable|brilliant|awesome|great|nice|congrat\w*|well done|amazing|perfect|excellent|wonderful|lovely|stunning|incredible|so good|love (?:it|this|that))\b/;

/** praise or thanks for an answer ("love this answer", "thanks for the quick reply"): no scorer-only `chasing` */
const PRAISES_ANSWER =
  /\b(?:thanks?|thank you|love|great|good|nice|perfect|helpful|appreciate|best|right|correct|informative|detailed|quick|fast)\b[^.!?\n]{0,20}\b(?:answer|reply|response|explanation)\b/;

/**
 * praise of them ("you're always so patient with my mum", "you've made me so happy"): a positive absolute, no
 * scorer-only blame or scorn (rule 9)
 */
const PRAISES_THEM =
  /\b(?:you(?:'re| are)?|ur) (?:always |so |such |really |very |honestly |truly |the most )*(?:an? )?(?:patient|kind|sweet|good|great|lovely|thoughtful|generous|caring|supportive|helpful|funny|brilliant|amazing|wonderful|gorgeous|beautiful|clever|smart|talented|strong|brave|calm|gentle|fun|star|legend|natural|best)\b(?! at (?:it|that|this|ignoring|ghosting|avoiding)\b)|\b(?:you|u)(?:'ve| have)? (?:made|make|making) me (?:so |really |very |feel )*(?:happy|smile|laugh|proud|safe|loved)\b/;

/** words that take blame off the reader ("you did the best you could", "it's not your fault", "you're too hard on yourself") */
const CLEARS_THEM =
  /\b(?:you did (?:the best|everything|all) (?:you|anyone) could|(?:it's|it is|it was|it wasn't|that's|that is) not (?:your|ur) fault|(?:it's|it was|it wasn't) never (?:your|ur) fault|you did nothing wrong|you(?:'ve| have) done nothing wrong|(?:too|so|really|very) hard on yourself)\b/;

/**
 * plain thanks ("cheers for the replies, appreciated", "thanks to you we had the best weekend"), not "thanks for
 * ruining it": no scorer-only blame, scorn or guilt (a sarcastic "thanks to you we missed it" is a rule's)
 */
const THANKS =
  /(?:^|[.!?]\s*)(?:thanks?|thank you|thx|cheers|ty)(?: so much| a lot| very much)?(?: (?:for|to) (?:the|your|all|this|sharing|asking|replying|answering|helping|explaining|posting|reading|listening|letting|you|u)\b| (?:guys|man|mate|all|everyone|folks)\b| *[.!,🙏]| *$)|\bappreciated?\b|\bgrateful\b/u;

/** a bare acknowledgement ("ok", "sure", "k", "cool"): everyday chat, scorn only when a rule shows it */
const ACKNOWLEDGEMENT: ReadonlySet<string> = new Set(
  'ok okay k kk sure fine cool yeah yea yep yes right alright noted mhm mm got it thanks'.split(' '),
);
/**
 * Capitals with no other pressure are shouting at someone when they speak to the reader, ask, or carry a hard feeling
 * ("I AM SO TIRED OF THIS"); a cheer, a meme or news in capitals ("WE'LL CALL IT A DRAW") is not.
 */
const SHOUTED_AT =
  /\?|\b(?:you|your|yours|yourself|you're|u|ur|tired|sick|done|enough|hate|can't|cannot|don't|won't|never|wrong|trying|stop|why|alone|hurt|angry|mad|upset|fed up|over it|seriously|again)\b/;
/** a whole reply of "k", "k." or "kk." shuts the message down (LABELLING.md rule 36); "ok", "Ok." and "kk" alone do not */
const CURT_WHOLE_MESSAGE = /^\s*(?:k\.*|kk\.+)\s*$/i;
/** a clipped "k." or "noted." is curt (LABELLING.md rule 10: "k. cool."), a plain "ok" or "Cool." is not */
const CURT = /\b(?:k|kk|noted)\./;
const isBareAcknowledgement = (normalized: NormalizedText): boolean =>
  normalized.tokens.length > 0 &&
  normalized.tokens.length <= 2 &&
  normalized.tokens.every((t) => ACKNOWLEDGEMENT.has(t)) &&
  !CURT.test(normalized.text);

/** "oh no, that sounds annoying": a rule found validation, so the scorer alone does not call it scorn */
function validates(normalized: NormalizedText): boolean {
  return supportRules.match(normalized).some((m) => m.category === 'validation');
}

/** a short unanswered ping becomes chasing once this many of the user's messages are already waiting */
const CHASING_AFTER_UNANSWERED = 2;

interface Detection {
  readonly normalized: NormalizedText;
  readonly shape: MessageShape;
  readonly pressure: RawMatch<PressureCategory>[];
  /** categories the learned scorer is confident about, with their index in COACH_CATEGORIES */
  readonly learned: readonly { category: CoachCategory; index: number }[];
}

function detect(text: string, context: CoachContext | undefined): Detection {
  const normalized = normalize(text);
  const shape = describeShape(normalized);
  const pressure = dropJokes(normalized.text, pressureRules.match(normalized));
  if (CURT_WHOLE_MESSAGE.test(text)) pressure.push({ category: 'contempt', start: 0, end: normalized.text.length });
  addWholeMessageSignals(normalized, shape, context, pressure);
  scorer.probabilitiesOfWords(normalized.tokens, shapeFeatures(shape, context), probabilities);
  const learned: { category: CoachCategory; index: number }[] = [];
  for (let index = 0; index < COACH_CATEGORIES.length; index++)
    if ((probabilities[index] as number) >= (scorer.thresholds[index] as number))
      learned.push({ category: COACH_CATEGORIES[index] as CoachCategory, index });
  const happyCapitals = shape.shouting && pressure.length === 0 && isUpbeat(normalized.text);
  for (const { category, index } of learned) {
    if (!PRESSURE_SET.has(category) || pressure.some((m) => m.category === category)) continue;
    if (category === 'overwhelming' && happyCapitals) continue;
    // advice is about what to do next; "you should have called" looks back, so it is not fixing
    if (category === 'fixing' && (LOOKS_BACK.test(normalized.text) || LEISURE_TIP.test(normalized.text))) continue;
    if (category === 'chasing' && PRAISES_ANSWER.test(normalized.text)) continue;
    // praise with no question, no word about replies and no "you" chases nobody: "Ditto!!!", "Still impressive."
    if (category === 'chasing' && PRAISE_ONLY.test(normalized.text) && !ASKS_FOR_ANSWER.test(normalized.text)) continue;
    if (
      category === 'contempt' &&
      pressure.length === 0 &&
      (isBareAcknowledgement(normalized) || validates(normalized))
    )
      continue;
    if (
      (category === 'accusation' || category === 'contempt' || category === 'guilt') &&
      pressure.length === 0 &&
      (PRAISES_THEM.test(normalized.text) || THANKS.test(normalized.text) || CLEARS_THEM.test(normalized.text))
    )
      continue;
    // a habit blamed ("you never call me", "u never text me back") asks for nothing: without a question it is
    // accusation only, not chasing (LABELLING.md rules 7 and 24)
    if (category === 'chasing' && shape.questions === 0 && blamesHabit(normalized.text, pressure)) continue;
    pressure.push({ category: category as PressureCategory, ...bestSentence(normalized, shape, index) });
  }
  return { normalized, shape, pressure, learned };
}

/** a negative absolute about them ("you never …", "u hardly ever …") that the accusation rules found */
const NEGATIVE_ABSOLUTE = /^(?:you|u) (?:never|never ever|hardly ever|barely ever|rarely|don't ever)\b/;

function blamesHabit(text: string, pressure: readonly RawMatch<PressureCategory>[]): boolean {
  return pressure.some((m) => m.category === 'accusation' && NEGATIVE_ABSOLUTE.test(text.slice(m.start, m.end)));
}

/** the sentence that carries a category the learned scorer found (the whole message when it has one sentence) */
function bestSentence(normalized: NormalizedText, shape: MessageShape, index: number): { start: number; end: number } {
  let best = { start: 0, end: trimEnd(normalized.text, normalized.text.length) };
  let bestScore = Number.NEGATIVE_INFINITY;
  if (shape.sentences.length <= 1) return best;
  for (const sentence of shape.sentences) {
    const score = scorer.score(textFeatures(normalized.text.slice(sentence.start, sentence.end)), index);
    if (score > bestScore) {
      bestScore = score;
      best = { start: sentence.start, end: trimEnd(normalized.text, sentence.end) };
    }
  }
  return best;
}

/** labels and teasing inside a joke ("ur impossible lol", "calm down, pasta 😂") are not aimed to hurt */
function dropJokes(text: string, matches: RawMatch<PressureCategory>[]): RawMatch<PressureCategory>[] {
  if (matches.length === 0) return matches;
  const laughingEmoji = hasLaughingEmoji(text);
  if (!laughingEmoji && !hasLaughingWord(text) && !hasFondEmoji(text)) return matches;
  return matches.filter((m) => {
    const softened = PRESSURE[m.category].softenedByJoke;
    return softened === 'never' || (!laughingEmoji && softened === 'laughing emoji');
  });
}

function addWholeMessageSignals(
  normalized: NormalizedText,
  shape: MessageShape,
  context: CoachContext | undefined,
  pressure: RawMatch<PressureCategory>[],
): void {
  const whole = { start: 0, end: normalized.text.length };
  const unanswered = context?.unansweredCount ?? 0;
  if (shape.isOnlyQuestionMarks) pressure.push({ category: 'chasing', ...whole });
  else if (unanswered >= CHASING_AFTER_UNANSWERED && (shape.isPing || (shape.questions >= 1 && shape.words <= 8)))
    pressure.push({ category: 'chasing', ...whole });

  const scorn = SCORN_EMOJI.exec(normalized.text) ?? SCORN_REPLY.exec(normalized.text);
  if (scorn) pressure.push({ category: 'contempt', start: scorn.index, end: scorn.index + scorn[0].length });
  else if (pressure.some((m) => m.category === 'guilt' || m.category === 'accusation')) {
    const smile = CLOSING_SMILE.exec(normalized.text);
    if (smile) pressure.push({ category: 'contempt', start: smile.index, end: smile.index + smile[0].length });
  }

  const others = new Set(pressure.map((m) => m.category)).size;
  const questionSentences = shape.sentences.filter((s) => s.isQuestion);
  const manyQuestions = shape.questions >= 4 || (shape.questions >= 3 && others > 0);
  if (manyQuestions && questionSentences.length > 0) {
    const first = questionSentences[0] as { start: number };
    const last = questionSentences[questionSentences.length - 1] as { end: number };
    pressure.push({ category: 'overwhelming', start: first.start, end: trimEnd(normalized.text, last.end) });
  }
  const shoutingHard =
    shape.shouting && (others > 0 || (!isUpbeat(normalized.text) && SHOUTED_AT.test(normalized.text)));
  // a long story or itinerary is fine; a long message that piles on pressure or questions is not
  const wallOfText =
    (shape.words >= 150 && (others >= 1 || shape.questions >= 3)) || (shape.words >= 70 && others >= 2);
  if (shoutingHard || wallOfText)
    pressure.push({ category: 'overwhelming', ...whole, end: trimEnd(normalized.text, whole.end) });
}

/** a span without leading punctuation or surrounding spaces, so excerpts read cleanly */
function tidySpan(text: string, [start, end]: [number, number]): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s.,;:!?]/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  return s < e ? [s, e] : [start, end];
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1] as string)) e--;
  return e;
}

/** merges overlapping spans of the same category and sorts by position */
function mergeSpans<C extends string>(matches: RawMatch<C>[]): RawMatch<C>[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: RawMatch<C>[] = [];
  // sorted by start, a span can only overlap the latest merged span of its category
  const latest = new Map<C, number>();
  for (const m of sorted) {
    const at = latest.get(m.category);
    const o = at === undefined ? undefined : merged[at];
    if (at === undefined || o === undefined || m.start >= o.end) {
      latest.set(m.category, merged.length);
      merged.push(m);
    } else {
      merged[at] = { category: m.category, start: Math.min(o.start, m.start), end: Math.max(o.end, m.end) };
    }
  }
  return merged;
}

/**
 * what a "but" takes back (LABELLING.md rule 28): validation followed by brushing the feeling aside ("I get why
 * you're upset, but it's not a big deal"), and an apology followed by blame or brushing aside ("I'm sorry I
 * shouted, but you pushed me to it"). Other pressure after the "but" stands beside the support ("I get that
 * you're stressed, but you're being selfish" keeps its validation; "I know I've been clingy, but you've been
 * cold" keeps owning the sender's part).
 */
const TAKEN_BACK_BY: Partial<Record<SupportiveCategory, ReadonlySet<PressureCategory>>> = {
  validation: new Set(['minimizing']),
  reflection: new Set(['accusation', 'minimizing']),
};
const APOLOGY = /\b(?:sorry|apologi[sz]e|apologies)\b/;

/** drops supportive phrases that contempt turns sarcastic, or that a "but" and pressure later in the sentence undercut */
function dropUndercut(
  normalized: NormalizedText,
  strengths: RawMatch<SupportiveCategory>[],
  pressure: readonly RawMatch<PressureCategory>[],
): RawMatch<SupportiveCategory>[] {
  if (pressure.length === 0) return strengths;
  const sarcastic = pressure.some((p) => p.category === 'contempt');
  const text = normalized.text;
  /**
   * pressure of a counted category within 80 characters after a "but" found from `from` on; `spanning` also
   * counts pressure whose span runs on past the "but" (the scorer's span is its whole sentence)
   */
  const pressureAfterBut = (
    from: number,
    but: RegExp,
    counts: (category: PressureCategory) => boolean,
    spanning = false,
  ) => {
    const at = text.slice(from, from + 120).search(but);
    if (at === -1) return false;
    const butAt = from + at;
    return pressure.some(
      (p) => (p.start >= butAt || (spanning && p.end > butAt)) && p.start <= butAt + 80 && counts(p.category),
    );
  };
  return strengths.filter((s) => {
    const undercutBy = SUPPORTIVE[s.category].undercutBy;
    if (sarcastic && undercutBy !== 'never') return false;
    const takenBack = TAKEN_BACK_BY[s.category];
    if (
      takenBack !== undefined &&
      (s.category !== 'reflection' || APOLOGY.test(text.slice(s.start, s.end))) &&
      // from the phrase's start: a support the scorer found spans its whole sentence, "but" and all
      pressureAfterBut(s.start, /\bbut\b/, (c) => takenBack.has(c), true)
    )
      return false;
    if (undercutBy !== 'sarcasm or but') return true;
    return !pressureAfterBut(s.end, /\b(?:but|just|though)\b/, (c) => c !== 'overwhelming');
  });
}

/** the pointer to real help for a message that suggests danger, abuse or self-harm, from the one safety check */
function safetyNote(text: string): SafetyNote | undefined {
  const found = checkSafety(text);
  if (found === null) return undefined;
  const help = SAFETY[found.concern];
  return {
    concern: found.concern,
    message: found.urgent ? `${URGENT_HELP} ${help.message}` : help.message,
    // a draft is the user's own words: control in it may be theirs
    resources: found.concerns.includes('abuse') ? [...help.resources, OWN_BEHAVIOUR_HELP] : help.resources,
    concerns: found.concerns,
    urgent: found.urgent,
  };
}

/** languages whose pressure the coach can read: English, and messages too short to tell */
const READABLE = new Set(['en', 'und']);

/** the 0..100 pressure score: the heaviest category, plus a share of each further one and each extra phrase */
function pressureScore(flags: readonly CoachFlag[], strengths: number): number {
  if (flags.length === 0) return 0;
  const categories = [...new Set(flags.map((f) => f.category))].map((c) => PRESSURE[c].weight).sort((a, b) => b - a);
  const [heaviest = 0, ...rest] = categories;
  const extraPhrases = flags.length - categories.length;
  const raw = heaviest + rest.reduce((sum, w) => sum + w * 0.5, 0) + extraPhrases * 5 - Math.min(strengths, 2) * 5;
  return Math.max(5, Math.min(100, Math.round(raw)));
}

function verdictFor(pressure: number, flags: number): Verdict {
  if (flags === 0) return 'send';
  return pressure >= RETHINK_AT ? 'rethink' : 'soften';
}

/**
 * The rewrite, calm itself: the step templates are calm by construction (a test coaches every combination),
 * so only a rewrite that carries the user's own words is coached again; it falls back to the templates alone.
 */
function calmRewrite(text: string, flags: readonly CoachFlag[], shape: MessageShape): string {
  const rewrite = rewriteMessage(text, flags, shape);
  if (!rewrite.keepsOwnWords || detectPressure(rewrite.text).length === 0) return rewrite.text;
  return plainRewrite(flags);
}

/**
 * Coaches one message before it is sent.
 * @example coachMessage('Why are you ignoring me?').flags[0]?.category === 'demand'
 */
export function coachMessage(text: string, context?: CoachContext): CoachResult {
  const { language } = detectLanguage(text);
  const safety = safetyNote(text);
  if (!READABLE.has(language)) {
    const result: CoachResult = {
      text,
      pressure: null,
      verdict: 'cannot_judge',
      flags: [],
      strengths: [],
      rewrite: null,
      language,
    };
    return safety ? { ...result, safety } : result;
  }
  const { normalized, shape, pressure, learned } = detect(text, context);
  const pressureSpans = mergeSpans(pressure);
  const supportive = supportRules.match(normalized);
  for (const { category, index } of learned)
    if (!PRESSURE_SET.has(category) && !supportive.some((m) => m.category === category))
      supportive.push({ category: category as SupportiveCategory, ...bestSentence(normalized, shape, index) });
  const strengthSpans = dropUndercut(normalized, mergeSpans(supportive), pressureSpans);
  const flags: CoachFlag[] = pressureSpans.map((m) => {
    const [start, end] = tidySpan(text, originalSpan(normalized, m.start, m.end));
    const info = PRESSURE[m.category];
    return {
      category: m.category,
      start,
      end,
      excerpt: text.slice(start, end),
      step: info.step,
      why: info.why,
      try: info.tryInstead[0] as string,
    };
  });
  const strengths: CoachStrength[] = strengthSpans.map((m) => {
    const [start, end] = tidySpan(text, originalSpan(normalized, m.start, m.end));
    return { category: m.category, start, end, excerpt: text.slice(start, end) };
  });
  const score = pressureScore(flags, strengths.length);
  const result: CoachResult = {
    text,
    pressure: score,
    verdict: verdictFor(score, flags.length),
    flags,
    strengths,
    rewrite: flags.length === 0 || safety ? null : calmRewrite(text, flags, shape),
    language,
  };
  return safety ? { ...result, safety } : result;
}

/**
 * Only the pressure categories present in a message, for scanning whole histories quickly.
 * @example detectPressure('did u see my msg??') // ['chasing']
 */
export function detectPressure(text: string, context?: CoachContext): PressureCategory[] {
  const { pressure } = detect(text, context);
  if (pressure.length === 0) return [];
  const present = new Set(pressure.map((m) => m.category));
  return PRESSURE_CATEGORIES.filter((c) => present.has(c));
}
