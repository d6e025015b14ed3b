// the reconnection method as typed data: reasons, steps and message categories, read by every other part

/** why a partner may be pulling away */
export const REASON_IDS = ['overwhelmed', 'misunderstood', 'uncertain'] as const;
export type Reason = (typeof REASON_IDS)[number];

/** the five steps to reconnect, in order */
export type Step = 1 | 2 | 3 | 4 | 5;
export const STEP_NUMBERS: readonly Step[] = [1, 2, 3, 4, 5];

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

export interface ReasonInfo {
  readonly title: string;
  /** what the partner may be feeling, in plain words */
  readonly feeling: string;
  /** what tends to help most for this reason */
  readonly helps: string;
  /** the step to lean on first */
  readonly firstStep: Step;
}

export interface StepInfo {
  readonly title: string;
  /** what the step means, in one or two sentences */
  readonly meaning: string;
  readonly do: readonly string[];
  readonly dont: readonly string[];
  /** phrases a person could send or say */
  readonly phrases: readonly string[];
}

export interface PressureInfo {
  readonly label: string;
  /** the step this kind of phrase works against */
  readonly step: Step;
  /** one line: why it tends to backfire */
  readonly why: string;
  /** what to try instead (the first is the main suggestion) */
  readonly tryInstead: readonly string[];
}

