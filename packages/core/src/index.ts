// Reconnect's pure core, for other programs: the three things it does, each with its main types. Everything else is
// reached through a subpath with its own small surface: @reconnect/core/model, /time, /import, /analysis, /coach,
// /playbook and /simulate.

export { analyzeConversation } from './analysis/analyze.ts';
export type { AnalysisReport, AnalyzeOptions } from './analysis/types.ts';
export { coachMessage } from './coach/coach.ts';
export type { CoachContext, CoachResult } from './coach/types.ts';
export { importConversation } from './import/import-conversation.ts';
export type { ImportInput, ImportOptions } from './import/types.ts';
export type { Conversation, Message, Participant } from './model.ts';
export { checkSafety, type SafetyFinding } from './safety/index.ts';
