// the reconnection method as typed data: reasons, steps, message categories, metrics and safety help, read by every
// other part; a new coach category or a new metric is one entry here, and the compiler lists what else to update

export * from './categories.ts';
export * from './metrics.ts';
export * from './reasons.ts';
export * from './safety.ts';
export * from './steps.ts';