export interface SupportiveInfo {
  readonly label: string;
  /** one line: why it helps */
  readonly why: string;
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

export const PRESSURE: Readonly<Record<PressureCategory, PressureInfo>> = {
  demand: {
    label: 'Demanding answers',
    step: 1,
    why: 'Being asked to explain yourself feels like an interrogation, and the easiest escape is to close up.',
    tryInstead: [
      "Describe what you've noticed and leave the door open: \"I've noticed you've been quieter. I'm here if you want to talk.\"",
    ],
  },
  accusation: {
    label: 'Blame or labels',
    step: 1,
    why: 'Words like "never", "always" or a label about who they are invite defending, not opening up.',
    tryInstead: ['Speak about your own feeling instead: "I feel a bit lonely lately, and I miss us."'],
  },
  assuming_worst: {
    label: 'Assuming the worst',
    step: 5,
    why: 'Guessing the worst out loud puts them on trial for something they may not feel at all.',
    tryInstead: ['Ask gently instead of concluding: "I might be reading too much into it. How are we doing?"'],
  },
  chasing: {
    label: 'Chasing a reply',
    step: 2,
    why: 'Follow-ups for a reply add pressure to someone who is already struggling to answer.',
    tryInstead: ['Give space and say so: "No rush to reply. I\'m here whenever you\'re ready."'],
  },
  fixing: {
    label: 'Fixing',
    step: 3,
    why: 'A quick solution can feel like their feelings are a problem to be solved rather than heard.',
    tryInstead: ['Validate first, then offer: "That sounds really hard. Do you want ideas, or just an ear?"'],
  },
  minimizing: {
    label: 'Brushing feelings aside',
    step: 3,
    why: 'Playing a feeling down tells them it was not worth sharing, so next time they may not.',
    tryInstead: ['Take the feeling seriously: "That makes sense. I can see why it got to you."'],
  },
  ultimatum: {
    label: 'Ultimatum or deadline',
    step: 2,
    why: 'A threat or a deadline turns a need for space into a test they feel they can only fail.',
    tryInstead: [
      'Ask for what you need and accept "not yet": "Could we talk sometime this week? If it\'s not the right time, that\'s ok."',
    ],
  },
  guilt: {
    label: 'Guilt-tripping',
    step: 4,
    why: 'Guilt makes them responsible for your hurt, which adds weight instead of reassurance.',
    tryInstead: ['Share the feeling without the debt: "I miss you, and I wanted you to know that gently."'],
  },
  overwhelming: {
    label: 'Too much at once',
    step: 4,
    why: 'Many questions, capitals or a long wall of text can feel like a flood to someone who is already overloaded.',
    tryInstead: ['Pick the one thing that matters most and say it briefly and kindly.'],
  },
  contempt: {
    label: 'Sarcasm or contempt',
    step: 1,
    why: 'Sarcasm and mockery sting more than plain anger, and make it feel unsafe to come closer.',
    tryInstead: ['Say the real feeling under the sarcasm: "I was hoping to hear from you, and I missed you."'],
  },
};

export const SUPPORTIVE: Readonly<Record<SupportiveCategory, SupportiveInfo>> = {
  observation: {
    label: 'Gentle observation',
    why: 'Describing what you noticed, without judging it, invites them in.',
  },
  invitation: { label: 'Open invitation', why: 'Leaving the door open lets them come to you when they are ready.' },
  validation: { label: 'Validation', why: 'Showing you understand the feeling builds trust more than any solution.' },
  reassurance: { label: 'Reassurance', why: 'A small, steady sign of care tells them the relationship is safe.' },
  space: { label: 'Giving space', why: 'Saying there is no rush takes the pressure off replying.' },
  i_statement: {
    label: 'Speaking for yourself',
    why: 'Talking about your own feelings shares them without blaming.',
  },
  reflection: {
    label: 'Looking at the bigger picture',
    why: 'Asking how you are doing together, or owning your part, makes it a two-way street.',
  },
};

/** where to turn when a message suggests danger, abuse or self-harm */
export type SafetyConcern = 'self_harm' | 'danger' | 'abuse';

/** emergency numbers, first whenever someone may be in danger right now */
const EMERGENCY =
  'If someone is in danger right now, or has already taken something or hurt themselves, call your emergency number now: 911 in the US and Canada, 999 in the UK, 112 in Ireland and across Europe.';
const CRISIS_LINES = [
  'US and Canada: call or text 988, any time. UK and Ireland: Samaritans on 116 123, free and any time.',
  'Spain: 024. Germany: TelefonSeelsorge 0800 111 0 111. France: 3114. Brazil: CVV 188.',
  'Elsewhere: findahelpline.com lists free, confidential lines in your country.',
] as const;
const ABUSE_LINES = [
  "US: National Domestic Violence Hotline, 1-800-799-7233 or text START to 88788. Canada: sheltersafe.ca finds a shelter near you. UK: National Domestic Abuse Helpline, 0808 2000 247. Ireland: Women's Aid, 1800 341 900.",
  'Spain: 016. Germany: Hilfetelefon 116 016. France: 3919. Brazil: Ligue 180.',
  'Elsewhere: findahelpline.com also lists domestic-abuse services in your country.',
] as const;

/** the help shown with each concern: a calm message, then where to turn, the most urgent first */
export const SAFETY: Readonly<
  Record<SafetyConcern, { readonly message: string; readonly resources: readonly string[] }>
> = {
  self_harm: {
    message:
      "It sounds like someone may be going through something really painful. You don't have to carry this alone: please reach out to someone who can help right now.",
    resources: [EMERGENCY, ...CRISIS_LINES],
  },
  danger: {
    message:
      'Safety matters more than any message. If you or someone else may be in danger, please get help before anything else.',
    resources: [
      EMERGENCY,
      'A trusted friend, family member or neighbour can help you get somewhere safe.',
      ...ABUSE_LINES,
    ],
  },
  abuse: {
    message:
      'What this describes sounds frightening, and it is never the fault of the person it happens to. Coaching a message is not the right help here; people trained for this can help you stay safe.',
    resources: [EMERGENCY, ...ABUSE_LINES],
  },
};

/** when an act seems already done or under way (pills taken, a weapon out): one line before everything else */
export const URGENT_HELP =
  'This sounds like it may be happening now. Please call your emergency number straight away (911, 999 or 112), or ask someone nearby to call for you. Stay with the person if you can.';

/** what a concern in the chat means for each side, worded for the user: who wrote it changes what helps */
export const SAFETY_IN_CHAT: Readonly<
  Record<'me' | 'partner', Readonly<Record<SafetyConcern, { readonly headline: string; readonly detail: string }>>>
> = {
  partner: {
    self_harm: {
      headline: 'Check on them now, and get help',
      detail:
        'Some of their messages sound like they may be thinking about hurting themselves. Reach out to them now, ask them directly how they are, and contact a crisis line or emergency services with them or for them. Giving space can wait; this cannot.',
    },
    danger: {
      headline: 'Your safety first',
      detail:
        'Some of their messages sound like threats or talk of weapons. Your safety comes before the relationship: if you feel at risk, go somewhere safe and call for help. You do not have to answer them.',
    },
    abuse: {
      headline: 'Your safety first',
      detail:
        'Some of their messages sound controlling or describe someone being hurt. That is never your fault. People at a domestic-abuse line can talk it through with you in confidence and help you plan to stay safe.',
    },
  },
  me: {
    self_harm: {
      headline: 'You deserve support',
      detail:
        'Some of your own messages sound like you have been in a very dark place. You matter, and you deserve support: please talk to someone today, a crisis line, a doctor or someone you trust.',
    },
    danger: {
      headline: 'Reach out for support now',
      detail:
        'Some of your own messages sound like you may be in danger, or close to hurting someone. Please step away from the conversation and talk to someone now; a crisis or support line can help you through the next hours.',
    },
    abuse: {
      headline: 'You deserve to be safe',
      detail:
        'Some of your own messages describe being hurt or controlled. That is never your fault. People at a domestic-abuse line can listen in confidence and help you plan to stay safe.',
    },
  },
};
