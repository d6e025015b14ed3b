// the distance-insights module's public surface

export { analyzeConversation } from './analyze.ts';
export * from './types.ts';
