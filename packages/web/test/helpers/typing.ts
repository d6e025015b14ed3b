// types the last keystrokes of a 500-character draft on the Coach page and times each one, in the browser
/// <reference lib="dom" />
import type { Page } from 'playwright-core';

/** a long, anxious draft of the kind the coach is for, cut to 500 characters */
export const DRAFT = (
  "Hey, I know you've been busy with work and I'm trying not to make this a big thing, but I have to say it. " +
  "You never answer my messages anymore and when you do it's one word. Why are you ignoring me?? " +
  "I feel like I'm always the one reaching out and you just don't care. If you don't want this anymore just tell me. " +
  'I miss you and I miss how we used to talk every evening. Can we please talk tonight? Are you even reading this? ' +
  'I just need to know where we stand, because this silence is driving me crazy and I keep imagining the worst.'
).slice(0, 500);

export interface Typing {
  /** after navigation: when the first page was on screen, and when the coach was ready (ms) */
  readonly firstPage: number | undefined;
  readonly coachReady: number | undefined;
  /** each coach pass (ms), from the page's user-timing measures */
  readonly coach: number[];
  /** each keystroke from input to the marks showing the new text (ms) */
  readonly endToEnd: number[];
  /** the text the marks show at the end */
  readonly final: string;
}

/** on an open Coach page: fills all but the last `keystrokes` characters of DRAFT, then types those one by one */
export async function timeTyping(page: Page, keystrokes: number): Promise<Typing> {
  await page.getByText('Take your time. Nothing is sent from here.').waitFor();
  const [firstPage, coachReady] = (await page.evaluate(() =>
    ['reconnect:first-page', 'reconnect:coach-ready'].map((name) => performance.getEntriesByName(name)[0]?.startTime),
  )) as (number | undefined)[];
  // a loader that keeps function names (tsx, for `npm run bench`) wraps inner functions in __name(): give the page one
  await page.evaluate('globalThis.__name ??= (f) => f');
  await page.getByLabel('Your message').fill(DRAFT.slice(0, DRAFT.length - keystrokes));
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
    { rest: DRAFT.slice(DRAFT.length - keystrokes) },
  )) as { endToEnd: number[]; coach: number[]; final: string };
  return { firstPage, coachReady, ...figures };
}

export const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};
