// npm run eval:coach — prints the coach's quality on its labelled set beside a VADER baseline
import { createRequire } from 'node:module';
import { type CategoryScore, COACH_TARGETS, evaluateCoach, loadEvaluationSet } from './coach-metrics.ts';

const require = createRequire(import.meta.url);
const vader = require('vader-sentiment') as {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
};

const set = loadEvaluationSet();
const result = evaluateCoach(set);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const f = (x: number) => x.toFixed(3);
const row = (s: CategoryScore, target?: number) =>
  `${s.category.padEnd(16)} ${String(s.support).padStart(5)}  ${f(s.precision)}  ${f(s.recall)}  ${f(s.f1)}${
    target !== undefined && s.f1 < target ? '  below target' : ''
  }`;

console.log(`Coach evaluation on ${result.messages} labelled messages (packages/core/eval/coach.jsonl)\n`);
console.log(`${'category'.padEnd(16)} ${'n'.padStart(5)}  prec.  recall  F1`);
for (const s of result.categories) console.log(row(s, COACH_TARGETS.categoryF1));
console.log('');
console.log(row(result.anyPressure));
console.log(row(result.safety));
console.log(`\nfalse positives on ${result.noPressureMessages} no-pressure messages: ${pct(result.falsePositiveRate)}`);
console.log(`rewrites coached again as "send": ${pct(result.rewriteSendRate)} of ${result.rewrites}`);
console.log(`rewrites keeping a topic word of the original: ${pct(result.rewriteTopicRate)}`);

let tp = 0;
let fp = 0;
let fn = 0;
let noPressureFlagged = 0;
for (const item of set) {
  const negative = vader.SentimentIntensityAnalyzer.polarity_scores(item.text).compound <= -0.05;
  const labelled = item.flags.length > 0;
  if (negative && labelled) tp++;
  else if (negative) {
    fp++;
    noPressureFlagged++;
  } else if (labelled) fn++;
}
const vaderF1 = (2 * tp) / (2 * tp + fp + fn);
const noPressure = set.filter((m) => m.flags.length === 0).length;
console.log(
  `\nbaseline, VADER compound <= -0.05 as "pressure": F1 ${f(vaderF1)}, false positives ${pct(noPressureFlagged / noPressure)}`,
);

if (process.argv.includes('--mistakes')) {
  console.log('\nmistakes:');
  for (const m of result.mistakes)
    console.log(
      `${m.id}  missed [${m.missed.join(', ')}]  extra [${m.extra.join(', ')}]  ${m.text.slice(0, 140).replace(/\n/g, ' ')}`,
    );
}

const failed =
  result.anyPressure.f1 < COACH_TARGETS.anyPressureF1 ||
  result.falsePositiveRate > COACH_TARGETS.falsePositiveRate ||
  result.categories.some((c) => c.f1 < COACH_TARGETS.categoryF1) ||
  result.rewriteSendRate < COACH_TARGETS.rewriteSendRate;
console.log(failed ? '\nSome targets are not met yet.' : '\nAll quality targets met.');
process.exitCode = failed ? 1 : 0;
