// the public library surface of Reconnect's pure core: model, importers, analysis, coach, playbook

export * from './model.ts';
export * from './playbook.ts';
export * from './coach/index.ts';
export * from './import/errors.ts';
export * from './import/types.ts';
