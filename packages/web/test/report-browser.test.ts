// the standalone report in a real browser: it draws offline, keeps hostile chat text as text, and puts safety first
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnalysisReport } from '@reconnect/core/analysis';
import { analyzeConversation } from '@reconnect/core/analysis';
import { DEVELOPMENT_LIVES, demoConversation, lifeSpec, simulateConversation } from '@reconnect/core/simulate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fillReportTemplate, reportTemplatePath } from '../built-files.mjs';
import { launchBrowser } from './helpers/browser.ts';
import { ensureWebBuild } from './helpers/built.ts';
import { HOSTILE, sampleReport } from './helpers/sample-report.ts';

/** evaluated in the page: for each chart canvas, how many pixels are painted */
const PAINTED_PIXELS = `[...document.querySelectorAll('.time-chart canvas')].map((canvas) => {
  const context = canvas.getContext('2d');
  if (!context || canvas.width === 0 || canvas.height === 0) return 0;
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
  return painted;
})`;

describe('the report in a real browser', () => {
  const shots = mkdtempSync(join(tmpdir(), 'reconnect-report-shots-'));
  let browser: Browser | undefined;
  let template = '';

  beforeAll(async () => {
    ensureWebBuild();
    template = readFileSync(reportTemplatePath(), 'utf8');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** writes the report, opens it from file:// and checks what every report must do: draw, stay offline, no errors */
  async function openReport(report: AnalysisReport, name: string, width: number, height: number): Promise<Page> {
    if (!browser) throw new Error('browser did not start');
    const file = join(shots, `${name}.html`);
    const html = fillReportTemplate(template, report);
    if (html === null) throw new Error('the template has no data element');
    writeFileSync(file, html);
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
    // nothing raised: a quiet line at the end still says the check can miss things, and where to turn
    const note = (await page.locator('.safety-note').textContent()) ?? '';
    expect(note).toContain('saw none');
    expect(note).toContain('988');
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
    expect(await page.locator('.safety-note').count()).toBe(0);
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

  test("tells a light texter's change with the doubt about the user's own side, in the label and the headline", async () => {
    const sim = simulateConversation(lifeSpec(142, 'mutual-drift', DEVELOPMENT_LIVES));
    const report = analyzeConversation(sim.conversation, { me: sim.me, partner: sim.partner, timeZone: 'UTC' });
    expect(report.withdrawal.sidesUncertain).toBe(true);
    const page = await openReport(report, 'unsure-desktop', 1280, 900);
    const label = (await page.locator('.summary .pattern').textContent()) ?? '';
    expect(label).not.toContain('pulled back');
    expect(label).toContain('too early to tell');
    const lead = (await page.locator('.summary .lead').textContent()) ?? '';
    expect(lead).not.toContain('pulled back');
    expect(lead).toContain('too early to tell whether you have drifted too');
    await page.context().close();
  });

  test('draws the analysis of the demo export', async () => {
    const demo = demoConversation('UTC');
    const report = analyzeConversation(demo.conversation, { me: demo.me, partner: demo.partner, timeZone: 'UTC' });
    const page = await openReport(report, 'demo-desktop', 1280, 900);
    expect(await page.locator('h1').textContent()).toContain('Sam');
    expect(await page.locator('.summary .pattern').textContent()).toBe('They pulled back');
    expect(await page.locator('.quote').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
