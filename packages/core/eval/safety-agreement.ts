// how far two independent labelling passes of the safety sets agree: Cohen's κ per concern, before settling
import { readFileSync } from 'node:fs';
import type { SafetyConcern } from '../src/playbook/index.ts';
import { cohensKappa } from './agreement.ts';
import { SAFETY_CONCERNS } from './safety-metrics.ts';

/** one pass's labels for one message */
interface SecondLabel {
  readonly id: string;
  readonly concerns: readonly SafetyConcern[];
}

export function loadSecondPass(file: URL): Map<string, SecondLabel> {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SecondLabel);
  return new Map(rows.map((r) => [r.id, r]));
}

export interface Agreement {
  readonly concern: SafetyConcern | 'any';
  readonly kappa: number;
  readonly disagreements: number;
}

export function agreement(
  first: ReadonlyMap<string, SecondLabel>,
  second: ReadonlyMap<string, SecondLabel>,
): Agreement[] {
  const paired = [...first.values()].filter((e) => second.has(e.id));
  const concerns: (SafetyConcern | 'any')[] = [...SAFETY_CONCERNS, 'any'];
  return concerns.map((concern) => {
    const has = (list: readonly SafetyConcern[]) => (concern === 'any' ? list.length > 0 : list.includes(concern));
    const a = paired.map((e) => has(e.concerns));
    const b = paired.map((e) => has(second.get(e.id)?.concerns ?? []));
    return {
      concern,
      kappa: cohensKappa(a.map((x, i) => [x, b[i] === true] as const)),
      disagreements: a.filter((x, i) => x !== b[i]).length,
    };
  });
}

/** prints κ between the labels given when a set was written and the blind second pass */
export function printAgreement(title: string, firstFile: URL, secondFile: URL): void {
  const rows = agreement(loadSecondPass(firstFile), loadSecondPass(secondFile));
  console.log(`\n${title}: Cohen's κ between the first labels and a blind second pass`);
  for (const row of rows)
    console.log(`  ${row.concern.padEnd(10)} κ ${row.kappa.toFixed(3)}  (${row.disagreements} disagreements)`);
}
