// the app on a Telegram export, where people are keyed by ids that differ from their names: who is "you" in a
// week's messages, the coach using the chat's real context, zooming the charts, cancelling a large import, and
// the demo opened (and thrown away) from the first-run and unlock screens. One browser, one server, one walk.
/// <reference lib="dom" />
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asEpochMs } from '@reconnect/core/model';
import { demoConversation } from '@reconnect/core/simulate';
import { createServer, type RunningServer } from '@reconnect/server';
import * as vaults from '@reconnect/vault';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { appDistDir } from '../built-files.mjs';
import { seriousViolations } from './helpers/axe.ts';
import { launchBrowser } from './helpers/browser.ts';
import { ensureWebBuild } from './helpers/built.ts';
import { unreachableByTab } from './helpers/keyboard.ts';
import { telegramExport } from './helpers/telegram.ts';

/** screenshots, beside the main walk's */
const SHOTS = join(tmpdir(), 'reconnect-app-shots');
const PASSPHRASE = 'a long walk by the sea';
const IDS = { Alex: 'user1001', Sam: 'user2002' };
/** the user's messages left at the end of the chat, after Sam's last one */
const UNANSWERED = ['are you there, love?', 'just checking in after your long day', 'hello hello?'];

let folder: string;
let chatPath: string;
let largePath: string;
let lastWeek: string;
/** the user's messages after the partner last wrote: the story's own, then the three added */
let waiting: number;
let browser: Browser | undefined;
let server: RunningServer | undefined;

beforeAll(async () => {
  ensureWebBuild();
  folder = mkdtempSync(join(tmpdir(), 'reconnect-app-chat-'));
  const { conversation } = demoConversation('UTC');
  const alex = conversation.participants[0]?.id;
  const lastAt = conversation.messages.at(-1)?.at ?? Date.UTC(2025, 6, 1);
  // a late evening, so the unanswered messages stay in the same week as the day's last messages
  const tail = UNANSWERED.map((text, i) => ({
    at: asEpochMs(lastAt + (i + 1) * 60_000),
    author: alex ?? null,
    text,
    kind: 'text' as const,
  }));
  const withTail = { ...conversation, messages: [...conversation.messages, ...tail] };
  const sam = conversation.participants[1]?.id;
  const lastTheirs = withTail.messages.findLastIndex((m) => m.author === sam);
  waiting = withTail.messages.slice(lastTheirs + 1).filter((m) => m.author === alex).length;
  const monday = new Date(lastAt);
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  lastWeek = monday.toISOString().slice(0, 10);
  chatPath = join(folder, 'result.json');
  writeFileSync(chatPath, telegramExport(withTail, IDS));
  // the same two people over many more years: long enough to cancel while it is still being read or saved
  largePath = join(folder, 'large', 'result.json');
  mkdirSync(join(folder, 'large'));
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(largePath, telegramExport(conversation, IDS, 40));
  browser = await launchBrowser();
  // the demo opened from the page makes its folder here, not beside other tests' demos in the system's temp folder
  server = await createServer({
    vault: { module: vaults, home: join(folder, 'home') },
    staticDir: appDistDir(),
    demoParent: folder,
  });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function open(width: number): Promise<{ page: Page; problems: string[]; foreign: string[] }> {
  if (!browser || !server) throw new Error('the browser or the server did not start');
  const origin = new URL(server.url).origin;
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const problems: string[] = [];
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) foreign.push(request.url());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 401 /.test(message.text())) problems.push(message.text());
  });
  await page.goto(server.url);
  return { page, problems, foreign };
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `chat-${name}.png`), fullPage: true });

