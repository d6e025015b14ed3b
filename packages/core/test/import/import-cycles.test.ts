// the core's modules import each other in one direction only: a loop, even through types, is a design smell
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..', 'src');
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/gm;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** each file's relative imports (values and types alike), resolved to paths */
function importGraph(texts: ReadonlyMap<string, string>): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const [file, text] of texts) {
    edges.set(
      file,
      [...text.matchAll(IMPORT)].map((m) => resolve(dirname(file), m[1] ?? '')),
    );
  }
  return edges;
}

/** every loop of imports, each as the files it runs through */
function importLoops(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const loops: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') loops.push(stack.slice(stack.indexOf(next)).map((f) => relative(src, f)));
      else if (!state.has(next) && edges.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of edges.keys()) if (!state.has(file)) visit(file);
  return loops;
}

describe('import graph of the core', () => {
  it('has no loops', () => {
    const files = sources(src);
    expect(files.length).toBeGreaterThan(50);
    expect(importLoops(importGraph(new Map(files.map((f) => [f, readFileSync(f, 'utf8')]))))).toEqual([]);
  });

  it('sees a loop that runs through a type import', () => {
    const stream = join(src, 'import', 'json-stream.ts');
    const scanner = join(src, 'import', 'json-scanner.ts');
    const fields = join(src, 'import', 'json-fields.ts');
    const graph = importGraph(
      new Map([
        [stream, "import { concat } from './bytes.ts';\nimport { JsonStreamReader } from './json-scanner.ts';"],
        [scanner, "import {\n  repair,\n} from './json-fields.ts';"],
        [fields, "import type { JsonValue } from './json-stream.ts';"],
      ]),
    );
    expect(importLoops(graph)).toEqual([['import/json-stream.ts', 'import/json-scanner.ts', 'import/json-fields.ts']]);
  });
});
