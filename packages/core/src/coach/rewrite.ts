// turns a pressuring message into a gentler one that keeps its topic, following the five steps

import { PRESSURE, type PressureCategory, REWRITE_ORDER } from '../playbook/index.ts';
import type { MessageShape } from './structure.ts';
import type { CoachFlag } from './types.ts';

const ALREADY_VALIDATES = /\b(?:sounds|must be|makes sense|so sorry)\b/i;
const VISIT =
  /\b(?:outside|downstairs|coming|come|driving|way|heading|round|over|door|flat|house|office|work|station)\b/i;
const VISIT_REPLACEMENT = "I'd love to see you when it suits you. Let me know if you'd like me to come over.";

const TOPIC_AFTER =
  /\b(?:about|regarding|over|with|around)\s+((?:the|your|ur|my|our|this|that|his|her|their)\s+[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})/gi;
const DETERMINER_PHRASE = /\b((?:the|your|ur|my|our|this|that)\s+[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)/gi;

/** words that never make a topic: pressure vocabulary, feelings, adverbs and fillers */
const NOT_TOPIC = new Set([
  'way',
  'fault',
  'problem',
  'point',
  'phone',
  'message',
  'messages',
  'text',
  'texts',
  'reply',
  'answer',
  'question',
  'last',
  'chance',
  'silence',
  'attitude',
  'truth',
  'time',
  'end',
  'world',
  'deal',
  'thing',
  'things',
  'worst',
  'same',
  'one',
  'only',
  'whole',
  'other',
  'hell',
  'side',
  'bright',
  'lot',
  'best',
  'least',
  'first',
  'matter',
  'kind',
  'sort',
  'calls',
  'call',
  'voicemail',
  'behaviour',
  'behavior',
  'excuse',
  'excuses',
  'words',
  'feelings',
  'head',
  'life',
  'never',
  'most',
  'just',
  'own',
  'very',
  'always',
  'really',
  'so',
  'too',
  'all',
  'is',
  'was',
  'are',
  'were',
  'be',
  'being',
  'not',
  "don't",
  "didn't",
  'read',
  'receipts',
  'fix',
  'solution',
  'answers',
  'explanation',
  'password',
  'door',
  'location',
  'essay',
  'story',
  'face',
  'mind',
  'eyes',
  'heart',
  'msg',
  'msgs',
  'texts',
  'question',
  'whole',
  'bigger',
  'bright',
  'next',
  'minutes',
  'hours',
  'days',
  'weeks',
]);

const TRAILING_FILLER =
  /\s+(?:no|yes|please|pls|tonight|today|tomorrow|how|what|why|when|where|who|if|is|are|was|were|and|or|but|so|then|now|again|too|lol|tho|though|anymore|already|ok|okay|right|i|you|me|to|of|for|at|in|on|it|that|this|the|a|an|just|with|about)$/i;

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A short topic phrase from the user's words (e.g. "your job", "the wedding plans") outside the flagged spans, or null.
 * @example extractTopic('You should just quit that job.') === 'that job'
 */
export function extractTopic(sentence: string, avoid: readonly Span[] = [], offset = 0): string | null {
  const candidates: { phrase: string; at: number }[] = [];
  for (const pattern of [TOPIC_AFTER, DETERMINER_PHRASE]) {
    pattern.lastIndex = 0;
    for (const m of sentence.matchAll(pattern)) {
      const phrase = m[1];
      if (phrase) candidates.push({ phrase, at: (m.index ?? 0) + m[0].indexOf(phrase) });
    }
  }
  for (const { phrase: raw, at } of candidates) {
    let phrase = raw.trim().replace(/[^\p{L}\p{N}' -]+/gu, '');
    while (TRAILING_FILLER.test(phrase)) phrase = phrase.replace(TRAILING_FILLER, '');
    const words = phrase.split(/\s+/);
    if (words.length < 2 || words.slice(1).some((w) => NOT_TOPIC.has(w.toLowerCase()))) continue;
    if ((words[1] as string).length < 3) continue;
    const start = offset + at;
    const end = start + phrase.length;
    const insideFlag = avoid.some((f) => f.start <= start && f.end >= end);
    if (insideFlag && words.length > 2) continue;
    return words.map((w, i) => (i === 0 ? (w.toLowerCase() === 'ur' ? 'your' : w.toLowerCase()) : w)).join(' ');
  }
  return null;
}

interface SentenceSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]*/g)) {
    const body = m[0].trim();
    if (!/[\p{L}\p{N}]/u.test(body)) continue;
    const start = m.index + m[0].indexOf(body);
    spans.push({ start, end: start + body.length, text: body });
  }
  return spans;
}

function sentenceCase(sentence: string): string {
  const letters = sentence.replace(/[^A-Za-z]/g, '');
  const upper = sentence.replace(/[^A-Z]/g, '').length;
  const calm = letters.length > 0 && upper / letters.length > 0.6 ? sentence.toLowerCase() : sentence;
  const tidy = calm.replace(/([!?])[!?]+/g, '$1').replace(/\s+/g, ' ');
  return tidy.charAt(0).toUpperCase() + tidy.slice(1);
}

