// the message coach's public surface
export { coachMessage, detectPressure } from './coach.ts';
export { extractTopic } from './rewrite.ts';
export type { CoachContext, CoachFlag, CoachResult, CoachStrength, SafetyNote, Verdict } from './types.ts';
