// The Import page in a real browser on the real server and a real vault: a shipped WhatsApp fixture picked with the
// file chooser and a zip of another one, a bad file, and a file dropped on the drop zone at 390 px. Each goes through
// the same "which one is you?" and import with progress as a path, and leaves no copy behind.
/// <reference lib="dom" />
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type RunningServer } from '@reconnect/server';
import * as vaults from '@reconnect/vault';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildZip } from '../../node/test/helpers/zip-writer.ts';
import { appDistDir } from '../built-files.mjs';
import { seriousViolations } from './helpers/axe.ts';
import { launchBrowser } from './helpers/browser.ts';
import { ensureWebBuild } from './helpers/built.ts';
import { unreachableByTab } from './helpers/keyboard.ts';

const PASSPHRASE = 'a quiet walk by the river';
const FIXTURES = fileURLToPath(new URL('../../core/test/fixtures/', import.meta.url));
/** Alex and Sam, ten messages (shipped with the importers' tests) */
const WHATSAPP_TXT = join(FIXTURES, 'detect/whatsapp/ours__WhatsApp Chat with Sam.txt');
/** Camille and Hugo, in French with CRLF line ends; zipped below as WhatsApp's "export chat" makes it */
const WHATSAPP_FRENCH = join(FIXTURES, 'whatsapp/2A_4M_french-crlf.txt');

/** the same folder as the walk's screenshots */
const SHOTS = join(tmpdir(), 'reconnect-app-shots');

let folder: string;
let zipPath: string;
let browser: Browser | undefined;

