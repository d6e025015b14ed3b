// the distance-insights report: the exact shape of `reconnect analyze --json` plus chart series

import type { Conversation, Format, ParticipantId } from '../model.ts';
import type { PressureCategory, Reason, SafetyConcern, SignalMetric, Step } from '../playbook/index.ts';

/** the three reasons a partner may pull away; the playbook owns their wording */
export type InsightReason = Reason;

/** the five reconnection steps; the playbook owns their wording */
export type InsightStep = Step;

/**
 * One person's figures over one week. Rates are shares 0..1; `null` means "nothing to measure"
 * (e.g. no replies that week), never zero.
 */
export interface Metrics {
  /** text, media and call messages written (system lines never count) */
  readonly messages: number;
  readonly words: number;
  /** median words per text message */
  readonly medianWordsPerMessage: number | null;
  /** median minutes to answer the other person, overnight- and gap-aware (see analysis/README.md) */
  readonly medianReplyMinutes: number | null;
  /** replies that entered the median (answers within the cap, quiet hours removed) */
  readonly replies: number;
  /** first message after 6 hours of silence from both that is not an answer within 12 hours */
  readonly conversationsStarted: number;
  /** this person's share of the conversations started that week by either person */
  readonly startedShare: number | null;
  /** messages holding a question */
  readonly questions: number;
  /** bids for connection made: questions, photos/media, and news or feelings opened with a bid word */
  readonly bids: number;
  /** the other person's bids this person answered within the turn-toward window (2 hours awake time) */
  readonly bidsAnswered: number;
  /** bidsAnswered / the other person's bids */
  readonly turnTowardRate: number | null;
  /** replies of one short word ("k", "fine", "idk", "ok") */
  readonly oneWordReplies: number;
  /** messages with affection words or heart emoji */
  readonly affection: number;
  /** mean VADER-style compound score of text messages, -1..1 */
  readonly sentiment: number | null;
  /** share of words that are "we/us/our…" */
  readonly weTalk: number | null;
  /** share of words that are "you/your…" */
  readonly youTalk: number | null;
  /** messages written between 22:00 and 05:00 local time */
  readonly lateNight: number;
}

/** the connection index's parts, each 0..100 (null when the week gives nothing to measure) */
export interface ConnectionComponents {
  /** how balanced the two sides' message volumes are, and whether the week is active at all */
  readonly balance: number | null;
  /** the slower side's median reply time, mapped from minutes to 0..100 */
  readonly responsiveness: number | null;
  /** both sides' turn-toward rates */
  readonly turnToward: number | null;
  /** how evenly the two start conversations */
  readonly initiative: number | null;
  /** affection, sentiment and we-talk against you-talk */
  readonly warmth: number | null;
  /** language style matching × 100 */
  readonly styleMatching: number | null;
}

export interface WeekReport {
  /** Monday of the week, YYYY-MM-DD in the analysis time zone */
  readonly start: string;
  readonly me: Metrics;
  readonly partner: Metrics;
  /** 0..100, the weighted mean of the available components */
  readonly connection: number;
  readonly components: ConnectionComponents;
  /** language style matching of the two that week, 0..1 (Ireland & Pennebaker) */
  readonly lsm: number | null;
}

/** one person's figures for one day, for charts */
export interface DayFigures {
  readonly messages: number;
  readonly words: number;
  readonly medianReplyMinutes: number | null;
  readonly conversationsStarted: number;
  readonly questions: number;
  readonly affection: number;
  readonly sentiment: number | null;
}

export interface DayReport {
  /** YYYY-MM-DD in the analysis time zone */
  readonly date: string;
  readonly me: DayFigures;
  readonly partner: DayFigures;
}

export interface WithdrawalSignal {
  readonly metric: SignalMetric;
  /** the partner's weekly mean before the onset */
  readonly before: number;
  /** the partner's weekly mean after the onset */
  readonly after: number;
  /** relative change (after - before) / |before|, e.g. -0.4 for 40% less */
  readonly change: number;
}

/**
 * Which story the history tells: the partner pulled back (`partner`), both drifted together (`mutual`), the
 * user pulled back more than the partner (`me`), or no lasting change (`none`).
 */
export type DistancePattern = 'partner' | 'mutual' | 'me' | 'none';

export interface Withdrawal {
  /** true only for the `partner` pattern: the partner pulled back while the user stayed steadier */
  readonly detected: boolean;
  /** YYYY-MM-DD, the week the change began */
  readonly onset: string | null;
  /** 0..1: how sure the pattern is; with pattern `none`, how close the strongest candidate came (at most 0.45) */
  readonly confidence: number;
  readonly signals: readonly WithdrawalSignal[];
  /** one or two plain sentences */
  readonly summary: string;
  /** the partner's signals came back near their earlier level after the onset */
  readonly recovered: boolean;
  /** YYYY-MM-DD, the week things came back, when they did */
  readonly recoveredSince: string | null;
  /** the symmetry test's verdict: who changed (see DistancePattern) */
  readonly pattern: DistancePattern;
  /** YYYY-MM-DD, when the change of `pattern` began (the same as `onset` for `partner`); null for `none` */
  readonly began: string | null;
  /** YYYY-MM-DD bounds of where the start may lie, when it cannot be placed within a week or so */
  readonly beganRange: { readonly from: string; readonly to: string } | null;
  /** the change built up over many weeks rather than coming as a step */
  readonly gradual: boolean;
  /** how far each side's own engagement fell (noise units; positive = less engaged), behind the pattern */
  readonly sides: { readonly me: number; readonly partner: number };
  /** the user's own signals before and after `began` (the partner's are in `signals`), largest change first */
  readonly mySignals: readonly WithdrawalSignal[];
  /**
   * With pattern `partner`: the user's own change is too unsure, against how much their weeks vary, to rule
   * out a drift of both yet, so the finding is told with that doubt. False for every other pattern.
   */
  readonly sidesUncertain: boolean;
}

