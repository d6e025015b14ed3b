// npm run eval:coach — the coach's quality on its development and held-out sets, beside a VADER baseline
import { createRequire } from 'node:module';
import {
  agreement,
  cohensKappa,
  FULL_SECOND_PASSES,
  loadSecondLabels,
  SECOND_LABELS_HOLDOUT_FILE,
} from './agreement.ts';
import {
  type CategoryScore,
  COACH_TARGETS,
  type CoachEvaluation,
  DEVELOPMENT_FILES,
  evaluateCoach,
  FRESH_FILES,
  HOLDOUT_FILE,
  type LabelledMessage,
  loadEvaluationSet,
  REWORDED_FILES,
} from './coach-metrics.ts';
import {
  HOSTILE_KINDS,
  HOSTILE_REPORT_FILE,
  HOSTILE_TUNE_FILE,
  type HostileItem,
  type HostileRates,
  hostileRates,
  loadHostileLabels,
  loadPartnerAbuse,
} from './outside-hostile.ts';
import {
  COUNSEL_CHAT_FILE,
  loadAdviceLabels,
  loadRatedRequests,
  loadTherapistAnswers,
  POLITENESS_DIR,
  politenessRates,
  therapistAnswerRates,
} from './outside-requests.ts';
import {
  evaluateOutside,
  GOEMOTIONS_DIR,
  goEmotionsAvailable,
  loadChecked,
  loadGoEmotions,
  OUTSIDE_TARGETS,
  type OutsideEvaluation,
  outsideSplit,
  type RateResult,
} from './outside-text.ts';

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
report(
  'Fresh sets (coach-fresh-n.jsonl, coach-fresh-o.jsonl: two more hands, never trained or tuned on)',
  loadEvaluationSet(FRESH_FILES),
);
report(
  'Reworded development messages (coach-reworded-x.jsonl, coach-reworded-y.jsonl: two new hands said 230 development messages again in other words, with a calm look-alike of each; never trained or tuned on)',
  loadEvaluationSet(REWORDED_FILES),
);

function tally(r: RateResult): string {
  const parts = Object.entries(r.byCategory)
    .sort((a, b) => (b[1] as number) - (a[1] as number))
    .map(([c, n]) => `${c} ${n}`);
  return `${pct(r.rate)} of ${r.messages}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

function reportOutside(result: OutsideEvaluation): void {
  console.log(`\nOutside text, GoEmotions ${result.split} half (Reddit comments, Apache-2.0):\n`);
  console.log(`  flagged, supportive-only comments (false flags): ${tally(result.supportive)}`);
  console.log(`  flagged, neutral-only comments:                 ${tally(result.neutral)}`);
  console.log('  hand-checked comments (outside-checked.jsonl), share handled as wanted:');
  for (const g of result.checked.filter((g) => g.messages > 0))
    console.log(
      `    ${g.group.padEnd(14)} ${String(g.messages).padStart(3)}  ${pct(g.rate).padStart(6)}  (any flag ${pct(g.anyRate)})`,
    );
  const group = (name: string) => result.checked.find((g) => g.group === name)?.rate ?? 0;
  const hostile = result.checked.filter((g) => g.group === 'insult' || g.group === 'dismissal');
  const hostileRate =
    hostile.reduce((sum, g) => sum + g.caught, 0) /
    Math.max(
      1,
      hostile.reduce((sum, g) => sum + g.messages, 0),
    );
  const met =
    result.supportive.rate <= OUTSIDE_TARGETS.supportiveFalseFlagRate &&
    hostileRate >= OUTSIDE_TARGETS.insultRecall &&
    group('interrogation') >= OUTSIDE_TARGETS.interrogationFlagged &&
    group('advice') >= OUTSIDE_TARGETS.adviceFixing;
  console.log(`  insults and dismissals → contempt or accusation: ${pct(hostileRate)}`);
  console.log(
    met
      ? '  Targets met on the hand-checked comments (found by word searches; the blind readings below are fairer).'
      : '  Some targets are not met on the hand-checked comments.',
  );
}

/** the issue's abuse figure for one blind-read set: hostile to the reader → contempt or accusation */
const hostileRecallText = (h: HostileRates): string =>
  `insulted, dismissed or blamed → contempt or accusation: ${pct(h.hostileRecall)} (target ≥ ${pct(OUTSIDE_TARGETS.insultRecall)})`;

/** Cohen's kappa of two blind readings on "hostile to the reader or not" */
const hostileKappa = (items: readonly HostileItem[]): string =>
  cohensKappa(items.map((i) => [i.first !== 'none', i.second !== 'none'] as const)).toFixed(2);

{
  const { items, messages } = loadPartnerAbuse();
  if (items.length > 0) {
    console.log(
      `\nPartner messages written by a new hand, read blind by a second (${items.length}; hostile to the reader or not: Cohen's kappa ${hostileKappa(items)}):`,
    );
    for (const half of ['tune', 'report'] as const) {
      const h = hostileRates(
        items.filter((i) => outsideSplit(i.id) === half),
        messages,
      );
      console.log(
        `  ${half.padEnd(6)} ${hostileRecallText(h)}; not hostile → contempt or accusation: ${pct(h.noneFlagged)}`,
      );
    }
  }
}