beforeAll(async () => {
  ensureWebBuild();
  folder = mkdtempSync(join(tmpdir(), 'reconnect-app-import-'));
  mkdirSync(SHOTS, { recursive: true });
  zipPath = join(folder, 'WhatsApp Chat with Camille.zip');
  writeFileSync(zipPath, buildZip([{ name: '_chat.txt', data: readFileSync(WHATSAPP_FRENCH, 'utf8') }]));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

interface Opened {
  server: RunningServer;
  page: Page;
  problems: string[];
  /** files kept in the server's uploads folder */
  kept(): string[];
}

/** a new vault on a new server, created through the welcome page, then the Import page */
async function openImport(name: string, width: number): Promise<Opened> {
  if (!browser) throw new Error('the browser did not start');
  const uploads = join(folder, `uploads-${name}`);
  mkdirSync(uploads);
  const server = await createServer({
    vault: { module: vaults, home: join(folder, `home-${name}`) },
    staticDir: appDistDir(),
    uploadParent: uploads,
  });
  const origin = new URL(server.url).origin;
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) problems.push(`foreign request: ${request.url()}`);
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(server.url);
  await page.getByLabel('Choose a passphrase').fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create my vault' }).click();
  await page.getByRole('navigation', { name: 'Pages' }).waitFor();
  await page.getByRole('link', { name: /^Import$/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Import a chat' }).waitFor();
  const kept = () =>
    readdirSync(uploads, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  return { server, page, problems, kept };
}

/** the page is accessible, reachable by Tab, no wider than the window, and kept as a screenshot */
async function check(page: Page, shot: string): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  expect(await unreachableByTab(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()?.width ?? 0,
  );
  await page.screenshot({ path: join(SHOTS, `${shot}.png`), fullPage: true });
}

/** after a file was handed over and read: choose who you are and import it */
async function importAs(page: Page, me: string): Promise<void> {
  await page.getByRole('group', { name: 'Which one is you?' }).waitFor();
  await page.getByRole('radio', { name: new RegExp(`^${me} \\(`) }).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('heading', { name: 'Imported' }).waitFor();
}

test('picks a WhatsApp .txt and a zip with the file chooser and imports both; a bad file gets one sentence', async () => {
  const { server, page, problems, kept } = await openImport('pick', 1280);
  try {
    await check(page, 'import-file-empty');
    // the file chooser is labelled and reached by the keyboard
    const chooser = page.getByLabel('Choose the export file');
    await chooser.focus();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-file');

    await chooser.setInputFiles(WHATSAPP_TXT);
    await page.getByText(/^Found 10 messages, from /).waitFor();
    await page.getByText('ours__WhatsApp Chat with Sam.txt', { exact: true }).waitFor();
    await check(page, 'import-file-who');
    await importAs(page, 'Alex');
    await page.getByText(/10 messages added\. They run from /).waitFor();
    await page.getByText(/You are Alex here, and Sam is the person you are reading about/).waitFor();
    await check(page, 'import-file-done');
    expect(kept()).toEqual([]);

    await chooser.setInputFiles(zipPath);
    await page.getByText('WhatsApp Chat with Camille.zip', { exact: true }).waitFor();
    await importAs(page, 'Hugo');
    await page.getByText(/^4 messages added\./).waitFor();
    await page.getByText(/You are Hugo here, and Camille is the person you are reading about/).waitFor();
    expect(kept()).toEqual([]);

    // a file that is not a chat: the importer's one sentence, naming the file by its own name
    await chooser.setInputFiles({
      name: 'shopping list.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('milk\neggs\nbread\n'),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Could not import shopping list\.txt/);
    expect(await alert.textContent()).not.toContain('.upload');
    await check(page, 'import-file-bad');
    // a file that cannot be read is not offered for import, and its copy goes at once
    expect(await page.getByText(/ready to import/).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await expect.poll(kept).toEqual([]);

    const listed = await page.evaluate(async () => {
      const response = await fetch('/api/conversations', { headers: { 'x-reconnect': '1' } });
      return ((await response.json()) as { me: string; messages: number }[]).map((c) => `${c.me}:${c.messages}`);
    });
    expect(listed.sort()).toEqual(['Alex:10', 'Hugo:4']);
    // the 422 of the bad file's inspect is the only error the browser logged
    expect(problems.filter((problem) => !/status of 422/.test(problem))).toEqual([]);
  } finally {
    await server.close();
  }
}, 120_000);

test('a file dropped on the drop zone at 390 px is handed over with progress and imported', async () => {
  const { server, page, problems, kept } = await openImport('drop', 390);
  try {
    await check(page, 'import-file-empty-390');
    const text = readFileSync(WHATSAPP_TXT, 'utf8');
    const dropped = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'WhatsApp Chat with Sam.txt', { type: 'text/plain' }));
      return transfer;
    }, text);
    const zone = page.getByTestId('drop-zone');
    await zone.dispatchEvent('dragenter', { dataTransfer: dropped });
    expect(await zone.getAttribute('class')).toContain('dragging');
    await zone.dispatchEvent('drop', { dataTransfer: dropped });
    await page.getByText('WhatsApp Chat with Sam.txt', { exact: true }).waitFor();
    await page.getByText(/^Found 10 messages, from /).waitFor();
    await check(page, 'import-file-who-390');
    await importAs(page, 'Alex');
    await page.getByText(/10 messages added/).waitFor();
    await check(page, 'import-file-done-390');
    expect(kept()).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await server.close();
  }
}, 120_000);

test('a handover stopped part way with Cancel keeps nothing, and the page can take the next file', async () => {
  const { server, page, problems, kept } = await openImport('cancel', 1280);
  try {
    // the browser's own network throttle (on loopback too) slows the handover so that it can be stopped part way
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 1024 * 1024,
    });
    // a 16 MB chat written to disk: the browser reads it from its path, so a busy machine does not have to pass
    // the bytes through the driver first
    const line = '12/31/23, 9:41 PM - Alex: a line of a long chat\n';
    const longChat = join(folder, 'long', 'WhatsApp Chat with Sam.txt');
    mkdirSync(join(folder, 'long'), { recursive: true });
    writeFileSync(longChat, line.repeat(Math.ceil((16 << 20) / line.length)));
    await page.getByLabel('Choose the export file').setInputFiles(longChat, { timeout: 60_000 });
    const bar = page.getByLabel('Handing the file to Reconnect');
    await bar.waitFor();
    await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'import-file-sending.png'), fullPage: true });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await bar.waitFor({ state: 'detached' });
    expect(await page.getByText('WhatsApp Chat with Sam.txt', { exact: true }).count()).toBe(0);
    // the server dropped the part it had
    await expect.poll(kept, { timeout: 10_000 }).toEqual([]);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await page.getByLabel('Choose the export file').setInputFiles(WHATSAPP_TXT);
    await importAs(page, 'Sam');
    await page.getByText(/10 messages added/).waitFor();
    expect(kept()).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await server.close();
  }
}, 120_000);
