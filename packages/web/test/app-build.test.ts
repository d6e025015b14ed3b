// the app's build: no inline code (the strict CSP allows none), hashed files, and the coach kept out of the first load
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { appDistDir } from '../built-files.mjs';
import { ensureWebBuild } from './helpers/built.ts';
import { entryScript, gzippedBytes, staticClosure } from './helpers/first-load.ts';

/** the budget for the JavaScript shipped before the coach loads */
const FIRST_JS_BUDGET = 250 * 1024;

/** some words of the coach model's vocabulary: a chunk holding all of them holds the model */
const MODEL_WORDS = (): string[] => {
  const model = JSON.parse(readFileSync(new URL('../../core/src/coach/model/model.json', import.meta.url), 'utf8')) as {
    vocabulary: string[];
  };
  return model.vocabulary.filter((word) => word.length >= 6).slice(0, 8);
};

describe('the app build', () => {
  let html = '';
  const assets = join(appDistDir(), 'assets');
  beforeAll(() => {
    ensureWebBuild();
    html = readFileSync(join(appDistDir(), 'index.html'), 'utf8');
  });

  test('the page has no inline script or style, and refers only to its own hashed files', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle=/);
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1] ?? '')
      .filter((ref) => ref !== 'data:,');
    expect(refs.length).toBeGreaterThanOrEqual(2);
    for (const ref of refs) expect(ref).toMatch(/^\/assets\/[\w.-]+-[\w-]{8}\.(?:js|css)$/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
  });

  test('the coach and its model load later: the first JavaScript stays within budget', () => {
    const entry = entryScript(html);
    expect(entry).toBeDefined();
    const first = staticClosure(assets, entry as string);
    const all = readdirSync(assets).filter((file) => file.endsWith('.js'));
    const words = MODEL_WORDS();
    const withModel = all.filter((file) => {
      const code = readFileSync(join(assets, file), 'utf8');
      return words.every((word) => code.includes(word));
    });
    expect(withModel).toHaveLength(1);
    expect(first).not.toContain(withModel[0]);
    const entryCode = readFileSync(join(assets, entry as string), 'utf8');
    expect(entryCode).toMatch(/import\(\s*["'`]\.\/coach-engine-[\w-]+\.js["'`]\s*\)/);
    const gzipped = gzippedBytes(assets, first);
    const coach = gzippedBytes(assets, [withModel[0] as string]);
    console.log(
      `app JavaScript before the coach loads: ${(gzipped / 1024).toFixed(1)} KB gzipped (${first.join(', ')}); the coach chunk: ${(coach / 1024).toFixed(1)} KB gzipped`,
    );
    expect(gzipped).toBeLessThanOrEqual(FIRST_JS_BUDGET);
  });
});
