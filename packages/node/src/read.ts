// the reading half of the layer, without the analysis: for callers (like `inspect`) that only read, so that a
// bundler leaves the analysis code out of what they load

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
