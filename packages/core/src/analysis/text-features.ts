// one pass over a message's characters: words, style categories, we/you, affection, bids, sentiment
/// <reference path="./vader-lexicon.d.ts" />

import { lexicon } from 'vader-sentiment/src/vader_lexicon.js';
import {
  AFFECTION_WORDS,
  BID_WORDS,
  NEGATORS,
  ONE_WORD_REPLIES,
  STYLE_CATEGORIES,
  STYLE_WORDS,
  WE_WORDS,
  YOU_WORDS,
} from './lexicons.ts';

const FLAG_WE = 1 << 8;
const FLAG_YOU = 1 << 9;
const FLAG_AFFECTION = 1 << 10;
const FLAG_ONE_WORD = 1 << 11;
const FLAG_BID = 1 << 12;
const FLAG_NEGATOR = 1 << 13;

/** the features of one message, written into a reused object to avoid garbage on large histories */
export interface TextFeatures {
  words: number;
  /** counts per style category, in STYLE_CATEGORIES order */
  readonly style: Int32Array;
  we: number;
  you: number;
  affection: boolean;
  question: boolean;
  bidWord: boolean;
  /** the message is exactly one low-content word ("k", "fine", "idk") */
  oneWord: boolean;
  /** VADER-style compound score, -1..1 (0 when no word carries sentiment) */
  sentiment: number;
  /** at least one word carried sentiment */
  scored: boolean;
}

/** an open-addressing table keyed by a word's hash, so lookups need no substring per word */
const TABLE_BITS = 15;
const TABLE_SIZE = 1 << TABLE_BITS;
const MASK = TABLE_SIZE - 1;
const slotKey: string[] = Array.from({ length: TABLE_SIZE }, () => '');
const slotFlags = new Int32Array(TABLE_SIZE);
const slotValence = new Float64Array(TABLE_SIZE);

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const hashOf = (word: string): number => {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
};

const slotFor = (word: string): number => {
  let index = hashOf(word) & MASK;
  for (;;) {
    const key = slotKey[index] ?? '';
    if (key === '' || key === word) {
      slotKey[index] = word;
      return index;
    }
    index = (index + 1) & MASK;
  }
};

