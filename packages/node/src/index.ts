// the Node side shared by the CLI and the server: safe reading of files, zips and folders, and the analyse flow

export { type AnalyzeFileOptions, analyzeFile } from './analyze-file.ts';
export { fileSource } from './file-source.ts';
export {
  DEFAULT_INPUT_LIMITS,
  type InputLimits,
  type OpenedInput,
  type OpenInputOptions,
  openInput,
  unsafeEntryName,
} from './open-input.ts';
export { type ReadOptions, readConversation } from './read-conversation.ts';
export { isKnownTimeZone, systemTimeZone } from './time-zone.ts';
