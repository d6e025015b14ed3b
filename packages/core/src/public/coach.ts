// @reconnect/core/coach: coaching a draft before it is sent, with the safety check and the language guess

export * from '../coach/coach.ts';
export type { CoachContext, CoachFlag, CoachResult, CoachStrength, SafetyNote } from '../coach/types.ts';
export * from '../language/detect-language.ts';
export * from '../safety/index.ts';
