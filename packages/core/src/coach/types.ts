// the coach's public result and context types (the JSON shape of `reconnect coach --json`)

import type { PressureCategory, SafetyConcern, Step, SupportiveCategory } from '../playbook/index.ts';

/** `cannot_judge`: the message is in a language the coach does not read (it never says "send" then) */
export type Verdict = 'send' | 'soften' | 'rethink' | 'cannot_judge';

/** a pressuring phrase: where it is, which step it works against, why, and what to try */
export interface CoachFlag {
  readonly category: PressureCategory;
  /** UTF-16 offset into the coached text */
  readonly start: number;
  readonly end: number;
  readonly excerpt: string;
  readonly step: Step;
  readonly why: string;
  readonly try: string;
}

/** a phrase that already helps */
export interface CoachStrength {
  readonly category: SupportiveCategory;
  readonly start: number;
  readonly end: number;
  readonly excerpt: string;
}

/** shown instead of coaching tips when a message suggests danger, abuse or self-harm */
export interface SafetyNote {
  /** the most serious concern: self-harm, then danger, then abuse */
  readonly concern: SafetyConcern;
  readonly message: string;
  /** where to turn, the most urgent first */
  readonly resources: readonly string[];
  /** every concern seen, most serious first */
  readonly concerns: readonly SafetyConcern[];
  /** the message suggests an act already done or under way: call emergency services now */
  readonly urgent: boolean;
}

export interface CoachResult {
  readonly text: string;
  /** 0 (no pressure) .. 100; null when the verdict is `cannot_judge` */
  readonly pressure: number | null;
  readonly verdict: Verdict;
  readonly flags: readonly CoachFlag[];
  readonly strengths: readonly CoachStrength[];
  /** a gentler version that keeps the intent and topic; null when nothing needs changing (or for safety notes) */
  readonly rewrite: string | null;
  /** ISO 639-1 code of the message's language, or `und` when it is too short to tell (read as English) */
  readonly language: string;
  /** present only when the message suggests danger, abuse or self-harm */
  readonly safety?: SafetyNote;
}

/** what the coach knows about the conversation around the message */
export interface CoachContext {
  /** the user's own messages sent since the partner last wrote, not counting this one */
  readonly unansweredCount?: number;
  /** hours since the partner last wrote anything */
  readonly hoursSinceTheirLastMessage?: number;
}
