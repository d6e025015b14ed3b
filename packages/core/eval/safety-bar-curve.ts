// npx tsx packages/core/eval/safety-bar-curve.ts — what the safety check would find, and how many false alarms it
// would raise, on the sets it was never trained on if its learned score's bars were set lower or higher (decision 222)
import { checkSafety, rulesFound, type SafetySignal } from '../src/safety/check.ts';
import { foldForSafety } from '../src/safety/fold.ts';
import {
  countsAsFalseAlarm,
  loadSafetySet,
  SAFETY_FRESH_FILES,
  SAFETY_HOLDOUT_FILE,
  type SafetyExample,
} from './safety-metrics.ts';

/** each bar as a share of the shipped one (the first line printed is the phrase rules alone) */
const FACTORS = [1, 0.8, 0.6, 0.4, 0.2] as const;

interface Read {
  readonly concern: boolean;
  readonly counted: boolean;
  /** found by a phrase rule, whatever the bar */
  readonly byRule: boolean;
  readonly margin: number;
}

function readAll(set: readonly SafetyExample[]): Read[] {
  return set.map((example) => {
    const signal: SafetySignal = { opened: false, frames: 0 };
    checkSafety(example.text, signal);
    return {
      concern: example.concerns.length > 0,
      counted: countsAsFalseAlarm(example),
      byRule: rulesFound(foldForSafety(example.text)).size > 0,
      margin: signal.margin ?? 0,
    };
  });
}

const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1).padStart(5)}%`;

function curve(name: string, reads: readonly Read[]): void {
  const positives = reads.filter((r) => r.concern);
  const negatives = reads.filter((r) => !r.concern && r.counted);
  console.log(`\n${name}: ${positives.length} messages with a concern, ${negatives.length} without`);
  const line = (label: string, found: (r: Read) => boolean) =>
    console.log(
      `  ${label.padEnd(26)} found ${pct(positives.filter(found).length, positives.length)}   false alarms ${pct(negatives.filter(found).length, negatives.length)}`,
    );
  line('the phrase rules alone', (r) => r.byRule);
  for (const factor of FACTORS)
    line(factor === 1 ? 'bar × 1 (shipped)' : `bar × ${factor}`, (r) => r.byRule || r.margin >= factor);
}

curve('Fresh sets (three hands, never trained on)', readAll(SAFETY_FRESH_FILES.flatMap((f) => loadSafetySet(f))));
curve('Held-out set (never tuned on)', readAll(loadSafetySet(SAFETY_HOLDOUT_FILE)));
