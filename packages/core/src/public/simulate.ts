// @reconnect/core/simulate: synthetic couples with known truth, for the demo, the evaluation and the benchmarks

export * from '../simulate/conversation.ts';
export * from '../simulate/demo.ts';
export * from '../simulate/lives.ts';
export * from '../simulate/whatsapp-text.ts';
