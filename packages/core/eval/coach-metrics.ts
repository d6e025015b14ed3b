// scores the coach against the labelled evaluation set (coach.jsonl): per-category and overall figures

import { readdirSync, readFileSync } from 'node:fs';
import { coachMessage } from '../src/coach/coach.ts';
import type { CoachContext } from '../src/coach/types.ts';
import {
  PRESSURE_CATEGORIES,
  type PressureCategory,
  SUPPORTIVE_CATEGORIES,
  type SupportiveCategory,
} from '../src/playbook/categories.ts';
import type { SafetyConcern } from '../src/playbook/safety.ts';

export interface LabelledMessage {
  readonly id: string;
  readonly text: string;
  readonly flags: readonly PressureCategory[];
  readonly supports: readonly SupportiveCategory[];
  readonly tags: readonly string[];
  readonly context?: CoachContext;
  readonly safety?: SafetyConcern;
}

export interface CategoryScore {
  readonly category: string;
  readonly support: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface CoachEvaluation {
  readonly messages: number;
  readonly categories: readonly CategoryScore[];
  readonly anyPressure: CategoryScore;
  /** share of messages labelled with no pressure that the coach flagged anyway */
  readonly falsePositiveRate: number;
  readonly noPressureMessages: number;
  /** share of rewrites of flagged messages that get verdict "send" when coached again */
  readonly rewriteSendRate: number;
  /** share of rewrites that keep a topic noun of the original (among originals that name one, e.g. "your job") */
  readonly rewriteTopicRate: number;
  readonly rewrites: number;
  readonly safety: CategoryScore;
  readonly mistakes: readonly { id: string; text: string; missed: string[]; extra: string[] }[];
}

/**
 * the development sets the rules are written against: `coach.jsonl` and every `coach-dev-*.jsonl` beside it, in
 * name order, so a new writer's set is trained and cross-validated on as soon as it is added
 */
export const DEVELOPMENT_FILES = [
  'coach.jsonl',
  ...readdirSync(new URL('.', import.meta.url))
    .filter((name) => /^coach-dev-[a-z0-9-]+\.jsonl$/.test(name))
    .sort(),
].map((name) => new URL(`./${name}`, import.meta.url));
/** the development files the blind second pass sampled (165 messages each); sets k, l, m, p and q had full second passes */
export const SAMPLED_DEVELOPMENT_FILES = DEVELOPMENT_FILES.slice(0, 11);
/** written separately and never used to tune the rules: the honest estimate on fresh wording */
export const HOLDOUT_FILE = new URL('./coach-holdout.jsonl', import.meta.url);
/**
 * two more hands (sets n and o), written after the coach's last change and never trained or tuned on: a second,
 * larger estimate on fresh wording beside the held-out set, each with a blind second pass by another labeller
 */
export const FRESH_FILES = ['coach-fresh-n.jsonl', 'coach-fresh-o.jsonl'].map(
  (name) => new URL(`./${name}`, import.meta.url),
);
/**
 * development messages said again in other words by two new hands (sets x and y, decision 215): two rewordings and one
 * calm look-alike of each of 230 development messages, with a blind second pass. Never trained on and no rule written
 * from them: they show how the coach holds up when words it was tuned on are said another way
 */
export const REWORDED_FILES = ['coach-reworded-x.jsonl', 'coach-reworded-y.jsonl'].map(
  (name) => new URL(`./${name}`, import.meta.url),
);

export function loadEvaluationSet(files: URL | readonly URL[] = DEVELOPMENT_FILES): LabelledMessage[] {
  return (Array.isArray(files) ? files : [files]).flatMap((file: URL) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as LabelledMessage),
  );
}

function score(category: string, tp: number, fp: number, fn: number): CategoryScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { category, support: tp + fn, precision, recall, f1 };
}

/** the head nouns of "the/your/my/our … X" phrases: a rough, engine-independent stand-in for the topic */
const NOT_NOUN = new Set(
  `way fault problem point phone message messages text texts reply answer question last chance silence attitude truth time
  end world deal thing things worst same one only whole other hell side bright lot best least first matter kind sort never
  most just own very always really so too all not read receipts fix solution explanation password face mind heart life`.split(
    /\s+/,
  ),
);

