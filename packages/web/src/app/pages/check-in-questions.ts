// the check-in: what the chat cannot see, asked one question at a time, and how it meets the chat's evidence
import type { Reason, Step } from '@reconnect/core/playbook';
import { REASON_IDS } from '@reconnect/core/playbook';

export interface Choice {
  readonly label: string;
  /** 0 (none) to 2 (a lot) */
  readonly weight: number;
}

export interface Question {
  readonly id: string;
  readonly text: (partner: string) => string;
  readonly hint?: string;
  readonly choices: readonly Choice[];
  /** the reason a high answer points to */
  readonly reason?: Reason;
  /** for the user's own reactions: the step a high answer asks to lean on */
  readonly step?: Step;
}

const OFTEN: readonly Choice[] = [
  { label: 'Rarely or never', weight: 0 },
  { label: 'Sometimes', weight: 1 },
  { label: 'Often', weight: 2 },
];
const AMOUNT: readonly Choice[] = [
  { label: 'Not that I know of', weight: 0 },
  { label: 'A little', weight: 1 },
  { label: 'A lot', weight: 2 },
];
const SCALE = (low: string, high: string): readonly Choice[] => [
  { label: `1, ${low}`, weight: 1 },
  { label: '2', weight: 2 },
  { label: '3', weight: 3 },
  { label: '4', weight: 4 },
  { label: `5, ${high}`, weight: 5 },
];

export const MOOD_QUESTION: Question = {
  id: 'mood',
  text: () => 'How are you feeling today?',
  hint: 'There is no right answer. This is only for you.',
  choices: SCALE('low', 'good'),
};

export const CLOSENESS_QUESTION: Question = {
  id: 'closeness',
  text: (partner) => `How close do you feel to ${partner} this week?`,
  choices: SCALE('far apart', 'very close'),
};

export const QUESTIONS: readonly Question[] = [
  MOOD_QUESTION,
  CLOSENESS_QUESTION,
  {
    id: 'stress',
    text: (partner) => `Has ${partner} had more on their plate lately: work, family, health or money?`,
    choices: AMOUNT,
    reason: 'overwhelmed',
  },
  {
    id: 'tired',
    text: (partner) => `When you do talk, does ${partner} seem tired or stretched thin?`,
    choices: OFTEN,
    reason: 'overwhelmed',
  },
  {
    id: 'never_mind',
    text: () => 'Has a talk lately ended with "never mind" or "forget it"?',
    choices: [
      { label: 'No', weight: 0 },
      { label: 'Once', weight: 1 },
      { label: 'More than once', weight: 2 },
    ],
    reason: 'misunderstood',
  },
  {
    id: 'not_what_i_meant',
    text: (partner) => `Has ${partner} said something like "that's not what I meant" or "you don't get it"?`,
    choices: OFTEN,
    reason: 'misunderstood',
  },
  {
    id: 'quick_fix',
    text: (partner) => `When ${partner} shares a worry, do you find yourself quickly offering a fix or an answer?`,
    hint: 'Most caring people do. It is only worth noticing.',
    choices: OFTEN,
    reason: 'misunderstood',
    step: 3,
  },
  {
    id: 'future_talk',
    text: (partner) => `Does ${partner} change the subject when plans for the future come up?`,
    hint: 'Holidays, moving, next year, anything further ahead.',
    choices: OFTEN,
    reason: 'uncertain',
  },
  {
    id: 'unspoken',
    text: () => 'Is there something between you that neither of you has brought up?',
    choices: [
      { label: 'No', weight: 0 },
      { label: 'Maybe', weight: 1 },
      { label: 'Yes', weight: 2 },
    ],
    reason: 'uncertain',
    step: 5,
  },
  {
    id: 'follow_ups',
    text: () => 'When they go quiet, how often do you send another message before they answer?',
    choices: OFTEN,
    step: 2,
  },
  {
    id: 'whats_wrong',
    text: () => 'How often do you ask "what\'s wrong?" or "are we okay?"',
    choices: OFTEN,
    step: 1,
  },
  {
    id: 'worst',
    text: () => 'When a reply is slow, how quickly do your thoughts go to the worst?',
    choices: [
      { label: 'Hardly ever', weight: 0 },
      { label: 'After a while', weight: 1 },
      { label: 'Almost at once', weight: 2 },
    ],
    step: 5,
  },
  {
    id: 'small_care',
    text: (partner) => `Does ${partner} still show care in small ways: a touch, a joke, a cup of tea?`,
    hint: 'Small signs often carry on even when talk is thin.',
    choices: [
      { label: 'Yes, often', weight: 0 },
      { label: 'Sometimes', weight: 1 },
      { label: 'Hardly at all', weight: 2 },
    ],
    step: 4,
  },
];

export type Answers = Readonly<Record<string, string | number | boolean>>;

/** 0..1 for each reason from the answers: how much of the most the reason's questions could add up to */
export function answerScores(answers: Answers): Record<Reason, number | null> {
  const scores = {} as Record<Reason, number | null>;
  for (const reason of REASON_IDS) {
    const asked = QUESTIONS.filter((q) => q.reason === reason);
    const given = asked.filter((q) => typeof answers[q.id] === 'number');
    scores[reason] =
      given.length === 0 ? null : given.reduce((sum, q) => sum + (answers[q.id] as number), 0) / (2 * given.length);
  }
  return scores;
}

/** the user's own reactions: the steps their answers ask to lean on, most asked first */
export function ownSteps(answers: Answers): Step[] {
  const weights = new Map<Step, number>();
  for (const q of QUESTIONS) {
    const value = answers[q.id];
    if (q.step === undefined || typeof value !== 'number' || value < 2) continue;
    weights.set(q.step, (weights.get(q.step) ?? 0) + value);
  }
  return [...weights.entries()].sort((a, b) => b[1] - a[1]).map(([step]) => step);
}

export interface Combined {
  readonly reason: Reason;
  readonly chat: number | null;
  readonly answers: number | null;
  /** the two sources given equal weight when both are there */
  readonly together: number;
}

/** below this, a combined reason is not called likely */
export const LIKELY = 0.4;

/**
 * The chat's hints and the check-in's answers, side by side and together, most likely first.
 * @example combineReasons([{ reason: 'overwhelmed', score: 0.6 }], { stress: 2 })[0].reason // 'overwhelmed'
 */
export function combineReasons(
  chat: readonly { reason: Reason; score: number }[] | null,
  answers: Answers,
): Combined[] {
  const fromAnswers = answerScores(answers);
  return REASON_IDS.map((reason) => {
    const fromChat = chat?.find((estimate) => estimate.reason === reason)?.score ?? null;
    const mine = fromAnswers[reason];
    const present = [fromChat, mine].filter((v): v is number => v !== null);
    const together = present.length === 0 ? 0 : present.reduce((a, b) => a + b, 0) / present.length;
    return { reason, chat: fromChat, answers: mine, together };
  }).sort((a, b) => b.together - a.together);
}
