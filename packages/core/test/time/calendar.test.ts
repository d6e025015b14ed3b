import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayFromCivil,
  dayToIso,
  isoToDay,
  isValidParts,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  MONTH_NUMBERS,
  utcEpoch,
  weekOfDay,
  weekStartDay,
} from '../../src/time/index.ts';

/** 0001-01-01T00:00:00Z (Date.UTC reads years below 100 as 19xx) */
const YEAR_ONE = new Date(0).setUTCFullYear(1, 0, 1);

describe('calendar', () => {
  it('converts dates and day numbers', () => {
    expect(dayToIso(0)).toBe('1970-01-01');
    expect(isoToDay('2000-02-29')).toBe(11_016);
    expect(dayToIso(11_016)).toBe('2000-02-29');
    expect(dayFromCivil(2000, 2, 29)).toBe(11_016);
  });

  it('agrees with Date on any second from year 1 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: YEAR_ONE, max: Date.UTC(9999, 11, 31) }), (t) => {
        const ms = Math.floor(t / 1000) * 1000;
        const d = new Date(ms);
        const back = utcEpoch(
          d.getUTCFullYear(),
          d.getUTCMonth() + 1,
          d.getUTCDate(),
          d.getUTCHours(),
          d.getUTCMinutes(),
          d.getUTCSeconds(),
        );
        expect(back).toBe(ms);
        expect(dayToIso(Math.floor(ms / 86_400_000))).toBe(d.toISOString().slice(0, 10));
      }),
    );
  });

  it('knows which dates exist', () => {
    expect(isValidParts(2024, 2, 29, 0, 0, 0)).toBe(true);
    expect(isValidParts(2023, 2, 29, 0, 0, 0)).toBe(false);
    expect(isValidParts(2100, 2, 29, 0, 0, 0)).toBe(false);
    expect(isValidParts(2024, 4, 31, 0, 0, 0)).toBe(false);
    expect(isValidParts(2024, 12, 31, 23, 59, 60)).toBe(true);
    expect(isValidParts(2024, 12, 31, 24, 0, 0)).toBe(false);
  });

  it('keeps one list of month names', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_ABBREVIATIONS[4]).toBe('May');
    expect(MONTH_NUMBERS.Sep).toBe(9);
    for (const [index, name] of MONTH_NAMES.entries()) expect(MONTH_NUMBERS[name.slice(0, 3)]).toBe(index + 1);
  });

  it('starts weeks on Monday', () => {
    expect(weekStartDay(weekOfDay(isoToDay('2024-03-07')))).toBe(isoToDay('2024-03-04'));
    expect(dayToIso(weekStartDay(weekOfDay(isoToDay('2024-03-04'))))).toBe('2024-03-04');
  });
});