if (goEmotionsAvailable()) {
  const comments = loadGoEmotions();
  const checked = loadChecked();
  const tune = evaluateOutside(comments, checked, 'tune');
  const held = evaluateOutside(comments, checked, 'report');
  reportOutside(tune);
  reportOutside(held);
  for (const [half, file] of [
    ['tune', HOSTILE_TUNE_FILE],
    ['report', HOSTILE_REPORT_FILE],
  ] as const) {
    const items = loadHostileLabels(file);
    if (items.length === 0) continue;
    const h = hostileRates(items, comments);
    console.log(
      `\nOutside text, GoEmotions ${half} half, ${items.length} angry comments that say "you", read blind by two readers (hostile to the reader or not: Cohen's kappa ${hostileKappa(items)}):`,
    );
    for (const kind of [...HOSTILE_KINDS, 'none'] as const) {
      const t = h.byLabel[kind];
      console.log(
        `  ${kind.padEnd(10)} ${String(t.messages).padStart(3)}  contempt or accusation ${pct(t.contemptOrAccusation / Math.max(1, t.messages)).padStart(6)}  (any flag ${pct(t.any / Math.max(1, t.messages))})`,
      );
    }
    console.log(`  ${hostileRecallText(h)}${h.missing > 0 ? `; ${h.missing} ids not in this copy` : ''}`);
  }
  if (process.argv.includes('--outside-mistakes')) {
    console.log('\noutside mistakes on the tune half only:');
    for (const e of tune.supportive.examples) console.log(`supportive  [${e.flags.join(', ')}]  ${e.text}`);
    for (const e of tune.neutral.examples) console.log(`neutral  [${e.flags.join(', ')}]  ${e.text}`);
    for (const g of tune.checked)
      for (const m of g.misses) console.log(`${g.group}  [${m.flags.join(', ')}]  ${m.text}`);
  }
} else {
  console.log(`\nOutside text skipped: no GoEmotions data at ${GOEMOTIONS_DIR} (set GOEMOTIONS_DIR).`);
}

