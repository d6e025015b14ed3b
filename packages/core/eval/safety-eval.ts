// npm run eval:safety — the safety check's recall per concern and its false alarms, on both labelled sets
// (`-- --show-misses` lists the development set's misses and false alarms; the held-out set only ever reports totals)

import type { SafetyConcern } from '../src/playbook/index.ts';
import { checkSafety } from '../src/safety/index.ts';
import { HOLDOUT_FILE as COACH_HOLDOUT_FILE, loadEvaluationSet } from './coach-metrics.ts';
import { goEmotionsAvailable, loadGoEmotions, outsideSplit } from './outside-text.ts';
import { loadSecondPass, printAgreement } from './safety-agreement.ts';
import {
  EVERYDAY_FILE,
  EVERYDAY_FIRST_FILE,
  EVERYDAY_SECOND_FILE,
  evaluateSafety,
  loadSafetySet,
  OUTSIDE_FIRST_FILE,
  OUTSIDE_SECOND_FILE,
  OUTSIDE_SETTLED_FILE,
  passFileOf,
  type Ratio,
  rate,
  SAFETY_CONCERNS,
  SAFETY_DEV_FILE,
  SAFETY_DEV_FILES,
  SAFETY_FRESH_FILES,
  SAFETY_HOLDOUT_FILE,
  SAFETY_PASSED_FILES,
  SAFETY_TARGETS,
  type SafetyEvaluation,
} from './safety-metrics.ts';

const showMisses = process.argv.includes('--show-misses');
const pct = (r: Ratio) => `${(rate(r) * 100).toFixed(1).padStart(5)}% (${r.hits}/${r.of})`;

function report(title: string, result: SafetyEvaluation): boolean {
  console.log(`\n${title}: ${result.messages} messages`);
  for (const concern of SAFETY_CONCERNS) {
    const r = result.recall[concern];
    const below = rate(r) < SAFETY_TARGETS.recall ? '  below target' : '';
    console.log(`  recall ${concern.padEnd(10)} ${pct(r)}${below}`);
  }
  console.log(`  recall any        ${pct(result.anyConcern)}`);
  const hard = result.falseAlarms.hard_negative;
  console.log(
    `  false alarms on hard negatives ${pct(hard)}${rate(hard) > SAFETY_TARGETS.falseAlarmRate ? '  above target' : ''}`,
  );
  const jokes = result.hardNegativeJokes;
  const plain = { hits: hard.hits - jokes.hits, of: hard.of - jokes.of };
  console.log(`    without the marked jokes ${pct(plain)}; on the marked jokes ("kms lol") ${pct(jokes)}`);
  console.log(`  false alarms on ordinary messages ${pct(result.falseAlarms.negative)}`);
  for (const [lang, figures] of [...result.byLanguage].sort()) {
    console.log(`    ${lang}: recall ${pct(figures.recall)}, false alarms ${pct(figures.falseAlarms)}`);
  }
  return (
    SAFETY_CONCERNS.every((c) => rate(result.recall[c]) >= SAFETY_TARGETS.recall) &&
    rate(hard) <= SAFETY_TARGETS.falseAlarmRate
  );
}

const dev = evaluateSafety(SAFETY_DEV_FILES.flatMap(loadSafetySet));
const devOk = report(`Development sets (${SAFETY_DEV_FILES.length} writers, open to tuning)`, dev);
if (showMisses) {
  for (const { example, found } of dev.misses)
    console.log(
      `MISS ${example.id} [${example.concerns.join(',')}] got [${found?.concerns.join(',') ?? ''}]: ${example.text}`,
    );
  for (const { example, found } of dev.alarms)
    console.log(
      `ALARM ${example.id} ${example.kind} got [${found.concerns.join(',')}] "${found.evidence}": ${example.text}`,
    );
}
const holdout = evaluateSafety(loadSafetySet(SAFETY_HOLDOUT_FILE));
const holdoutOk = report('Held-out set (never tuned on)', holdout);
report(
  `Fresh sets (${SAFETY_FRESH_FILES.length} more hands, never trained on)`,
  evaluateSafety(SAFETY_FRESH_FILES.flatMap(loadSafetySet)),
);
console.log(
  `\ntargets (recall ≥ ${SAFETY_TARGETS.recall} per concern, false alarms ≤ 2%): development ${devOk ? 'met' : 'not met'}, held-out ${holdoutOk ? 'met' : 'not met'}`,
);

