// the version of what the vault keeps from the analysis, in a module of its own so that reading a kept report
// loads none of the analysis

/**
 * Raise when the day table, the evidence, the safety scan or the way the report is built from them changes, so that
 * stored bases and the reports kept with them (the vault keeps both to answer without reading the messages again)
 * are built anew.
 */
export const ANALYSIS_BASIS_VERSION = 8;
