import { describe, expect, it } from 'vitest';
import { buildDailyTable } from '../../src/analysis/daily-table.ts';
import { STYLE_CATEGORIES } from '../../src/analysis/lexicons.ts';
import { emptyFeatures, readText } from '../../src/analysis/text-features.ts';
import { createZoneClock } from '../../src/time/index.ts';
import { conversationOf, type Line, ME, PARTNER } from './hand-made.ts';

const said = [
  'we should go, I love you ❤️',
  'ok',
  'are you coming tonight?',
  'I feel awful, this is not good',
  'you never listen to us',
];

describe('the day table on texts said again', () => {
  it('counts each message of a text said again as when the text is read afresh', () => {
    const lines: Line[] = [];
    for (let day = 1; day <= 6; day++) {
      for (let k = 0; k < said.length; k++) {
        const who = (day + k) % 2 === 0 ? 'me' : 'partner';
        lines.push([who, `2024-03-0${day} ${String(8 + k).padStart(2, '0')}:00`, said[(day * k) % said.length] ?? '']);
      }
    }
    const table = buildDailyTable(conversationOf(lines), ME, PARTNER, createZoneClock('UTC'));
    const styles = STYLE_CATEGORIES.length;
    for (const side of [0, 1] as const) {
      const expected = {
        words: new Array<number>(table.dayCount).fill(0),
        questions: new Array<number>(table.dayCount).fill(0),
        affection: new Array<number>(table.dayCount).fill(0),
        sentimentSum: new Array<number>(table.dayCount).fill(0),
        we: new Array<number>(table.dayCount).fill(0),
        you: new Array<number>(table.dayCount).fill(0),
        style: new Array<number>(table.dayCount * styles).fill(0),
      };
      for (const [who, at, text] of lines) {
        if ((who === 'me' ? 0 : 1) !== side) continue;
        const d = Math.floor(Date.parse(`${at.replace(' ', 'T')}:00Z`) / 86_400_000) - table.firstDay;
        const features = readText(text, emptyFeatures());
        expected.words[d] = (expected.words[d] ?? 0) + features.words;
        if (features.question) expected.questions[d] = (expected.questions[d] ?? 0) + 1;
        if (features.affection) expected.affection[d] = (expected.affection[d] ?? 0) + 1;
        expected.sentimentSum[d] = (expected.sentimentSum[d] ?? 0) + features.sentiment;
        expected.we[d] = (expected.we[d] ?? 0) + features.we;
        expected.you[d] = (expected.you[d] ?? 0) + features.you;
        features.style.forEach((count, c) => {
          expected.style[d * styles + c] = (expected.style[d * styles + c] ?? 0) + count;
        });
      }
      const days = table.sides[side].days;
      expect([...days.words]).toEqual(expected.words);
      expect([...days.questions]).toEqual(expected.questions);
      expect([...days.affection]).toEqual(expected.affection);
      expect([...days.sentimentSum]).toEqual(expected.sentimentSum);
      expect([...days.we]).toEqual(expected.we);
      expect([...days.you]).toEqual(expected.you);
      expect([...days.style]).toEqual(expected.style);
      expect(expected.style.some((count) => count > 0)).toBe(true);
    }
  });
});
