// walks a page with the Tab key alone and names every control that Tab never reached (a radio group counts
// once: Tab enters it, the arrow keys move within it)
import type { Page } from 'playwright-core';

const CONTROLS =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex="0"]';

/**
 * @example expect(await unreachableByTab(page)).toEqual([])
 */
export async function unreachableByTab(page: Page): Promise<string[]> {
  const keys = await page.evaluate((selector) => {
    const seen = new Set<string>();
    let n = 0;
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (element.getClientRects().length === 0) continue;
      const input = element as HTMLInputElement;
      const key = input.type === 'radio' && input.name ? `radio:${input.name}` : `control:${n++}`;
      element.dataset.tabKey = key;
      seen.add(key);
    }
    (document.activeElement as HTMLElement | null)?.blur();
    return [...seen];
  }, CONTROLS);
  const reached = new Set<string>();
  // Tab from the top of the page until focus comes round again, or far more presses than controls
  for (let press = 0; press < keys.length * 2 + 10 && reached.size < keys.length; press++) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.tabKey ?? null);
    if (key !== null) reached.add(key);
  }
  const missing = keys.filter((key) => !reached.has(key));
  return page.evaluate(
    (names) => names.map((key) => document.querySelector(`[data-tab-key="${key}"]`)?.outerHTML.slice(0, 100) ?? key),
    missing,
  );
}
