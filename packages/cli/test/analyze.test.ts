// `reconnect analyze` on the demo export: the JSON contract, the withdrawal found, who-is-who, and the HTML report
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { howSure } from '@reconnect/core/playbook';
import { demoConversation } from '@reconnect/core/simulate';
import { reportTemplatePath } from '@reconnect/web';
import { Command } from 'commander';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { describeFailure, EXIT_USAGE } from '../src/cli-error.ts';
import { registerAnalyze } from '../src/commands/analyze.ts';
import { DEMO_TIME_ZONE, demoFileName, runDemo } from '../src/commands/demo.ts';
import { terminalQuote, wrapText } from '../src/report/summary-text.ts';

const DAY_MS = 86_400_000;
const YMD = /^\d{4}-\d{2}-\d{2}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const METRIC_NUMBERS = ['messages', 'words', 'replies', 'conversationsStarted', 'questions', 'bids', 'bidsAnswered'];
const METRIC_NULLABLE = ['medianWordsPerMessage', 'medianReplyMinutes', 'startedShare', 'turnTowardRate', 'sentiment'];

const quiet = { write: () => true };

/** builds the web package when no build has made the report template yet (npm test builds first) */
function ensureReportTemplate(): void {
  if (existsSync(reportTemplatePath())) return;
  const build = fileURLToPath(new URL('../../web/build.mjs', import.meta.url));
  execFileSync(process.execPath, [build], { stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
}

/** runs `reconnect analyze …args` in process and returns what it printed */
async function analyze(...args: string[]): Promise<string> {
  let printed = '';
  const program = new Command('reconnect').exitOverride();
  registerAnalyze(program, { stdout: { write: (text: string) => (printed += text) }, stderr: quiet });
  await program.parseAsync(['node', 'reconnect', 'analyze', ...args]);
  return printed;
}

const dir = mkdtempSync(join(tmpdir(), 'reconnect-analyze-'));
const demoPath = join(dir, demoFileName(demoConversation(DEMO_TIME_ZONE).spec.names[1]));
const truth = demoConversation(DEMO_TIME_ZONE).truth;
let json: Record<string, unknown> = {};

beforeAll(async () => {
  await runDemo({ out: demoPath }, { stdout: quiet });
  json = JSON.parse(await analyze(demoPath, '--json', '--tz', 'UTC'));
});

describe('analyze --json on the demo export', () => {
  test('infers who is who from the file name', () => {
    expect(json.me).toBe('Alex');
    expect(json.partner).toBe('Sam');
  });

  test('source', () => {
    const source = json.source as Record<string, unknown>;
    expect(source.format).toBe('whatsapp');
    expect(source.messages).toBeGreaterThan(1000);
    expect(source.participants).toEqual(
      expect.arrayContaining([
        { name: 'Alex', messages: expect.any(Number) },
        { name: 'Sam', messages: expect.any(Number) },
      ]),
    );
    expect(source.first).toMatch(ISO);
    expect(source.last).toMatch(ISO);
    expect(Date.parse(String(source.last))).toBeGreaterThan(Date.parse(String(source.first)));
  });

  test('weeks', () => {
    const weeks = json.weeks as Record<string, unknown>[];
    expect(weeks.length).toBeGreaterThanOrEqual(25);
    for (const week of weeks) {
      expect(week.start).toMatch(YMD);
      expect(week.connection).toBeGreaterThanOrEqual(0);
      expect(week.connection).toBeLessThanOrEqual(100);
      for (const side of [week.me, week.partner] as Record<string, unknown>[]) {
        for (const key of METRIC_NUMBERS) expect(typeof side[key], key).toBe('number');
        for (const key of METRIC_NULLABLE) expect(side[key] === null || typeof side[key] === 'number', key).toBe(true);
      }
    }
    const starts = weeks.map((w) => String(w.start));
    expect([...starts].sort()).toEqual(starts);
  });

  test('finds the withdrawal near where the story put it', () => {
    const withdrawal = json.withdrawal as Record<string, unknown>;
    expect(withdrawal.detected).toBe(true);
    expect(withdrawal.onset).toMatch(YMD);
    expect(truth.onset).toMatch(YMD);
    const days = Math.abs(Date.parse(String(withdrawal.onset)) - Date.parse(String(truth.onset))) / DAY_MS;
    expect(days).toBeLessThanOrEqual(10);
    expect(withdrawal.confidence).toBeGreaterThan(0);
    expect(withdrawal.confidence).toBeLessThanOrEqual(1);
    expect(typeof withdrawal.summary).toBe('string');
    const signals = withdrawal.signals as Record<string, unknown>[];
    expect(signals.length).toBeGreaterThan(0);
    for (const signal of signals) {
      expect(typeof signal.metric).toBe('string');
      for (const key of ['before', 'after', 'change']) expect(typeof signal[key]).toBe('number');
    }
  });

  test('pursuit, reasons and advice', () => {
    const pursuit = json.pursuit as Record<string, unknown>;
    expect(typeof pursuit.detected).toBe('boolean');
    expect(pursuit.since === null || YMD.test(String(pursuit.since))).toBe(true);
    for (const key of ['unansweredRuns', 'longestRun', 'pressureMessages']) expect(typeof pursuit[key]).toBe('number');
    for (const example of pursuit.examples as Record<string, unknown>[]) {
      expect(example.at).toMatch(ISO);
      expect(typeof example.text).toBe('string');
      expect(Array.isArray(example.categories)).toBe(true);
    }
    const reasons = json.reasons as { reason: string; score: number; evidence: { at: string; text: string }[] }[];
    expect(reasons.map((r) => r.reason).sort()).toEqual(['misunderstood', 'overwhelmed', 'uncertain']);
    const scores = reasons.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const reason of reasons) {
      expect(reason.score).toBeGreaterThanOrEqual(0);
      expect(reason.score).toBeLessThanOrEqual(1);
      for (const evidence of reason.evidence) expect(evidence.at).toMatch(ISO);
    }
    const advice = json.advice as Record<string, unknown>;
    expect([1, 2, 3, 4, 5]).toContain(advice.step);
    expect(typeof advice.headline).toBe('string');
    expect(typeof advice.detail).toBe('string');
    expect(advice.waitHours === null || typeof advice.waitHours === 'number').toBe(true);
  });
});

describe('who is who', () => {
  const export2 = [
    '12/03/2024, 09:00 - Alex: morning! how did you sleep?',
    '12/03/2024, 09:20 - Sam: ok, long day ahead',
    '13/03/2024, 18:02 - Alex: dinner tonight?',
    '13/03/2024, 19:40 - Sam: sure',
  ].join('\n');

  test('exits 2 listing the participants when --me cannot be inferred', async () => {
    const file = join(dir, 'chat.txt');
    writeFileSync(file, `${export2}\n`);
    const failure = await analyze(file, '--tz', 'UTC').then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).not.toBeNull();
    const { line, exitCode } = describeFailure(failure);
    expect(exitCode).toBe(EXIT_USAGE);
    expect(line).toContain('Alex');
    expect(line).toContain('Sam');
    expect(line).toContain('--me');
  });

  test('--me settles it', async () => {
    const file = join(dir, 'chat-me.txt');
    writeFileSync(file, `${export2}\n`);
    const report = JSON.parse(await analyze(file, '--tz', 'UTC', '--me', 'sam', '--json'));
    expect([report.me, report.partner]).toEqual(['Sam', 'Alex']);
  });

  test('--html into a folder that does not exist is a usage error, caught before any reading', async () => {
    const failure = await analyze(join(dir, 'missing.txt'), '--html', join(dir, 'no-such-folder', 'r.html')).then(
      () => null,
      (error: unknown) => error,
    );
    expect(describeFailure(failure)).toMatchObject({
      exitCode: EXIT_USAGE,
      line: expect.stringContaining('no-such-folder'),
    });
  });

  test('--html refused names the folder as it was given', async () => {
    const given = join('no-such-folder-here', 'r.html');
    const failure = await analyze(join(dir, 'missing.txt'), '--html', given).then(
      () => null,
      (error: unknown) => error,
    );
    expect(describeFailure(failure).line).toContain('the folder no-such-folder-here does not exist');
  });

  test('an unknown --tz is a usage error', async () => {
    const failure = await analyze(demoPath, '--tz', 'Mars/Olympus').then(
      () => null,
      (error: unknown) => error,
    );
    expect(describeFailure(failure).exitCode).toBe(EXIT_USAGE);
  });
});

