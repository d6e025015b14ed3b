// the analysis basis (day table + text evidence) as rows: one per day and person, plus packed per-person records

import { deflateRawSync, inflateRawSync, constants as zlib } from 'node:zlib';
import type {
  AnalysisBasis,
  AnalysisEvidence,
  AnalysisReport,
  DailyTable,
  DayRecords,
  SideDays,
  SideTable,
} from '@reconnect/core/analysis';
import type { Participant, ParticipantId } from '@reconnect/core/model';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

/** each per-day counter and its column */
const DAY_COLUMNS = [
  ['messages', 'messages'],
  ['textMessages', 'text_messages'],
  ['words', 'words'],
  ['conversationsStarted', 'conversations_started'],
  ['questions', 'questions'],
  ['bids', 'bids'],
  ['bidsAnswered', 'bids_answered'],
  ['oneWordReplies', 'one_word_replies'],
  ['affection', 'affection'],
  ['sentimentSum', 'sentiment_sum'],
  ['we', 'we'],
  ['you', 'you'],
  ['lateNight', 'late_night'],
  ['doubleTexts', 'double_texts'],
  ['unansweredRuns', 'unanswered_runs'],
] as const satisfies readonly (readonly [Exclude<keyof SideDays, 'style'>, string])[];

const RECORD_KINDS = [
  ['replies', 'replies'],
  ['rawReplies', 'raw_replies'],
  ['wordsPerMessage', 'words_per_message'],
] as const satisfies readonly (readonly [
  keyof Pick<SideTable, 'replies' | 'rawReplies' | 'wordsPerMessage'>,
  string,
])[];

const bytesOf = (array: Int32Array | Float64Array): Buffer =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/** a typed array over a copy of a blob's bytes (the copy is aligned, the blob may not be) */
const copyOf = (blob: Uint8Array): ArrayBuffer =>
  blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength) as ArrayBuffer;
const int32s = (blob: Uint8Array): Int32Array => new Int32Array(copyOf(blob));
const float64s = (blob: Uint8Array): Float64Array => new Float64Array(copyOf(blob));

export interface BasisKey {
  readonly conversation: string;
  readonly me: string;
  readonly partner: string;
  readonly timeZone: string;
  readonly version: number;
}

