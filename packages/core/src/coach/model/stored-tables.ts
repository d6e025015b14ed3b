// the learned scorer's tables for the stored model: packages/cli/build.mjs replaces this module in the CLI's bundle

import storedModel from './model.json';
import { type CoachModel, type ScorerTables, scorerTables } from './scorer.ts';

/**
 * The tables of the stored model, made from model.json when the coach loads (tests, the app, the library). The CLI's
 * build replaces this module with one that reads the tables it made from the same model, so `reconnect coach` reads
 * a few thousand words and some raw numbers at start-up instead of every feature name, and never model.json.
 * @example LearnedScorer.fromTables(storedScorerTables())
 */
export const storedScorerTables = (): ScorerTables => scorerTables(storedModel as CoachModel);
