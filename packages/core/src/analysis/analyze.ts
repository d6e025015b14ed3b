// entry point of the distance insights: one conversation in, one plain-data report out

import type { Conversation, Format, Participant } from '../model.ts';
import { createZoneClock, dayToIso, weekOfDay, weekStartDay } from '../time/index.ts';
import { buildAdvice } from './advice.ts';
import { connectionComponents, connectionIndex } from './connection-index.ts';
import { buildDailyTable, type DailyTable } from './daily-table.ts';
import { dayFigures, metricsForRange, styleMatching } from './metrics.ts';
import { type PressureScan, pursuitReport, scanPressure } from './pursuit.ts';
import { CLEAR_REASON_SCORE, estimateReasons } from './reasons.ts';
import { chatLanguage, safetyAdvice, scanSafety } from './safety-scan.ts';
import type {
  AnalysisReport,
  AnalyzeOptions,
  ChatLanguage,
  DayReport,
  ReasonEstimate,
  SafetyMention,
  WeekReport,
} from './types.ts';
import { findWithdrawal, type WeekInput, type WithdrawalFinding } from './withdrawal.ts';
import { withdrawalSummary } from './withdrawal-wording.ts';

const MS_PER_DAY = 86_400_000;
/** without a withdrawal, the reasons look at this many recent days against the time before */
const RECENT_DAYS = 84;
/** the reasons read at most this many days after the onset, and as many before it as a baseline */
const REASON_WINDOW_DAYS = 182;

/** what reading the messages' text found: kept with the day table so a stored history need not be read again */
export interface AnalysisEvidence {
  readonly pressure: PressureScan;
  readonly reasons: readonly ReasonEstimate[];
  readonly safety: { readonly mentions: readonly SafetyMention[]; readonly total: number };
  readonly language: ChatLanguage;
}

/** everything the report is computed from: the one pass over the messages (day table) and the text evidence */
export interface AnalysisBasis {
  readonly format: Format;
  readonly participants: readonly Participant[];
  readonly messageCount: number;
  readonly table: DailyTable;
  readonly evidence: AnalysisEvidence;
}

interface WeeklyView {
  readonly weeks: WeekReport[];
  readonly days: DayReport[];
  readonly finding: WithdrawalFinding;
}

/** the weekly view of each day table, worked out once: the basis needs its finding, and the report all of it */
const WEEKLY_VIEWS = new WeakMap<DailyTable, WeeklyView>();

function weeklyView(table: DailyTable): WeeklyView {
  let view = WEEKLY_VIEWS.get(table);
  if (view === undefined) {
    view = buildWeeklyView(table);
    WEEKLY_VIEWS.set(table, view);
  }
  return view;
}

function buildWeeklyView(table: DailyTable): WeeklyView {
  const weeks: WeekReport[] = [];
  const inputs: WeekInput[] = [];
  const days: DayReport[] = [];
  if (table.dayCount > 0) {
    const firstWeek = weekOfDay(table.firstDay);
    const lastWeek = weekOfDay(table.firstDay + table.dayCount - 1);
    let previous = 50;
    for (let week = firstWeek; week <= lastWeek; week++) {
      const from = weekStartDay(week) - table.firstDay;
      const to = from + 7;
      const mine = metricsForRange(table, 0, from, to);
      const theirs = metricsForRange(table, 1, from, to);
      const lsm = styleMatching(table, Math.max(0, from), Math.min(table.dayCount, to));
      const components = connectionComponents(mine, theirs, lsm);
      const connection = connectionIndex(components, previous);
      previous = connection;
      weeks.push({
        start: dayToIso(weekStartDay(week)),
        me: mine,
        partner: theirs,
        connection,
        components,
        lsm: lsm === null ? null : Math.round(lsm * 1000) / 1000,
      });
      inputs.push({ week, me: mine, partner: theirs, days: Math.min(to, table.dayCount) - Math.max(from, 0) });
    }
    for (let d = 0; d < table.dayCount; d++) {
      days.push({ date: dayToIso(table.firstDay + d), me: dayFigures(table, 0, d), partner: dayFigures(table, 1, d) });
    }
  }
  return { weeks, days, finding: findWithdrawal(inputs, table) };
}

/**
 * Reads the messages once for everything the report needs: the day table and the text evidence.
 * @example reportFromBasis(analysisBasis(conversation, options), options) // same as analyzeConversation
 */
