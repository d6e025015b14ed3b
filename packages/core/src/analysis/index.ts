// the distance-insights module's public surface

export { createZoneClock, isoToDay } from '../time/index.ts';
export {
  type AnalysisBasis,
  type AnalysisEvidence,
  analysisBasis,
  analyzeConversation,
  reportFromBasis,
} from './analyze.ts';
export type { DailyTable, DayRecords, SideDays, SideTable } from './daily-table.ts';
export type { PressureScan } from './pursuit.ts';
export * from './types.ts';
export { ANALYSIS_BASIS_VERSION } from './version.ts';
