// a whole-message score over hashed words, word pairs and letter runs: reads messages no listed word opens

import type { SafetyConcern } from '../playbook/index.ts';

/** the concerns the hashed score reads, in the order of its table's rows */
export const HASHED_CONCERNS = ['self_harm', 'abuse', 'danger'] as const satisfies readonly SafetyConcern[];

/** the stored hashed model: per concern a bias and a table of weights, quantised to one signed byte each */
export interface HashedModel {
  /** the table holds 2^bits buckets per concern */
  readonly bits: number;
  /** a stored byte times `scale` is the weight */
  readonly scale: number;
  readonly bias: readonly number[];
  /** base64 of the table, bucket-major: bucket b's weights for the three concerns are bytes 3b, 3b+1, 3b+2 */
  readonly table: string;
  /** the logit at or above which a concern's hashed score lets a message through to the learned score */
  readonly gate: readonly number[];
}

/** letters a–z, digits and the apostrophe continue a word; everything else ends one */
const SPACE = 0;
const FOLD = new Uint8Array(0x250);
for (let c = 97; c <= 122; c++) FOLD[c] = c - 96;
for (let c = 65; c <= 90; c++) FOLD[c] = c - 64;
for (let c = 48; c <= 57; c++) FOLD[c] = 27 + c - 48;
FOLD[39] = 37;
for (let c = 0xc0; c < 0x250; c++) {
  const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0);
  if (base < 128 && (FOLD[base] as number) > 0 && (FOLD[base] as number) < 27) FOLD[c] = FOLD[base] as number;
}
const foldCode = (c: number): number =>
  c < 0x250 ? (FOLD[c] as number) : c === 0x2019 || c === 0x2018 || c === 0x02bc ? 37 : SPACE;

/** the shortest and longest letter runs read, spaces included (" ki", "kill ", "ll yo") */
const MIN_RUN = 3;
const MAX_RUN = 5;

/** per run length: a seed, and the mask that keeps the last n symbols (6 bits each) */
const RUN_SEED = Int32Array.from({ length: MAX_RUN + 1 }, (_, n) => Math.imul(0x9e3779b9 ^ n, 0x01000193));
const RUN_MASK = Int32Array.from({ length: MAX_RUN + 1 }, (_, n) => (n >= 5 ? 0x3fffffff : (1 << (6 * n)) - 1));

const SEED_3 = RUN_SEED[3] as number;
const SEED_4 = RUN_SEED[4] as number;
const SEED_5 = RUN_SEED[5] as number;

const mix = (h: number, x: number): number => Math.imul(h ^ x, 0x01000193);
const finish = (h: number): number => {
  let x = h ^ (h >>> 15);
  x = Math.imul(x, 0x2c1b3c6d);
  // a signed result stays a small integer in the engine; the buckets, masked below 2^31, are the same
  return x ^ (x >>> 12);
};

/** a buffer for the buckets of one message, grown when a message needs more */
let buffer = new Int32Array(1024);

/**
 * The bucket of every hashed feature of a message, folded on the fly (lower case, no accents, every run of
 * non-word characters as one space): each word, each pair of neighbouring words, and each run of 3 to 5 symbols
 * of the folded text. Buckets fall in [0, 2^bits). The array returned is reused by the next call; read its first
 * `count` entries.
 * @example hashedFeatures('I want to die', 14).count // 7 word features and 36 letter runs: 43
 */
export function hashedFeatures(text: string, bits: number): { readonly buckets: Int32Array; readonly count: number } {
  // at most 5 runs and 2 word features a character, and 2 more at the end
  if (buffer.length < 7 * text.length + 8) buffer = new Int32Array(7 * text.length + 8);
  const out = buffer;
  const mask = (1 << bits) - 1;
  // the last MAX_RUN symbols, newest in the low bits, 6 bits each
  let recent = 0;
  // the message starts after a space, so a first word's start is read as one
  let filled = 1;
  let word = 0x811c9dc5;
  let wordLength = 0;
  let previousWord = 0;
  let count = 0;
  let lastWasSpace = true;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const symbol = i < length ? foldCode(text.charCodeAt(i)) : SPACE;
    if (symbol === SPACE) {
      if (wordLength > 0) {
        const whole = finish(mix(word, 0x57));
        out[count++] = whole & mask;
        if (previousWord !== 0) out[count++] = finish(mix(mix(previousWord, whole), 0x42)) & mask;
        previousWord = whole | 1;
        word = 0x811c9dc5;
        wordLength = 0;
      }
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else {
      word = mix(word, symbol);
      wordLength++;
      lastWasSpace = false;
    }
    recent = ((recent << 6) | symbol) & 0x3fffffff;
    if (filled >= MAX_RUN) {
      out[count++] = finish(mix(SEED_3, recent & 0x3ffff)) & mask;
      out[count++] = finish(mix(SEED_4, recent & 0xffffff)) & mask;
      out[count++] = finish(mix(SEED_5, recent)) & mask;
      continue;
    }
    filled++;
    for (let n = MIN_RUN; n <= filled; n++) {
      out[count++] = finish(mix(RUN_SEED[n] as number, recent & (RUN_MASK[n] as number))) & mask;
    }
  }
  return { buckets: out, count };
}

