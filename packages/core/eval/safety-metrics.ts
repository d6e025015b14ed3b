// scores the safety check on a labelled set: recall per concern, false alarms, by language and kind

import { readFileSync } from 'node:fs';
import type { SafetyConcern } from '../src/playbook/index.ts';
import { checkSafety, type SafetyFinding } from '../src/safety/index.ts';
import { markedJoke } from './marked-joke.ts';

export interface SafetyExample {
  readonly id: string;
  readonly text: string;
  readonly lang: string;
  readonly author: 'me' | 'partner';
  readonly concerns: readonly SafetyConcern[];
  readonly kind: 'positive' | 'hard_negative' | 'negative';
}

export const SAFETY_DEV_FILE = new URL('./safety/safety-dev.jsonl', import.meta.url);
/**
 * every development set: written in thirty-one separate passes, all open to tuning (the score is trained on all but
 * `ad`, `af`, `ag` and `ah`, SAFETY_TRAINED_FILES). Four
 * were first kept out as fresh sets (decisions 171 and 174) and are trained on since decision 176: German and
 * Romance-language self-harm and danger (`u`), English as people text it, in fragments, emoji and slang (`v`),
 * Spanish, Portuguese and French as people text (`w`), and English from writers the other sets rarely heard, with
 * some German (`x`). Three were written for training where the check missed most on new hands (decision 177): half
 * German, with English and French (`aa`); abuse and danger told without the usual words, mostly in English (`ab`);
 * and self-harm told indirectly, in English, Spanish, Portuguese and French (`ac`). One was written where everyday
 * places and means read as a goodbye or a threat (decision 214): stations, bridges, roofs, cliffs, pills and knives in
 * daily life, beside goodbyes from those places, in the five languages (`ad`). Three more said development misses, or
 * the wording added for them, again in new words (`af` and `ag`, decision 215; `ah`, decision 219).
 */
export const SAFETY_DEV_FILES: readonly URL[] = [
  'safety-dev',
  'safety-dev-b',
  'safety-dev-c',
  'safety-dev-d',
  'safety-dev-e',
  'safety-dev-f',
  'safety-dev-g',
  'safety-dev-h',
  'safety-dev-i',
  'safety-dev-j',
  'safety-dev-k',
  'safety-dev-l',
  'safety-dev-m',
  'safety-dev-n',
  'safety-dev-o',
  'safety-dev-p',
  'safety-dev-q',
  'safety-dev-r',
  'safety-dev-s',
  'safety-dev-t',
  'safety-dev-u',
  'safety-dev-v',
  'safety-dev-w',
  'safety-dev-x',
  'safety-dev-aa',
  'safety-dev-ab',
  'safety-dev-ac',
  'safety-dev-ad',
  'safety-dev-af',
  'safety-dev-ag',
  'safety-dev-ah',
].map((name) => new URL(`./safety/${name}.jsonl`, import.meta.url));
/**
 * Development sets the rules are read against but the learned score is not trained on. `ad`: trained on, the score
 * found one more message with a concern on the three fresh hands and four fewer self-harm messages on the held-out
 * set, its thresholds raised by the harder look-alikes (decision 214). `af` and `ag`, development misses said again in
 * other words by two new hands: trained on, the score found more self-harm on the held-out and fresh sets but much
 * less abuse, its abuse threshold raised by their look-alikes (decision 215). `ah`, the wording families of decision
 * 219 written afresh by a new hand in the five languages, with look-alikes: its first reading measured that change.
 */
export const SAFETY_RULES_ONLY_FILES: readonly URL[] = [
  'safety-dev-ad',
  'safety-dev-af',
  'safety-dev-ag',
  'safety-dev-ah',
].map((name) => new URL(`./safety/${name}.jsonl`, import.meta.url));
export const SAFETY_TRAINED_FILES: readonly URL[] = SAFETY_DEV_FILES.filter(
  (file) => !SAFETY_RULES_ONLY_FILES.some((other) => other.href === file.href),
);
/**
 * Hands read but never trained on, which measure the check on new hands beside the held-out set: young, regional,
 * veterans', drinking and co-parenting voices, in English and 30% Spanish, Portuguese, German and French (`y`); and
 * older couples, new parents, shift workers, students and people far apart or ill, in Indian, Nigerian, Caribbean,
 * South African and Singaporean English and 35% Spanish, Portuguese, German and French (`z`); and messages sent from
 * stations, bridges, roofs, coasts and kitchens by commuters, students, parents and retirees in the five languages,
 * beside goodbyes and threats from those places (`ae`, decision 214).
 */
