// @reconnect/core/analysis-version: the version of what a store keeps from the analysis, without the analysis itself
// (the vault reads the insights it kept at import without loading the analysis, the largest part of the core)

export * from '../analysis/version.ts';
