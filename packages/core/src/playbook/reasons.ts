// why a partner may be pulling away: each reason as one typed entry

import type { Step } from './steps.ts';

/** why a partner may be pulling away */
export const REASON_IDS = ['overwhelmed', 'misunderstood', 'uncertain'] as const;
export type Reason = (typeof REASON_IDS)[number];

export interface ReasonInfo {
  readonly title: string;
  /** what the partner may be feeling, in plain words */
  readonly feeling: string;
  /** what tends to help most for this reason */
  readonly helps: string;
  /** the step to lean on first */
  readonly firstStep: Step;
}

export const REASONS: Readonly<Record<Reason, ReasonInfo>> = {
  overwhelmed: {
    title: 'Overwhelmed',
    feeling: 'They may be carrying stress or heavy feelings and not know how to put them into words.',
    helps: 'Lighten the load: fewer questions, more patience, and a steady sign that you are there.',
    firstStep: 2,
  },
  misunderstood: {
    title: 'Misunderstood',
    feeling: 'They may feel that whatever they say will not land the way they mean it.',
    helps: 'Listen to understand rather than to answer, and reflect back what you heard before anything else.',
    firstStep: 3,
  },
  uncertain: {
    title: 'Uncertain',
    feeling: 'They may be unsure about something in the relationship and afraid to bring it up.',
    helps: 'Make honesty feel safe: invite it gently, without pushing for an answer by a deadline.',
    firstStep: 1,
  },
};
