// npx tsx packages/core/eval/safety-runs-eval.ts — the safety check on thoughts sent in pieces, as chats send them.
//
// Each labelled message is cut into the pieces a chat would carry: at sentence ends, commas and dashes
// ("clauses"), or once at the word nearest its middle ("halves"). The pieces are sent by one person 20 seconds
// apart, and `analyze`'s scan reads the chat. Beside it: the messages read one by one (what the scan found before
// decision 213), and the whole message as written. Cutting is mechanical, so the held-out and fresh sets stay
// untouched by it; GoEmotions comments (report half) cut the same way show the added alarms on everyday text, and
// pairs of unrelated comments show what reading two messages as one reads into the joint between them.

import { scanSafety } from '../src/analysis/safety-scan.ts';
import { asEpochMs, asParticipantId, type Conversation } from '../src/model.ts';
import { checkSafety } from '../src/safety/index.ts';
import { goEmotionsAvailable, loadGoEmotions, outsideSplit } from './outside-text.ts';
import { loadSafetySet, SAFETY_DEV_FILES, SAFETY_FRESH_FILES, SAFETY_HOLDOUT_FILE } from './safety-metrics.ts';

const ME = asParticipantId('me');
const PARTNER = asParticipantId('partner');
const START = Date.parse('2024-03-01T22:00:00Z');

/** at sentence ends, commas, dashes and line breaks */
export function clauses(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|,\s+|\s+[-–—]\s+|\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** once, at the space nearest the middle */
export function halves(text: string): string[] {
  const middle = text.length / 2;
  let cut = -1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1))
    if (cut < 0 || Math.abs(i - middle) < Math.abs(cut - middle)) cut = i;
  if (cut <= 0) return [text];
  return [text.slice(0, cut).trim(), text.slice(cut + 1).trim()].filter((p) => p.length > 0);
}

/** the pieces as a chat: one person sends them 20 seconds apart */
function chatOf(pieces: readonly string[]): Conversation {
  return {
    format: 'whatsapp',
    title: null,
    participants: [
      { id: ME, name: 'Me' },
      { id: PARTNER, name: 'Partner' },
    ],
    messages: pieces.map((text, i) => ({ at: asEpochMs(START + i * 20_000), author: PARTNER, text, kind: 'text' })),
    warnings: [],
  };
}

interface Tally {
  cut: number;
  whole: number;
  oneByOne: number;
  scanned: number;
}

function tally(texts: readonly string[], cut: (text: string) => string[]): Tally {
  const t: Tally = { cut: 0, whole: 0, oneByOne: 0, scanned: 0 };
  for (const text of texts) {
    const pieces = cut(text);
    if (pieces.length < 2) continue;
    t.cut++;
    if (checkSafety(text) !== null) t.whole++;
    if (pieces.some((p) => checkSafety(p) !== null)) t.oneByOne++;
    if (scanSafety(chatOf(pieces), ME, PARTNER).total > 0) t.scanned++;
  }
  return t;
}

const pct = (n: number, of: number) => `${((n / Math.max(1, of)) * 100).toFixed(1).padStart(5)}% (${n}/${of})`;

const sets: [string, URL[]][] = [
  [`development (${SAFETY_DEV_FILES.length} writers)`, [...SAFETY_DEV_FILES]],
  ['held-out', [SAFETY_HOLDOUT_FILE]],
  [`fresh (${SAFETY_FRESH_FILES.length} hands)`, [...SAFETY_FRESH_FILES]],
];
for (const [name, files] of sets) {
  const set = files.flatMap(loadSafetySet);
  const positives = set.filter((e) => e.concerns.length > 0).map((e) => e.text);
  const negatives = set.filter((e) => e.concerns.length === 0).map((e) => e.text);
  console.log(`\n${name}`);
  for (const [how, cut] of [
    ['clauses', clauses],
    ['halves', halves],
  ] as const) {
    const p = tally(positives, cut);
    const n = tally(negatives, cut);
    console.log(
      `  cut into ${how}: ${p.cut} messages with a concern, ${n.cut} with none` +
        `\n    concern found: whole message ${pct(p.whole, p.cut)}, pieces one by one ${pct(p.oneByOne, p.cut)}, the scan ${pct(p.scanned, p.cut)}` +
        `\n    false alarms:  whole message ${pct(n.whole, n.cut)}, pieces one by one ${pct(n.oneByOne, n.cut)}, the scan ${pct(n.scanned, n.cut)}`,
    );
  }
}

if (goEmotionsAvailable()) {
  const comments = loadGoEmotions()
    .filter((c) => outsideSplit(c.id) === 'report')
    .map((c) => c.text);
  console.log(`\nGoEmotions report half (${comments.length} Reddit comments), everyday text with no labels here`);
  for (const [how, cut] of [
    ['clauses', clauses],
    ['halves', halves],
  ] as const) {
    const t = tally(comments, cut);
    console.log(
      `  cut into ${how}: ${t.cut} comments; flagged: whole ${pct(t.whole, t.cut)}, pieces one by one ${pct(t.oneByOne, t.cut)}, the scan ${pct(t.scanned, t.cut)}`,
    );
  }
  // two unrelated comments sent in a row, neither raising anything alone: whatever the scan raises is read into
  // the joint between them
  const quiet = comments.filter((text) => text.length <= 120 && checkSafety(text) === null);
  let pairs = 0;
  let raised = 0;
  for (let i = 0; i + 1 < quiet.length; i += 2) {
    pairs++;
    if (scanSafety(chatOf([quiet[i] as string, quiet[i + 1] as string]), ME, PARTNER).total > 0) raised++;
  }
  console.log(`  two unrelated short comments sent in a row, quiet alone: the scan raised ${pct(raised, pairs)}`);
}
