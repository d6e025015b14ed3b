// @reconnect/core/import: reading chat exports of every supported app into the neutral model; each format's facts
// live on its importer

export * from '../import/detect.ts';
export * from '../import/errors.ts';
export * from '../import/import-conversation.ts';
export * from '../import/registry.ts';
export * from '../import/types.ts';
