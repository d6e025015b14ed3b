// every message category as one typed entry: what it is called, why it matters, what to try, how the coach weighs
// and rewrites it; the coach, its rewrite, the CLI and the report all read these

import type { Step } from './steps.ts';

/** phrases that push a withdrawing partner further away (ids are part of the public JSON contract) */
export const PRESSURE_CATEGORIES = [
  'demand',
  'accusation',
  'assuming_worst',
  'chasing',
  'fixing',
  'minimizing',
  'ultimatum',
  'guilt',
  'overwhelming',
  'contempt',
] as const;
export type PressureCategory = (typeof PRESSURE_CATEGORIES)[number];

/** phrases that already help (ids are part of the public JSON contract) */
export const SUPPORTIVE_CATEGORIES = [
  'observation',
  'invitation',
  'validation',
  'reassurance',
  'space',
  'i_statement',
  'reflection',
] as const;
export type SupportiveCategory = (typeof SUPPORTIVE_CATEGORIES)[number];

/** what the rewrite already says before a template is added */
export interface RewriteSoFar {
  /** it already names the feeling ("that sounds hard", "makes sense") */
  readonly validated: boolean;
}

/** what a sentence carrying a kind of pressure becomes; `topic` is a short phrase from the user's own words */
export type RewriteTemplate = (topic: string | null, soFar?: RewriteSoFar) => string;

/** which jokes take the sting out of a kind of pressure ("ur impossible lol", "calm down, pasta 😂") */
export type JokeSoftening = 'never' | 'laughing emoji' | 'laughter or a heart';

export interface PressureEntry {
  readonly label: string;
  /** the step this kind of phrase works against */
  readonly step: Step;
  /** one line: why it tends to backfire */
  readonly why: string;
  /** what to try instead (the first is the main suggestion, shown as each flag's `try`) */
  readonly tryInstead: readonly string[];
  /** how much it weighs in the 0..100 pressure score */
  readonly weight: number;
  /** which replacement wins when one sentence carries several kinds of pressure: 1 first */
  readonly rewriteRank: number;
  /** what the rewrite puts in place of a sentence carrying it */
  readonly rewrite: RewriteTemplate;
  /** it presses for an answer, so a rewrite that does not already give space ends with "No rush to reply." */
  readonly pressesForReply: boolean;
  /** which jokes mean it was not aimed to hurt */
  readonly softenedByJoke: JokeSoftening;
}

/** how supportive words can be undercut: by sarcasm in the message, or also by a "but …" and pressure after them */
export type Undercut = 'never' | 'sarcasm' | 'sarcasm or but';

export interface SupportiveEntry {
  readonly label: string;
  /** one line: why it helps */
  readonly why: string;
  /** what cancels it ("take your time, it's only been two days") */
  readonly undercutBy: Undercut;
}

interface PressureSpec extends Omit<PressureEntry, 'tryInstead'> {
  /** the main suggestion, in one line */
  readonly advice: string;
  /** whether the suggestion quotes the rewrite as its example, so both say it in the same words */
  readonly quotesRewrite: boolean;
}

const entry = ({ advice, quotesRewrite, ...rest }: PressureSpec): PressureEntry => ({
  ...rest,
  tryInstead: [quotesRewrite ? `${advice}: "${rest.rewrite(null)}"` : advice],
});

