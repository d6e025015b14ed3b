// npm run eval:coach — the coach's quality on its development and held-out sets, beside a VADER baseline
import { createRequire } from 'node:module';
import {
  type CategoryScore,
  COACH_TARGETS,
  type CoachEvaluation,
  DEVELOPMENT_FILES,
  evaluateCoach,
  HOLDOUT_FILE,
  type LabelledMessage,
  loadEvaluationSet,
} from './coach-metrics.ts';

const require = createRequire(import.meta.url);
const vader = require('vader-sentiment') as {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const f = (x: number) => x.toFixed(3);
const row = (s: CategoryScore, target?: number) =>
  `${s.category.padEnd(16)} ${String(s.support).padStart(5)}  ${f(s.precision)}  ${f(s.recall)}  ${f(s.f1)}${
    target !== undefined && s.f1 < target ? '  below target' : ''
  }`;

function vaderBaseline(set: readonly LabelledMessage[]): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const item of set) {
    const negative = vader.SentimentIntensityAnalyzer.polarity_scores(item.text).compound <= -0.05;
    const labelled = item.flags.length > 0;
    if (negative && labelled) tp++;
    else if (negative) fp++;
    else if (labelled) fn++;
  }
  const noPressure = set.filter((m) => m.flags.length === 0).length;
  return `F1 ${f((2 * tp) / (2 * tp + fp + fn))}, false positives ${pct(fp / noPressure)}`;
}

function meetsTargets(result: CoachEvaluation): boolean {
  return (
    result.anyPressure.f1 >= COACH_TARGETS.anyPressureF1 &&
    result.falsePositiveRate <= COACH_TARGETS.falsePositiveRate &&
    result.categories.every((c) => c.f1 >= COACH_TARGETS.categoryF1) &&
    result.rewriteSendRate >= COACH_TARGETS.rewriteSendRate
  );
}

function report(title: string, set: readonly LabelledMessage[]): CoachEvaluation {
  const result = evaluateCoach(set);
  console.log(`\n${title}: ${result.messages} labelled messages\n`);
  console.log(`${'category'.padEnd(16)} ${'n'.padStart(5)}  prec.  recall  F1`);
  for (const s of result.categories) console.log(row(s, COACH_TARGETS.categoryF1));
  console.log('');
  console.log(row(result.anyPressure));
  console.log(row(result.safety));
  console.log(
    `\nfalse positives on ${result.noPressureMessages} no-pressure messages: ${pct(result.falsePositiveRate)}`,
  );
  console.log(`rewrites coached again as "send": ${pct(result.rewriteSendRate)} of ${result.rewrites}`);
  console.log(`rewrites keeping a topic noun of the original: ${pct(result.rewriteTopicRate)}`);
  console.log(`baseline, VADER compound <= -0.05 as "pressure": ${vaderBaseline(set)}`);
  console.log(meetsTargets(result) ? 'All quality targets met.' : 'Some quality targets are not met.');
  return result;
}

const files = DEVELOPMENT_FILES.filter((file) => {
  try {
    return loadEvaluationSet(file).length > 0;
  } catch {
    return false;
  }
});
const development = report(
  `Development set (${files.map((u) => u.pathname.split('/').pop()).join(', ')})`,
  loadEvaluationSet(files),
);
report('Held-out set (coach-holdout.jsonl, never used for tuning)', loadEvaluationSet(HOLDOUT_FILE));

if (process.argv.includes('--mistakes')) {
  console.log('\nmistakes on the development set:');
  for (const m of development.mistakes)
    console.log(
      `${m.id}  missed [${m.missed.join(', ')}]  extra [${m.extra.join(', ')}]  ${m.text.slice(0, 140).replace(/\n/g, ' ')}`,
    );
}
process.exitCode = meetsTargets(development) ? 0 : 1;
