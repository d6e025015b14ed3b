// the app's Coach page in a real browser: marks as you type, explains on hover and focus, copies the rewrite,
// keeps hostile drafts as text, and puts safety help first
/// <reference lib="dom" />
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type AppServer, openPage, startDemoServer } from './helpers/app-server.ts';
import { launchBrowser } from './helpers/browser.ts';
import { ensureWebBuild } from './helpers/built.ts';

const HOSTILE = '<img src=x onerror="window.__pwned = 1"> why are you ignoring me??';

interface Watched {
  readonly page: Page;
  /** requests to anything but the app's own origin */
  readonly foreign: string[];
  /** console errors, page errors, CSP violations and dialogs */
  readonly problems: string[];
}

/** the draft as the page shows it, without the explanations kept beside each mark */
const shownDraft = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const copy = document.querySelector('.marked-text')?.cloneNode(true) as HTMLElement | undefined;
    for (const tip of copy?.querySelectorAll('.mark-tip') ?? []) tip.remove();
    return copy?.textContent ?? '';
  });

/** waits until the coach's reading shows exactly `text` (typing runs ahead of the deferred reading) */
async function waitForReading(page: Page, text: string): Promise<void> {
  await page.waitForFunction((expected) => {
    const copy = document.querySelector('.marked-text')?.cloneNode(true) as HTMLElement | undefined;
    for (const tip of copy?.querySelectorAll('.mark-tip') ?? []) tip.remove();
    return copy?.textContent === expected;
  }, text);
}

describe('the Coach page', () => {
  const shots = mkdtempSync(join(tmpdir(), 'reconnect-coach-shots-'));
  let browser: Browser | undefined;
  let server: AppServer | undefined;
  /** every path the pages asked for, in order */
  const served: string[] = [];

  beforeAll(async () => {
    ensureWebBuild();
    server = await startDemoServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** opens the app at the given size and waits until the coach has loaded */
  async function openCoach(width: number, height: number): Promise<Watched> {
    if (!browser || !server) throw new Error('browser or server did not start');
    const origin = server.origin;
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    const foreign: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin) foreign.push(request.url());
      else served.push(new URL(request.url()).pathname);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('dialog', async (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      await dialog.dismiss();
    });
    await page.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (event) => {
        console.error('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI);
      });`,
    });
    await openPage(page, server, 'coach');
    await page.getByText('Take your time. Nothing is sent from here.').waitFor();
    return { page, foreign, problems };
  }

  async function shoot(page: Page, name: string): Promise<void> {
    const file = join(shots, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    expect(readFileSync(file).length).toBeGreaterThan(5_000);
    console.log(`screenshot: ${file}`);
  }

  test.each([
    ['desktop', 1280, 900],
    ['phone', 390, 844],
  ])(
    'marks pressure as you type, explains it, credits what helps, and copies the rewrite (%s)',
    async (name, width, height) => {
      const { page, foreign, problems } = await openCoach(width, height);
      const box = page.getByLabel('Your message');
      const draft = 'I miss you. Why are you ignoring me?? You never text back.';
      await box.pressSequentially(draft);
      await waitForReading(page, draft);
      expect(await shownDraft(page)).toBe(draft);
      expect(await page.locator('.marked-text .mark.flag').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('.verdict').textContent()).toContain('pressure');
      expect(await page.locator('p.visually-hidden[role="status"]').textContent()).toBe(
        await page.locator('.verdict').textContent(),
      );

      // the keyboard reaches each mark, and focus shows its explanation
      const tip = page.locator('.mark-tip.open');
      expect(await tip.count()).toBe(0);
      await box.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.className ?? '');
      expect(focused).toContain('mark');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className ?? '')).toContain('flag');
      expect(await tip.count()).toBe(1);
      expect(await tip.textContent()).toContain('Try instead:');
      const described = await page.evaluate(() => {
        const id = document.activeElement?.getAttribute('aria-describedby');
        return id ? (document.getElementById(id)?.textContent ?? '') : '';
      });
      expect(described).toBe(await tip.textContent());
      await page.keyboard.press('Escape');
      expect(await tip.count()).toBe(0);

      // hovering shows the explanation too
      await page.locator('.marked-text .mark.strength').first().hover();
      const hovered = page.locator('.mark-wrap:hover .mark-tip');
      expect(await hovered.isVisible()).toBe(true);
      expect(await hovered.textContent()).toContain('Speaking for yourself');

      expect(await page.locator('.notes.strengths').textContent()).toContain('I miss you');
      expect(await page.locator('.notes.flags li').count()).toBeGreaterThanOrEqual(2);

      const rewrite = (await page.locator('#coach-rewrite-text').textContent()) ?? '';
      expect(rewrite.length).toBeGreaterThan(10);
      expect(rewrite).not.toContain('ignoring');
      await page.getByRole('button', { name: 'Copy this wording' }).click();
      await page.getByText('Copied.').waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(rewrite);

      const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
      expect(overflow).toBeLessThanOrEqual(0);
      await shoot(page, `coach-${name}`);
      expect(served.some((path) => /^\/assets\/coach-engine-[\w-]+\.js$/.test(path))).toBe(true);
      expect(foreign).toEqual([]);
      expect(problems).toEqual([]);
      // the page, its files and the app's own API, nothing else
      expect(served.filter((path) => path !== '/' && !/^\/(assets|api)\//.test(path))).toEqual([]);
      await page.context().close();
    },
  );

  test('a draft holding HTML stays text, and nothing runs', async () => {
    const { page, problems } = await openCoach(1280, 900);
    await page.getByLabel('Your message').fill(HOSTILE);
    await waitForReading(page, HOSTILE);
    expect(await shownDraft(page)).toBe(HOSTILE);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('a draft that hints at danger shows where to get help first, and no rewrite', async () => {
    const { page, problems } = await openCoach(390, 844);
    await page.getByLabel('Your message').fill("I can't do this anymore, I want to kill myself");
    const first = page.locator('.coach-result > section').first();
    await first.waitFor();
    expect(await first.getAttribute('class')).toContain('safety');
    expect(await first.textContent()).toContain('988');
    expect(await page.locator('p.visually-hidden[role="status"]').textContent()).toContain('Where to get help');
    expect(await page.locator('#coach-rewrite-text').count()).toBe(0);
    expect(await page.locator('.verdict').count()).toBe(0);
    await shoot(page, 'coach-safety-phone');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('an empty box shows no reading, and clearing the box removes it', async () => {
    const { page } = await openCoach(1280, 900);
    expect(await page.locator('.coach-result section').count()).toBe(0);
    const box = page.getByLabel('Your message');
    await box.fill('hello???');
    await page.locator('.reading').waitFor();
    await box.fill('   ');
    await page.locator('.reading').waitFor({ state: 'detached' });
    await page.context().close();
  });
});
