// every withdrawal signal as one typed entry: its unit, which way is "further apart", its label and how to word a change

/** the partner's weekly metrics that the change-point search looks at, in the order signals are compared */
export const SIGNAL_METRICS = [
  'messages',
  'medianWordsPerMessage',
  'medianReplyMinutes',
  'startedShare',
  'questions',
  'turnTowardRate',
  'oneWordReplies',
  'affection',
  'sentiment',
] as const;
export type SignalMetric = (typeof SIGNAL_METRICS)[number];

/** how one weekly value is shown: a count a week, a share, words, a duration, or a tone */
export type MetricUnit = 'per week' | 'share' | 'words' | 'minutes' | 'tone';

/** a change worded both ways: toward each other (or no change) and further apart */
export interface ChangeWords {
  readonly closer: string;
  readonly further: string;
}

export interface MetricEntry {
  readonly unit: MetricUnit;
  /** +1 when a rise brings the two closer, -1 when a rise means more distance */
  readonly direction: 1 | -1;
  /** a noun phrase, said of the partner: "time to reply" */
  readonly label: string;
  /** whether the label reads the same said of the user (so it is shown for both sides) */
  readonly labelFitsEither: boolean;
  /** a change said of the partner: "slower replies"; with `percent`, followed by "(42% fewer)" */
  readonly change: ChangeWords;
  /** a change said of either person or both, where it reads differently */
  readonly changeOfEither?: ChangeWords;
  /** whether a change of the partner's is followed by its size */
  readonly percent?: boolean;
}

export const METRICS: Readonly<Record<SignalMetric, MetricEntry>> = {
  messages: {
    unit: 'per week',
    direction: 1,
    label: 'messages',
    labelFitsEither: true,
    change: { closer: 'more messages', further: 'fewer messages' },
    percent: true,
  },
  medianWordsPerMessage: {
    unit: 'words',
    direction: 1,
    label: 'words per message',
    labelFitsEither: true,
    change: { closer: 'longer messages', further: 'shorter messages' },
  },
  medianReplyMinutes: {
    unit: 'minutes',
    direction: -1,
    label: 'time to reply',
    labelFitsEither: true,
    change: { closer: 'quicker replies', further: 'slower replies' },
  },
  startedShare: {
    unit: 'share',
    direction: 1,
    label: 'conversations they start',
    labelFitsEither: false,
    change: { closer: 'starting more conversations', further: 'starting fewer of your conversations' },
    changeOfEither: {
      closer: 'starting more of the conversations',
      further: 'starting fewer of the conversations',
    },
  },
  questions: {
    unit: 'per week',
    direction: 1,
    label: 'questions asked',
    labelFitsEither: true,
    change: { closer: 'more questions', further: 'fewer questions back' },
    changeOfEither: { closer: 'more questions', further: 'fewer questions' },
  },
  turnTowardRate: {
    unit: 'share',
    direction: 1,
    label: 'your reach-outs they answer',
    labelFitsEither: false,
    change: { closer: 'answering more of your bids', further: 'answering fewer of your bids for attention' },
    changeOfEither: { closer: 'answering more reach-outs', further: 'answering fewer reach-outs' },
  },
  oneWordReplies: {
    unit: 'per week',
    direction: -1,
    label: 'one-word replies',
    labelFitsEither: true,
    change: { closer: 'fewer one-word replies', further: 'more one-word replies' },
  },
  affection: {
    unit: 'per week',
    direction: 1,
    label: 'affectionate messages',
    labelFitsEither: true,
    change: { closer: 'more affectionate words', further: 'fewer affectionate words' },
  },
  sentiment: {
    unit: 'tone',
    direction: 1,
    label: 'tone of their messages',
    labelFitsEither: false,
    change: { closer: 'a lighter tone', further: 'a heavier tone' },
  },
};
