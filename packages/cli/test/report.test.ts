// the standalone HTML report: safe data embedding, a strict self-contained page, and a real-browser check
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AnalysisReport, Metrics, WeekReport } from '@reconnect/core';
import { analyzeConversation, DEVELOPMENT_LIVES, lifeSpec, simulateConversation } from '@reconnect/core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeFile } from '../src/commands/analyze.ts';
import { runDemo } from '../src/commands/demo.ts';
import {
  loadReportTemplate,
  REPORT_DATA_ELEMENT,
  renderHtmlReport,
  scriptSafeJson,
  writeHtmlReport,
} from '../src/report/html-report.ts';

const CHROMIUM = '/usr/bin/chromium';
const WEB = fileURLToPath(new URL('../../web/', import.meta.url));
const HOSTILE = '<img src=x onerror="window.__pwned = 1">';

/** builds the report template once when no build has made it yet */
function ensureReportTemplate(): string {
  const built = join(WEB, 'dist', 'report.html');
  if (!existsSync(built)) {
    const vite = fileURLToPath(new URL('../../../node_modules/vite/bin/vite.js', import.meta.url));
    execFileSync(process.execPath, [vite, 'build'], {
      cwd: WEB,
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  return loadReportTemplate();
}

const metrics = (m: Partial<Metrics>): Metrics => ({
  messages: 0,
  words: 0,
  medianWordsPerMessage: null,
  medianReplyMinutes: null,
  replies: 0,
  conversationsStarted: 0,
  startedShare: null,
  questions: 0,
  bids: 0,
  bidsAnswered: 0,
  turnTowardRate: null,
  oneWordReplies: 0,
  affection: 0,
  sentiment: null,
  weTalk: null,
  youTalk: null,
  lateNight: 0,
  ...m,
});

/** a hand-written 30-week history: steady for 18 weeks, then the partner pulls back and the user chases */
function sampleReport(partner = 'Sam'): AnalysisReport {
  const weeks: WeekReport[] = [];
  for (let i = 0; i < 30; i++) {
    const start = new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10);
    const after = i >= 18;
    const wobble = ((i * 7) % 5) - 2;
    weeks.push({
      start,
      me: metrics({
        messages: (after ? 120 : 90) + wobble * 3,
        medianWordsPerMessage: after ? 14 + wobble * 0.3 : 9 + wobble * 0.3,
        medianReplyMinutes: 6 + wobble,
        startedShare: after ? 0.78 : 0.5 + wobble * 0.02,
        questions: (after ? 30 : 14) + wobble,
        turnTowardRate: 0.9 + wobble * 0.01,
      }),
      partner: metrics({
        messages: (after ? 45 : 88) + wobble * 3,
        medianWordsPerMessage: after ? 3.5 + wobble * 0.2 : 8.5 + wobble * 0.3,
        medianReplyMinutes: after ? 150 + wobble * 10 : 12 + wobble,
        startedShare: after ? 0.22 : 0.5 - wobble * 0.02,
        questions: (after ? 3 : 13) + wobble,
        turnTowardRate: after ? 0.45 + wobble * 0.02 : 0.88 + wobble * 0.01,
      }),
      connection: after ? 42 + wobble * 2 : 74 + wobble * 2,
      components: { balance: 70, responsiveness: 60, turnToward: 70, initiative: 60, warmth: 65, styleMatching: 80 },
      lsm: 0.8,
    });
  }
  return {
    source: {
      format: 'whatsapp',
      messages: 5520,
      participants: [
        { name: 'Alex', messages: 3100 },
        { name: partner, messages: 2420 },
      ],
      first: '2024-01-01T08:12:00.000Z',
      last: '2024-07-28T21:40:00.000Z',
    },
    me: 'Alex',
    partner,
    timeZone: 'Europe/London',
    weeks,
    days: [],
    withdrawal: {
      detected: true,
      onset: '2024-05-06',
      confidence: 0.78,
      signals: [
        { metric: 'medianReplyMinutes', before: 12, after: 150, change: 11.5 },
        { metric: 'medianWordsPerMessage', before: 8.5, after: 3.5, change: -0.59 },
        { metric: 'questions', before: 13, after: 3, change: -0.77 },
      ],
      summary: `Since early May, ${partner} replies more slowly, writes shorter messages and asks fewer questions.`,
      recovered: false,
      recoveredSince: null,
      pattern: 'partner',
      began: '2024-05-06',
      beganRange: null,
      gradual: false,
      sides: { me: 0.3, partner: 4.1 },
      mySignals: [],
    },
    pursuit: {
      detected: true,
      since: '2024-05-20',
      unansweredRuns: 9,
      longestRun: 7,
      pressureMessages: 14,
      pressureChecked: 1400,
      doubleTexts: 23,
      examples: [
        { at: '2024-06-02T19:03:00.000Z', text: 'Why are you ignoring me??', categories: ['demand', 'accusation'] },
        { at: '2024-06-09T22:41:00.000Z', text: HOSTILE, categories: ['chasing'] },
      ],
    },
    reasons: [
      {
        reason: 'overwhelmed',
        score: 0.64,
        evidence: [
          { at: '2024-05-08T18:20:00.000Z', text: "Work is honestly too much right now, I'm exhausted" },
          { at: '2024-05-30T21:02:00.000Z', text: '</script><script>window.__pwned = 2</script>' },
        ],
        patterns: ['more late-night messages about work since May'],
      },
      {
        reason: 'uncertain',
        score: 0.31,
        evidence: [{ at: '2024-06-15T12:00:00.000Z', text: "we'll see" }],
        patterns: [],
      },
      { reason: 'misunderstood', score: 0.12, evidence: [], patterns: [] },
    ],
    noClearReason: false,
    advice: {
      step: 2,
      headline: 'Give them room to breathe, and let them know you are there.',
      detail: 'For the next few days, send one short, warm message and then wait.',
      waitHours: 18,
    },
    safety: [],
    safetyTotal: 0,
    language: { main: 'en', share: 1, wordsReadable: true },
    excludedMessages: 0,
  };
}

/** evaluated in the page: for each chart canvas, how many pixels are painted */
const PAINTED_PIXELS = `[...document.querySelectorAll('.time-chart canvas')].map((canvas) => {
  const context = canvas.getContext('2d');
  if (!context || canvas.width === 0 || canvas.height === 0) return 0;
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
  return painted;
})`;

const dataOf = (html: string): string => {
  const match = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no report data element');
  return match[1];
};

describe('scriptSafeJson', () => {
  test.each([
    ['</script><script>alert(1)</script>'],
    ['<!-- <script>'],
    ['line\u2028separator\u2029here'],
    ['lone \ud800 surrogate'],
  ])('keeps %j inert and round-trips it', (text) => {
    const json = scriptSafeJson({ text });
    expect(json).not.toContain('<');
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ text: JSON.parse(JSON.stringify(text)) });
  });
});