export interface PursuitExample {
  /** ISO 8601 UTC */
  readonly at: string;
  readonly text: string;
  /** the coach's pressure categories found in the message */
  readonly categories: readonly PressureCategory[];
}

export interface Pursuit {
  readonly detected: boolean;
  /** YYYY-MM-DD, when the user's chasing rose after the onset */
  readonly since: string | null;
  /** runs of 3 or more of the user's messages with no answer in between, spanning at least an hour */
  readonly unansweredRuns: number;
  /** the longest run of the user's messages without an answer */
  readonly longestRun: number;
  /** the user's messages the coach flags with at least one pressure category */
  readonly pressureMessages: number;
  /** how many of the user's text messages the coach read (all of them, up to the newest 40,000) */
  readonly pressureChecked: number;
  /** the worst few, most pressing first */
  readonly examples: readonly PursuitExample[];
  /** a message from the user 15 minutes or more after their own unanswered previous one */
  readonly doubleTexts: number;
}

export interface Evidence {
  /** ISO 8601 UTC */
  readonly at: string;
  readonly text: string;
}

export interface ReasonEstimate {
  readonly reason: InsightReason;
  /** 0..1; all three low means no clear reason */
  readonly score: number;
  readonly evidence: readonly Evidence[];
  /** plain notes on the patterns behind the score, e.g. "fewer late-night messages since March" */
  readonly patterns: readonly string[];
}

export interface Advice {
  readonly step: InsightStep;
  readonly headline: string;
  readonly detail: string;
  /** how long to give space before reaching out again, from the partner's own reply rhythm */
  readonly waitHours: number | null;
  /** true when the chat shows danger: the advice is to reach out and get help, and no wait is given */
  readonly safetyFirst?: boolean;
}

/** a message that suggests self-harm, danger or abuse, from either person */
export interface SafetyMention {
  /** ISO 8601 UTC */
  readonly at: string;
  /** the writer's display name */
  readonly author: string;
  /** who wrote it: the user or the partner */
  readonly side: 'me' | 'partner';
  /** the most serious concern: self-harm, then danger, then abuse */
  readonly concern: SafetyConcern;
  readonly concerns: readonly SafetyConcern[];
  /** an act already done or under way */
  readonly urgent: boolean;
  /** the message, or the messages of a run read as one, oldest first, one per line */
  readonly text: string;
  /** how many messages sent in a row `text` joins, when more than one (the concern showed only with all of them) */
  readonly messages?: number;
}

/** the chat's main language, and whether the hints that read words can be trusted on it */
export interface ChatLanguage {
  /** ISO 639-1, or `und` when too few messages say */
  readonly main: string;
  /** share of the sampled messages in the main language, 0..1 */
  readonly share: number;
  /** the word-based hints (reasons, pressing words, affection, sentiment) read English only */
  readonly wordsReadable: boolean;
}

export interface SourceSummary {
  readonly format: Format;
  /** every message in the conversation, system lines included */
  readonly messages: number;
  readonly participants: readonly { readonly name: string; readonly messages: number }[];
  /** ISO 8601 UTC, null for an empty conversation */
  readonly first: string | null;
  readonly last: string | null;
}

export interface AnalysisReport {
  readonly source: SourceSummary;
  /** display names */
  readonly me: string;
  readonly partner: string;
  readonly timeZone: string;
  readonly weeks: readonly WeekReport[];
  readonly days: readonly DayReport[];
  readonly withdrawal: Withdrawal;
  readonly pursuit: Pursuit;
  /** sorted by score, highest first */
  readonly reasons: readonly ReasonEstimate[];
  /** true when no reason scores high enough to name */
  readonly noClearReason: boolean;
  readonly advice: Advice;
  /** messages from either person that suggest self-harm, danger or abuse, newest first (at most 200) */
  readonly safety: readonly SafetyMention[];
  /** how many messages the safety check raised in all, when more than the list holds */
  readonly safetyTotal: number;
  /** the chat's main language: time-based figures work for any; word-based hints read English only */
  readonly language: ChatLanguage;
  /** messages by anyone other than the two (group chats) are left out and counted here */
  readonly excludedMessages: number;
}

export interface AnalyzeOptions {
  readonly me: ParticipantId;
  readonly partner: ParticipantId;
  /** IANA zone for days, weeks and quiet hours */
  readonly timeZone: string;
  /** called now and then with messages done out of the total */
  readonly onProgress?: (done: number, total: number) => void;
}

/** the entry point's shape, implemented in analysis/analyze.ts */
export type AnalyzeConversation = (conversation: Conversation, options: AnalyzeOptions) => AnalysisReport;
