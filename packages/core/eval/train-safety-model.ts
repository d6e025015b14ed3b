// npm run train:safety — fits the safety check's learned score on the development sets, the coach's drafts and
// GoEmotions' tune half, and stores it (deterministic: same data, same model; the held-out and fresh sets and
// GoEmotions' report half are never read here)
import { writeFileSync } from 'node:fs';
import type { SafetyConcern } from '../src/playbook/index.ts';
import { hashedGateOpens, nearRule, ruleSources, rulesFingerprint, rulesFound } from '../src/safety/check.ts';
import { conceptsAsMeant } from '../src/safety/concepts.ts';
import { foldForSafety } from '../src/safety/fold.ts';
import { framesOf } from '../src/safety/frames.ts';
import { requiredLiterals } from '../src/safety/literals.ts';
import { featuresOf, hashedSteps, RULE_CONCERNS, type SafetyModel } from '../src/safety/scorer.ts';
import { markedJoke } from './marked-joke.ts';
import { goEmotionsAvailable, loadGoEmotions, outsideSplit } from './outside-text.ts';
import { coachDrafts, type Fitted, fit as fitColumns, score } from './safety-fit.ts';
import { fitHashed, gateOf, hashedRow, hashedScore, outOfFold, quantise } from './safety-hashed-fit.ts';
import {
  budgetCut,
  COMPARED_BUDGETS,
  countsAsFalseAlarm,
  FALSE_ALARM_BUDGET,
  type FalseAlarmBudget,
  loadSafetySet,
  SAFETY_TRAINED_FILES,
  type SafetyExample,
} from './safety-metrics.ts';

interface Row {
  readonly active: number[];
  readonly example: SafetyExample;
  /** the writer (development set) the message comes from */
  readonly writer: number;
  /** whether the score is asked at all: the index lets it through (nearRule), or the hashed score's gate does */
  readonly scored: boolean;
  /** how much the row counts in the fit */
  readonly weight: number;
}

/** one message before its hashed features: the features of scorer.ts, and whether the index lets it through */
interface Plain {
  readonly names: string[];
  readonly example: SafetyExample;
  readonly writer: number;
  readonly near: boolean;
}

/** feature name → column, for the features seen in training */
const COLUMNS = new Map<string, number>();
const NAMES: string[] = [];

function plainRows(set: readonly SafetyExample[], writer: number): Plain[] {
  return set.map((example) => {
    const folded = foldForSafety(example.text);
    const bits = conceptsAsMeant(example.text);
    const names = featuresOf(folded, bits, rulesFound(folded), framesOf(example.text));
    return { names, example, writer, near: nearRule(example.text) };
  });
}

/** a message with its hashed logits (from a hashed model that never saw its writer) and the gate */
function rowOf(plain: Plain, logits: readonly number[], gate: readonly number[]): Row {
  const active = [...plain.names, ...hashedSteps(logits)].map((name) => {
    let column = COLUMNS.get(name);
    if (column === undefined) {
      column = NAMES.length;
      COLUMNS.set(name, column);
      NAMES.push(name);
    }
    return column;
  });
  return {
    active,
    example: plain.example,
    writer: plain.writer,
    scored: plain.near || hashedGateOpens(logits, gate),
    weight: plain.writer === OUTSIDE ? OUTSIDE_WEIGHT : 1,
  };
}

/** each message scored by a model trained on the other writers only: how the score does on a new hand */
function leaveOneWriterOut(rows: readonly Row[], writers: number, concern: SafetyConcern): number[] {
  const out = new Array<number>(rows.length).fill(0);
  for (let writer = 0; writer < writers; writer++) {
    const fitted = fit(
      rows.filter((r) => r.scored && r.writer !== writer),
      concern,
    );
    rows.forEach((row, i) => {
      if (row.scored && row.writer === writer) out[i] = score(fitted, row.active);
    });
  }
  return out;
}

/** the lowest threshold that keeps the score's false alarms on unseen writers' messages with no concern within the budget */
function threshold(rows: readonly Row[], scores: readonly number[], budget: FalseAlarmBudget): number {
  const negatives = rows.flatMap((row, i) =>
    row.writer >= 0 && countsAsFalseAlarm(row.example)
      ? [{ score: scores[i] ?? 0, joke: markedJoke(row.example.text) }]
      : [],
  );
  const cut = Math.max(0.5, budgetCut(negatives, budget));
  return Math.max(0.5, Math.round((cut + 1e-4) * 1e4) / 1e4);
}

/**
 * GoEmotions' tune half (Reddit comments, Apache-2.0) as messages with no concern: everyday text the check must
 * pass over (decision 212). A comment the phrase rules flag is left out, as some of those are real.
 */
