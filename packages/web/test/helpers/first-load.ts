// what the app's first page loads before the coach: the entry script and every chunk it imports statically
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** every chunk a script pulls in before it runs: its static imports, followed recursively */
export function staticClosure(dir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["'`]\.\/([^"'`]+)["'`]/g))
      if (match[1]) visit(match[1]);
  };
  visit(entry);
  return [...seen];
}

/** the entry script named by the built index.html */
export const entryScript = (html: string): string | undefined =>
  /<script type="module"[^>]*src="\/assets\/([^"]+)"/.exec(html)?.[1];

/** the gzipped size (level 9) of `files` in `dir`, in bytes */
export const gzippedBytes = (dir: string, files: readonly string[]): number =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
