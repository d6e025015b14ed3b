// the public library surface of Reconnect's pure core: model, importers, analysis, coach, playbook

export * from './analysis/index.ts';
export * from './coach/index.ts';
export * from './fingerprint.ts';
export * from './import/errors.ts';
export * from './import/formats/csv/csv.ts';
export * from './import/formats/imessage/imessage.ts';
export * from './import/formats/signal/signal.ts';
export * from './import/formats/telegram/telegram.ts';
export * from './import/formats/whatsapp/whatsapp.ts';
export * from './import/import-conversation.ts';
export { formatList, formatNamed } from './import/registry.ts';
export * from './import/types.ts';
export { detectLanguage, type LanguageGuess } from './language/detect-language.ts';
export * from './model.ts';
export * from './participants.ts';
export * from './playbook/index.ts';
export { checkSafety, type SafetyFinding } from './safety/index.ts';
export * from './safety-wording.ts';
export * from './simulate/index.ts';
export { isKnownTimeZone, runtimeTimeZone } from './time/index.ts';
export * from './wording.ts';
