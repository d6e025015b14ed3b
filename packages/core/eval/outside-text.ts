// the coach on text written by people outside the project: GoEmotions Reddit comments (Apache-2.0)

import { existsSync, readFileSync } from 'node:fs';
import { coachMessage } from '../src/coach/coach.ts';
import type { PressureCategory } from '../src/playbook/categories.ts';

/**
 * Where the GoEmotions train split lives (`train.tsv`, `labels.txt`): `GOEMOTIONS_DIR`, or `../shared/data/goemotions`
 * beside the repository. It is not copied into the repository; without it the outside figures are skipped.
 */
export const GOEMOTIONS_DIR =
  process.env.GOEMOTIONS_DIR ?? new URL('../../../../shared/data/goemotions/', import.meta.url).pathname;

/** the hand-checked comments: hostile ones aimed at the reader, advice, rude questions and leisure tips */
export const CHECKED_FILE = new URL('./outside-checked.jsonl', import.meta.url);

/** the emotions whose comments, when they carry nothing else, are supportive text that should get no flag */
const SUPPORTIVE_EMOTIONS: ReadonlySet<string> = new Set(['admiration', 'approval', 'caring', 'gratitude', 'love']);

export interface OutsideComment {
  readonly id: string;
  readonly text: string;
  readonly emotions: readonly string[];
}

export type OutsideSplit = 'tune' | 'report';

/**
 * A fixed split by comment id (FNV-1a hash, even → tune, odd → report): rules and the scorer may be tuned on the
 * first half only, and the figures we report come from the second.
 */
export function outsideSplit(id: string): OutsideSplit {
  return fnv1a(id) % 2 === 0 ? 'tune' : 'report';
}

/** the 32-bit FNV-1a hash of a string's UTF-8 bytes */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}

export function goEmotionsAvailable(dir = GOEMOTIONS_DIR): boolean {
  return existsSync(`${dir}/train.tsv`) && existsSync(`${dir}/labels.txt`);
}

export function loadGoEmotions(dir = GOEMOTIONS_DIR): OutsideComment[] {
  const names = readFileSync(`${dir}/labels.txt`, 'utf8').split('\n').filter(Boolean);
  return readFileSync(`${dir}/train.tsv`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [text = '', labels = '', id = ''] = line.split('\t');
      return { id, text, emotions: labels.split(',').map((i) => names[Number(i)] as string) };
    });
}

/** comments whose only emotions are admiration, approval, caring, gratitude or love */
export const isSupportiveOnly = (c: OutsideComment): boolean => c.emotions.every((e) => SUPPORTIVE_EMOTIONS.has(e));
export const isNeutralOnly = (c: OutsideComment): boolean => c.emotions.length === 1 && c.emotions[0] === 'neutral';

export type CheckedGroup =
  | 'insult'
  | 'dismissal'
  | 'interrogation'
  | 'rhetorical'
  | 'advice'
  | 'leisure_tip'
  | 'sarcasm';

export interface CheckedComment {
  readonly id: string;
  readonly group: CheckedGroup;
  readonly split: OutsideSplit;
  readonly text: string;
  readonly goemotions: readonly string[];
}

/** what counts as caught for each hand-checked group (an empty list: caught when no fixing is flagged) */
export const GROUP_TARGET: Readonly<
  Record<CheckedGroup, { wants: readonly PressureCategory[] | 'any' | 'no-fixing' }>
> = {
  insult: { wants: ['contempt', 'accusation'] },
  dismissal: { wants: ['contempt', 'accusation'] },
  interrogation: { wants: 'any' },
  rhetorical: { wants: 'any' },
  advice: { wants: ['fixing'] },
  leisure_tip: { wants: 'no-fixing' },
  // scorn in kind or neutral words, found among the comments that bound the contempt threshold (decision 210)
  sarcasm: { wants: ['contempt', 'accusation'] },
};

export function loadChecked(file: URL = CHECKED_FILE): CheckedComment[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CheckedComment);
}

export interface RateResult {
  readonly messages: number;
  readonly flagged: number;
  readonly rate: number;
  /** how many were flagged with each category */
  readonly byCategory: Readonly<Partial<Record<PressureCategory, number>>>;
  readonly examples: readonly { id: string; text: string; flags: readonly PressureCategory[] }[];
}

/** the share of comments that get any pressure flag, with a tally per category */
export function flagRate(comments: readonly { id: string; text: string }[]): RateResult {
  let flagged = 0;
  const byCategory: Partial<Record<PressureCategory, number>> = {};
  const examples: { id: string; text: string; flags: PressureCategory[] }[] = [];
  for (const c of comments) {
    const flags = [...new Set(coachMessage(c.text).flags.map((f) => f.category))];
    if (flags.length === 0) continue;
    flagged++;
    for (const f of flags) byCategory[f] = (byCategory[f] ?? 0) + 1;
    examples.push({ id: c.id, text: c.text, flags });
  }
  return {
    messages: comments.length,
    flagged,
    rate: comments.length === 0 ? 0 : flagged / comments.length,
    byCategory,
    examples,
  };
}

export interface GroupResult {
  readonly group: CheckedGroup;
  readonly messages: number;
  readonly caught: number;
  readonly rate: number;
  /** share with any pressure flag at all */
  readonly anyRate: number;
  readonly misses: readonly { id: string; text: string; flags: readonly PressureCategory[] }[];
}

/** per hand-checked group, the share the coach handles as the group wants */
export function checkedRecall(items: readonly CheckedComment[]): GroupResult[] {
  const groups = Object.keys(GROUP_TARGET) as CheckedGroup[];
  return groups.map((group) => {
    const inGroup = items.filter((i) => i.group === group);
    const wants = GROUP_TARGET[group].wants;
    let caught = 0;
    let any = 0;
    const misses: { id: string; text: string; flags: PressureCategory[] }[] = [];
    for (const item of inGroup) {
      const flags = [...new Set(coachMessage(item.text).flags.map((f) => f.category))];
      if (flags.length > 0) any++;
      const ok =
        wants === 'any'
          ? flags.length > 0
          : wants === 'no-fixing'
            ? !flags.includes('fixing')
            : flags.some((f) => wants.includes(f));
      if (ok) caught++;
      else misses.push({ id: item.id, text: item.text, flags });
    }
    const n = inGroup.length;
    return { group, messages: n, caught, rate: n === 0 ? 0 : caught / n, anyRate: n === 0 ? 0 : any / n, misses };
  });
}

export interface OutsideEvaluation {
  readonly split: OutsideSplit;
  readonly supportive: RateResult;
  readonly neutral: RateResult;
  readonly checked: readonly GroupResult[];
}

/** the outside-text figures on one half of the fixed split */
export function evaluateOutside(
  comments: readonly OutsideComment[],
  checked: readonly CheckedComment[],
  split: OutsideSplit,
): OutsideEvaluation {
  const half = comments.filter((c) => outsideSplit(c.id) === split);
  return {
    split,
    supportive: flagRate(half.filter(isSupportiveOnly)),
    neutral: flagRate(half.filter(isNeutralOnly)),
    checked: checkedRecall(checked.filter((c) => outsideSplit(c.id) === split)),
  };
}

/** the targets for outside text (issue: precision first, then the classic forms) */
export const OUTSIDE_TARGETS = {
  supportiveFalseFlagRate: 0.05,
  insultRecall: 0.8,
  interrogationFlagged: 0.5,
  adviceFixing: 0.6,
} as const;
