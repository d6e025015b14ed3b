// @reconnect/core/analysis: the distance insights of one conversation, and the stored basis they are built from

export * from '../analysis/analyze.ts';
export type { DailyTable, DayRecords, SideDays, SideTable } from '../analysis/daily-table.ts';
export type {
  AnalysisReport,
  Metrics,
  Pursuit,
  ReasonEstimate,
  WeekReport,
  Withdrawal,
  WithdrawalSignal,
} from '../analysis/types.ts';
export * from '../analysis/version.ts';
