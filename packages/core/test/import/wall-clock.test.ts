import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWallClock, isKnownTimeZone, wallClockToEpoch } from '../../src/import/wall-clock.ts';

const iso = (ms: number) => new Date(ms).toISOString();

describe('wall clock → UTC', () => {
  it.each([
    ['UTC', [2024, 1, 2, 3, 4, 5], '2024-01-02T03:04:05.000Z'],
    ['Europe/Berlin', [2024, 1, 15, 12, 0, 0], '2024-01-15T11:00:00.000Z'],
    ['Europe/Berlin', [2024, 7, 15, 12, 0, 0], '2024-07-15T10:00:00.000Z'],
    ['Europe/Berlin', [2024, 3, 31, 1, 59, 0], '2024-03-31T00:59:00.000Z'],
    ['Europe/Berlin', [2024, 3, 31, 2, 30, 0], '2024-03-31T01:30:00.000Z'],
    ['Europe/Berlin', [2024, 3, 31, 3, 0, 0], '2024-03-31T01:00:00.000Z'],
    ['Europe/Berlin', [2024, 10, 27, 2, 30, 0], '2024-10-27T00:30:00.000Z'],
    ['Europe/Berlin', [2024, 10, 27, 3, 0, 0], '2024-10-27T02:00:00.000Z'],
    ['America/New_York', [2024, 3, 10, 2, 30, 0], '2024-03-10T07:30:00.000Z'],
    ['America/New_York', [2024, 11, 3, 1, 30, 0], '2024-11-03T05:30:00.000Z'],
    ['America/New_York', [2024, 11, 3, 23, 59, 59], '2024-11-04T04:59:59.000Z'],
    ['Asia/Kolkata', [2023, 12, 31, 23, 59, 0], '2023-12-31T18:29:00.000Z'],
    ['Australia/Sydney', [2024, 4, 7, 2, 30, 0], '2024-04-06T15:30:00.000Z'],
    ['Pacific/Auckland', [2024, 9, 29, 2, 30, 0], '2024-09-28T14:30:00.000Z'],
    ['Pacific/Kiritimati', [2020, 6, 1, 0, 0, 0], '2020-05-31T10:00:00.000Z'],
  ] as const)('%s %j → %s', (zone, [y, mo, d, h, mi, s], expected) => {
    expect(iso(createWallClock(zone).toEpoch(y, mo, d, h, mi, s))).toBe(expected);
  });

  it('agrees with Intl for random instants that are not in a repeated hour', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Asia/Tehran'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2035, 0, 1) }),
        (zone, instant) => {
          const t = Math.floor(instant / 1000) * 1000;
          const parts = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
          }).formatToParts(t);
          const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
          const clock = createWallClock(zone);
          const back = clock.toEpoch(get('year'), get('month'), get('day'), get('hour'), get('minute'), get('second'));
          const repeated = back !== t && Math.abs(back - t) <= 3_600_000;
          expect(back === t || repeated).toBe(true);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 2000) },
    );
  });

  it('defaults to the runtime zone and knows bad zones', () => {
    const parts = { year: 2024, month: 6, day: 1, hour: 12, minute: 0, second: 0 };
    expect(wallClockToEpoch(parts)).toBe(new Date(2024, 5, 1, 12, 0, 0).getTime());
    expect(isKnownTimeZone('Europe/Paris')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(() => createWallClock('Mars/Olympus')).toThrow(RangeError);
  });
});
