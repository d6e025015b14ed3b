// the public library surface of Reconnect's pure core: model, importers, analysis, coach, playbook

export * from './analysis/index.ts';
export * from './coach/index.ts';
export * from './fingerprint.ts';
export * from './import/csv.ts';
export * from './import/errors.ts';
export * from './import/imessage.ts';
export * from './import/import-conversation.ts';
export * from './import/signal.ts';
export * from './import/telegram.ts';
export * from './import/types.ts';
export * from './import/whatsapp.ts';
export { detectLanguage, type LanguageGuess } from './language/detect-language.ts';
export * from './model.ts';
export * from './participants.ts';
export * from './playbook/index.ts';
export { checkSafety, type SafetyFinding } from './safety/index.ts';
export * from './safety-wording.ts';
export * from './simulate/index.ts';
export * from './wording.ts';