async function nav(page: Page, title: string, heading: RegExp): Promise<void> {
  await page.getByRole('link', { name: new RegExp(`^${title}$`) }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

const conversations = (page: Page) =>
  page.evaluate(async () => {
    const response = await fetch('/api/conversations', { headers: { 'x-reconnect': '1' } });
    return (await response.json()) as { messages: number; meId: string }[];
  });

test('a Telegram chat: the demo from the first run, who is you, the coach in context, zoom, and a cancelled import', async () => {
  const { page, problems, foreign } = await open(1280);

  // the first run offers the demo beside creating a vault; the demo is labelled, and leaving it throws it away
  await page.getByRole('heading', { name: 'Welcome to Reconnect' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Explore the demo' }).click();
  const banner = page.getByRole('note', { name: 'Demo' });
  await banner.waitFor();
  await page.getByRole('heading', { level: 1, name: /You and Sam/ }).waitFor();
  await shot(page, 'demo-from-first-run');
  await page.getByRole('button', { name: 'Leave the demo' }).click();
  await page.getByRole('heading', { name: 'Welcome to Reconnect' }).waitFor();
  expect(await banner.count()).toBe(0);

  await page.getByLabel('Choose a passphrase').fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create my vault' }).click();
  await nav(page, 'Import', /Import a chat/);
  await page.getByLabel('Where the export is (full path)').fill(chatPath);
  // which one is you: the file is read first, and its people are offered to choose from
  await page.getByRole('button', { name: 'Look inside first' }).click();
  const whoIsWho = page.getByRole('group', { name: 'Which one is you?' });
  await whoIsWho.waitFor();
  expect(await whoIsWho.getByRole('radio').count()).toBe(2);
  expect(await conversations(page)).toEqual([]);
  await whoIsWho.getByRole('radio', { name: /^Alex/ }).check();
  expect(await page.getByLabel(/Your name as it appears/).inputValue()).toBe('Alex');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText(/messages added/).waitFor();
  const [stored] = await conversations(page);
  expect(stored?.meId).toBe(IDS.Alex);

  // the week's messages: the user's are "You", Sam's are Sam's, told apart by the ids stored at import
  await nav(page, 'Insights', /You and Sam/);
  await page
    .getByRole('button', { name: new RegExp(`^Week of ${new Date(`${lastWeek}T00:00:00Z`).getUTCDate()} `) })
    .first()
    .click();
  await page.locator('.message').first().waitFor();
  const metas = await page.locator('.message-meta').allTextContents();
  expect(metas.some((meta) => meta.startsWith('Sam ·'))).toBe(true);
  expect(metas.some((meta) => meta.startsWith('You ·'))).toBe(true);
  expect(await page.locator('.message.theirs .message-meta', { hasText: /^You/ }).count()).toBe(0);
  expect(await page.locator('.message.mine', { hasText: UNANSWERED[1] as string }).count()).toBe(1);

  // zoom: a preset, the selects, a drag across a chart; and the arrow keys read a chart's figures
  const status = page.locator('.zoom-now');
  const whole = await status.textContent();
  await page.getByRole('button', { name: 'Last 3 months' }).click();
  await expect.poll(() => status.textContent()).not.toBe(whole);
  expect(await page.getByRole('button', { name: 'Last 3 months' }).getAttribute('aria-pressed')).toBe('true');
  await page.getByRole('button', { name: 'Whole history' }).click();
  await expect.poll(() => status.textContent()).toBe(whole);
  const chart = page.locator('.time-chart').first();
  await chart.scrollIntoViewIfNeeded();
  const over = page.locator('.uplot .u-over').first();
  const box = await over.boundingBox();
  if (!box) throw new Error('no chart drawn');
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => status.textContent()).toMatch(/^Showing the weeks of/);
  await shot(page, 'insights-zoomed');
  await page.getByLabel('From the week of').focus();
  await page.keyboard.press('Home');
  await page.getByLabel('to the week of').focus();
  await page.keyboard.press('End');
  await expect.poll(() => status.textContent()).toBe(whole);
  // zooming in with the keyboard alone: the arrow keys move a week select, Enter and Space press a preset
  await page.getByLabel('From the week of').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => status.textContent()).toMatch(/^Showing the weeks of/);
  const fromTwo = await status.textContent();
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => status.textContent()).not.toBe(fromTwo);
  await page.keyboard.press('Home');
  await expect.poll(() => status.textContent()).toBe(whole);
  await page.getByRole('button', { name: 'Last 3 months' }).focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.getByRole('button', { name: 'Last 3 months' }).getAttribute('aria-pressed'))
    .toBe('true');
  expect(await status.textContent()).toMatch(/^Showing the weeks of/);
  await page.getByRole('button', { name: 'Whole history' }).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => status.textContent()).toBe(whole);
  await chart.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => page.locator('.time-chart-wrap [aria-live]').first().textContent()).toMatch(/^Week of .+: /);
  expect(await seriousViolations(page)).toEqual([]);

  // the coach knows the user's last messages are waiting, so "are you free later?" reads as chasing, and only then
  await nav(page, 'Coach', /Before you send it/);
  await page.getByText(`${waiting} of your messages were still waiting for an answer from Sam`).waitFor();
  await page.getByLabel('Your message').fill('are you free later?');
  await page.locator('.marked-text .mark').first().waitFor();
  await page.locator('.notes.flags', { hasText: 'Chasing a reply' }).waitFor();
  await shot(page, 'coach-in-context');
  await page.getByLabel('Let the coach take this into account').uncheck();
  await expect.poll(() => page.locator('.marked-text .mark').count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);

  // a large import cancelled part way: the page says nothing changed, and nothing did
  const before = (await conversations(page)).map((c) => c.messages);
  await nav(page, 'Import', /Import a chat/);
  await page.getByLabel('Where the export is (full path)').fill(largePath);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('progressbar', { name: 'Import progress' }).waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('heading', { name: 'Cancelled: nothing was changed' }).waitFor({ timeout: 60_000 });
  await shot(page, 'import-cancelled');
  expect((await conversations(page)).map((c) => c.messages)).toEqual(before);

  // locked: the unlock screen offers the demo too, and leaving the demo comes back to the locked vault
  await nav(page, 'Settings', /Settings/);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.getByRole('heading', { name: 'Reconnect is locked' }).waitFor();
  await page.getByRole('button', { name: 'Explore the demo' }).click();
  await banner.waitFor();
  await page.getByRole('heading', { level: 1, name: /You and Sam/ }).waitFor();
  for (const [title, heading] of [
    ['Coach', /Before you send it/],
    ['Journal', /Journal/],
  ] as const) {
    await nav(page, title, heading);
    expect(await banner.count()).toBe(1);
  }
  await page.getByRole('button', { name: 'Leave the demo' }).click();
  await page.getByRole('heading', { name: 'Reconnect is locked' }).waitFor();
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('navigation', { name: 'Pages' }).waitFor();
  expect((await conversations(page)).map((c) => c.messages)).toEqual(before);

  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
}, 300_000);

test('the Tab walk names a control the keyboard cannot reach, and counts a radio group once', async () => {
  if (!browser) throw new Error('the browser did not start');
  const page = await (await browser.newContext()).newPage();
  await page.setContent(
    '<button>first</button><a href="#x" tabindex="-1">skipped link</a>' +
      '<input type="radio" name="mood" aria-label="one"><input type="radio" name="mood" aria-label="two"><select aria-label="s"><option>a</option></select>',
  );
  const missing = await unreachableByTab(page);
  expect(missing).toHaveLength(1);
  expect(missing[0]).toContain('skipped link');
  await page.context().close();
});