describe('the human summary and --html', () => {
  test('the summary says what changed, since when, how sure, and what to do', async () => {
    const text = await analyze(demoPath, '--tz', 'UTC');
    expect(text).toContain('What changed');
    expect(text).toMatch(/since around \d{1,2} \w{3} \d{4}/);
    expect(text).toMatch(/How sure: (?:a tentative sign|fairly likely|a clear pattern)$/m);
    expect(text).toContain('Your side of the pattern');
    expect(text).toContain('What might be behind it');
    expect(text).toMatch(/step [1-5] of 5/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that no colour codes reach a pipe
    expect(text).not.toMatch(/\u001b\[/);
  });

  test('--html writes a self-contained report in which hostile chat text stays inert', async () => {
    ensureReportTemplate();
    const hostile = 'Sam</script><script>alert(1)</script>';
    const source = readFileSync(demoPath, 'utf8').replaceAll(' - Sam: ', ` - ${hostile}: `);
    const file = join(dir, 'hostile.txt');
    writeFileSync(file, `${source}13/12/2024, 10:00 - ${hostile}: <img src=x onerror=alert(2)> I'm so stressed\n`);
    const out = join(dir, 'report.html');
    const printed = await analyze(file, '--tz', 'UTC', '--me', 'Alex', '--json', '--html', out);
    expect(JSON.parse(printed).partner).toBe(hostile);
    const html = readFileSync(out, 'utf8');
    const data = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(data).partner).toBe(hostile);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x onerror=alert(2)>');
    const loads = [
      /\b(?:src|href|action|poster|srcset|data)\s*=\s*["']?\s*(?:https?:)?\/\//i,
      /url\(\s*["']?\s*(?:https?:)?\/\//i,
      /@import/i,
      /\b(?:fetch|import)\(\s*["'`]https?:/i,
    ];
    expect(loads.filter((pattern) => pattern.test(html)).map(String)).toEqual([]);
  });
});

describe('danger in the chat comes first', () => {
  const lines = [
    "20/07/2025, 21:02 - Sam: I don't want to be alive anymore",
    '20/07/2025, 21:05 - Sam: everyone would be better off without me',
    '21/07/2025, 02:14 - Sam: I took all my pills',
    '22/07/2025, 18:30 - Sam: I know where you live',
  ];
  let dangerJson: Record<string, unknown> = {};
  let dangerText = '';
  beforeAll(async () => {
    const file = join(dir, 'WhatsApp Chat with Sam (danger).txt');
    writeFileSync(file, `${readFileSync(demoPath, 'utf8')}${lines.join('\n')}\n`);
    dangerJson = JSON.parse(await analyze(file, '--me', 'Alex', '--json', '--tz', 'UTC'));
    dangerText = await analyze(file, '--me', 'Alex', '--tz', 'UTC');
  });

  test('--json lists every danger line of the partner, newest first, with its concern', () => {
    const safety = dangerJson.safety as { at: string; author: string; concern: string; text: string }[];
    expect(safety.map((s) => s.text)).toEqual([...lines].reverse().map((l) => l.slice(l.indexOf('Sam: ') + 5)));
    expect(safety.every((s) => s.author === 'Sam' && ISO.test(s.at))).toBe(true);
    expect(safety.map((s) => s.concern)).toEqual(['danger', 'self_harm', 'self_harm', 'self_harm']);
  });

  test('the advice stops suggesting space and a wait, and says to reach out', () => {
    const advice = dangerJson.advice as { waitHours: number | null; headline: string; safetyFirst?: boolean };
    expect(advice.waitHours).toBeNull();
    expect(advice.safetyFirst).toBe(true);
    expect(advice.headline).toBe('Check on them now, and get help');
    expect(dangerText).not.toMatch(/before reaching out again/);
  });

  test('the summary opens with what was seen, its dates and where to get help', () => {
    const firstSection = (dangerText.split('What changed')[0] ?? '').replace(/\s+/g, ' ');
    expect(firstSection).toContain('Safety first');
    expect(firstSection).toContain('I took all my pills');
    expect(firstSection).toMatch(/21 Jul 2025/);
    expect(firstSection).toContain('988');
    expect(firstSection).toContain('emergency number straight away');
  });

  test('--html carries the danger lines into the report, which shows them first', async () => {
    ensureReportTemplate();
    const file = join(dir, 'WhatsApp Chat with Sam (danger).txt');
    const out = join(dir, 'danger-report.html');
    await analyze(file, '--me', 'Alex', '--tz', 'UTC', '--json', '--html', out);
    const html = readFileSync(out, 'utf8');
    const data = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const embedded = JSON.parse(data) as { safety: { text: string }[]; advice: { safetyFirst?: boolean } };
    expect(embedded.safety.map((s) => s.text)).toContain('I took all my pills');
    expect(embedded.advice.safetyFirst).toBe(true);
  });

  test('a thought sent in two messages is read as one, in the JSON and the summary', async () => {
    const file = join(dir, 'WhatsApp Chat with Sam (pieces).txt');
    const pieces = ['23/07/2025, 22:10 - Sam: i just swallowed', '23/07/2025, 22:10 - Sam: the whole bottle of pills'];
    writeFileSync(file, `${readFileSync(demoPath, 'utf8')}${pieces.join('\n')}\n`);
    const found = JSON.parse(await analyze(file, '--me', 'Alex', '--json', '--tz', 'UTC')) as {
      safety: { text: string; messages?: number; urgent: boolean }[];
    };
    expect(found.safety[0]).toMatchObject({
      text: 'i just swallowed\nthe whole bottle of pills',
      messages: 2,
      urgent: true,
    });
    const text = (await analyze(file, '--me', 'Alex', '--tz', 'UTC')).replace(/\s+/g, ' ');
    expect(text).toContain('i just swallowed / the whole bottle of pills');
    expect(text).toContain('2 messages in a row');
    expect(text).toContain('emergency number straight away');
  });

  test('the demo alone raises no safety concern', () => {
    expect(json.safety).toEqual([]);
    expect((json.advice as { safetyFirst?: boolean }).safetyFirst).toBeUndefined();
  });

  test('with nothing seen, the summary still ends by saying the check can miss things and where to turn', async () => {
    const calm = (await analyze(demoPath, '--tz', 'UTC')).replace(/\s+/g, ' ');
    const last = calm.slice(calm.lastIndexOf('Words you could borrow'));
    expect(last).toContain('saw none');
    expect(last).toContain('misses some');
    expect(last).toContain('988');
    expect(dangerText).not.toContain('saw none');
  });
});

describe('summary text helpers', () => {
  test.each([
    [0.1, 'finding', 'a tentative sign'],
    [0.55, 'finding', 'fairly likely'],
    [0.96, 'finding', 'a clear pattern'],
    [0.92, 'hint', 'a strong hint'],
    [1.7, 'hint', 'a strong hint'],
    [Number.NaN, 'finding', 'a tentative sign'],
  ] as const)('howSure(%d, %s) → %s', (value, kind, words) => {
    expect(howSure(value, kind)).toBe(words);
  });

  test.each([
    ['hi\u001b[2Jthere', 'hi[2Jthere'],
    ['one\ntwo\r\nthree', 'one two three'],
    ['bidi \u202eevil\u202c text', 'bidi evil text'],
    ['x'.repeat(200), `${'x'.repeat(139)}…`],
  ])('terminalQuote(%j) → %j', (text, shown) => {
    expect(terminalQuote(text)).toBe(shown);
  });

  test('wrapText keeps every word, in order, within the width unless one word is longer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,30}$/), { maxLength: 60 }),
        fc.integer({ min: 20, max: 120 }),
        (words, width) => {
          const lines = wrapText(words.join(' '), width, '  ');
          expect(lines.flatMap((line) => line.trim().split(' ').filter(Boolean))).toEqual(words);
          for (const line of lines) {
            expect(line.startsWith('  ')).toBe(true);
            if (line.length > width) expect(line.trim().includes(' ')).toBe(false);
          }
        },
      ),
    );
  });
});
