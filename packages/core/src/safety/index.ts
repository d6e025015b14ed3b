// the safety check's public surface: one check for the coach, the analysis, the report and the app
export { CONCERN_ORDER, checkSafety, type SafetyFinding, type SafetySignal } from './check.ts';
export { foldForSafety } from './fold.ts';
export type { SafetyLanguage } from './rule.ts';