export function analysisBasis(conversation: Conversation, options: AnalyzeOptions): AnalysisBasis {
  const { me, partner } = options;
  const clock = createZoneClock(options.timeZone);
  const table = buildDailyTable(conversation, me, partner, clock, options.onProgress);
  const { finding } = weeklyView(table);
  const pressure = scanPressure(conversation, me, table, clock);
  const lastAt = Number.isFinite(table.lastAt) ? table.lastAt : 0;
  const firstAt = Number.isFinite(table.firstAt) ? table.firstAt : 0;
  const dayStartMs = (day: number) => clock.fromWall(day * MS_PER_DAY);
  const focus =
    finding.detected && finding.onsetDay !== null
      ? {
          fromMs: dayStartMs(finding.onsetDay),
          toMs: Math.min(
            finding.recoveredDay !== null ? dayStartMs(finding.recoveredDay) : lastAt + 1,
            dayStartMs(finding.onsetDay + REASON_WINDOW_DAYS),
          ),
        }
      : { fromMs: Math.max(firstAt, lastAt - RECENT_DAYS * MS_PER_DAY), toMs: lastAt + 1 };
  const baseline = { fromMs: Math.max(firstAt, focus.fromMs - REASON_WINDOW_DAYS * MS_PER_DAY), toMs: focus.fromMs };
  const reasons = estimateReasons(conversation, me, partner, clock, focus, baseline);
  return {
    format: conversation.format,
    participants: conversation.participants,
    messageCount: conversation.messages.length,
    table,
    evidence: {
      pressure,
      reasons,
      safety: scanSafety(conversation, me, partner),
      language: chatLanguage(conversation),
    },
  };
}

/**
 * Builds the report from a basis: weeks, connection index, withdrawal, pursuit and advice, without the messages.
 * @example reportFromBasis(storedBasis, { me, partner, timeZone }).withdrawal.detected
 */
export function reportFromBasis(basis: AnalysisBasis, options: AnalyzeOptions): AnalysisReport {
  const { me, partner } = options;
  const { table, evidence } = basis;
  const nameOf = (id: string) => basis.participants.find((p) => p.id === id)?.name ?? id;
  const partnerName = nameOf(partner);
  const { weeks, days, finding } = weeklyView(table);
  const pursuit = pursuitReport(table, evidence.pressure, finding.onsetDay);
  const reasons = [...evidence.reasons];
  const clearReason = (reasons[0]?.score ?? 0) >= CLEAR_REASON_SCORE;
  const safety = evidence.safety;
  const advice =
    safetyAdvice(safety.mentions) ?? buildAdvice(finding, pursuit, reasons, clearReason, table, partnerName);

  const counts = table.authorMessages;
  return {
    source: {
      format: basis.format,
      messages: basis.messageCount,
      participants: basis.participants.map((p) => ({ name: p.name, messages: counts.get(p.id) ?? 0 })),
      first: Number.isFinite(table.firstAt) ? new Date(table.firstAt).toISOString() : null,
      last: Number.isFinite(table.lastAt) ? new Date(table.lastAt).toISOString() : null,
    },
    me: nameOf(me),
    partner: partnerName,
    timeZone: options.timeZone,
    // copies: the view is kept with the table, and a report is the caller's to change
    weeks: [...weeks],
    days: [...days],
    withdrawal: {
      detected: finding.detected,
      onset: finding.onsetDay === null ? null : dayToIso(finding.onsetDay),
      confidence: finding.confidence,
      signals: finding.signals,
      summary: withdrawalSummary(finding, partnerName),
      recovered: finding.recoveredDay !== null,
      recoveredSince: finding.recoveredDay === null ? null : dayToIso(finding.recoveredDay),
      pattern: finding.pattern,
      began: finding.beganDay === null ? null : dayToIso(finding.beganDay),
      beganRange:
        finding.beganRange === null
          ? null
          : { from: dayToIso(finding.beganRange.from), to: dayToIso(finding.beganRange.to) },
      gradual: finding.gradual,
      sides: finding.sides,
      mySignals: finding.mySignals,
      sidesUncertain: finding.pattern === 'partner' && finding.sidesUncertain,
    },
    pursuit,
    reasons,
    noClearReason: !clearReason,
    advice,
    safety: [...safety.mentions],
    safetyTotal: safety.total,
    language: evidence.language,
    excludedMessages: table.excludedMessages,
  };
}

/**
 * Analyses the history between `me` and `partner` week by week: metrics, connection index,
 * withdrawal, the user's pursuit, likely reasons and the step to focus on.
 * @example analyzeConversation(conversation, { me, partner, timeZone: 'Europe/Berlin' }).withdrawal.detected
 */
export function analyzeConversation(conversation: Conversation, options: AnalyzeOptions): AnalysisReport {
  return reportFromBasis(analysisBasis(conversation, options), options);
}