for (const [word, valence] of Object.entries(lexicon)) {
  if (/^[a-z0-9']+$/.test(word)) slotValence[slotFor(word)] = valence;
}
STYLE_CATEGORIES.forEach((category, bit) => {
  for (const word of STYLE_WORDS[category]) {
    const slot = slotFor(word);
    slotFlags[slot] = (slotFlags[slot] ?? 0) | (1 << bit);
  }
});
const mark = (list: readonly string[], flag: number) => {
  for (const word of list) {
    const slot = slotFor(word.replace(/\.$/, ''));
    slotFlags[slot] = (slotFlags[slot] ?? 0) | flag;
  }
};
mark(WE_WORDS, FLAG_WE);
mark(YOU_WORDS, FLAG_YOU);
mark(AFFECTION_WORDS, FLAG_AFFECTION);
mark(ONE_WORD_REPLIES, FLAG_ONE_WORD);
mark(BID_WORDS, FLAG_BID);
mark(NEGATORS, FLAG_NEGATOR);

/** per UTF-16 unit: its lower-case letter, digit or apostrophe code, or -1 for anything else */
const WORD_CODE = new Int16Array(0x10000).fill(-1);
for (let c = 97; c <= 122; c++) WORD_CODE[c] = c;
for (let c = 65; c <= 90; c++) WORD_CODE[c] = c + 32;
for (let c = 48; c <= 57; c++) WORD_CODE[c] = c;
WORD_CODE[39] = 39;
WORD_CODE[0x2019] = 39;

/** the table slot of text[start..start+length) read through `wordCode`, or -1 */
function lookup(text: string, start: number, length: number, hash: number): number {
  let index = hash & MASK;
  for (;;) {
    const key = slotKey[index] ?? '';
    if (key === '') return -1;
    if (key.length === length) {
      let same = true;
      for (let i = 0; i < length; i++) {
        if (key.charCodeAt(i) !== WORD_CODE[text.charCodeAt(start + i)]) {
          same = false;
          break;
        }
      }
      if (same) return index;
    }
    index = (index + 1) & MASK;
  }
}

/**
 * A fresh features object to pass to `readText`.
 * @example const features = emptyFeatures();
 */
export const emptyFeatures = (): TextFeatures => ({
  words: 0,
  style: new Int32Array(STYLE_CATEGORIES.length),
  we: 0,
  you: 0,
  affection: false,
  question: false,
  bidWord: false,
  oneWord: false,
  sentiment: 0,
  scored: false,
});

const isHeartLow = (low: number): boolean =>
  low === 0xde18 || low === 0xde0d || low === 0xde3b || (low >= 0xdc8f && low <= 0xdc9f);

const NEGATION_SCALAR = -0.74;
const NORMALIZE_ALPHA = 15;

/**
 * Reads a message's text into `out` (reused between calls). With `styleSink`, style-category counts are
 * added to `styleSink[sinkOffset..sinkOffset+8)` instead of being written to `out.style`.
 * @example const f = emptyFeatures(); readText('I love you!', f); f.affection // true
 */
export function readText(text: string, out: TextFeatures, styleSink?: Int32Array, sinkOffset = 0): TextFeatures {
  let style = out.style;
  let base = 0;
  if (styleSink) {
    style = styleSink;
    base = sinkOffset;
  } else {
    for (let c = 0; c < 8; c++) style[c] = 0;
  }
  let words = 0;
  let we = 0;
  let you = 0;
  let affection = false;
  let question = false;
  let bidWord = false;
  let valenceSum = 0;
  let scored = false;
  let lastNegatorWord = -10;
  let lastFlags = 0;
  const length = text.length;
  let start = -1;
  let hash = FNV_OFFSET;
  let hashBeforeLast = FNV_OFFSET;
  let lastCode = 0;
  for (let i = 0; i <= length; i++) {
    const raw = i < length ? text.charCodeAt(i) : 32;
    const code = WORD_CODE[raw] ?? -1;
    if (code >= 0 && (code !== 39 || start >= 0)) {
      if (start < 0) {
        start = i;
        hash = FNV_OFFSET;
      }
      hashBeforeLast = hash;
      hash = Math.imul(hash ^ code, FNV_PRIME);
      lastCode = code;
      continue;
    }
    if (start >= 0) {
      const trimmed = lastCode === 39;
      const slot = lookup(text, start, i - start - (trimmed ? 1 : 0), trimmed ? hashBeforeLast : hash);
      const index = words;
      words++;
      if (slot >= 0) {
        const flags = slotFlags[slot] ?? 0;
        lastFlags = flags;
        if (flags !== 0) {
          const categories = flags & 255;
          for (let rest = categories; rest !== 0; rest &= rest - 1) {
            const cell = base + 31 - Math.clz32(rest & -rest);
            style[cell] = (style[cell] ?? 0) + 1;
          }
          if (flags & FLAG_WE) we++;
          if (flags & FLAG_YOU) you++;
          if (flags & FLAG_AFFECTION) affection = true;
          if (flags & FLAG_BID) bidWord = true;
          if (flags & FLAG_NEGATOR) lastNegatorWord = index;
        }
        const valence = slotValence[slot] ?? 0;
        if (valence !== 0) {
          valenceSum += index - lastNegatorWord <= 3 && lastNegatorWord !== index ? valence * NEGATION_SCALAR : valence;
          scored = true;
        }
      } else {
        lastFlags = 0;
      }
      start = -1;
    }
    if (raw === 63) question = true;
    else if (raw === 0x2764) affection = true;
    else if (raw >= 0xd800 && raw <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      if ((raw === 0xd83d && isHeartLow(low)) || (raw === 0xd83e && low === 0xdd70)) affection = true;
    }
  }
  out.words = words;
  out.we = we;
  out.you = you;
  out.affection = affection;
  out.question = question;
  out.bidWord = bidWord;
  out.oneWord = words === 1 && (lastFlags & FLAG_ONE_WORD) !== 0;
  out.scored = scored;
  out.sentiment = scored
    ? Math.max(-1, Math.min(1, valenceSum / Math.sqrt(valenceSum * valenceSum + NORMALIZE_ALPHA)))
    : 0;
  return out;
}