function topicNouns(text: string): string[] {
  const nouns = new Set<string>();
  for (const m of text
    .toLowerCase()
    .matchAll(/\b(?:the|your|ur|my|our|this|that)\s+([a-z][a-z'-]{2,})(?:\s+([a-z][a-z'-]{2,}))?/g)) {
    const head = m[2] && !NOT_NOUN.has(m[2]) ? m[2] : m[1];
    if (head && !NOT_NOUN.has(head)) nouns.add(head);
  }
  return [...nouns];
}

/** runs the coach over every labelled message and scores it */
export function evaluateCoach(set: readonly LabelledMessage[]): CoachEvaluation {
  const categories = [...PRESSURE_CATEGORIES, ...SUPPORTIVE_CATEGORIES] as const;
  const counts = new Map<string, { tp: number; fp: number; fn: number }>(
    categories.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]),
  );
  const any = { tp: 0, fp: 0, fn: 0 };
  const safety = { tp: 0, fp: 0, fn: 0 };
  let noPressure = 0;
  let falsePositives = 0;
  let rewrites = 0;
  let rewritesSend = 0;
  let topicCandidates = 0;
  let topicKept = 0;
  const mistakes: CoachEvaluation['mistakes'][number][] = [];
  for (const item of set) {
    const result = coachMessage(item.text, item.context);
    const predicted = new Set<string>([
      ...result.flags.map((f) => f.category),
      ...result.strengths.map((s) => s.category),
    ]);
    const expected = new Set<string>([...item.flags, ...item.supports]);
    for (const c of categories) {
      const tally = counts.get(c) as { tp: number; fp: number; fn: number };
      if (predicted.has(c) && expected.has(c)) tally.tp++;
      else if (predicted.has(c)) tally.fp++;
      else if (expected.has(c)) tally.fn++;
    }
    const flagged = result.flags.length > 0;
    const labelled = item.flags.length > 0;
    if (flagged && labelled) any.tp++;
    else if (flagged) any.fp++;
    else if (labelled) any.fn++;
    if (!labelled) {
      noPressure++;
      if (flagged) falsePositives++;
    }
    if (result.safety && item.safety) safety.tp++;
    else if (result.safety) safety.fp++;
    else if (item.safety) safety.fn++;
    if (flagged && result.rewrite !== null) {
      rewrites++;
      if (coachMessage(result.rewrite).verdict === 'send') rewritesSend++;
      const words = topicNouns(item.text);
      if (words.length > 0) {
        topicCandidates++;
        const rewritten = result.rewrite.toLowerCase();
        if (words.some((w) => rewritten.includes(w))) topicKept++;
      }
    }
    const missed = [...expected].filter((c) => !predicted.has(c));
    const extra = [...predicted].filter((c) => !expected.has(c));
    if (missed.length > 0 || extra.length > 0) mistakes.push({ id: item.id, text: item.text, missed, extra });
  }
  return {
    messages: set.length,
    categories: categories.map((c) => {
      const t = counts.get(c) as { tp: number; fp: number; fn: number };
      return score(c, t.tp, t.fp, t.fn);
    }),
    anyPressure: score('any pressure', any.tp, any.fp, any.fn),
    falsePositiveRate: noPressure === 0 ? 0 : falsePositives / noPressure,
    noPressureMessages: noPressure,
    rewriteSendRate: rewrites === 0 ? 1 : rewritesSend / rewrites,
    rewriteTopicRate: topicCandidates === 0 ? 1 : topicKept / topicCandidates,
    rewrites,
    safety: score('safety', safety.tp, safety.fp, safety.fn),
    mistakes,
  };
}

/** the coach's quality targets, which `npm run eval:coach` reports each figure against */
export const COACH_TARGETS = {
  anyPressureF1: 0.92,
  falsePositiveRate: 0.05,
  categoryF1: 0.8,
  rewriteSendRate: 1,
} as const;
