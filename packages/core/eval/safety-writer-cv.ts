// npx tsx packages/core/eval/safety-writer-cv.ts [writer…] — the whole safety check on a writer its learned
// score never saw: the phrase rules as they are, and a score trained the way `npm run train:safety` trains it,
// on every other development writer, with its thresholds set on those writers alone. Writers are numbered in
// SAFETY_TRAINED_FILES order (0 = safety-dev … 19 = safety-dev-t); by default the five newest. The hashed whole-message
// score is trained the same way, without the writer left out; `--no-hashed` leaves it out, as before decision 159.
import type { SafetyConcern } from '../src/playbook/index.ts';
import { hashedGateOpens, nearRule, rulesFound } from '../src/safety/check.ts';
import { conceptsAsMeant } from '../src/safety/concepts.ts';
import { foldForSafety } from '../src/safety/fold.ts';
import { framesOf } from '../src/safety/frames.ts';
import { featuresOf, hashedSteps, RULE_CONCERNS } from '../src/safety/scorer.ts';
import { markedJoke } from './marked-joke.ts';
import { coachDrafts, fit, score } from './safety-fit.ts';
import { gateOf, type HashedRow, hashedRow, outOfFold } from './safety-hashed-fit.ts';
import {
  budgetCut,
  COMPARED_BUDGETS,
  countsAsFalseAlarm,
  loadSafetySet,
  type NegativeScore,
  SAFETY_TRAINED_FILES,
  type SafetyExample,
} from './safety-metrics.ts';

interface Row {
  active: Int32Array;
  readonly example: SafetyExample;
  readonly rules: ReadonlySet<SafetyConcern>;
  scored: boolean;
  /** the features and gate without the hashed score */
  readonly base: Int32Array;
  readonly near: boolean;
  readonly hashed: HashedRow;
}

const withHashed = !process.argv.includes('--no-hashed');
const columns = new Map<string, number>();
const columnOf = (name: string): number => {
  let column = columns.get(name);
  if (column === undefined) {
    column = columns.size;
    columns.set(name, column);
  }
  return column;
};
const rowsOf = (set: readonly SafetyExample[]): Row[] =>
  set.map((example) => {
    const folded = foldForSafety(example.text);
    const rules = rulesFound(folded);
    const names = featuresOf(folded, conceptsAsMeant(example.text), rules, framesOf(example.text));
    const base = Int32Array.from(names.map(columnOf));
    const near = nearRule(example.text);
    return { active: base, base, example, rules, scored: near, near, hashed: hashedRow(example) };
  });

/** reads each row with its hashed logits (from a model that never saw its writer) and the gate */
function setHashed(rows: readonly Row[], logits: readonly (readonly number[])[], gate: readonly number[]): void {
  rows.forEach((row, i) => {
    const z = logits[i] as readonly number[];
    row.active = Int32Array.from([...row.base, ...hashedSteps(z).map(columnOf)]);
    row.scored = row.near || hashedGateOpens(z, gate);
  });
}

/** the fit of train-safety-model.ts, on the messages the score reads */
const fitScored = (rows: readonly Row[], concern: SafetyConcern): ((row: Row) => number) => {
  const fitted = fit(
    rows.filter((r) => r.scored),
    concern,
    columns.size,
  );
  return (row) => score(fitted, row.active);
};

const writers = SAFETY_TRAINED_FILES.map((file) => rowsOf(loadSafetySet(file)));
/** the coach's development drafts, trained on as train-safety-model.ts does, never used to set a threshold */
const drafts = rowsOf(coachDrafts());
const asked = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith('--'))
  .map(Number);
const percent = (hits: number, of: number) => `${((100 * hits) / Math.max(1, of)).toFixed(1)}%`;
for (const left of asked.length > 0 ? asked : [5, 4, 3, 2, 1].map((back) => writers.length - back)) {
  const others = writers.filter((_, w) => w !== left);
  const test = writers[left] as Row[];
  if (withHashed) {
    // each writer, the drafts included, scored by a hashed model of the others, the writer left out never among them
    const groups = [...others, drafts, test];
    const logits = outOfFold(groups.slice(0, -1).map((rows) => rows.map((r) => r.hashed)));
    const draftLogits = logits[others.length] ?? [];
    const gate = gateOf(
      others.flatMap((rows, k) => (logits[k] ?? []).filter((_, i) => rows[i]?.example.kind === 'negative')),
    );
    console.log(`hashed gate ${gate.map((g) => g.toFixed(2)).join(', ')}`);
    others.forEach((rows, k) => {
      setHashed(rows, logits[k] ?? [], gate);
    });
    setHashed(drafts, draftLogits, gate);
    const own =
      outOfFold([
        groups
          .slice(0, -1)
          .flat()
          .map((r) => r.hashed),
        test.map((r) => r.hashed),
      ])[1] ?? [];
    setHashed(test, own, gate);
  }
  const found = COMPARED_BUDGETS.map(() => test.map(() => new Set<SafetyConcern>()));
  for (const concern of RULE_CONCERNS) {
    // the threshold: within the budget on the other writers' messages with no concern, each scored by a model
    // without its writer (an unread message scores 0)
    const negatives: NegativeScore[] = [];
    others.forEach((rows, k) => {
      const inner = fitScored([...others.filter((_, j) => j !== k).flat(), ...drafts], concern);
      for (const row of rows)
        if (countsAsFalseAlarm(row.example))
          negatives.push({ score: row.scored ? inner(row) : 0, joke: markedJoke(row.example.text) });
    });
    const scoreOf = fitScored([...others.flat(), ...drafts], concern);
    const scores = test.map((row) => (row.scored ? scoreOf(row) : 0));
    COMPARED_BUDGETS.forEach(([, budget], b) => {
      const bar = Math.max(0.5, budgetCut(negatives, budget));
      test.forEach((row, i) => {
        if (row.rules.has(concern) || (row.scored && (scores[i] ?? 0) >= bar)) found[b]?.[i]?.add(concern);
      });
    });
  }
  const name = SAFETY_TRAINED_FILES[left]?.pathname.split('/').pop();
  COMPARED_BUDGETS.forEach(([budgetName], b) => {
    const flagged = (r: Row) => (found[b]?.[test.indexOf(r)]?.size ?? 0) > 0;
    const recall = RULE_CONCERNS.map((concern) => {
      const labelled = test.filter((r) => r.example.concerns.includes(concern));
      const hit = labelled.filter((r) => found[b]?.[test.indexOf(r)]?.has(concern)).length;
      return `${concern} ${percent(hit, labelled.length)} (${hit}/${labelled.length})`;
    });
    const hard = test.filter((r) => r.example.kind === 'hard_negative');
    const plain = hard.filter((r) => !markedJoke(r.example.text));
    const alarms = hard.filter(flagged).length;
    const plainAlarms = plain.filter(flagged).length;
    console.log(
      `${name}, its writer left out of the score, ${budgetName}: ${recall.join(', ')}; false alarms on hard negatives ${percent(alarms, hard.length)} (${alarms}/${hard.length}), without the marked jokes ${percent(plainAlarms, plain.length)} (${plainAlarms}/${plain.length})`,
    );
  });
}
