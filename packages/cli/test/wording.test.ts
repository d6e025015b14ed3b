// the words follow the figures: no certainty, no "no chasing" beside many unanswered runs, one wording for text and report
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AnalysisReport, analyzeConversation, type Pursuit, type Withdrawal } from '@reconnect/core/analysis';
import { resolveParticipants } from '@reconnect/core/model';
import { distanceHeadline, howSure, pursuitFigures, pursuitHeadline } from '@reconnect/core/playbook';
import { demoConversation } from '@reconnect/core/simulate';
import { Command } from 'commander';
import fc from 'fast-check';
import pc from 'picocolors';
import { describe, expect, test } from 'vitest';
import { registerAnalyze } from '../src/commands/analyze.ts';
import { DEMO_TIME_ZONE, runDemo } from '../src/commands/demo.ts';
import { formatSummary } from '../src/report/summary-text.ts';

const withdrawal = (confidence: number): Withdrawal =>
  ({ detected: true, onset: '2025-05-17', confidence, signals: [], summary: '' }) as unknown as Withdrawal;
const pursuit = (overrides: Partial<Pursuit>): Pursuit => ({
  detected: false,
  since: null,
  unansweredRuns: 0,
  longestRun: 0,
  pressureMessages: 0,
  pressureChecked: 0,
  examples: [],
  doubleTexts: 0,
  ...overrides,
});

describe('sureness', () => {
  test('is never a percentage, so it never reads as "100%" certain', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('finding', 'hint'), (value, kind) => {
        expect(howSure(value, kind as 'finding' | 'hint')).not.toMatch(/\d/);
      }),
    );
  });

  test('a faint hint with no quote is worded "no sign", the same for the text and the report', () => {
    expect(howSure(0.01, 'hint', 0)).toBe('no sign of it in the words');
    expect(howSure(0.01, 'hint', 2)).toBe('a faint hint');
  });
});

describe('headlines follow the figures', () => {
  test('a clear pull-back is not "a little"', () => {
    expect(distanceHeadline(withdrawal(0.95), 'Sam')).toBe('Sam has pulled back since around 17 May 2025.');
    expect(distanceHeadline(withdrawal(0.2), 'Sam')).toContain('may have pulled back a little');
  });

  test('no "chasing pattern" denial beside many unanswered runs', () => {
    const headline = pursuitHeadline(pursuit({ unansweredRuns: 170, longestRun: 9 }));
    expect(headline).not.toContain('do not show');
    expect(headline).toContain('170');
    expect(pursuitHeadline(pursuit({ unansweredRuns: 1 }))).toBe('Your messages do not show a chasing pattern.');
  });

  test('a follow-up like "hello" is not counted under "pressing words"', () => {
    const labels = pursuitFigures(pursuit({})).map(([label]) => label);
    expect(labels.join(' ')).not.toContain('pressing words');
  });
});

describe('the demo and analyze agree', () => {
  test('the demo says as many messages as analyze counts', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'reconnect-words-')), 'WhatsApp Chat with Sam.txt');
    let said = '';
    await runDemo({ out: path }, { stdout: { write: (text: string) => (said += text) } });
    let json = '';
    const program = new Command('reconnect').exitOverride();
    registerAnalyze(program, { stdout: { write: (text: string) => (json += text) }, stderr: { write: () => true } });
    await program.parseAsync(['node', 'reconnect', 'analyze', path, '--json', '--tz', 'UTC']);
    const counted = (JSON.parse(json) as AnalysisReport).source.messages;
    expect(said).toContain(`${counted.toLocaleString('en-US')} messages over`);
  });

  test('the summary of the demo shows no percentage', () => {
    const { conversation } = demoConversation(DEMO_TIME_ZONE);
    const people = resolveParticipants(conversation, { me: 'Alex' });
    const report = analyzeConversation(conversation, {
      me: people.me.id,
      partner: people.partner.id,
      timeZone: DEMO_TIME_ZONE,
    });
    const text = formatSummary(report, pc.createColors(false)).join('\n');
    expect(text).not.toMatch(/\(\d+%\)/);
    expect(text).not.toContain('stayed steadier');
  });
});