function finish(sentence: string): string {
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/**
 * Proposes a gentler message: flagged sentences become their step's counterpart, neutral ones stay.
 * @example rewriteMessage('Why are you ignoring me?', flags, shape).text // "I've noticed things have felt a bit different lately. …"
 */
export interface Rewrite {
  readonly text: string;
  /** whether it carries any of the user's own words (kept sentences or a topic), which the coach re-checks */
  readonly keepsOwnWords: boolean;
}

/** at most this many step templates in one rewrite, so a rewrite never becomes a wall of text itself */
const MAX_TEMPLATES = 3;

/** each sentence's flags, found by binary search so that long messages stay linear */
function flagsBySentence(sentences: readonly SentenceSpan[], flags: readonly CoachFlag[]): CoachFlag[][] {
  const buckets = sentences.map((): CoachFlag[] => []);
  for (const flag of flags) {
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sentences[mid] as SentenceSpan).end <= flag.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sentences.length && (sentences[i] as SentenceSpan).start < flag.end; i++)
      buckets[i]?.push(flag);
  }
  return buckets;
}

const READY_SENTENCE = / I'm here whenever you're ready\./;
const READY_CLAUSE = /, whenever you're ready\./;

/** a template without the "whenever you're ready" the rewrite already says */
function withoutRepeat(replacement: string, parts: readonly string[]): string {
  if (!parts.some((p) => p.includes("whenever you're ready"))) return replacement;
  return replacement.replace(READY_SENTENCE, '').replace(READY_CLAUSE, '.');
}

export function rewriteMessage(text: string, flags: readonly CoachFlag[], shape: MessageShape): Rewrite {
  const sentences = splitSentences(text);
  const buckets = flagsBySentence(sentences, flags);
  const kept = new Set<string>();
  const parts: string[] = [];
  const used = new Set<string>();
  let topicUsed = false;
  let keptQuestion = false;
  let keptNeutral = 0;
  const maxNeutral = shape.words > 60 ? 1 : 3;
  const wholeMessage = (f: CoachFlag) => f.category === 'overwhelming' && f.end - f.start >= text.trim().length * 0.6;
  for (const [index, sentence] of sentences.entries()) {
    const inSentence = buckets[index] ?? [];
    const phraseFlags = inSentence.filter((f) => !wholeMessage(f));
    if (phraseFlags.length === 0) {
      const isQuestion = sentence.text.includes('?');
      if (isQuestion && (keptQuestion || inSentence.length > 0)) continue;
      if (keptNeutral >= maxNeutral) continue;
      const neutral = finish(sentenceCase(sentence.text));
      const folded = neutral.toLowerCase();
      if (kept.has(folded) || parts.some((p) => p.toLowerCase().includes(folded))) continue;
      kept.add(folded);
      keptQuestion ||= isQuestion;
      keptNeutral++;
      parts.push(neutral);
      continue;
    }
    const category = REWRITE_ORDER.find((c) => phraseFlags.some((f) => f.category === c)) as PressureCategory;
    const topic = topicUsed ? null : extractTopic(sentence.text, inSentence, sentence.start);
    const replacement =
      category === 'overwhelming' && phraseFlags.some((f) => VISIT.test(f.excerpt))
        ? VISIT_REPLACEMENT
        : PRESSURE[category].rewrite(topic, { validated: parts.some((p) => ALREADY_VALIDATES.test(p)) });
    // one template a step: the same step again, with or without a topic, would repeat its sentences
    const key = replacement === VISIT_REPLACEMENT ? 'visit' : category;
    if (used.has(key) || used.size >= MAX_TEMPLATES) continue;
    if (topic && replacement.includes(topic)) topicUsed = true;
    used.add(key);
    parts.push(withoutRepeat(replacement, parts));
  }
  const categories = new Set(flags.map((f) => f.category));
  if (used.size === 0) parts.push(PRESSURE.overwhelming.rewrite(null));
  const givesSpace = parts.some((p) => /no rush|whenever you're ready|right time/i.test(p));
  if (!givesSpace && [...categories].some((c) => PRESSURE[c].pressesForReply)) parts.push('No rush to reply.');
  return { text: parts.join(' '), keepsOwnWords: keptNeutral > 0 || topicUsed };
}

/** the templates alone, for when the user's own sentences would still read as pressure */
export function plainRewrite(flags: readonly CoachFlag[]): string {
  const categories = REWRITE_ORDER.filter((c) => flags.some((f) => f.category === c));
  const parts: string[] = [];
  for (const template of [...new Set(categories.map((c) => PRESSURE[c].rewrite(null)))].slice(0, MAX_TEMPLATES))
    parts.push(withoutRepeat(template, parts));
  if (!parts.some((p) => /no rush|whenever you're ready|right time/i.test(p))) parts.push('No rush to reply.');
  return parts.join(' ');
}
