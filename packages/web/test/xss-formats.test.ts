// Imported text is shown as text, whatever app the chat came from: a small export in every format holds a message
// with an <img onerror>, a <script> and a javascript: link; the app shows each as literal text and nothing runs
// (no dialog, no mark on the window), on the week's messages and in the journal.
/// <reference lib="dom" />
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORMATS, type Format } from '@reconnect/core/model';
import { createServer, type RunningServer } from '@reconnect/server';
import * as vaults from '@reconnect/vault';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { appDistDir } from '../built-files.mjs';
import { launchBrowser } from './helpers/browser.ts';
import { ensureWebBuild } from './helpers/built.ts';
import { HOSTILE_TEXT, writeHostileExports } from './helpers/hostile-exports.ts';

const PASSPHRASE = 'paper boats on the pond';

let folder: string;
let exports: Record<Format, string>;
let server: RunningServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];
/** conversation id by format */
const imported = new Map<Format, string>();

beforeAll(async () => {
  ensureWebBuild();
  folder = mkdtempSync(join(tmpdir(), 'reconnect-xss-'));
  exports = writeHostileExports(folder, (dir) => mkdirSync(dir));
  server = await createServer({ vault: { module: vaults, home: join(folder, 'vault') }, staticDir: appDistDir() });
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  page.setDefaultTimeout(15_000);
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(server.url);
  await page.getByLabel('Choose a passphrase').fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create my vault' }).click();
  await page.getByRole('navigation', { name: 'Pages' }).waitFor();
  for (const format of FORMATS) {
    const result = await page.evaluate(
      async ({ path, me }) => {
        const call = async (p: string, init?: RequestInit) =>
          (
            await fetch(`/api/${p}`, { ...init, headers: { 'x-reconnect': '1', 'content-type': 'application/json' } })
          ).json() as Promise<{ id: string; state: string; error: string | null; result: { conversation: string } }>;
        const job = await call('imports', {
          method: 'POST',
          body: JSON.stringify({ path, me, partner: 'Sam', timeZone: 'UTC' }),
        });
        for (;;) {
          const view = await call(`imports/${job.id}`);
          if (view.state !== 'running') return view;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      // Signal and iMessage exports call the person who exported them "Me"
      { path: exports[format], me: format === 'signal' || format === 'imessage' ? 'Me' : 'Alex' },
    );
    expect([format, result.state, result.error]).toEqual([format, 'done', null]);
    imported.set(format, result.result.conversation);
  }
  // each export was read as the format it was written in
  const listed = await page.evaluate(
    async () =>
      (await (await fetch('/api/conversations', { headers: { 'x-reconnect': '1' } })).json()) as {
        id: string;
        format: string;
      }[],
  );
  for (const [format, id] of imported)
    expect([format, listed.find((c) => c.id === id)?.format]).toEqual([format, format]);
  // the app reads the list of chats when it opens
  await page.reload();
  await page.getByRole('navigation', { name: 'Pages' }).waitFor();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);

test.each(FORMATS.map((format) => [format]))('a hostile message imported from %s shows as text', async (format) => {
  const id = imported.get(format as Format);
  expect(id).toBeDefined();
  await page.locator('select#conversation').selectOption(id as string);
  await page.getByRole('link', { name: /^Insights$/ }).click();
  await page.getByRole('heading', { level: 1, name: /You and/ }).waitFor();
  // the newest week holds the hostile message
  await page.locator('.week-button').first().click();
  const text = page.locator('.messages .message-text', { hasText: 'see this' });
  await expect.poll(() => text.first().textContent()).toBe(HOSTILE_TEXT);
  expect(await page.locator('.messages img, .messages script, .messages a, .messages iframe').count()).toBe(0);
  await page.getByRole('button', { name: 'Close this week' }).click();
  expect(await pwned()).toBeNull();
  expect(problems).toEqual([]);
});

test('a hostile journal entry shows as text', async () => {
  await page.getByRole('link', { name: /^Journal$/ }).click();
  await page.getByRole('heading', { level: 1, name: /Journal/ }).waitFor();
  await page.getByLabel('Mood, in a word or two').fill(HOSTILE_TEXT.slice(0, 100));
  await page.getByLabel('4').check();
  await page.getByLabel('What happened').fill(HOSTILE_TEXT);
  await page.getByLabel('Reflections').fill(HOSTILE_TEXT);
  await page.getByRole('button', { name: 'Save the entry' }).click();
  await page.getByText('Saved to your journal.').waitFor();
  await expect.poll(() => page.locator('.entry-text').first().textContent()).toContain(HOSTILE_TEXT);
  expect(await page.locator('.entries img, .entries script, .entries a, .entries iframe').count()).toBe(0);
  expect(await pwned()).toBeNull();
  expect(problems).toEqual([]);
});