/** the hashed model's table as weights, decoded once */
export interface HashedTable {
  readonly model: HashedModel;
  readonly weights: Float32Array;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SIXTH = new Uint8Array(128);
for (let i = 0; i < BASE64.length; i++) SIXTH[BASE64.charCodeAt(i)] = i;

/** the weights of a stored hashed model, read out of its base64 table */
export function decodeHashed(model: HashedModel): HashedTable {
  const text = model.table.replace(/=+$/, '');
  const weights = new Float32Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let held = 0;
  let out = 0;
  for (let i = 0; i < text.length; i++) {
    bits = ((bits << 6) | (SIXTH[text.charCodeAt(i) & 127] as number)) & 0xffffff;
    held += 6;
    if (held >= 8) {
      held -= 8;
      const byte = (bits >> held) & 0xff;
      weights[out++] = (byte > 127 ? byte - 256 : byte) * model.scale;
    }
  }
  return { model, weights };
}

/**
 * The hashed score's logit for each concern, in HASHED_CONCERNS order: the bias plus the mean weight of the
 * message's features times the square root of their number, so a long message does not count for more only by
 * its length.
 */
export function hashedLogits(table: HashedTable, text: string, out: Float64Array): void {
  // hashedFeatures's walk, each bucket's weights added as it is made (in the same order, so the sums are the same)
  const weights = table.weights;
  const mask = (1 << table.model.bits) - 1;
  let selfHarm = 0;
  let abuse = 0;
  let danger = 0;
  let count = 0;
  let recent = 0;
  let filled = 1;
  let word = 0x811c9dc5;
  let wordLength = 0;
  let previousWord = 0;
  let lastWasSpace = true;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const symbol = i < length ? foldCode(text.charCodeAt(i)) : SPACE;
    if (symbol === SPACE) {
      if (wordLength > 0) {
        const whole = finish(mix(word, 0x57));
        let at = 3 * (whole & mask);
        selfHarm += weights[at] as number;
        abuse += weights[at + 1] as number;
        danger += weights[at + 2] as number;
        count++;
        if (previousWord !== 0) {
          at = 3 * (finish(mix(mix(previousWord, whole), 0x42)) & mask);
          selfHarm += weights[at] as number;
          abuse += weights[at + 1] as number;
          danger += weights[at + 2] as number;
          count++;
        }
        previousWord = whole | 1;
        word = 0x811c9dc5;
        wordLength = 0;
      }
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else {
      word = mix(word, symbol);
      wordLength++;
      lastWasSpace = false;
    }
    recent = ((recent << 6) | symbol) & 0x3fffffff;
    if (filled >= MAX_RUN) {
      let at = 3 * (finish(mix(SEED_3, recent & 0x3ffff)) & mask);
      selfHarm += weights[at] as number;
      abuse += weights[at + 1] as number;
      danger += weights[at + 2] as number;
      at = 3 * (finish(mix(SEED_4, recent & 0xffffff)) & mask);
      selfHarm += weights[at] as number;
      abuse += weights[at + 1] as number;
      danger += weights[at + 2] as number;
      at = 3 * (finish(mix(SEED_5, recent)) & mask);
      selfHarm += weights[at] as number;
      abuse += weights[at + 1] as number;
      danger += weights[at + 2] as number;
      count += 3;
      continue;
    }
    filled++;
    for (let n = MIN_RUN; n <= filled; n++) {
      const at = 3 * (finish(mix(RUN_SEED[n] as number, recent & (RUN_MASK[n] as number))) & mask);
      selfHarm += weights[at] as number;
      abuse += weights[at + 1] as number;
      danger += weights[at + 2] as number;
      count++;
    }
  }
  const norm = 1 / Math.sqrt(Math.max(1, count));
  const bias = table.model.bias;
  out[0] = (bias[0] as number) + selfHarm * norm;
  out[1] = (bias[1] as number) + abuse * norm;
  out[2] = (bias[2] as number) + danger * norm;
}
