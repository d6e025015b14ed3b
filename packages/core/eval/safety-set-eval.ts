// npx tsx packages/core/eval/safety-set-eval.ts NAME… [--show-misses] — the safety check as it stands on one or more
// development sets by name (e.g. safety-dev-q): how a set written after the last training reads before it is trained on
import { evaluateSafety, loadSafetySet, type Ratio, rate, SAFETY_CONCERNS } from './safety-metrics.ts';

const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const showMisses = process.argv.includes('--show-misses');
const pct = (r: Ratio) => `${(rate(r) * 100).toFixed(1).padStart(5)}% (${r.hits}/${r.of})`;

for (const name of names) {
  const result = evaluateSafety(loadSafetySet(new URL(`./safety/${name}.jsonl`, import.meta.url)));
  console.log(`\n${name}: ${result.messages} messages`);
  for (const concern of SAFETY_CONCERNS) console.log(`  recall ${concern.padEnd(10)} ${pct(result.recall[concern])}`);
  console.log(`  recall any        ${pct(result.anyConcern)}`);
  console.log(`  false alarms on hard negatives ${pct(result.falseAlarms.hard_negative)}`);
  console.log(`  false alarms on ordinary messages ${pct(result.falseAlarms.negative)}`);
  for (const [lang, figures] of [...result.byLanguage].sort())
    console.log(`    ${lang}: recall ${pct(figures.recall)}, false alarms ${pct(figures.falseAlarms)}`);
  if (!showMisses) continue;
  for (const { example, found } of result.misses)
    console.log(
      `MISS ${example.id} [${example.concerns.join(',')}] got [${found?.concerns.join(',') ?? ''}]: ${example.text}`,
    );
  for (const { example, found } of result.alarms)
    console.log(`ALARM ${example.id} got [${found.concerns.join(',')}] "${found.evidence}": ${example.text}`);
}