export const PRESSURE: Readonly<Record<PressureCategory, PressureEntry>> = {
  demand: entry({
    label: 'Demanding answers',
    step: 1,
    why: 'Being asked to explain yourself feels like an interrogation, and the easiest escape is to close up.',
    advice: "Describe what you've noticed and leave the door open",
    quotesRewrite: true,
    weight: 35,
    rewriteRank: 6,
    rewrite: (t) =>
      `I've noticed things have felt a bit different lately. I'm here if you want to talk${t ? ` about ${t}` : ''}, whenever you're ready.`,
    softenedByJoke: 'never',
    pressesForReply: true,
  }),
  accusation: entry({
    label: 'Blame or labels',
    step: 1,
    why: 'Words like "never", "always" or a label about who they are invite defending, not opening up.',
    advice: 'Speak about your own feeling instead',
    quotesRewrite: true,
    weight: 40,
    rewriteRank: 4,
    rewrite: (t) =>
      `I've been feeling a bit lonely lately, and I miss us.${t ? ` I'd love to talk about ${t} when you feel up to it.` : ''}`,
    softenedByJoke: 'laughter or a heart',
    pressesForReply: false,
  }),
  assuming_worst: entry({
    label: 'Assuming the worst',
    step: 5,
    why: 'Guessing the worst out loud puts them on trial for something they may not feel at all.',
    advice: 'Ask gently instead of concluding',
    quotesRewrite: true,
    weight: 35,
    rewriteRank: 3,
    rewrite: (t) =>
      `I might be reading too much into things${t ? ` with ${t}` : ''}, and I'd rather ask than guess. How are we doing?`,
    softenedByJoke: 'never',
    pressesForReply: false,
  }),
  chasing: entry({
    label: 'Chasing a reply',
    step: 2,
    why: 'Follow-ups for a reply add pressure to someone who is already struggling to answer.',
    advice: 'Give space and say so',
    quotesRewrite: true,
    weight: 30,
    rewriteRank: 9,
    rewrite: (t) => `No rush to reply${t ? ` about ${t}` : ''}. I'm here whenever you're ready.`,
    softenedByJoke: 'never',
    pressesForReply: true,
  }),
  fixing: entry({
    label: 'Fixing',
    step: 3,
    why: 'A quick solution can feel like their feelings are a problem to be solved rather than heard.',
    advice: 'Validate first, then offer',
    quotesRewrite: true,
    weight: 25,
    rewriteRank: 7,
    rewrite: (t, soFar) =>
      `${soFar?.validated ? '' : 'That sounds really hard. '}Do you want ideas${t ? ` about ${t}` : ''}, or just an ear?`,
    softenedByJoke: 'never',
    pressesForReply: false,
  }),
  minimizing: entry({
    label: 'Brushing feelings aside',
    step: 3,
    why: 'Playing a feeling down tells them it was not worth sharing, so next time they may not.',
    advice: 'Take the feeling seriously',
    quotesRewrite: true,
    weight: 30,
    rewriteRank: 8,
    rewrite: (t) => `That makes sense. I can see why ${t ?? 'it'} got to you.`,
    softenedByJoke: 'laughing emoji',
    pressesForReply: false,
  }),
  ultimatum: entry({
    label: 'Ultimatum or deadline',
    step: 2,
    why: 'A threat or a deadline turns a need for space into a test they feel they can only fail.',
    advice: 'Ask for what you need and accept "not yet"',
    quotesRewrite: true,
    weight: 50,
    rewriteRank: 1,
    rewrite: (t) =>
      `Could we talk${t ? ` about ${t}` : ''} sometime this week? If now isn't the right time, that's ok.`,
    softenedByJoke: 'never',
    pressesForReply: true,
  }),
  guilt: entry({
    label: 'Guilt-tripping',
    step: 4,
    why: 'Guilt makes them responsible for your hurt, which adds weight instead of reassurance.',
    advice: 'Share the feeling without the debt',
    quotesRewrite: true,
    weight: 35,
    rewriteRank: 5,
    rewrite: (t) =>
      `I miss you, and I wanted to tell you that gently.${t ? ` I'd love to talk about ${t} when you're ready.` : ''}`,
    softenedByJoke: 'never',
    pressesForReply: false,
  }),
  overwhelming: entry({
    label: 'Too much at once',
    step: 4,
    why: 'Many questions, capitals or a long wall of text can feel like a flood to someone who is already overloaded.',
    advice: 'Pick the one thing that matters most and say it briefly and kindly.',
    quotesRewrite: false,
    weight: 30,
    rewriteRank: 10,
    rewrite: (t) =>
      `There's a lot on my mind${t ? ` about ${t}` : ''}, but none of it has to be sorted today. I care about you.`,
    softenedByJoke: 'never',
    pressesForReply: false,
  }),
  contempt: entry({
    label: 'Sarcasm or contempt',
    step: 1,
    why: 'Sarcasm and mockery sting more than plain anger, and make it feel unsafe to come closer.',
    advice: 'Say the real feeling under the sarcasm',
    quotesRewrite: true,
    weight: 45,
    rewriteRank: 2,
    rewrite: (t) => `I was hoping to hear from you${t ? ` about ${t}` : ''}, and I missed you.`,
    softenedByJoke: 'laughing emoji',
    pressesForReply: false,
  }),
};

/** the pressure categories in rewrite order: the first present in a sentence gives its replacement */
export const REWRITE_ORDER: readonly PressureCategory[] = [...PRESSURE_CATEGORIES].sort(
  (a, b) => PRESSURE[a].rewriteRank - PRESSURE[b].rewriteRank,
);

export const SUPPORTIVE: Readonly<Record<SupportiveCategory, SupportiveEntry>> = {
  observation: {
    label: 'Gentle observation',
    why: 'Describing what you noticed, without judging it, invites them in.',
    undercutBy: 'never',
  },
  invitation: {
    label: 'Open invitation',
    why: 'Leaving the door open lets them come to you when they are ready.',
    undercutBy: 'sarcasm or but',
  },
  validation: {
    label: 'Validation',
    why: 'Showing you understand the feeling builds trust more than any solution.',
    undercutBy: 'sarcasm',
  },
  reassurance: {
    label: 'Reassurance',
    why: 'A small, steady sign of care tells them the relationship is safe.',
    undercutBy: 'never',
  },
  space: {
    label: 'Giving space',
    why: 'Saying there is no rush takes the pressure off replying.',
    undercutBy: 'sarcasm or but',
  },
  i_statement: {
    label: 'Speaking for yourself',
    why: 'Talking about your own feelings shares them without blaming.',
    undercutBy: 'never',
  },
  reflection: {
    label: 'Looking at the bigger picture',
    why: 'Asking how you are doing together, or owning your part, makes it a two-way street.',
    undercutBy: 'never',
  },
};
