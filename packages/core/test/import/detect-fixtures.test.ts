// every shipped fixture, under several names and in its folder, must detect exactly as recorded in
// detect-baseline.json, so that reshaping the detector cannot quietly change what a file is read as
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/import/detect.ts';
import { ImportError } from '../../src/import/errors.ts';
import type { ImportInput } from '../../src/import/types.ts';
import { bytesSource } from '../helpers/bytes-source.ts';

const root = join(import.meta.dirname, '..', 'fixtures');
const baselinePath = join(import.meta.dirname, 'detect-baseline.json');
/** names that tell a format apart, tried on every fixture's content */
const TELLING_NAMES = ['_chat.txt', 'chat.md', 'message_1.json', 'result.json', 'data.json', 'export.txt', 'chat.csv'];
/** names of the zip or folder around a file, which can hint at the app */
const CONTEXTS = ['', 'instagram-alex.zip', 'facebook-alex.zip', 'WhatsApp Chat with Sam.zip'];

function filesUnder(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((entry) => {
      const path = join(folder, entry);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** what detection made of an input, in a few words: format, confidence, warnings and files (or the error's code and finding) */
async function outcome(input: ImportInput): Promise<string> {
  try {
    const d = await detectFormat(input);
    const files = d.files.map((f) => f.name);
    const own = files.length === 1 && files[0] === input.files[0]?.name && input.files.length === 1;
    return `${d.format} ${d.confidence.toFixed(4)} w${d.warnings.length}${own ? '' : ` ${files.join('|')}`}`;
  } catch (error) {
    if (error instanceof ImportError) return `${error.code}: ${error.found ?? ''}`;
    throw error;
  }
}

/** a list with each run of equal items written once with its length: "a ×3; b" */
function runs(items: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < items.length; ) {
    let j = i;
    while (items[j] === items[i]) j++;
    out.push(j - i > 1 ? `${items[i]} ×${j - i}` : `${items[i]}`);
    i = j;
  }
  return out.join('; ');
}

/** for each fixture, its outcome under every telling name and in every context; for each folder, as a whole */
async function detectAll(): Promise<Record<string, string>> {
  const results: Record<string, string> = {};
  const paths = filesUnder(root);
  for (const path of paths) {
    const name = relative(root, path);
    const bytes = readFileSync(path);
    const outcomes: string[] = [];
    for (const fileName of [name.split('/').pop() ?? name, ...TELLING_NAMES]) {
      for (const context of CONTEXTS) {
        outcomes.push(await outcome({ name: context || fileName, files: [bytesSource(fileName, bytes, 4093)] }));
      }
    }
    results[name] = runs(outcomes);
  }
  const folders = [...new Set(paths.map((p) => relative(root, p).split('/').slice(0, -1).join('/')))];
  for (const folder of folders) {
    const inside = paths.filter((p) => relative(root, p).startsWith(`${folder}/`));
    const files = inside.map((p) => bytesSource(relative(join(root, folder), p), readFileSync(p)));
    results[`${folder}/`] = await outcome({ name: folder, files });
  }
  return results;
}

describe('detection of every shipped fixture', () => {
  it('matches the recorded baseline', async () => {
    const results = await detectAll();
    if (process.env.RECORD_DETECT_BASELINE === '1') {
      writeFileSync(baselinePath, `${JSON.stringify(results, null, 1)}\n`);
    }
    const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as Record<string, string>;
    expect(Object.keys(results).length).toBeGreaterThan(150);
    expect(results).toEqual(baseline);
  });
});
