// the five steps to reconnect, each as one typed entry

/** the five steps to reconnect, in order */
export type Step = 1 | 2 | 3 | 4 | 5;
export const STEP_NUMBERS: readonly Step[] = [1, 2, 3, 4, 5];

export interface StepInfo {
  readonly title: string;
  /** what the step means, in one or two sentences */
  readonly meaning: string;
  readonly do: readonly string[];
  readonly dont: readonly string[];
  /** phrases a person could send or say */
  readonly phrases: readonly string[];
}

export const STEPS: Readonly<Record<Step, StepInfo>> = {
  1: {
    title: 'Create a safe space for their feelings',
    meaning: 'Let them know they can share what is going on without being judged or questioned.',
    do: ['Describe what you have noticed, gently', 'Offer to listen, and leave the door open'],
    dont: ['Ask "why" questions that sound like a cross-examination', 'Jump to conclusions about what it means'],
    phrases: [
      "I've noticed you've been quieter lately. I'm here if you want to talk.",
      'Whenever you feel like sharing, I would love to listen.',
    ],
  },
  2: {
    title: 'Give them time and space',
    meaning: 'Respect their need to process on their own terms, while gently reminding them you are there.',
    do: ['Let a message sit before sending another', 'Say plainly that there is no rush'],
    dont: ['Send follow-ups asking whether they saw your message', 'Set deadlines for a conversation'],
    phrases: ['No rush at all. I am here when you are ready.', 'Take the time you need. Thinking of you.'],
  },
  3: {
    title: 'Focus on understanding, not fixing',
    meaning: 'What they often need most is to feel understood, not to be handed a solution.',
    do: ['Name what they might be feeling', 'Ask whether they want ideas or just an ear'],
    dont: ['Offer solutions nobody asked for', 'Tell them it is not a big deal'],
    phrases: ['That sounds really hard.', "I can see why you'd feel that way.", 'Do you want ideas, or just an ear?'],
  },
  4: {
    title: 'Reassure without overwhelming',
    meaning: 'Small, steady signs of care help more than a flood of messages or big gestures.',
    do: ['Send one short, kind note', 'Keep it light and leave room for them'],
    dont: ['Send many messages or questions at once', 'Make them responsible for your feelings'],
    phrases: ['I care about you.', 'Thinking of you today.', "I'm on your side, always."],
  },
  5: {
    title: 'Reflect on the bigger picture',
    meaning: 'Look at the relationship as a whole: unspoken issues, and whether both of you feel heard.',
    do: ['Ask how the two of you are doing', 'Own your part honestly'],
    dont: ['Assume the worst about what the distance means', 'Keep score'],
    phrases: ['How are we doing, really?', 'I want to get better at listening to you.'],
  },
};
