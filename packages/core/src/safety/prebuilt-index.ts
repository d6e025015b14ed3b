// the safety check's word index built ahead of time: packages/cli/build.mjs puts it here in the CLI's bundle

import type { WordIndexSnapshot } from './word-index.ts';

/** the check's index (check.ts `buildCheckIndex`) as plain numbers */
export interface CheckIndex {
  readonly index: WordIndexSnapshot;
  /** the rules with no certain literal, which run on every message the index lets through */
  readonly unindexed: readonly number[];
  /** every concept's words (concepts.ts `conceptsOf`), read for the messages the check's index lets through */
  readonly concepts: WordIndexSnapshot;
}

/**
 * Null here, so the check builds its index when it loads (tests, the app, the library); the CLI's build replaces
 * this module with the indexes it built from the same rules and concepts, which saves reading some ten thousand literals at
 * start-up (and the concepts' words when the first message reaches the score).
 */
export const PREBUILT_CHECK_INDEX: CheckIndex | null = null;
