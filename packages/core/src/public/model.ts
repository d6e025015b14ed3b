// @reconnect/core/model: the neutral chat model every importer writes and the analysis reads, message fingerprints,
// and who is who

export * from '../fingerprint.ts';
export * from '../model.ts';
export * from '../participants.ts';