function outsideNegatives(): SafetyExample[] {
  if (!goEmotionsAvailable()) throw new Error('GoEmotions is needed to train the safety score: set GOEMOTIONS_DIR');
  return loadGoEmotions()
    .filter((c) => outsideSplit(c.id) === 'tune')
    .map((c) => ({
      id: `ge-${c.id}`,
      text: c.text.replaceAll('[NAME]', 'Alex'),
      lang: 'en',
      author: 'partner' as const,
      concerns: [],
      kind: 'negative' as const,
    }))
    .filter((e) => rulesFound(foldForSafety(e.text)).size === 0);
}

writeFileSync(
  new URL('../src/safety/rule-literals.json', import.meta.url),
  `${JSON.stringify({ fingerprint: rulesFingerprint(), literals: ruleSources().map(requiredLiterals) })}\n`,
);
const sets = SAFETY_TRAINED_FILES.map(loadSafetySet);
/** the coach's development drafts: trained on, but the thresholds are set on the safety writers alone */
const drafts = coachDrafts();
const DRAFTS = -1;
/**
 * Everyday text by people outside the project: the learned score is trained on it as messages with no concern,
 * each counting 0.3 of a development message (decision 212). The hashed score is not trained on it, and no
 * threshold is set on it.
 */
const OUTSIDE = -2;
const OUTSIDE_WEIGHT = 0.3;
const outside = outsideNegatives();
console.log(`outside everyday text, trained on as messages with no concern: ${outside.length}`);
const fit = (rows: readonly Row[], concern: SafetyConcern): Fitted => fitColumns(rows, concern, NAMES.length);
// the hashed whole-message score: each writer (and the drafts) read by a hashed model of the others, so that its
// features and its gate are trained as they will read a new hand; the stored one is fitted on them all, and reads
// the outside text as a new hand would
const groups = [...sets, drafts, outside];
const hashedGroups = [...sets, drafts].map((set) => set.map((example) => hashedRow(example)));
const logits = outOfFold(hashedGroups);
const fittedHashed = fitHashed(hashedGroups.flat());
logits.push(outside.map((example) => hashedScore(fittedHashed, hashedRow(example))));
const gate = gateOf(sets.flatMap((set, k) => (logits[k] ?? []).filter((_, i) => set[i]?.kind === 'negative')));
writeFileSync(
  new URL('../src/safety/hashed-model.json', import.meta.url),
  `${JSON.stringify(quantise(fittedHashed, gate))}\n`,
);
console.log(`hashed score: gate at logits ${gate.map((g) => g.toFixed(2)).join(', ')}`);
const rows = groups.flatMap((set, g) => {
  const writer = g === sets.length ? DRAFTS : g === sets.length + 1 ? OUTSIDE : g;
  return plainRows(set, writer).map((plain, i) => rowOf(plain, logits[g]?.[i] ?? [], gate));
});
console.log(`the score reads ${rows.filter((r) => r.scored).length} of ${rows.length} messages it is trained on`);
/** weights this small change no score in practice and are left out of the stored model */
const KEEP_ABOVE = 0.05;
const model: {
  weights: Record<string, Record<string, number>>;
  bias: Record<string, number>;
  thresholds: Record<string, number>;
} = { weights: {}, bias: {}, thresholds: {} };
for (const concern of RULE_CONCERNS) {
  const cv = leaveOneWriterOut(rows, sets.length, concern);
  model.thresholds[concern] = threshold(rows, cv, FALSE_ALARM_BUDGET);
  const positives = rows
    .map((r, i) => [r, cv[i] ?? 0] as const)
    .filter(([r]) => r.writer >= 0 && r.example.concerns.includes(concern));
  const negatives = rows
    .map((r, i) => [r, cv[i] ?? 0] as const)
    .filter(([r]) => r.writer >= 0 && countsAsFalseAlarm(r.example));
  for (const [name, budget] of COMPARED_BUDGETS) {
    const bar = threshold(rows, cv, budget);
    const recalled = positives.filter(([, s]) => s >= bar).length;
    const jokes = negatives.filter(([r]) => markedJoke(r.example.text));
    const others = negatives.filter(([r]) => !markedJoke(r.example.text));
    console.log(
      `${concern} [${name}]: threshold ${bar}, recall of the score alone on writers it was not trained on ${recalled}/${positives.length}; alarms on others ${others.filter(([, s]) => s >= bar).length}/${others.length}, on marked jokes ${jokes.filter(([, s]) => s >= bar).length}/${jokes.length}`,
    );
  }
  const fitted = fit(
    rows.filter((r) => r.scored),
    concern,
  );
  const kept: Record<string, number> = {};
  fitted.weights.forEach((weight, column) => {
    if (Math.abs(weight) > KEEP_ABOVE) kept[NAMES[column] ?? ''] = Math.round(weight * 1e2) / 1e2;
  });
  model.weights[concern] = kept;
  model.bias[concern] = Math.round(fitted.bias * 1e4) / 1e4;
}
writeFileSync(
  new URL('../src/safety/model.json', import.meta.url),
  `${JSON.stringify(model as unknown as SafetyModel)}\n`,
);
console.log(
  `trained on ${rows.length} messages (development sets, drafts and outside text); wrote packages/core/src/safety/model.json`,
);
