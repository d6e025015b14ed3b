// the whole app in a real browser, on the real local server and a real vault: a new user's walk, the same walk on
// the demo, the walk at 390 px, hostile text kept as text, and no request to anything but the app itself
/// <reference lib="dom" />
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asEpochMs, asParticipantId } from '@reconnect/core/model';
import { demoConversation, toWhatsAppText } from '@reconnect/core/simulate';
import { createServer, type RunningServer } from '@reconnect/server';
import * as vaults from '@reconnect/vault';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appDistDir } from '../built-files.mjs';
import { seriousViolations } from './helpers/axe.ts';
import { launchBrowser } from './helpers/browser.ts';
import { ensureWebBuild } from './helpers/built.ts';
import { unreachableByTab } from './helpers/keyboard.ts';

const PASSPHRASE = 'a quiet walk by the river';
const HOSTILE_CHAT =
  '<img src=x onerror="window.__pwned = 1"> why are you ignoring me?? <script>window.__pwned = 2</script>';
const HOSTILE_JOURNAL =
  'We talked. <img src=x onerror="window.__pwned = 3"> <script>window.__pwned = 4</script> <a href="javascript:window.__pwned = 5">link</a>';
/** screenshots of every page, kept to look at */
export const SHOTS = join(tmpdir(), 'reconnect-app-shots');

interface Watched {
  readonly page: Page;
  readonly origin: string;
  readonly foreign: string[];
  readonly problems: string[];
}

let folder: string;
let chatPath: string;
/** the week (a Monday) holding the hostile message */
let hostileWeek: string;
let browser: Browser | undefined;

