import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSecondPass } from '../../eval/safety-agreement.ts';
import {
  EVERYDAY_FILE,
  EVERYDAY_FIRST_FILE,
  EVERYDAY_SECOND_FILE,
  loadSafetySet,
  OUTSIDE_FIRST_FILE,
  OUTSIDE_SECOND_FILE,
  OUTSIDE_SETTLED_FILE,
  passFileOf,
  SAFETY_DEV_FILES,
  SAFETY_FRESH_FILES,
  SAFETY_PASSED_FILES,
} from '../../eval/safety-metrics.ts';
import { checkSafety, rulesFound, type SafetySignal } from '../../src/safety/check.ts';
import { foldForSafety } from '../../src/safety/fold.ts';

const nameOf = (file: URL) => file.pathname.split('/').pop() as string;

describe('the labelled safety sets', () => {
  it("reports the learned score's height so that, at the shipped bar, rules or height give the check's own verdict", () => {
    const set = SAFETY_FRESH_FILES.flatMap((file) => loadSafetySet(file));
    let raisedByScore = 0;
    const differ = set.filter((example) => {
      const signal: SafetySignal = { opened: false, frames: 0 };
      const raised = checkSafety(example.text, signal) !== null;
      const byRule = rulesFound(foldForSafety(example.text)).size > 0;
      if (!byRule && raised) raisedByScore++;
      return raised !== (byRule || (signal.margin ?? 0) >= 1) || (!signal.opened && signal.margin !== 0);
    });
    expect(differ.map((example) => example.id)).toEqual([]);
    expect(raisedByScore).toBeGreaterThan(0);
  });

  it('keeps every fresh set out of the development sets the check is trained on', () => {
    const trained = new Set(SAFETY_DEV_FILES.map(nameOf));
    expect(SAFETY_FRESH_FILES.map(nameOf).filter((name) => trained.has(name))).toEqual([]);
  });

  it.each(SAFETY_PASSED_FILES.map((file) => [nameOf(file), file] as const))(
    '%s has unique ids, a kind that matches its concerns, and both labelling passes over the same ids',
    (_, file) => {
      const set = loadSafetySet(file);
      const ids = set.map((row) => row.id);
      expect(new Set(ids).size).toBe(ids.length);
      const mismatched = set.filter((row) => (row.kind === 'positive') !== row.concerns.length > 0);
      expect(mismatched.map((row) => row.id)).toEqual([]);
      expect(set.filter((row) => !['en', 'es', 'de', 'fr', 'pt'].includes(row.lang)).map((row) => row.id)).toEqual([]);
      for (const pass of ['first', 'second'] as const) {
        expect(existsSync(passFileOf(file, pass))).toBe(true);
        expect([...loadSecondPass(passFileOf(file, pass)).keys()].sort()).toEqual([...ids].sort());
      }
    },
  );
});

describe('the everyday comments read for safety (decision 212)', () => {
  const first = loadSecondPass(OUTSIDE_FIRST_FILE);
  const second = loadSecondPass(OUTSIDE_SECOND_FILE);
  const settled = loadSecondPass(OUTSIDE_SETTLED_FILE);

  it('has both blind passes and the settled labels over the same comments, with only the three concerns', () => {
    expect([...first.keys()].sort()).toEqual([...settled.keys()].sort());
    expect([...second.keys()].sort()).toEqual([...settled.keys()].sort());
    const unknown = [...settled.values()].filter((row) =>
      row.concerns.some((c) => !['self_harm', 'abuse', 'danger'].includes(c)),
    );
    expect(unknown).toEqual([]);
  });

  it('settles a comment as both passes labelled it wherever they agree', () => {
    const key = (concerns: readonly string[]) => [...concerns].sort().join(',');
    const changed = [...settled.values()].filter((row) => {
      const a = key(first.get(row.id)?.concerns ?? []);
      return a === key(second.get(row.id)?.concerns ?? []) && a !== key(row.concerns);
    });
    expect(changed.map((row) => row.id)).toEqual([]);
  });
});

describe('the everyday household messages (decision 214)', () => {
  const set = loadSafetySet(EVERYDAY_FILE);
  const first = loadSecondPass(EVERYDAY_FIRST_FILE);
  const second = loadSecondPass(EVERYDAY_SECOND_FILE);

  it('has both passes over exactly its messages, and labels that agree with them wherever the two agree', () => {
    const ids = set.map((m) => m.id).sort();
    expect([...first.keys()].sort()).toEqual(ids);
    expect([...second.keys()].sort()).toEqual(ids);
    const key = (concerns: readonly string[]) => [...concerns].sort().join(',');
    const overridden = set.filter((m) => {
      const a = key(first.get(m.id)?.concerns ?? []);
      return a === key(second.get(m.id)?.concerns ?? []) && a !== key(m.concerns);
    });
    expect(overridden.map((m) => m.id)).toEqual([]);
    expect(set.filter((m) => m.concerns.length === 0 && m.kind === 'positive')).toEqual([]);
  });
});