export const SAFETY_FRESH_FILES: readonly URL[] = ['safety-dev-y', 'safety-dev-z', 'safety-dev-ae'].map(
  (name) => new URL(`./safety/${name}.jsonl`, import.meta.url),
);
export const SAFETY_HOLDOUT_FILE = new URL('./safety/safety-holdout.jsonl', import.meta.url);
/** every development and fresh set that keeps its own two labelling passes: all but `b` and `c`, labelled before */
export const SAFETY_PASSED_FILES: readonly URL[] = [...SAFETY_DEV_FILES, ...SAFETY_FRESH_FILES].filter(
  (file) => !/safety-dev-[bc]\.jsonl$/.test(file.pathname),
);
/** a set's first or second labelling pass, kept beside it: safety-dev-y.jsonl → first-pass-dev-y.jsonl */
export const passFileOf = (set: URL, pass: 'first' | 'second'): URL =>
  new URL(`./${set.pathname.split('/').pop()?.replace('safety-dev', `${pass}-pass-dev`)}`, set);
/**
 * GoEmotions comments (by id; the text stays in the corpus) that the check flagged in its report half, with some
 * it passed over mixed in, each read by two blind labellers for the three concerns, and the labels settled
 * (decision 212): what counts the check's false alarms on everyday text.
 */
/**
 * Everyday household messages between partners, with no concern meant (tools, pets, cars, pills, places, plans,
 * sayings), written by a hand that never read the check, and read again by a blind labeller (decision 214). The
 * rules were read against them: a development measure of false alarms where couples talk about ordinary things.
 */
export const EVERYDAY_FILE = new URL('./safety/everyday-household.jsonl', import.meta.url);
export const EVERYDAY_FIRST_FILE = new URL('./safety/everyday-first-pass.jsonl', import.meta.url);
export const EVERYDAY_SECOND_FILE = new URL('./safety/everyday-second-pass.jsonl', import.meta.url);
export const OUTSIDE_FIRST_FILE = new URL('./safety/outside-first-pass.jsonl', import.meta.url);
export const OUTSIDE_SECOND_FILE = new URL('./safety/outside-second-pass.jsonl', import.meta.url);
export const OUTSIDE_SETTLED_FILE = new URL('./safety/outside-settled.jsonl', import.meta.url);
export const SAFETY_CONCERNS: readonly SafetyConcern[] = ['self_harm', 'abuse', 'danger'];
/** the safety check's targets: recall ≥ 0.95 for each concern, false alarms ≤ 2% on hard negatives */
export const SAFETY_TARGETS = { recall: 0.95, falseAlarmRate: 0.02 } as const;

/**
 * The messages a concern's score threshold is set on (decision 167): those with no concern at all, the false alarms
 * the target counts. A message with another concern is not one: a threat flagged as abuse as well as danger still
 * brings its reader to the same help.
 */
export const countsAsFalseAlarm = (example: SafetyExample): boolean => example.concerns.length === 0;

/**
 * The share of messages with no concern that a concern's score may raise an alarm on, on writers it was not trained
 * on: for the marked jokes ("kms lol", "im dead 💀") and for all the others apart (decision 172). The phrase rules'
 * own false alarms come on top, and the target is 2% of the hard negatives in all.
 */
export interface FalseAlarmBudget {
  readonly others: number;
  /** null: the marked jokes counted with the others, under one share */
  readonly markedJokes: number | null;
}
/**
 * The budget the thresholds are set under: the marked jokes counted with the other messages with no concern, as one
 * (decision 172 measured them apart, and kept this).
 */
export const FALSE_ALARM_BUDGET: FalseAlarmBudget = { others: 0.008, markedJokes: null };
/**
 * The marked jokes apart (decision 172): the 0.8% on the other messages with no concern alone, and the marked jokes
 * bounded at 5%, since an alarm on "kms lol" shows a gentle pointer to help and a miss costs far more. Reported beside
 * the budget in use.
 */
export const MARKED_JOKES_APART: FalseAlarmBudget = { others: 0.008, markedJokes: 0.05 };

/** the budget in use and the marked jokes apart, named, as the training and the writer run report them side by side */
export const COMPARED_BUDGETS: readonly (readonly [string, FalseAlarmBudget])[] = [
  ['one budget', FALSE_ALARM_BUDGET],
  ['marked jokes apart', MARKED_JOKES_APART],
];

