// the built app on the real local server, on the built-in demo vault, for browser tests of single pages
import { createServer, type RunningServer } from '@reconnect/server';
import * as vaults from '@reconnect/vault';
import type { Page } from 'playwright-core';
import { appDistDir } from '../../built-files.mjs';

export interface AppServer {
  readonly origin: string;
  /** the printed link holding the per-launch token */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * @example const server = await startDemoServer(); await openPage(page, server, 'coach');
 */
export async function startDemoServer(): Promise<AppServer> {
  const running: RunningServer = await createServer({ demo: { module: vaults }, staticDir: appDistDir() });
  return { origin: new URL(running.url).origin, url: running.url, close: () => running.close() };
}

/** exchanges the token for the session cookie as the printed link does, then opens one page of the app */
export async function openPage(page: Page, server: AppServer, id: string): Promise<void> {
  await page.goto(server.url);
  await page.goto(`${server.origin}/#/${id}`);
}
