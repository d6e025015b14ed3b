// the whole pipeline, import then analysis, on every sample export we ship (real apps' formats)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../src/analysis/analyze.ts';
import type { AnalysisReport } from '../../src/analysis/types.ts';
import { importConversation } from '../../src/import/import-conversation.ts';
import type { Conversation, ParticipantId } from '../../src/model.ts';
import { singleFileInput } from '../helpers/bytes-source.ts';

const root = join(import.meta.dirname, '..', 'fixtures', 'detect');
const EXPORTS = /\.(txt|json|jsonl|md|csv)$/;

function exportFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'LICENSES' ? [] : exportFiles(path);
    // SOURCES.md, expected results (*target*) and per-line test vectors (*inline-*) are not exports
    return EXPORTS.test(entry) && !/target|inline-|^SOURCES/.test(entry) ? [path] : [];
  });
}

/** the two people who wrote most, the pair the analysis looks at in a group */
function twoMostActive(conversation: Conversation): [ParticipantId, ParticipantId] | null {
  const counts = new Map<ParticipantId, number>();
  for (const m of conversation.messages) if (m.author !== null) counts.set(m.author, (counts.get(m.author) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  return ranked.length >= 2 ? [ranked[0] as ParticipantId, ranked[1] as ParticipantId] : null;
}

function expectContract(report: AnalysisReport): void {
  expect(report.weeks.length).toBeGreaterThan(0);
  for (const week of report.weeks) {
    expect(week.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(week.connection).toBeGreaterThanOrEqual(0);
    expect(week.connection).toBeLessThanOrEqual(100);
  }
  expect(report.withdrawal.confidence).toBeGreaterThanOrEqual(0);
  expect(report.withdrawal.confidence).toBeLessThanOrEqual(1);
  expect(typeof report.withdrawal.summary).toBe('string');
  const scores = report.reasons.map((r) => r.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect([1, 2, 3, 4, 5]).toContain(report.advice.step);
  expect(() => JSON.parse(JSON.stringify(report))).not.toThrow();
}

describe('analysis on every shipped sample export', () => {
  const files = exportFiles(root);

  it('finds the samples', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s', async (_, file) => {
    const name = file.split('/').pop() as string;
    // every sample holds one chat (or, for a whole account, the one to read) with at least two people writing:
    // an import error or a missing pair fails here instead of passing unchecked
    const conversation = await importConversation(singleFileInput(name, readFileSync(file)), { timeZone: 'UTC' });
    const pair = twoMostActive(conversation);
    if (pair === null) throw new Error(`${name}: fewer than two people write in it`);
    const report = analyzeConversation(conversation, { me: pair[0], partner: pair[1], timeZone: 'UTC' });
    expectContract(report);
    const others = conversation.messages.filter((m) => m.author !== null && !pair.includes(m.author)).length;
    if (others > 0) expect(report.excludedMessages).toBeGreaterThan(0);
  });
});
