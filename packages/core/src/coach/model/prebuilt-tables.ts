// the learned scorer's tables worked out ahead of time: packages/cli/build.mjs puts them here in the CLI's bundle

import type { ScorerTables } from './scorer.ts';

/**
 * Null here, so the coach works its scorer's tables out of model.json when it loads (tests, the app, the library);
 * the CLI's build replaces this module with the tables it worked out from the same model, so `reconnect coach`
 * reads a few thousand words and some raw numbers at start-up instead of every feature name.
 */
export const PREBUILT_SCORER_TABLES: ScorerTables | null = null;
