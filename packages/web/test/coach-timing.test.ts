// measures the Coach page as you type on a 500-character draft, in the browser; prints the figures, asserts no time
/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type AppServer, openPage, startDemoServer } from './helpers/app-server.ts';
import { launchBrowser } from './helpers/browser.ts';
import { ensureWebBuild } from './helpers/built.ts';

/** a long, anxious draft of the kind the coach is for, cut to 500 characters */
const DRAFT = (
  "Hey, I know you've been busy with work and I'm trying not to make this a big thing, but I have to say it. " +
  "You never answer my messages anymore and when you do it's one word. Why are you ignoring me?? " +
  "I feel like I'm always the one reaching out and you just don't care. If you don't want this anymore just tell me. " +
  'I miss you and I miss how we used to talk every evening. Can we please talk tonight? Are you even reading this? ' +
  'I just need to know where we stand, because this silence is driving me crazy and I keep imagining the worst.'
).slice(0, 500);

const KEYSTROKES = 40;

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

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
    await page.getByText('Take your time. Nothing is sent from here.').waitFor();
    const marks = (await page.evaluate(() =>
      ['reconnect:first-page', 'reconnect:coach-ready'].map((name) => performance.getEntriesByName(name)[0]?.startTime),
    )) as (number | undefined)[];
    expect(marks.every((at) => typeof at === 'number')).toBe(true);
    console.log(
      `after navigation: first page on screen at ${marks[0]?.toFixed(0)} ms, coach ready at ${marks[1]?.toFixed(0)} ms`,
    );
    expect(DRAFT).toHaveLength(500);
    const base = DRAFT.slice(0, 500 - KEYSTROKES);
    await page.getByLabel('Your message').fill(base);
    await page.locator('.reading').waitFor();

    const figures = (await page.evaluate(
      async ({ rest }) => {
        const box = document.querySelector('textarea') as HTMLTextAreaElement;
        const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
        const shown = () => {
          const copy = document.querySelector('.marked-text')?.cloneNode(true) as HTMLElement | undefined;
          for (const tip of copy?.querySelectorAll('.mark-tip') ?? []) tip.remove();
          return copy?.textContent ?? '';
        };
        performance.clearMeasures('reconnect:coach');
        const endToEnd: number[] = [];
        for (const char of rest) {
          const next = box.value + char;
          const started = performance.now();
          await new Promise<void>((resolve) => {
            const observer = new MutationObserver(() => {
              if (shown() === next) {
                observer.disconnect();
                resolve();
              }
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
            setValue?.call(box, next);
            box.dispatchEvent(new Event('input', { bubbles: true }));
          });
          endToEnd.push(performance.now() - started);
        }
        const coach = performance.getEntriesByName('reconnect:coach').map((entry) => entry.duration);
        return { endToEnd, coach, final: shown() };
      },
      { rest: DRAFT.slice(500 - KEYSTROKES) },
    )) as { endToEnd: number[]; coach: number[]; final: string };

    expect(figures.final).toBe(DRAFT);
    expect(figures.endToEnd).toHaveLength(KEYSTROKES);
    expect(figures.coach.length).toBeGreaterThanOrEqual(KEYSTROKES);
    const describe = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return `median ${quantile(sorted, 0.5).toFixed(2)} ms, p95 ${quantile(sorted, 0.95).toFixed(2)} ms, max ${(sorted[sorted.length - 1] ?? 0).toFixed(2)} ms`;
    };
    console.log(
      `coach pass per keystroke (500 characters, ${figures.coach.length} passes): ${describe(figures.coach)}`,
    );
    console.log(`input to updated marks per keystroke (${KEYSTROKES} keystrokes): ${describe(figures.endToEnd)}`);
    console.log(`each keystroke, in order (ms): ${figures.endToEnd.map((v) => v.toFixed(1)).join(' ')}`);
    await page.close();
  });
});
