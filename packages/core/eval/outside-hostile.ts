// angry GoEmotions comments that say "you", read blind by two readers: is the reader insulted, dismissed or blamed?

import { existsSync } from 'node:fs';
import { coachMessage } from '../src/coach/coach.ts';
import { readJsonLines } from './agreement.ts';
import type { OutsideComment } from './outside-text.ts';

export type HostileLabel = 'insult' | 'dismissal' | 'blame' | 'none';
export const HOSTILE_KINDS: readonly HostileLabel[] = ['insult', 'dismissal', 'blame'];

/**
 * GoEmotions comments labelled anger, annoyance or disgust that say "you", read by two readers blind to each other
 * and to the coach; a third settled the ones they split on (hostile or not). Keyed by GoEmotions comment id: the
 * words stay in GoEmotions.
 * - the report half: a fixed random sample of 240, never used to write a rule or to train;
 * - the tune half: all 631, the development reading that rules were written from.
 */
export const HOSTILE_REPORT_FILE = new URL('./outside-hostile-report-labels.jsonl', import.meta.url);
export const HOSTILE_TUNE_FILE = new URL('./outside-hostile-tune-labels.jsonl', import.meta.url);

export interface HostileItem {
  readonly id: string;
  readonly first: HostileLabel;
  readonly second: HostileLabel;
  readonly label: HostileLabel;
  readonly reason?: string;
}

export function loadHostileLabels(file: URL = HOSTILE_REPORT_FILE): HostileItem[] {
  return existsSync(file) ? readJsonLines<HostileItem>(file) : [];
}

export interface HostileRates {
  /** per settled label: comments, those the coach gives contempt or accusation, those with any pressure flag */
  readonly byLabel: Readonly<Record<HostileLabel, { messages: number; contemptOrAccusation: number; any: number }>>;
  /** insult, dismissal and blame together: the share given contempt or accusation (the issue's ≥ 80%) */
  readonly hostileRecall: number;
  /** comments the readers found no hostility to the reader in, that still get contempt or accusation */
  readonly noneFlagged: number;
  /** comments whose id is not in the GoEmotions copy at hand */
  readonly missing: number;
}

export function hostileRates(items: readonly HostileItem[], comments: readonly OutsideComment[]): HostileRates {
  const text = new Map(comments.map((c) => [c.id, c.text]));
  const byLabel = {
    insult: { messages: 0, contemptOrAccusation: 0, any: 0 },
    dismissal: { messages: 0, contemptOrAccusation: 0, any: 0 },
    blame: { messages: 0, contemptOrAccusation: 0, any: 0 },
    none: { messages: 0, contemptOrAccusation: 0, any: 0 },
  };
  let missing = 0;
  for (const item of items) {
    const words = text.get(item.id);
    if (words === undefined) {
      missing++;
      continue;
    }
    const categories = coachMessage(words).flags.map((f) => f.category);
    const tally = byLabel[item.label];
    tally.messages++;
    if (categories.length > 0) tally.any++;
    if (categories.includes('contempt') || categories.includes('accusation')) tally.contemptOrAccusation++;
  }
  const hostile = HOSTILE_KINDS.map((k) => byLabel[k]);
  const n = hostile.reduce((sum, t) => sum + t.messages, 0);
  const caught = hostile.reduce((sum, t) => sum + t.contemptOrAccusation, 0);
  return {
    byLabel,
    hostileRecall: n === 0 ? 0 : caught / n,
    noneFlagged: byLabel.none.messages === 0 ? 0 : byLabel.none.contemptOrAccusation / byLabel.none.messages,
    missing,
  };
}

/**
 * 300 messages one partner sends another, written for this measure by a new hand (150 hostile to the reader, 150
 * look-alikes that are not: warm teasing, anger at someone else, apologies, quotes) and read blind by a second
 * (hostile or not: the same on all 300). Split in halves by id with `outsideSplit`: rules may be written from the
 * tune half only (decision 220).
 */
export const PARTNER_ABUSE_FILE = new URL('./partner-abuse.jsonl', import.meta.url);

interface WrittenMessage {
  readonly id: string;
  readonly text: string;
  readonly written: 'hostile' | 'not_hostile';
  readonly second: HostileLabel;
}

/** the written set as blind-labelled items and the messages they name, ready for `hostileRates` */
export function loadPartnerAbuse(file: URL = PARTNER_ABUSE_FILE): {
  items: HostileItem[];
  messages: OutsideComment[];
} {
  if (!existsSync(file)) return { items: [], messages: [] };
  const written = readJsonLines<WrittenMessage>(file);
  return {
    items: written.map((w) => ({
      id: w.id,
      first: w.written === 'hostile' ? w.second : 'none',
      second: w.second,
      label: w.second,
    })),
    messages: written.map((w) => ({ id: w.id, text: w.text, emotions: [] })),
  };
}
