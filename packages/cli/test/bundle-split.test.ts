// each subcommand loads only what it needs: the bundle's chunks, followed from each command's own chunk
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt } from './helpers/cli.ts';

const chunks = join(dirname(cli), 'chunks');

/** the source files (as esbuild's path comments name them) of a command's chunk and every chunk it imports */
function sourcesLoadedBy(command: string): Set<string> {
  const entry = readdirSync(chunks).find((name) => name.startsWith(`${command}-`) && name.endsWith('.mjs'));
  if (entry === undefined) throw new Error(`no chunk for ${command}`);
  const seen = new Set<string>();
  const sources = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const name = todo.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    const code = readFileSync(join(chunks, name), 'utf8');
    for (const match of code.matchAll(/from\s*"\.\/(chunk-[\w-]+\.mjs)"|import\s*"\.\/(chunk-[\w-]+\.mjs)"/g))
      todo.push(match[1] ?? match[2] ?? '');
    for (const match of code.matchAll(/^\/\/ ((?:packages|node_modules)\/\S+)$/gm)) sources.add(match[1] ?? '');
  }
  return sources;
}

beforeAll(() => ensureBuilt());

describe('the bundle keeps each command to its own code', () => {
  it('inspect reads through the Node layer without loading the analysis', () => {
    const sources = sourcesLoadedBy('inspect');
    expect(sources).toContain('packages/node/src/read-conversation.ts');
    expect([...sources].filter((s) => s.includes('/analysis/') || s.includes('analyze-file'))).toEqual([]);
  });

  it('coach loads neither the importers nor the zip reader', () => {
    const sources = [...sourcesLoadedBy('coach')];
    expect(sources.some((s) => s.includes('/coach/'))).toBe(true);
    expect(sources.filter((s) => s.includes('/import/import-conversation') || s.includes('yauzl'))).toEqual([]);
  });

  it('analyze ID reads kept insights without loading the importers or the analysis up front', () => {
    // `analyze` and the vault's commands load the Node layer and the analysis only when a file is read or a report
    // has to be built; reading the insights kept at import needs the vault and the analysis version alone
    for (const command of ['analyze', 'vault']) {
      const sources = [...sourcesLoadedBy(command)];
      expect(sources.filter((s) => s.includes('/analysis/') && !s.endsWith('/analysis/version.ts'))).toEqual([]);
      expect(sources.filter((s) => s.includes('/import/import-conversation') || s.includes('/safety/'))).toEqual([]);
    }
    expect(sourcesLoadedBy('vault')).toContain('packages/core/src/analysis/version.ts');
  });
});
