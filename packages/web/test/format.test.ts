// the report's plain-language formatting and its reading of the embedded data

import { distinctByText, formatChange, formatDay, formatMinutes, localDay, sureness } from '@reconnect/core/playbook';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatMinutesShort } from '../src/format.ts';
import { readReportData } from '../src/report/read-report-data.ts';

describe('formatMinutes', () => {
  test.each([
    [0.4, 'under a minute'],
    [12.4, '12 min'],
    [60, '1 h'],
    [95, '1 h 35 min'],
    [12 * 60 + 20, '12 h'],
    [72 * 60, '3 days'],
    [Number.NaN, '—'],
  ])('%d minutes → %s', (minutes, words) => {
    expect(formatMinutes(minutes)).toBe(words);
  });
});

test.each([
  [0, '0'],
  [45, '45 m'],
  [150, '2.5 h'],
  [120, '2 h'],
  [4320, '3 d'],
])('formatMinutesShort(%d) → %s', (minutes, label) => {
  expect(formatMinutesShort(minutes)).toBe(label);
});

test.each([
  ['2024-03-04', '4 Mar 2024'],
  ['2023-12-31', '31 Dec 2023'],
  ['not a date', 'not a date'],
])('formatDay(%s) → %s', (day, words) => {
  expect(formatDay(day)).toBe(words);
});

test.each([
  ['2024-03-04T23:30:00.000Z', 'Europe/Berlin', '2024-03-05'],
  ['2024-03-04T23:30:00.000Z', 'America/New_York', '2024-03-04'],
  ['2024-03-04T23:30:00.000Z', 'Not/A_Zone', '2024-03-04'],
])('localDay(%s, %s) → %s', (iso, zone, day) => {
  expect(localDay(iso, zone)).toBe(day);
});

test.each([
  [0, 'tentative'],
  [0.39, 'tentative'],
  [0.4, 'fairly'],
  [0.69, 'fairly'],
  [0.7, 'clear'],
  [1, 'clear'],
])('sureness(%d) → %s', (value, level) => {
  expect(sureness(value)).toBe(level);
});

test.each([
  [-0.42, '42% less'],
  [0.25, '25% more'],
  [1.5, '2.5× as much'],
  [0.001, 'about the same'],
])('formatChange(%d) → %s', (change, words) => {
  expect(formatChange(change)).toBe(words);
});

test('distinctByText keeps the first of each text, up to the limit, in order', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('a', 'A ', 'b', 'c', 'd'), { maxLength: 30 }), fc.nat(6), (texts, limit) => {
      const kept = distinctByText(
        texts.map((text, index) => ({ text, index })),
        limit,
      );
      const keys = kept.map((k) => k.text.trim().toLowerCase());
      expect(new Set(keys).size).toBe(keys.length);
      expect(kept.length).toBe(Math.min(limit, new Set(texts.map((t) => t.trim().toLowerCase())).size));
      expect(kept.map((k) => k.index)).toEqual([...kept.map((k) => k.index)].sort((a, b) => a - b));
    }),
  );
});

describe('readReportData', () => {
  test.each([
    [null, false],
    ['null', false],
    ['{not json', false],
    ['{"weeks": []}', false],
    ['{"source":{},"weeks":"x","withdrawal":{},"pursuit":{},"reasons":[],"advice":{}}', false],
    ['{"source":{},"weeks":[],"withdrawal":{},"pursuit":{},"reasons":[],"advice":{}}', true],
  ])('%j → ok %s', (json, ok) => {
    const data = readReportData(json);
    expect(data.ok).toBe(ok);
    if (!data.ok) expect(data.problem.length).toBeGreaterThan(10);
  });
});

describe('chart axes', () => {
  test('dates on the time axis read like every other date, not US-style', async () => {
    const { axisDate, daySeconds } = await import('../src/format.ts');
    expect(axisDate(daySeconds('2025-05-17'))).toBe('17 May 2025');
    expect(axisDate(daySeconds('2024-01-06'))).toBe(formatDay('2024-01-06'));
  });
});
