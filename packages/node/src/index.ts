// the Node side shared by the CLI and the server: safe reading of files, zips and folders, and the analyse flow
// (`@reconnect/node/read` is the reading half alone)

export { type AnalyzeFileOptions, analyzeFile, type ReadExport, readExport } from './analyze-file.ts';
export * from './read.ts';