/** writes a basis, replacing any stored under the same key (call inside a transaction); returns its row id */
export function saveBasis(db: BetterSqlite3.Database, key: BasisKey, basis: AnalysisBasis): number {
  const { table, evidence } = basis;
  db.prepare('DELETE FROM analyses WHERE conversation_id = ? AND me = ? AND partner = ? AND time_zone = ?').run(
    key.conversation,
    key.me,
    key.partner,
    key.timeZone,
  );
  const storedEvidence = {
    ...evidence,
    pressure: { ...evidence.pressure, perDay: Array.from(evidence.pressure.perDay) },
  };
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO analyses (conversation_id, me, partner, time_zone, version, message_count, first_day, day_count,
         excluded_messages, first_at, last_at, author_messages, evidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    )
    .run(
      key.conversation,
      key.me,
      key.partner,
      key.timeZone,
      key.version,
      basis.messageCount,
      table.firstDay,
      table.dayCount,
      table.excludedMessages,
      Number.isFinite(table.firstAt) ? table.firstAt : null,
      Number.isFinite(table.lastAt) ? table.lastAt : null,
      JSON.stringify([...table.authorMessages]),
      JSON.stringify(storedEvidence),
    );
  const id = Number(lastInsertRowid);
  const insertDay = db.prepare(
    `INSERT INTO day_figures (analysis_id, side, day, ${DAY_COLUMNS.map(([, c]) => c).join(', ')}, style)
     VALUES (?, ?, ?, ${DAY_COLUMNS.map(() => '?').join(', ')}, ?)`,
  );
  const insertRecords = db.prepare(
    `INSERT INTO day_records (analysis_id, side, kind, days, vals, quiet_start_minute, longest_run)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  table.sides.forEach((side, s) => {
    const days = side.days;
    const styleWidth = table.dayCount === 0 ? 0 : days.style.length / table.dayCount;
    for (let d = 0; d < table.dayCount; d++) {
      const values = DAY_COLUMNS.map(([k]) => days[k][d] ?? 0);
      const style = days.style.subarray(d * styleWidth, (d + 1) * styleWidth);
      if (values.every((v) => v === 0) && style.every((v) => v === 0)) continue;
      insertDay.run(id, s, d, ...values, bytesOf(style));
    }
    for (const [k, kind] of RECORD_KINDS) {
      const records = side[k];
      insertRecords.run(
        id,
        s,
        kind,
        bytesOf(records.day.subarray(0, records.length)),
        bytesOf(records.value.subarray(0, records.length)),
        side.quietStartMinute,
        side.longestRun,
      );
    }
  });
  return id;
}

const analysisId = (db: BetterSqlite3.Database, key: BasisKey): number | undefined =>
  db
    .prepare(
      'SELECT id FROM analyses WHERE conversation_id = ? AND me = ? AND partner = ? AND time_zone = ? AND version = ?',
    )
    .pluck()
    .get(key.conversation, key.me, key.partner, key.timeZone, key.version) as number | undefined;

/**
 * Keeps the finished report of a stored basis (call inside a transaction); a later basis under the same key
 * replaces the basis row and so drops this report with it.
 * @example saveReport(db, saveBasis(db, key, basis), reportFromBasis(basis, options))
 */
export function saveReport(db: BetterSqlite3.Database, analysis: number, report: AnalysisReport): void {
  const packed = deflateRawSync(JSON.stringify(report), { level: zlib.Z_BEST_SPEED });
  db.prepare('INSERT OR REPLACE INTO analysis_reports (analysis_id, report) VALUES (?, ?)').run(analysis, packed);
}

/**
 * The report kept for the basis stored under `key` by this analysis version, or undefined when there is none.
 * @example loadReport(db, key)?.withdrawal.detected
 */
export function loadReport(db: BetterSqlite3.Database, key: BasisKey): AnalysisReport | undefined {
  const packed = db
    .prepare(
      `SELECT r.report FROM analysis_reports r JOIN analyses a ON a.id = r.analysis_id
       WHERE a.conversation_id = ? AND a.me = ? AND a.partner = ? AND a.time_zone = ? AND a.version = ?`,
    )
    .pluck()
    .get(key.conversation, key.me, key.partner, key.timeZone, key.version) as Uint8Array | undefined;
  return packed === undefined ? undefined : (JSON.parse(inflateRawSync(packed).toString('utf8')) as AnalysisReport);
}

/** the row id of the basis stored under `key` by this analysis version, if any */
export const storedAnalysis = analysisId;

interface AnalysisRow {
  id: number;
  version: number;
  message_count: number;
  first_day: number;
  day_count: number;
  excluded_messages: number;
  first_at: number | null;
  last_at: number | null;
  author_messages: string;
  evidence: string;
}

/**
 * Reads a stored basis back, or undefined when none is stored under the key or it was made by another version.
 * @example loadBasis(db, key, conversation.format, conversation.participants)
 */
export function loadBasis(
  db: BetterSqlite3.Database,
  key: BasisKey,
  format: AnalysisBasis['format'],
  participants: readonly Participant[],
): AnalysisBasis | undefined {
  const row = db
    .prepare('SELECT * FROM analyses WHERE conversation_id = ? AND me = ? AND partner = ? AND time_zone = ?')
    .get(key.conversation, key.me, key.partner, key.timeZone) as AnalysisRow | undefined;
  if (row === undefined || row.version !== key.version) return undefined;
  const n = row.day_count;
  const styleRows = db.prepare('SELECT side, day, style FROM day_figures WHERE analysis_id = ?').raw().all(row.id) as [
    number,
    number,
    Uint8Array,
  ][];
  const dayRows = db
    .prepare(`SELECT side, day, ${DAY_COLUMNS.map(([, c]) => c).join(', ')} FROM day_figures WHERE analysis_id = ?`)
    .raw()
    .all(row.id) as number[][];
  const recordRows = db
    .prepare('SELECT side, kind, days, vals, quiet_start_minute, longest_run FROM day_records WHERE analysis_id = ?')
    .raw()
    .all(row.id) as [number, string, Uint8Array, Uint8Array, number, number][];
  const styleWidth =
    styleRows.length === 0 ? 8 : Math.max(1, (styleRows[0] as [number, number, Uint8Array])[2].byteLength / 4);

  const sides = [0, 1].map((s): SideTable => {
    const days = Object.fromEntries(
      DAY_COLUMNS.map(([k]) => [k, k === 'sentimentSum' ? new Float64Array(n) : new Int32Array(n)]),
    ) as unknown as Record<(typeof DAY_COLUMNS)[number][0], Int32Array | Float64Array>;
    const style = new Int32Array(n * styleWidth);
    for (const values of dayRows) {
      if (values[0] !== s) continue;
      const d = values[1] as number;
      DAY_COLUMNS.forEach(([k], i) => {
        days[k][d] = values[i + 2] as number;
      });
    }
    for (const [side, d, blob] of styleRows) if (side === s) style.set(int32s(blob), d * styleWidth);
    const records = new Map<string, DayRecords>();
    let quietStartMinute = 0;
    let longestRun = 0;
    for (const [side, kind, dayBlob, valueBlob, quiet, longest] of recordRows) {
      if (side !== s) continue;
      const day = int32s(dayBlob);
      records.set(kind, { day, value: float64s(valueBlob), length: day.length });
      quietStartMinute = quiet;
      longestRun = longest;
    }
    const empty: DayRecords = { day: new Int32Array(0), value: new Float64Array(0), length: 0 };
    return {
      days: { ...(days as unknown as Omit<SideDays, 'style'>), style },
      replies: records.get('replies') ?? empty,
      rawReplies: records.get('raw_replies') ?? empty,
      wordsPerMessage: records.get('words_per_message') ?? empty,
      quietStartMinute,
      longestRun,
    };
  }) as unknown as readonly [SideTable, SideTable];

  const table: DailyTable = {
    firstDay: row.first_day,
    dayCount: n,
    sides,
    excludedMessages: row.excluded_messages,
    authorMessages: new Map(JSON.parse(row.author_messages) as [ParticipantId, number][]),
    firstAt: row.first_at ?? Number.NaN,
    lastAt: row.last_at ?? Number.NaN,
  };
  const stored = JSON.parse(row.evidence) as AnalysisEvidence & { pressure: { perDay: number[] } };
  const evidence: AnalysisEvidence = {
    ...stored,
    pressure: { ...stored.pressure, perDay: Int32Array.from(stored.pressure.perDay) },
  };
  return { format, participants, messageCount: row.message_count, table, evidence };
}