describe('renderHtmlReport', () => {
  let template = '';
  beforeAll(() => {
    template = ensureReportTemplate();
  });

  test('the template is one self-contained page pinned by a strict CSP', () => {
    expect(template.split(REPORT_DATA_ELEMENT)).toHaveLength(2);
    const script = /<script type="module">([\s\S]*)<\/script>/.exec(template)?.[1] ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(template)?.[1] ?? '';
    const markup = template.replace(script, '').replace(style, '');
    const loads = [/<(?:script|img|iframe|source|video|audio)\b[^>]*\bsrc=/i, /<link\b/i, /url\(/i, /@import/i];
    expect(loads.filter((pattern) => pattern.test(markup)).map(String)).toEqual([]);
    expect([/url\(\s*['"]?(?:https?:)?\/\//i, /@import/i].filter((p) => p.test(style)).map(String)).toEqual([]);
    expect(script.includes('react-stack-top-frame'), 'the template holds a development build of React').toBe(false);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(template)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(script.length).toBeGreaterThan(1000);
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).not.toContain('unsafe-inline');
  });

  test('injects the report once, escaped, and it reads back unchanged', () => {
    const report = sampleReport();
    const html = renderHtmlReport(report, template);
    expect(html).not.toContain(REPORT_DATA_ELEMENT);
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toContain(HOSTILE);
    expect(JSON.parse(dataOf(html))).toEqual(report);
    expect(html.length - template.length).toBeGreaterThan(JSON.stringify(report).length - 10);
  });

  test('a `$&` or `$1` in chat text is copied literally, not treated as a replacement pattern', () => {
    const report = sampleReport('$& and $1 and $`');
    expect(JSON.parse(dataOf(renderHtmlReport(report, template))).partner).toBe('$& and $1 and $`');
  });

  test('writeHtmlReport writes the whole file and leaves no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reconnect-report-'));
    const out = join(dir, 'report.html');
    writeFileSync(out, 'old content');
    await writeHtmlReport(sampleReport(), out);
    expect(readFileSync(out, 'utf8')).toBe(renderHtmlReport(sampleReport(), template));
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });
});

describe('the report in a real browser', () => {
  const shots = mkdtempSync(join(tmpdir(), 'reconnect-report-shots-'));
  let browser: Browser | undefined;
  let template = '';

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is missing at ${CHROMIUM}: install Debian's "chromium" package to run the browser test.`,
      );
    }
    template = ensureReportTemplate();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** writes the report, opens it from file:// and checks what every report must do: draw, stay offline, no errors */
  async function openReport(report: AnalysisReport, name: string, width: number, height: number): Promise<Page> {
    if (!browser) throw new Error('browser did not start');
    const file = join(shots, `${name}.html`);
    writeFileSync(file, renderHtmlReport(report, template));
    const url = pathToFileURL(file).href;
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (event) => {
        console.error('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI);
      });`,
    });
    await page.goto(url);
    await page.waitForSelector('.time-chart canvas');
    await page.waitForTimeout(200);

    const inked = (await page.evaluate(PAINTED_PIXELS)) as number[];
    expect(inked).toHaveLength(7);
    for (const painted of inked) expect(painted).toBeGreaterThan(500);
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
    expect(overflow).toBeLessThanOrEqual(0);

    const shot = join(shots, `${name}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    expect(readFileSync(shot).length).toBeGreaterThan(10_000);
    console.log(`screenshot: ${shot}`);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    return page;
  }

  test.each([
    ['desktop', 1280, 900],
    ['phone', 390, 844],
  ])('draws the charts offline and shows hostile chat text as text (%s)', async (name, width, height) => {
    const page = await openReport(sampleReport(HOSTILE), `hostile-${name}`, width, height);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('.quote p', { hasText: HOSTILE }).count()).toBeGreaterThan(0);
    expect(await page.locator('h1').textContent()).toContain(HOSTILE);
    expect(await page.locator('.quote p', { hasText: '</script><script>window.__pwned = 2</script>' }).count()).toBe(1);
    await page.context().close();
  });

  test('puts safety first when the chat suggests danger, with help lines and no wait', async () => {
    const base = sampleReport(HOSTILE);
    const report: AnalysisReport = {
      ...base,
      safety: [
        {
          at: '2024-07-20T22:10:00.000Z',
          author: 'Sam',
          side: 'partner',
          concern: 'self_harm',
          concerns: ['self_harm'],
          urgent: true,
          text: 'I took all my pills',
        },
      ],
      safetyTotal: 1,
      advice: {
        step: 1,
        headline: 'Check on them now, and get help',
        detail: 'Reach out now.',
        waitHours: null,
        safetyFirst: true,
      },
    };
    const page = await openReport(report, 'safety-desktop', 1280, 900);
    const first = page.locator('main > section').first();
    expect(await first.getAttribute('class')).toContain('safety');
    expect(await first.textContent()).toContain('I took all my pills');
    expect(await first.textContent()).toContain('988');
    expect(await first.textContent()).toContain('emergency number straight away');
    expect(await page.locator('.advice').textContent()).not.toContain('before reaching out again');
    await page.context().close();
  });

  test("shows a drift of both as both, with each side's signals, and never as a pull-back", async () => {
    const sim = simulateConversation(lifeSpec(22, 'mutual-drift', DEVELOPMENT_LIVES));
    const report = analyzeConversation(sim.conversation, { me: sim.me, partner: sim.partner, timeZone: 'UTC' });
    expect(report.withdrawal.pattern).toBe('mutual');
    const page = await openReport(report, 'mutual-desktop', 1280, 900);
    expect(await page.locator('.summary .pattern').textContent()).toBe('You have both drifted');
    const lead = (await page.locator('.summary .lead').textContent()) ?? '';
    expect(lead).toContain('both');
    expect(lead).not.toContain('pulled back');
    expect(await page.locator('.summary table.signals').count()).toBe(2);
    expect(await page.locator('.summary caption', { hasText: 'Your side' }).count()).toBe(1);
    expect(await page.locator('.summary .good-news').count()).toBe(0);
    await page.context().close();
  });

  test('draws the analysis of the demo export', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reconnect-report-demo-'));
    const path = await runDemo({ out: join(dir, 'WhatsApp Chat with Sam.txt') }, { stdout: { write: () => true } });
    const report = await analyzeFile(path, { tz: 'UTC', json: true });
    const page = await openReport(report, 'demo-desktop', 1280, 900);
    expect(await page.locator('h1').textContent()).toContain('Sam');
    expect(await page.locator('.summary .pattern').textContent()).toBe('They pulled back');
    expect(await page.locator('.quote').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