const requests = loadRatedRequests();
if (requests.length > 0) {
  console.log(
    '\nOutside text, Stanford Politeness Corpus (requests rated by five readers, CC BY 4.0), any pressure flag:\n',
  );
  const rates = politenessRates(requests);
  for (const r of rates)
    console.log(
      `  ${r.source.padEnd(13)} ${r.split.padEnd(6)}  ruder quarter ${pct(r.rude.flagged / Math.max(1, r.rude.messages)).padStart(6)} of ${r.rude.messages}   politer quarter ${pct(r.polite.flagged / Math.max(1, r.polite.messages)).padStart(6)} of ${r.polite.messages}`,
    );
  const report = rates.filter((r) => r.split === 'report');
  const share = (pick: (r: (typeof rates)[number]) => { messages: number; flagged: number }) =>
    report.reduce((n, r) => n + pick(r).flagged, 0) /
    Math.max(
      1,
      report.reduce((n, r) => n + pick(r).messages, 0),
    );
  const rude = share((r) => r.rude);
  const polite = share((r) => r.polite);
  console.log(
    `  report half, both sources: ruder quarter ${pct(rude)} (target ≥ ${pct(OUTSIDE_TARGETS.interrogationFlagged)}), politer quarter ${pct(polite)} (target ≤ ${pct(OUTSIDE_TARGETS.supportiveFalseFlagRate)})`,
  );
  console.log(
    rude >= OUTSIDE_TARGETS.interrogationFlagged && polite <= OUTSIDE_TARGETS.supportiveFalseFlagRate
      ? '  Politeness targets met.'
      : '  Some politeness targets are not met.',
  );
} else console.log(`\nPoliteness corpus skipped: not at ${POLITENESS_DIR} (set POLITENESS_DIR).`);

const answers = loadTherapistAnswers();
if (answers.length > 0) {
  console.log(`\nOutside text, counsel-chat (therapists' answers to people's questions, MIT):`);
  const labels = loadAdviceLabels();
  for (const split of ['tune', 'report'] as const) {
    const a = therapistAnswerRates(
      answers.filter((text) => outsideSplit(text) === split),
      labels,
    );
    const others = Object.entries(a.otherByCategory)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
    console.log(
      `  ${split.padEnd(6)} ${a.answers} answers: advice heard (fixing) ${pct(a.withFixing / Math.max(1, a.answers))}, other pressure ${pct(a.withOtherPressure / Math.max(1, a.answers))}${others === '' ? '' : ` (${others})`}`,
    );
    console.log(
      `         of the ${a.advising.answers} answers two readers found advice in: fixing ${pct(a.advising.withFixing / Math.max(1, a.advising.answers))} (target ≥ ${pct(OUTSIDE_TARGETS.adviceFixing)}); of the ${a.notAdvising.answers} with none: fixing ${a.notAdvising.withFixing}`,
    );
  }
  const pairs = [...labels.values()].map((l) => [l.first, l.second] as const);
  console.log(
    `  advice labels: two blind readers agree on ${pairs.filter(([x, y]) => x === y).length} of ${pairs.length} answers (Cohen's kappa ${cohensKappa(pairs).toFixed(2)})`,
  );
} else console.log(`Therapists' answers skipped: not at ${COUNSEL_CHAT_FILE} (set COUNSEL_CHAT_FILE).`);

const passes = [
  { name: 'development', report: agreement(loadEvaluationSet(files), loadSecondLabels()) },
  ...Object.entries(FULL_SECOND_PASSES).map(([set, file]) => ({
    name: `development set ${set}`,
    report: agreement(loadEvaluationSet([...files, ...FRESH_FILES, ...REWORDED_FILES]), loadSecondLabels(file)),
  })),
  {
    name: 'held-out',
    report: agreement(loadEvaluationSet(HOLDOUT_FILE), loadSecondLabels(SECOND_LABELS_HOLDOUT_FILE)),
  },
];
for (const { name, report: second } of passes) {
  console.log(
    `\nSecond labeller, blind pass over ${second.messages} ${name} messages (Cohen's kappa against the current, settled labels):`,
  );
  console.log(
    [...second.categories, second.anyPressure]
      .map((c) => `${c.category} ${c.kappa.toFixed(2)} (n=${c.either})`)
      .join(', '),
  );
  if (process.argv.includes('--disagreements'))
    for (const d of second.disagreements)
      console.log(`${d.id}  first [${d.first.join(', ')}]  second [${d.second.join(', ')}]  ${d.text.slice(0, 120)}`);
}

if (process.argv.includes('--mistakes')) {
  console.log('\nmistakes on the development set:');
  for (const m of development.mistakes)
    console.log(
      `${m.id}  missed [${m.missed.join(', ')}]  extra [${m.extra.join(', ')}]  ${m.text.slice(0, 140).replace(/\n/g, ' ')}`,
    );
}
process.exitCode = meetsTargets(development) ? 0 : 1;
