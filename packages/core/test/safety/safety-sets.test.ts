import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSecondPass } from '../../eval/safety-agreement.ts';
import { loadSafetySet, SAFETY_DEV_FILES, SAFETY_FRESH_FILES } from '../../eval/safety-metrics.ts';

const nameOf = (file: URL) => file.pathname.split('/').pop() as string;
/** the first and second labelling passes kept beside a set: safety-dev-y.jsonl → first-pass-dev-y.jsonl */
const passOf = (file: URL, pass: 'first' | 'second') =>
  new URL(`./${nameOf(file).replace('safety-dev', `${pass}-pass-dev`)}`, file);

describe('the labelled safety sets', () => {
  it('keeps every fresh set out of the development sets the check is trained on', () => {
    const trained = new Set(SAFETY_DEV_FILES.map(nameOf));
    expect(SAFETY_FRESH_FILES.map(nameOf).filter((name) => trained.has(name))).toEqual([]);
  });

  /** every set but `b` and `c`, labelled before each set kept its own two passes */
  const passed = [...SAFETY_DEV_FILES, ...SAFETY_FRESH_FILES].filter(
    (file) => !['safety-dev-b.jsonl', 'safety-dev-c.jsonl'].includes(nameOf(file)),
  );

  it.each(passed.map((file) => [nameOf(file), file] as const))(
    '%s has unique ids, a kind that matches its concerns, and both labelling passes over the same ids',
    (_, file) => {
      const set = loadSafetySet(file);
      const ids = set.map((row) => row.id);
      expect(new Set(ids).size).toBe(ids.length);
      const mismatched = set.filter((row) => (row.kind === 'positive') !== row.concerns.length > 0);
      expect(mismatched.map((row) => row.id)).toEqual([]);
      expect(set.filter((row) => !['en', 'es', 'de', 'fr', 'pt'].includes(row.lang)).map((row) => row.id)).toEqual([]);
      for (const pass of ['first', 'second'] as const) {
        expect(existsSync(passOf(file, pass))).toBe(true);
        expect([...loadSecondPass(passOf(file, pass)).keys()].sort()).toEqual([...ids].sort());
      }
    },
  );
});