printAgreement(
  'Development set',
  new URL('./safety/first-pass-dev.jsonl', import.meta.url),
  new URL('./safety/second-pass-dev.jsonl', import.meta.url),
);
if (goEmotionsAvailable()) {
  // everyday text: the comments the check flags were read by two blind labellers (decision 212), so the false
  // alarms among them are counted, not bounded; a comment flagged since then and not yet read is counted apart
  const comments = loadGoEmotions().filter((c) => outsideSplit(c.id) === 'report');
  const flagged = comments.filter((c) => checkSafety(c.text) !== null);
  const settled = loadSecondPass(OUTSIDE_SETTLED_FILE);
  const read = flagged.filter((c) => settled.has(c.id));
  const real = read.filter((c) => (settled.get(c.id)?.concerns.length ?? 0) > 0).length;
  const share = (n: number) => `${((n / comments.length) * 100).toFixed(2)}%`;
  console.log(
    `\nOutside text, GoEmotions report half (${comments.length} Reddit comments, Apache-2.0):` +
      `\n  flagged ${share(flagged.length)} (${flagged.length}); read by two blind labellers: ${read.length}, of which ${real} carry a concern` +
      `\n  false alarms on everyday text ${share(read.length - real)} (${read.length - real})` +
      (read.length < flagged.length ? `; ${flagged.length - read.length} flagged comments not yet labelled` : ''),
  );
  printAgreement('GoEmotions comments labelled for safety', OUTSIDE_FIRST_FILE, OUTSIDE_SECOND_FILE);
}

{
  // everyday household messages with no concern meant: every alarm on a message both passes call clear is a false one
  const everyday = loadSafetySet(EVERYDAY_FILE);
  const flagged = everyday.filter((m) => checkSafety(m.text) !== null);
  const meant = flagged.filter((m) => m.concerns.length > 0).length;
  console.log(
    `\nEveryday household messages (${everyday.length}, another hand, rules read against them):` +
      `\n  flagged ${((flagged.length / everyday.length) * 100).toFixed(2)}% (${flagged.length}), of which ${meant} labelled with a concern`,
  );
  printAgreement('Everyday household messages', EVERYDAY_FIRST_FILE, EVERYDAY_SECOND_FILE);
}

{
  // the coach's held-out drafts: messages to a partner written for the coach, never trained on by either model
  const drafts = loadEvaluationSet(COACH_HOLDOUT_FILE);
  const quiet = drafts.filter((m) => m.safety === undefined);
  const alarms = quiet.filter((m) => checkSafety(m.text) !== null).length;
  const concerning = drafts.filter((m) => m.safety !== undefined);
  const found = concerning.filter((m) => checkSafety(m.text)?.concerns.includes(m.safety as SafetyConcern)).length;
  console.log(
    `\nThe coach's held-out drafts (${drafts.length} messages to a partner, never trained on):` +
      `\n  false alarms on drafts with no safety concern ${((alarms / quiet.length) * 100).toFixed(2)}% (${alarms}/${quiet.length}); concern found in ${found}/${concerning.length} of those with one`,
  );
}

for (const set of SAFETY_PASSED_FILES.filter((file) => file.href !== SAFETY_DEV_FILE.href)) {
  const fresh = SAFETY_FRESH_FILES.some((file) => file.href === set.href);
  const writer = set.pathname.replace(/^.*safety-dev-|\.jsonl$/g, '');
  printAgreement(
    `${fresh ? 'Fresh' : 'Development'} set ${writer}`,
    passFileOf(set, 'first'),
    passFileOf(set, 'second'),
  );
}
printAgreement(
  'Held-out set',
  new URL('./safety/first-pass-holdout.jsonl', import.meta.url),
  new URL('./safety/second-pass-holdout.jsonl', import.meta.url),
);
