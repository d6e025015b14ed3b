// the coach on two more kinds of outside text, when a copy is at hand: requests rated for politeness, and therapists' answers

import { existsSync, readFileSync } from 'node:fs';
import { coachMessage } from '../src/coach/coach.ts';
import { CsvRecordReader } from '../src/import/csv-records.ts';
import type { PressureCategory } from '../src/playbook/categories.ts';
import { readJsonLines } from './agreement.ts';
import { flagRate, fnv1a, type OutsideSplit, outsideSplit } from './outside-text.ts';

const beside = (path: string) => new URL(`../../../../shared/data/${path}`, import.meta.url).pathname;

/**
 * The Stanford Politeness Corpus (Danescu-Niculescu-Mizil et al., ACL 2013; CC BY 4.0) as released: the folder that
 * holds `wikipedia.annotated.csv` and `stack-exchange.annotated.csv`. Not copied into the repository.
 */
export const POLITENESS_DIR = process.env.POLITENESS_DIR ?? beside('stanford-politeness');

/** counsel-chat (therapists' answers to people's questions, github.com/nbertagnolli/counsel-chat, MIT): its CSV */
export const COUNSEL_CHAT_FILE = process.env.COUNSEL_CHAT_FILE ?? beside('counsel-chat/20200325_counsel_chat.csv');

const POLITENESS_SOURCES = { wikipedia: 'wikipedia.annotated.csv', stackexchange: 'stack-exchange.annotated.csv' };
export type PolitenessSource = keyof typeof POLITENESS_SOURCES;

export interface RatedRequest {
  readonly source: PolitenessSource;
  readonly id: string;
  readonly text: string;
  /** the corpus's normalized politeness score: below zero reads ruder than the average request */
  readonly score: number;
}

/** the records of a CSV file with a header row, as objects keyed by column name */
export function readCsv(text: string): Record<string, string>[] {
  const reader = new CsvRecordReader(',');
  const rows: string[][] = [];
  let lineNumber = 0;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const record = reader.push({ text: line, lineNumber: ++lineNumber, byteOffset: 0 });
    if (record !== null && !(record.fields.length === 1 && record.fields[0] === '')) rows.push([...record.fields]);
  }
  const [header = [], ...body] = rows;
  return body.map((fields) => Object.fromEntries(header.map((name, i) => [name.trim(), fields[i] ?? ''])));
}

export function loadRatedRequests(dir = POLITENESS_DIR): RatedRequest[] {
  const requests: RatedRequest[] = [];
  for (const [source, file] of Object.entries(POLITENESS_SOURCES) as [PolitenessSource, string][]) {
    const path = `${dir}/${file}`;
    if (!existsSync(path)) continue;
    for (const row of readCsv(readFileSync(path, 'utf8'))) {
      const score = Number(row['Normalized Score']);
      const text = row.Request ?? '';
      if (text !== '' && Number.isFinite(score)) requests.push({ source, id: row.Id ?? '', text, score });
    }
  }
  return requests;
}

export interface QuartileRates {
  readonly source: PolitenessSource;
  readonly split: OutsideSplit;
  /** the ruder quarter of the source's requests (the corpus paper's impolite class): any pressure flag */
  readonly rude: { readonly messages: number; readonly flagged: number };
  /** the politer quarter: any pressure flag here is a false flag */
  readonly polite: { readonly messages: number; readonly flagged: number };
}

/**
 * Per source and half, how often the coach flags the ruder and the politer quarter of the requests. Quarters are cut
 * over the whole source, then split by id (`outsideSplit` of "source:id"), so the halves share one threshold.
 */
export function politenessRates(requests: readonly RatedRequest[]): QuartileRates[] {
  const out: QuartileRates[] = [];
  for (const source of Object.keys(POLITENESS_SOURCES) as PolitenessSource[]) {
    const sorted = requests.filter((r) => r.source === source).sort((a, b) => a.score - b.score);
    if (sorted.length < 8) continue;
    const quarter = Math.floor(sorted.length / 4);
    const groups = { rude: sorted.slice(0, quarter), polite: sorted.slice(-quarter) };
    for (const split of ['tune', 'report'] as const) {
      const count = (items: readonly RatedRequest[]) =>
        flagRate(items.filter((r) => outsideSplit(`${source}:${r.id}`) === split));
      out.push({ source, split, rude: count(groups.rude), polite: count(groups.polite) });
    }
  }
  return out;
}

export interface TherapistAnswerRates {
  readonly answers: number;
  /** answers where the coach finds advice (`fixing`) */
  readonly withFixing: number;
  /** answers both readers found advice in (settled), and how many of them the coach hears as fixing */
  readonly advising: { readonly answers: number; readonly withFixing: number };
  /** answers the readers found no advice in, and how many of them the coach still calls fixing */
  readonly notAdvising: { readonly answers: number; readonly withFixing: number };
  /** answers flagged with anything but fixing or overwhelming (a long answer with advice is a wall of text) */
  readonly withOtherPressure: number;
  readonly otherByCategory: Readonly<Partial<Record<PressureCategory, number>>>;
}

/** a therapist's answer named by a hash of its words (FNV-1a, 32 bits, hex), so labels can be kept without the text */
export function answerKey(text: string): string {
  return fnv1a(text.trim()).toString(16).padStart(8, '0');
}

/**
 * Two readers' blind answers to one question per therapist's answer: does it advise the reader (tell them to do, try
 * or seek something)? `advice` is the settled label. Keyed by `answerKey`; the answers themselves are not copied.
 */
export const ADVICE_LABELS_FILE = new URL('./outside-advice-labels.jsonl', import.meta.url);

export interface AdviceLabel {
  readonly key: string;
  readonly first: boolean;
  readonly second: boolean;
  readonly advice: boolean;
  readonly reason?: string;
}

export function loadAdviceLabels(file: URL = ADVICE_LABELS_FILE): Map<string, AdviceLabel> {
  if (!existsSync(file)) return new Map();
  return new Map(readJsonLines<AdviceLabel>(file).map((label) => [label.key, label]));
}

export function loadTherapistAnswers(file = COUNSEL_CHAT_FILE): string[] {
  if (!existsSync(file)) return [];
  return readCsv(readFileSync(file, 'utf8'))
    .map((row) => (row.answerText ?? '').trim())
    .filter((text) => text !== '');
}

/** therapists mostly advise and reassure: how often the coach hears advice in an answer, and how often anything else */
export function therapistAnswerRates(
  answers: readonly string[],
  labels: ReadonlyMap<string, AdviceLabel> = new Map(),
): TherapistAnswerRates {
  let withFixing = 0;
  let withOtherPressure = 0;
  const advising = { answers: 0, withFixing: 0 };
  const notAdvising = { answers: 0, withFixing: 0 };
  const otherByCategory: Partial<Record<PressureCategory, number>> = {};
  for (const answer of answers) {
    const categories = new Set(coachMessage(answer).flags.map((f) => f.category));
    if (categories.has('fixing')) withFixing++;
    const label = labels.get(answerKey(answer));
    if (label !== undefined) {
      const group = label.advice ? advising : notAdvising;
      group.answers++;
      if (categories.has('fixing')) group.withFixing++;
    }
    const other = [...categories].filter((c) => c !== 'fixing' && c !== 'overwhelming');
    if (other.length > 0) withOtherPressure++;
    for (const c of other) otherByCategory[c] = (otherByCategory[c] ?? 0) + 1;
  }
  return { answers: answers.length, withFixing, advising, notAdvising, withOtherPressure, otherByCategory };
}
