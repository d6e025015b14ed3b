import { describe, expect, it } from 'vitest';
import { createZoneClock, dayToIso, isoToDay } from '../../src/analysis/zone-clock.ts';

describe('zone clock', () => {
  it.each<[string, string, string, number]>([
    ['UTC', '2024-01-01T23:30:00Z', '2024-01-01', 23 * 60 + 30],
    ['Europe/Berlin', '2024-01-01T23:30:00Z', '2024-01-02', 30],
    ['Europe/Berlin', '2024-03-31T00:59:00Z', '2024-03-31', 119],
    ['Europe/Berlin', '2024-03-31T01:00:00Z', '2024-03-31', 180],
    ['America/New_York', '2024-11-03T05:59:00Z', '2024-11-03', 60 + 59],
    ['America/New_York', '2024-11-03T06:00:00Z', '2024-11-03', 60],
    ['Asia/Kolkata', '2024-06-01T20:00:00Z', '2024-06-02', 90],
  ])('%s: %s is %s, minute %i', (zone, instant, date, minute) => {
    const clock = createZoneClock(zone);
    const ms = Date.parse(instant);
    expect(dayToIso(clock.localDay(ms))).toBe(date);
    expect(clock.localMinute(ms)).toBe(minute);
  });

  it('turns wall-clock times back into instants', () => {
    const clock = createZoneClock('Europe/Berlin');
    expect(new Date(clock.fromWall(Date.UTC(2024, 6, 1, 12, 0))).toISOString()).toBe('2024-07-01T10:00:00.000Z');
    expect(new Date(clock.fromWall(Date.UTC(2024, 0, 1, 12, 0))).toISOString()).toBe('2024-01-01T11:00:00.000Z');
  });

  it('converts dates and day numbers', () => {
    expect(dayToIso(0)).toBe('1970-01-01');
    expect(isoToDay('2000-02-29')).toBe(11_016);
    expect(dayToIso(11_016)).toBe('2000-02-29');
  });
});
