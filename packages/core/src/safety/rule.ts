// the shape of one safety rule, and small helpers to write the rule tables

import type { SafetyConcern } from '../playbook/index.ts';

/** a language the safety check reads (ISO 639-1) */
export type SafetyLanguage = (typeof SAFETY_LANGUAGES)[number];
/** the languages the safety check reads */
export const SAFETY_LANGUAGES = ['en', 'es', 'de', 'fr', 'pt'] as const;

export interface SafetyRule {
  readonly concern: SafetyConcern;
  /** the pattern, read on folded text (lower case, no accents, plain apostrophes; see fold.ts) */
  readonly pattern: RegExp;
  /** an act already done or under way (pills taken, a weapon out): the note says to call emergency services now */
  readonly urgent?: boolean;
  /**
   * A word that also names the topic ("suicide", "abuse"): talk about the topic, fiction, games or lyrics
   * around it explain it away, and so does a laughing marker.
   */
  readonly mention?: boolean;
  /** hyperbole people use in jest ("I'll kill you"): a laughing marker in the message explains it away */
  readonly jokable?: boolean;
  /** words right after the match that turn it into an idiom ("beat me at chess", "hit me up") */
  readonly unlessAfter?: RegExp;
  /** words inside the match that undo it ("I don't want to die" for a rule about wanting to die) */
  readonly unlessWithin?: RegExp;
  /** words right before the match that turn it into an idiom ("nearly killed myself" on the stairs) */
  readonly unlessBefore?: RegExp;
  /** words anywhere in the message that tell an everyday scene ("to warm the car up", "got the job") */
  readonly unlessIn?: RegExp;
}

/** a rule table for one language, grouped by concern */
export type RuleTable = Readonly<Record<SafetyConcern, readonly RuleInput[]>>;

/** one rule as written in a table: its pattern source and options */
export type RuleInput = string | (Omit<SafetyRule, 'concern' | 'pattern'> & { readonly re: string });

/** turns a table into rules, compiling each pattern once */
export function compileTable(table: RuleTable): SafetyRule[] {
  const rules: SafetyRule[] = [];
  for (const concern of Object.keys(table) as SafetyConcern[]) {
    for (const input of table[concern]) {
      const { re, ...options } = typeof input === 'string' ? { re: input } : input;
      rules.push({ concern, pattern: new RegExp(re), ...options });
    }
  }
  return rules;
}