/** one message with no concern, as a threshold is set on it: its score (0 when unread) and whether it marks a joke */
export interface NegativeScore {
  readonly score: number;
  readonly joke: boolean;
}

/**
 * The score a threshold must pass for the alarms on `negatives` to stay within `budget`: the highest of the scores
 * at which each part spends its share (the lowest threshold both parts allow).
 */
export function budgetCut(negatives: readonly NegativeScore[], budget: FalseAlarmBudget): number {
  const apart = budget.markedJokes !== null;
  const cutOf = (scores: number[], share: number): number => {
    scores.sort((a, b) => b - a);
    return scores[Math.floor(scores.length * share)] ?? 0;
  };
  const others = negatives.filter((n) => !(apart && n.joke)).map((n) => n.score);
  const jokes = negatives.filter((n) => apart && n.joke).map((n) => n.score);
  return Math.max(cutOf(others, budget.others), budget.markedJokes === null ? 0 : cutOf(jokes, budget.markedJokes));
}

export function loadSafetySet(file: URL): SafetyExample[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as SafetyExample);
}

export interface Ratio {
  readonly hits: number;
  readonly of: number;
}
export const rate = (r: Ratio): number => (r.of === 0 ? 0 : r.hits / r.of);

export interface SafetyEvaluation {
  readonly messages: number;
  /** per concern: labelled messages in which the check found that concern */
  readonly recall: Readonly<Record<SafetyConcern, Ratio>>;
  /** labelled positives in which the check found any concern */
  readonly anyConcern: Ratio;
  /** hard negatives and plain negatives on which the check raised a concern */
  readonly falseAlarms: Readonly<Record<'hard_negative' | 'negative', Ratio>>;
  /** the hard negatives that mark themselves as a joke ("kms lol"), and the alarms on them: a part of `falseAlarms` */
  readonly hardNegativeJokes: Ratio;
  /** per language: recall of any concern, and false alarms on all negatives */
  readonly byLanguage: ReadonlyMap<string, { readonly recall: Ratio; readonly falseAlarms: Ratio }>;
  readonly misses: readonly { readonly example: SafetyExample; readonly found: SafetyFinding | null }[];
  readonly alarms: readonly { readonly example: SafetyExample; readonly found: SafetyFinding }[];
}

const bump = (r: { hits: number; of: number }, hit: boolean) => {
  r.of++;
  if (hit) r.hits++;
};

export function evaluateSafety(
  set: readonly SafetyExample[],
  check: (text: string) => SafetyFinding | null = checkSafety,
): SafetyEvaluation {
  const recall = { self_harm: { hits: 0, of: 0 }, abuse: { hits: 0, of: 0 }, danger: { hits: 0, of: 0 } };
  const anyConcern = { hits: 0, of: 0 };
  const falseAlarms = { hard_negative: { hits: 0, of: 0 }, negative: { hits: 0, of: 0 } };
  const hardNegativeJokes = { hits: 0, of: 0 };
  const byLanguage = new Map<
    string,
    { recall: { hits: number; of: number }; falseAlarms: { hits: number; of: number } }
  >();
  const misses: { example: SafetyExample; found: SafetyFinding | null }[] = [];
  const alarms: { example: SafetyExample; found: SafetyFinding }[] = [];
  for (const example of set) {
    const found = check(example.text);
    const lang = byLanguage.get(example.lang) ?? { recall: { hits: 0, of: 0 }, falseAlarms: { hits: 0, of: 0 } };
    byLanguage.set(example.lang, lang);
    if (example.concerns.length > 0) {
      bump(anyConcern, found !== null);
      bump(lang.recall, found !== null);
      let missed = found === null;
      for (const concern of example.concerns) {
        const hit = found?.concerns.includes(concern) ?? false;
        bump(recall[concern], hit);
        if (!hit) missed = true;
      }
      if (missed) misses.push({ example, found });
    } else {
      const kind = example.kind === 'hard_negative' ? 'hard_negative' : 'negative';
      bump(falseAlarms[kind], found !== null);
      if (kind === 'hard_negative' && markedJoke(example.text)) bump(hardNegativeJokes, found !== null);
      bump(lang.falseAlarms, found !== null);
      if (found) alarms.push({ example, found });
    }
  }
  return { messages: set.length, recall, anyConcern, falseAlarms, hardNegativeJokes, byLanguage, misses, alarms };
}
