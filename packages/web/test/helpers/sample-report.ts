// a hand-written analysis for the report tests: steady for 18 weeks, then the partner pulls back and the user chases
import type { AnalysisReport, Metrics, WeekReport } from '@reconnect/core/analysis';

/** chat text that would run script if it were ever treated as HTML */
export const HOSTILE = '<img src=x onerror="window.__pwned = 1">';

const metrics = (m: Partial<Metrics>): Metrics => ({
  messages: 0,
  words: 0,
  medianWordsPerMessage: null,
  medianReplyMinutes: null,
  replies: 0,
  conversationsStarted: 0,
  startedShare: null,
  questions: 0,
  bids: 0,
  bidsAnswered: 0,
  turnTowardRate: null,
  oneWordReplies: 0,
  affection: 0,
  sentiment: null,
  weTalk: null,
  youTalk: null,
  lateNight: 0,
  ...m,
});

/** a hand-written 30-week history: steady for 18 weeks, then the partner pulls back and the user chases */
export function sampleReport(partner = 'Sam'): AnalysisReport {
  const weeks: WeekReport[] = [];
  for (let i = 0; i < 30; i++) {
    const start = new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10);
    const after = i >= 18;
    const wobble = ((i * 7) % 5) - 2;
    weeks.push({
      start,
      me: metrics({
        messages: (after ? 120 : 90) + wobble * 3,
        medianWordsPerMessage: after ? 14 + wobble * 0.3 : 9 + wobble * 0.3,
        medianReplyMinutes: 6 + wobble,
        startedShare: after ? 0.78 : 0.5 + wobble * 0.02,
        questions: (after ? 30 : 14) + wobble,
        turnTowardRate: 0.9 + wobble * 0.01,
      }),
      partner: metrics({
        messages: (after ? 45 : 88) + wobble * 3,
        medianWordsPerMessage: after ? 3.5 + wobble * 0.2 : 8.5 + wobble * 0.3,
        medianReplyMinutes: after ? 150 + wobble * 10 : 12 + wobble,
        startedShare: after ? 0.22 : 0.5 - wobble * 0.02,
        questions: (after ? 3 : 13) + wobble,
        turnTowardRate: after ? 0.45 + wobble * 0.02 : 0.88 + wobble * 0.01,
      }),
      connection: after ? 42 + wobble * 2 : 74 + wobble * 2,
      components: { balance: 70, responsiveness: 60, turnToward: 70, initiative: 60, warmth: 65, styleMatching: 80 },
      lsm: 0.8,
    });
  }
  return {
    source: {
      format: 'whatsapp',
      messages: 5520,
      participants: [
        { name: 'Alex', messages: 3100 },
        { name: partner, messages: 2420 },
      ],
      first: '2024-01-01T08:12:00.000Z',
      last: '2024-07-28T21:40:00.000Z',
    },
    me: 'Alex',
    partner,
    timeZone: 'Europe/London',
    weeks,
    days: [],
    withdrawal: {
      detected: true,
      onset: '2024-05-06',
      confidence: 0.78,
      signals: [
        { metric: 'medianReplyMinutes', before: 12, after: 150, change: 11.5 },
        { metric: 'medianWordsPerMessage', before: 8.5, after: 3.5, change: -0.59 },
        { metric: 'questions', before: 13, after: 3, change: -0.77 },
      ],
      summary: `Since early May, ${partner} replies more slowly, writes shorter messages and asks fewer questions.`,
      recovered: false,
      recoveredSince: null,
      pattern: 'partner',
      began: '2024-05-06',
      beganRange: null,
      gradual: false,
      sides: { me: 0.3, partner: 4.1 },
      mySignals: [],
      sidesUncertain: false,
    },
    pursuit: {
      detected: true,
      since: '2024-05-20',
      unansweredRuns: 9,
      longestRun: 7,
      pressureMessages: 14,
      pressureChecked: 1400,
      doubleTexts: 23,
      examples: [
        { at: '2024-06-02T19:03:00.000Z', text: 'Why are you ignoring me??', categories: ['demand', 'accusation'] },
        { at: '2024-06-09T22:41:00.000Z', text: HOSTILE, categories: ['chasing'] },
      ],
    },
    reasons: [
      {
        reason: 'overwhelmed',
        score: 0.64,
        evidence: [
          { at: '2024-05-08T18:20:00.000Z', text: "Work is honestly too much right now, I'm exhausted" },
          { at: '2024-05-30T21:02:00.000Z', text: '</script><script>window.__pwned = 2</script>' },
        ],
        patterns: ['more late-night messages about work since May'],
      },
      {
        reason: 'uncertain',
        score: 0.31,
        evidence: [{ at: '2024-06-15T12:00:00.000Z', text: "we'll see" }],
        patterns: [],
      },
      { reason: 'misunderstood', score: 0.12, evidence: [], patterns: [] },
    ],
    noClearReason: false,
    advice: {
      step: 2,
      headline: 'Give them room to breathe, and let them know you are there.',
      detail: 'For the next few days, send one short, warm message and then wait.',
      waitHours: 18,
    },
    safety: [],
    safetyTotal: 0,
    language: { main: 'en', share: 1, wordsReadable: true },
    excludedMessages: 0,
  };
}
