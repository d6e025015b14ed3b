// npx tsx packages/core/eval/coach-writer-cv.ts [--epochs N] [FILE.jsonl …] — how the learned scorer does on a
// writer it never saw: for each development file (one writer's hand), train on every other file, score that one.
//
// The scorer alone is scored (the phrase rules were written against all the files, so they cannot be held out).
// Per category F1 at the thresholds training chose, then the mean over files.

import type { FeatureKind } from '../src/coach/model/features.ts';
import { COACH_CATEGORIES, type CoachCategory, LearnedScorer } from '../src/coach/model/scorer.ts';
import { DEVELOPMENT_FILES, type LabelledMessage, loadEvaluationSet } from './coach-metrics.ts';
import { FEATURE_KINDS, featuresOf, outsideNegatives, templateRewrites, trainCoachModel } from './train-coach-model.ts';

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const epochs = Number(option('--epochs') ?? 20);
/** --l2 N, --min-count N, --precision-floor N, --outside-budget N, --kinds stem,you,class: training settings to compare (the shipped ones by default) */
const l2 = option('--l2') === undefined ? undefined : Number(option('--l2'));
const minCount = option('--min-count') === undefined ? undefined : Number(option('--min-count'));
const precisionFloor = option('--precision-floor') === undefined ? undefined : Number(option('--precision-floor'));
const outsideBudget = option('--outside-budget') === undefined ? undefined : Number(option('--outside-budget'));
/** --neutral-budget N: the share of outside neutral comments the scorer alone may flag with one pressure category */
const neutralBudget = option('--neutral-budget') === undefined ? undefined : Number(option('--neutral-budget'));
const kindsOption = option('--kinds');
const kinds =
  kindsOption === undefined ? FEATURE_KINDS : (kindsOption.split(',').filter((k) => k !== 'none') as FeatureKind[]);
const only = process.argv.filter((a) => a.endsWith('.jsonl'));

const files = DEVELOPMENT_FILES.filter((f) => only.length === 0 || only.some((o) => f.pathname.endsWith(o)));
/** --no-neutral-training: train without outside neutral comments as calm words (as before decision 202) */
const outside = outsideNegatives({ neutralTraining: !process.argv.includes('--no-neutral-training') });
const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
const sums = new Map<string, number[]>();
/** --misses CATEGORY[,CATEGORY…]: list the left-out writers' messages of that category the scorer missed or wrongly gave */
const missesOf = new Set(option('--misses')?.split(',') ?? []);
/** average precision per category and file: how well the scorer ranks a new writer's messages, whatever the threshold */
const precisions = new Map<string, number[]>();
function averagePrecision(scored: { p: number; gold: boolean }[]): number {
  const sorted = [...scored].sort((a, b) => b.p - a.p);
  const positives = sorted.filter((s) => s.gold).length;
  if (positives === 0) return 0;
  let hits = 0;
  let sum = 0;
  sorted.forEach((s, i) => {
    if (!s.gold) return;
    hits++;
    sum += hits / (i + 1);
  });
  return sum / positives;
}
const misses: string[] = [];
console.log(
  `scorer alone, ${epochs} epochs, features [words, pairs${kinds.map((k) => `, ${k}`).join('')}]${l2 === undefined ? '' : `, l2 ${l2}`}${minCount === undefined ? '' : `, min count ${minCount}`}${precisionFloor === undefined ? '' : `, precision floor ${precisionFloor}`}${outsideBudget === undefined ? '' : `, outside budget ${outsideBudget}`}${neutralBudget === undefined ? '' : `, neutral budget ${neutralBudget}`}, each file left out in turn`,
);
console.log(`${'held-out writer'.padEnd(20)} ${COACH_CATEGORIES.map((c) => c.slice(0, 6).padStart(7)).join('')}  any`);
for (const file of files) {
  const rest = loadEvaluationSet(DEVELOPMENT_FILES.filter((f) => f !== file));
  const test: LabelledMessage[] = loadEvaluationSet(file);
  const { model } = trainCoachModel([...rest, ...templateRewrites(), ...outside.train], 3, outside.calibrate, {
    epochs,
    kinds,
    ...(l2 === undefined ? {} : { l2 }),
    ...(minCount === undefined ? {} : { minCount }),
    ...(precisionFloor === undefined ? {} : { precisionFloor }),
    ...(outsideBudget === undefined ? {} : { outsideBudget }),
    neutralCalibration: outside.neutralCalibrate,
    ...(neutralBudget === undefined ? {} : { neutralBudget }),
  });
  const scorer = new LearnedScorer(model);
  const counts = COACH_CATEGORIES.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  const any = { tp: 0, fp: 0, fn: 0 };
  const ranked = COACH_CATEGORIES.map(() => [] as { p: number; gold: boolean }[]);
  for (const item of test) {
    const p = scorer.probabilities(featuresOf(item, kinds));
    const gold = new Set<CoachCategory>([...item.flags, ...item.supports]);
    let predictedPressure = false;
    COACH_CATEGORIES.forEach((c, i) => {
      const yes = (p[i] as number) >= (scorer.thresholds[i] as number);
      ranked[i]?.push({ p: p[i] as number, gold: gold.has(c) });
      if (yes && i < 10) predictedPressure = true;
      const count = counts[i] as { tp: number; fp: number; fn: number };
      if (missesOf.has(c) && yes !== gold.has(c))
        misses.push(
          `${c.padEnd(11)} ${yes ? 'extra ' : 'missed'} ${item.id}  ${item.text.slice(0, 140).replace(/\n/g, ' ')}`,
        );
      if (yes && gold.has(c)) count.tp++;
      else if (yes) count.fp++;
      else if (gold.has(c)) count.fn++;
    });
    const labelled = item.flags.length > 0;
    if (predictedPressure && labelled) any.tp++;
    else if (predictedPressure) any.fp++;
    else if (labelled) any.fn++;
  }
  const scores = [...counts.map((c) => f1(c.tp, c.fp, c.fn)), f1(any.tp, any.fp, any.fn)];
  const name = file.pathname.split('/').pop() as string;
  sums.set(name, scores);
  precisions.set(
    name,
    ranked.map((r) => averagePrecision(r)),
  );
  console.log(
    `${name.padEnd(20)} ${scores
      .slice(0, -1)
      .map((s) => s.toFixed(2).padStart(7))
      .join('')}  ${(scores.at(-1) as number).toFixed(2)}`,
  );
}
const mean = COACH_CATEGORIES.map((_, i) => [...sums.values()].reduce((a, s) => a + (s[i] as number), 0) / sums.size);
const meanAny = [...sums.values()].reduce((a, s) => a + (s.at(-1) as number), 0) / sums.size;
console.log(`${'mean'.padEnd(20)} ${mean.map((s) => s.toFixed(2).padStart(7)).join('')}  ${meanAny.toFixed(2)}`);
const meanAp = COACH_CATEGORIES.map(
  (_, i) => [...precisions.values()].reduce((a, s) => a + (s[i] as number), 0) / precisions.size,
);
console.log(`${'mean avg. precision'.padEnd(20)} ${meanAp.map((s) => s.toFixed(2).padStart(7)).join('')}`);
if (missesOf.size > 0) {
  console.log(`\n${[...missesOf].join(', ')}: ${misses.length} by-writer misses and extras`);
  for (const line of misses) console.log(line);
}