beforeAll(async () => {
  ensureWebBuild();
  folder = mkdtempSync(join(tmpdir(), 'reconnect-app-walk-'));
  mkdirSync(SHOTS, { recursive: true });
  const { conversation } = demoConversation('UTC');
  const me = conversation.participants[0]?.id ?? asParticipantId('me');
  const last = conversation.messages.at(-1)?.at ?? Date.UTC(2025, 0, 1);
  const at = last + 60_000;
  const day = new Date(at);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  hostileWeek = day.toISOString().slice(0, 10);
  const withHostile = {
    ...conversation,
    messages: [...conversation.messages, { at: asEpochMs(at), author: me, text: HOSTILE_CHAT, kind: 'text' as const }],
  };
  chatPath = join(folder, 'WhatsApp Chat with Sam.txt');
  writeFileSync(chatPath, toWhatsAppText(withHostile, 'UTC'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function openApp(server: RunningServer, width: number): Promise<Watched> {
  if (!browser) throw new Error('the browser did not start');
  const origin = new URL(server.url).origin;
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const foreign: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) foreign.push(request.url());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // the refusals the walk asks for (401 while locked, 422 for a missing file) are logged by the browser; anything else is a problem
    if (message.type() === 'error' && !/status of (401|422) /.test(message.text())) problems.push(message.text());
  });
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) => {
      console.error('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI);
    });`,
  });
  await page.goto(server.url);
  return { page, origin, foreign, problems };
}

/** the form controls on screen that have no name a screen reader could read */
const unlabelled = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea, button')]
      .filter((element) => {
        const control = element as HTMLInputElement;
        const named =
          (control.labels?.length ?? 0) > 0 ||
          control.getAttribute('aria-label') ||
          control.getAttribute('aria-labelledby') ||
          (control.tagName === 'BUTTON' && control.textContent?.trim());
        return !named;
      })
      .map((element) => element.outerHTML.slice(0, 80)),
  );

/** opens a page from the navigation by keyboard, checks its controls are labelled and keeps a screenshot */
async function go(page: Page, id: string, heading: RegExp, shot: string): Promise<void> {
  const link = page.getByRole('link', { name: new RegExp(`^${id}$`, 'i') });
  await link.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  expect(await unlabelled(page)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  expect(await unreachableByTab(page)).toEqual([]);
  // nothing is wider than the window: at 390 px no page scrolls sideways
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()?.width ?? 0,
  );
  await page.screenshot({ path: join(SHOTS, `${shot}.png`), fullPage: true });
}

/** nothing the hostile texts tried to run has run */
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);

async function readInsights(page: Page, name: string, week: string | null): Promise<void> {
  await go(page, 'Insights', /You and/, `${name}-insights`);
  // hover a chart: its legend turns from the latest week to the week under the pointer
  const legend = page.locator('.legend-week').first();
  const latest = await legend.textContent();
  const over = page.locator('.uplot .u-over').first();
  await over.scrollIntoViewIfNeeded();
  const box = await over.boundingBox();
  if (!box) throw new Error('no chart drawn');
  await over.hover({ position: { x: box.width * 0.3, y: box.height / 2 } });
  await expect.poll(() => legend.textContent()).not.toBe(latest);
  const button = week
    ? page.getByRole('button', { name: new RegExp(`^Week of ${new Date(`${week}T00:00:00Z`).getUTCDate()} `) }).first()
    : page.locator('.week-button').first();
  await button.click();
  await page.locator('.message').first().waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, `${name}-week.png`), fullPage: true });
}

async function coach(page: Page, name: string): Promise<void> {
  await go(page, 'Coach', /Before you send it/, `${name}-coach-empty`);
  await page.getByLabel('Your message').fill('Why are you ignoring me?? Answer me.');
  await page.locator('.marked-text .mark').first().waitFor();
  await page.getByRole('button', { name: /copy/i }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.length).toBeGreaterThan(10);
  await page.screenshot({ path: join(SHOTS, `${name}-coach.png`), fullPage: true });
}

async function checkIn(page: Page, name: string): Promise<void> {
  await go(page, 'Check-in', /Check-in/, `${name}-check-in`);
  await page.getByRole('button', { name: /Start the check-in|Check in again/ }).click();
  for (let question = 0; question < 15; question++) {
    const finish = page.getByRole('button', { name: 'Finish and save' });
    // the last answer of each question: the strongest one
    await page.locator('.choices input[type=radio]').last().check();
    if (question === 2) await page.screenshot({ path: join(SHOTS, `${name}-check-in-question.png`) });
    if (await finish.isVisible()) {
      await finish.click();
      break;
    }
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.getByText('Saved. Thank you').waitFor();
  await page.getByRole('table').waitFor();
  await page.screenshot({ path: join(SHOTS, `${name}-check-in-done.png`), fullPage: true });
}

async function plan(page: Page, name: string): Promise<void> {
  await go(page, 'Plan', /Your plan/, `${name}-plan-before`);
  const first = page.locator('.ticks input[type=checkbox]').first();
  await first.check();
  await expect.poll(() => page.getByText(/1 action done/).count()).toBe(1);
  // ticked for real: a fresh load of the page still shows it
  await page.reload();
  await page.getByRole('link', { name: /^Plan$/ }).click();
  await expect.poll(() => page.locator('.ticks input[type=checkbox]').first().isChecked()).toBe(true);
  await page.screenshot({ path: join(SHOTS, `${name}-plan.png`), fullPage: true });
}

async function journal(page: Page, name: string): Promise<void> {
  await go(page, 'Journal', /Journal/, `${name}-journal-empty`);
  await page.getByLabel('Mood, in a word or two').fill('hopeful');
  await page.getByLabel('4').check();
  await page.getByLabel('What happened').fill(HOSTILE_JOURNAL);
  await page.getByLabel('Reflections').fill('I listened more than I talked.');
  await page.getByRole('button', { name: 'Save the entry' }).click();
  await page.getByText('Saved to your journal.').waitFor();
  await expect.poll(() => page.locator('.entry-text').first().textContent()).toBe(HOSTILE_JOURNAL);
  expect(await page.locator('.entries img, .entries script, .entries a').count()).toBe(0);
  await page.screenshot({ path: join(SHOTS, `${name}-journal.png`), fullPage: true });
}

async function lockAndUnlock(page: Page, name: string, passphrase: string, partner: string): Promise<void> {
  await go(page, 'Settings', /Settings/, `${name}-settings`);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.getByRole('heading', { name: 'Reconnect is locked' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  // no chat text stays on screen
  expect(await page.locator('body').textContent()).not.toContain(partner);
  await page.screenshot({ path: join(SHOTS, `${name}-locked.png`), fullPage: true });
  // and the API refuses while locked
  const status = await page.evaluate(
    async () => (await fetch('/api/conversations', { headers: { 'x-reconnect': '1' } })).status,
  );
  expect(status).toBe(401);
  await page.getByLabel('Passphrase').fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('alert').waitFor();
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('navigation', { name: 'Pages' }).waitFor();
}

async function forget(page: Page, name: string): Promise<void> {
  await go(page, 'Settings', /Settings/, `${name}-settings-again`);
  await page.getByRole('button', { name: 'Forget everything…' }).click();
  const remove = page.getByRole('button', { name: 'Delete it all now' });
  expect(await remove.isDisabled()).toBe(true);
  await page.getByLabel('To go ahead, type: forget everything').fill('forget everything');
  await remove.click();
  await page.getByRole('heading', { name: 'Welcome to Reconnect' }).waitFor();
  await page.screenshot({ path: join(SHOTS, `${name}-forgotten.png`), fullPage: true });
}

function finish(watched: Watched): Promise<number | null> {
  expect(watched.foreign).toEqual([]);
  expect(watched.problems).toEqual([]);
  return pwned(watched.page);
}

describe.each([
  ['new', 1280],
  ['new-390', 390],
])('a new user (%s)', (name, width) => {
  test('creates a vault, imports, reads, coaches, checks in, plans, writes, locks, unlocks and forgets', async () => {
    const home = join(folder, `home-${name}`);
    const server = await createServer({ vault: { module: vaults, home }, staticDir: appDistDir() });
    try {
      const watched = await openApp(server, width);
      const { page } = watched;
      await page.getByRole('heading', { name: 'Welcome to Reconnect' }).waitFor();
      expect(await unlabelled(page)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `${name}-welcome.png`), fullPage: true });
      await page.getByLabel('Choose a passphrase').fill(PASSPHRASE);
      await page.getByLabel('Type it again').fill(`${PASSPHRASE}!`);
      await page.getByRole('button', { name: 'Create my vault' }).click();
      await page.getByText('The two passphrases are not the same').waitFor();
      await page.getByLabel('Type it again').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Create my vault' }).click();
      await page.getByRole('navigation', { name: 'Pages' }).waitFor();

      await go(page, 'Import', /Import a chat/, `${name}-import-empty`);
      await page.getByLabel('Where the export is (full path)').fill(join(folder, 'no such file.txt'));
      await page.getByRole('button', { name: 'Import' }).click();
      await page.getByRole('alert').waitFor();
      await page.getByLabel('Where the export is (full path)').fill(chatPath);
      await page.getByRole('button', { name: 'Import' }).click();
      await page.getByText(/messages added/).waitFor();
      await page.getByText(/Sam is the person you are reading about/).waitFor();
      await page.screenshot({ path: join(SHOTS, `${name}-import.png`), fullPage: true });
      // the same file again adds nothing new
      await page.getByRole('button', { name: 'Import' }).click();
      await page.getByText('No new messages').waitFor();

      await readInsights(page, name, hostileWeek);
      // the hostile chat message is literal text, and it is highlighted as the user's pressure
      const hostile = page.locator('.message.flagged .message-text', { hasText: 'why are you ignoring me' });
      await expect.poll(() => hostile.first().textContent()).toBe(HOSTILE_CHAT);
      expect(await page.locator('.messages img, .messages script').count()).toBe(0);

      await coach(page, name);
      await checkIn(page, name);
      await plan(page, name);
      await journal(page, name);
      await go(page, 'Settings', /Settings/, `${name}-settings-first`);
      await page.getByLabel('Lock by itself after this many idle minutes').fill('15');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText('Reconnect locks after 15 idle minutes').waitFor();
      await page.getByLabel(/Save to/).fill(join(folder, `export-${name}.reconnect`));
      await page.getByRole('button', { name: 'Export' }).click();
      await page.getByText(/^Saved to /).waitFor();
      const renewed = `${PASSPHRASE} and back`;
      await page.getByLabel('Current passphrase').fill(PASSPHRASE);
      await page.getByLabel(/New passphrase/).fill(renewed);
      await page.getByRole('button', { name: 'Change it' }).click();
      await page.getByText('Your passphrase is changed').waitFor();
      await lockAndUnlock(page, name, renewed, 'Sam');
      await forget(page, name);
      expect(await finish(watched)).toBeNull();
    } finally {
      await server.close();
    }
  }, 240_000);
});

test('the demo: labelled on every page, the same walk, and the idle lock', async () => {
  // the server's clock, moved forward to stand for time left idle
  let idle = 0;
  const server = await createServer({
    demo: { module: vaults },
    staticDir: appDistDir(),
    now: () => Date.now() + idle,
  });
  try {
    const watched = await openApp(server, 1280);
    const { page } = watched;
    await page.getByRole('navigation', { name: 'Pages' }).waitFor();
    const banner = page.getByRole('note').filter({ hasText: 'made-up story' });
    await readInsights(page, 'demo', null);
    for (const step of [coach, checkIn, plan, journal]) {
      await step(page, 'demo');
      expect(await banner.count()).toBe(1);
    }
    const passphrase = await page.evaluate(
      async () =>
        (
          (await (await fetch('/api/session', { headers: { 'x-reconnect': '1' } })).json()) as {
            demoPassphrase: string;
          }
        ).demoPassphrase,
    );
    await lockAndUnlock(page, 'demo', passphrase, 'Sam');
    expect(await banner.count()).toBe(1);
    // left idle past the default 10 minutes: the next page's request is refused and the unlock screen
    // replaces every page, with no chat text left
    await page.getByRole('link', { name: /^Insights$/ }).click();
    await page.getByRole('heading', { name: /You and/ }).waitFor();
    idle += 11 * 60_000;
    await page.getByRole('link', { name: /^Journal$/ }).click();
    await page.getByRole('heading', { name: 'Reconnect is locked' }).waitFor();
    expect(await page.locator('body').textContent()).not.toContain('Sam');
    await page.getByLabel('Passphrase').fill(passphrase);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('navigation', { name: 'Pages' }).waitFor();
    await forget(page, 'demo');
    expect(await finish(watched)).toBeNull();
  } finally {
    await server.close();
  }
}, 240_000);
