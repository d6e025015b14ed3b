// measures the Coach page as you type on a 500-character draft, in the browser; prints the figures, asserts no time
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type AppServer, openPage, startDemoServer } from './helpers/app-server.ts';
import { launchBrowser } from './helpers/browser.ts';
import { ensureWebBuild } from './helpers/built.ts';
import { DRAFT, quantile, timeTyping } from './helpers/typing.ts';

const KEYSTROKES = 40;

describe('the Coach page as you type', () => {
  let browser: Browser | undefined;
  let server: AppServer | undefined;

  beforeAll(async () => {
    ensureWebBuild();
    server = await startDemoServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('per keystroke on a 500-character draft: the coach pass, and input to updated marks', async () => {
    if (!browser || !server) throw new Error('browser or server did not start');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openPage(page, server, 'coach');
    expect(DRAFT).toHaveLength(500);
    const figures = await timeTyping(page, KEYSTROKES);
    expect(typeof figures.firstPage).toBe('number');
    expect(typeof figures.coachReady).toBe('number');
    console.log(
      `after navigation: first page on screen at ${figures.firstPage?.toFixed(0)} ms, coach ready at ${figures.coachReady?.toFixed(0)} ms`,
    );
    expect(figures.final).toBe(DRAFT);
    expect(figures.endToEnd).toHaveLength(KEYSTROKES);
    expect(figures.coach.length).toBeGreaterThanOrEqual(KEYSTROKES);
    const describe = (values: number[]) =>
      `median ${quantile(values, 0.5).toFixed(2)} ms, p95 ${quantile(values, 0.95).toFixed(2)} ms, max ${Math.max(...values).toFixed(2)} ms`;
    console.log(
      `coach pass per keystroke (500 characters, ${figures.coach.length} passes): ${describe(figures.coach)}`,
    );
    console.log(`input to updated marks per keystroke (${KEYSTROKES} keystrokes): ${describe(figures.endToEnd)}`);
    console.log(`each keystroke, in order (ms): ${figures.endToEnd.map((v) => v.toFixed(1)).join(' ')}`);
    await page.close();
  });
});
