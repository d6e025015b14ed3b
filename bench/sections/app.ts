// bench: the app in Chromium on the built-in demo — the first page, the JavaScript it loads before the coach, and
// the coach as you type on a 500-character draft (the same measures as packages/web/test/coach-timing.test.ts)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appDistDir } from '../../packages/web/built-files.mjs';
import { openPage, startDemoServer } from '../../packages/web/test/helpers/app-server.ts';
import { launchBrowser } from '../../packages/web/test/helpers/browser.ts';
import { ensureWebBuild } from '../../packages/web/test/helpers/built.ts';
import { entryScript, gzippedBytes, staticClosure } from '../../packages/web/test/helpers/first-load.ts';
import { quantile, timeTyping } from '../../packages/web/test/helpers/typing.ts';
import { formatNumber } from '../lib/measure.ts';
import type { BenchRow, BenchSection } from '../lib/types.ts';

const FIRST_PAGE_BUDGET_MS = 1000;
const FIRST_JS_BUDGET_KB = 250;
const KEYSTROKE_BUDGET_MS = 16;

const section: BenchSection = async ({ quick, log }) => {
  ensureWebBuild();
  const assets = join(appDistDir(), 'assets');
  const entry = entryScript(readFileSync(join(appDistDir(), 'index.html'), 'utf8'));
  if (entry === undefined) throw new Error('the built app names no entry script');
  const firstKb = gzippedBytes(assets, staticClosure(assets, entry)) / 1024;
  const server = await startDemoServer();
  const browser = await launchBrowser();
  const runs = quick ? 2 : 5;
  const firstPages: number[] = [];
  const coachPasses: number[] = [];
  const endToEnd: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await openPage(page, server, 'coach');
      const typing = await timeTyping(page, quick ? 10 : 40);
      if (typing.firstPage !== undefined) firstPages.push(typing.firstPage);
      coachPasses.push(...typing.coach);
      endToEnd.push(...typing.endToEnd);
      await page.close();
      log(`app run ${run + 1}: first page at ${typing.firstPage?.toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const firstPage = quantile(firstPages, 0.5);
  const p95 = quantile(coachPasses, 0.95);
  return [
    {
      work: `app: first page on screen after navigation (the Coach page on the demo, median of ${runs} fresh pages)`,
      reconnect: `${formatNumber(firstPage)} ms`,
      budget: `≤ ${FIRST_PAGE_BUDGET_MS} ms`,
      withinBudget: firstPage <= FIRST_PAGE_BUDGET_MS,
    },
    {
      work: 'app: JavaScript loaded before the coach, gzipped',
      reconnect: `${firstKb.toFixed(1)} KB`,
      budget: `≤ ${FIRST_JS_BUDGET_KB} KB`,
      withinBudget: firstKb <= FIRST_JS_BUDGET_KB,
    },
    {
      work: `app: the coach per keystroke on a 500-character draft (${coachPasses.length} passes; input to updated marks: median ${endToEnd.length > 0 ? quantile(endToEnd, 0.5).toFixed(1) : '–'} ms)`,
      reconnect: `median ${quantile(coachPasses, 0.5).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`,
      budget: `≤ ${KEYSTROKE_BUDGET_MS} ms`,
      withinBudget: p95 <= KEYSTROKE_BUDGET_MS,
    },
  ] satisfies BenchRow[];
};

export default section;
