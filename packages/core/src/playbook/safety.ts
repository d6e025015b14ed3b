// the help shown when a message suggests danger, abuse or self-harm, and what it means in a chat

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
/**
 * Shown with abuse in the user's own words: the check reads words, not who is hurting whom, so a controlling draft
 * ("turn your location back on. now.") raises the same concern as a message about being controlled.
 */
export const OWN_BEHAVIOUR_HELP =
  'If you ever worry about how you treat a partner, there is confidential help for that too. UK: Respect Phoneline, 0808 802 4040. US: the National Domestic Violence Hotline above also talks with people worried about their own behaviour.';

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
      'This message touches on control or harm in a relationship. If it is happening to you, it sounds frightening, and it is never the fault of the person it happens to. Coaching a message is not the right help here; people trained for this can help you stay safe.',
    resources: [EMERGENCY, ...ABUSE_LINES],
  },
};

/**
 * Said once, quietly, at the end of a chat's findings when the check raised nothing: what it read, that it misses
 * some, and where to turn all the same.
 */
export const NOTHING_SEEN = {
  read: 'Reconnect also read every message for signs of danger, self-harm or abuse, and saw none. It reads words, not people, and it misses some.',
  unread:
    'Most of this chat is in a language the safety check cannot read, so it could not look for signs of danger, self-harm or abuse.',
  help: 'If you feel unsafe, or are worried about your partner, trust that and reach out: 911, 999 or 112 in an emergency; 988 in the US and Canada or Samaritans on 116 123 in the UK and Ireland to talk to someone now; findahelpline.com lists free lines in other countries.',
} as const;

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
        'Some of your own messages talk about being hurt or controlled, or read as control of your partner. If it is happening to you, it is never your fault: people at a domestic-abuse line can listen in confidence and help you plan to stay safe.',
    },
  },
};
