// npx tsx packages/core/eval/coach-writer-cv.ts [--epochs N] [FILE.jsonl …] — how the learned scorer does on a
// writer it never saw: for each development file (one writer's hand), train on every other file, score that one.
//
// The scorer alone is scored (the phrase rules were written against all the files, so they cannot be held out).
// Per category F1 at the thresholds training chose, then the mean over files.
import { COACH_CATEGORIES, type CoachCategory, LearnedScorer } from '../src/coach/model/scorer.ts';
import { DEVELOPMENT_FILES, type LabelledMessage, loadEvaluationSet } from './coach-metrics.ts';
import { featuresOf, outsideNegatives, templateRewrites, trainCoachModel } from './train-coach-model.ts';

const epochsAt = process.argv.indexOf('--epochs');
const epochs = epochsAt > 0 ? Number(process.argv[epochsAt + 1]) : 20;
const only = process.argv.filter((a) => a.endsWith('.jsonl'));

const files = DEVELOPMENT_FILES.filter((f) => only.length === 0 || only.some((o) => f.pathname.endsWith(o)));
const outside = outsideNegatives();
const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
const sums = new Map<string, number[]>();
console.log(`scorer alone, ${epochs} epochs, each file left out in turn`);
console.log(`${'held-out writer'.padEnd(20)} ${COACH_CATEGORIES.map((c) => c.slice(0, 6).padStart(7)).join('')}  any`);
for (const file of files) {
  const rest = loadEvaluationSet(DEVELOPMENT_FILES.filter((f) => f !== file));
  const test: LabelledMessage[] = loadEvaluationSet(file);
  const { model } = trainCoachModel([...rest, ...templateRewrites(), ...outside.train], 3, outside.calibrate, {
    epochs,
  });
  const scorer = new LearnedScorer(model);
  const counts = COACH_CATEGORIES.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  const any = { tp: 0, fp: 0, fn: 0 };
  for (const item of test) {
    const p = scorer.probabilities(featuresOf(item));
    const gold = new Set<CoachCategory>([...item.flags, ...item.supports]);
    let predictedPressure = false;
    COACH_CATEGORIES.forEach((c, i) => {
      const yes = (p[i] as number) >= (scorer.thresholds[i] as number);
      if (yes && i < 10) predictedPressure = true;
      const count = counts[i] as { tp: number; fp: number; fn: number };
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
