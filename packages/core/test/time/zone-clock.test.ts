import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createZoneClock, dayToIso, isKnownTimeZone, runtimeTimeZone, utcEpoch } from '../../src/time/index.ts';
import { wallParts } from '../helpers/whatsapp-styles.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const RUNS = Number(process.env.FC_RUNS ?? 1000);

/** both hemispheres, no DST, half- and quarter-hour offsets, a 30-minute DST shift, a change at midnight */
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Australia/Sydney',
  'America/Santiago',
  'Pacific/Auckland',
  'Asia/Kolkata',
  'Australia/Adelaide',
  'Australia/Lord_Howe',
  'America/St_Johns',
  'Asia/Kathmandu',
  'America/Sao_Paulo',
  'Asia/Tehran',
] as const;

/** Intl's wall clock of instant `t` in `zone`, as epoch ms of that wall time read as UTC */
const intlWall = (t: number, zone: string): number => {
  const p = wallParts(t, zone);
  return utcEpoch(p.year, p.month, p.day, p.hour, p.minute, p.second);
};

describe('wall clock → instant', () => {
  it.each([
    ['UTC', [2024, 1, 2, 3, 4, 5], '2024-01-02T03:04:05.000Z'],
    ['Europe/Berlin', [2024, 1, 15, 12, 0, 0], '2024-01-15T11:00:00.000Z'],
    ['Europe/Berlin', [2024, 7, 15, 12, 0, 0], '2024-07-15T10:00:00.000Z'],
    // spring: 02:00–02:59 is skipped and moves forward by the hour
    ['Europe/Berlin', [2024, 3, 31, 1, 59, 0], '2024-03-31T00:59:00.000Z'],
    ['Europe/Berlin', [2024, 3, 31, 2, 30, 0], '2024-03-31T01:30:00.000Z'],
    ['Europe/Berlin', [2024, 3, 31, 3, 0, 0], '2024-03-31T01:00:00.000Z'],
    // autumn: 02:00–02:59 happens twice, the first time is taken
    ['Europe/Berlin', [2024, 10, 27, 2, 30, 0], '2024-10-27T00:30:00.000Z'],
    ['Europe/Berlin', [2024, 10, 27, 3, 0, 0], '2024-10-27T02:00:00.000Z'],
    ['America/New_York', [2024, 3, 10, 2, 30, 0], '2024-03-10T07:30:00.000Z'],
    ['America/New_York', [2024, 11, 3, 1, 30, 0], '2024-11-03T05:30:00.000Z'],
    ['America/New_York', [2024, 11, 3, 23, 59, 59], '2024-11-04T04:59:59.000Z'],
    // southern hemisphere: clocks go back in April and forward in September/October
    ['Australia/Sydney', [2024, 4, 7, 2, 30, 0], '2024-04-06T15:30:00.000Z'],
    ['Australia/Sydney', [2024, 10, 6, 2, 30, 0], '2024-10-05T16:30:00.000Z'],
    ['Pacific/Auckland', [2024, 4, 7, 2, 30, 0], '2024-04-06T13:30:00.000Z'],
    ['Pacific/Auckland', [2024, 9, 29, 2, 30, 0], '2024-09-28T14:30:00.000Z'],
    // Santiago changes at midnight: 23:00–23:59 repeats on 6 April, 00:00–00:59 is skipped on 8 September
    ['America/Santiago', [2024, 4, 6, 23, 30, 0], '2024-04-07T02:30:00.000Z'],
    ['America/Santiago', [2024, 9, 8, 0, 0, 0], '2024-09-08T04:00:00.000Z'],
    ['America/Santiago', [2024, 9, 8, 0, 30, 0], '2024-09-08T04:30:00.000Z'],
    // half-hour offsets with and without DST, and a 30-minute DST shift
    ['Asia/Kolkata', [2023, 12, 31, 23, 59, 0], '2023-12-31T18:29:00.000Z'],
    ['Asia/Kolkata', [2024, 6, 1, 2, 30, 0], '2024-05-31T21:00:00.000Z'],
    ['Australia/Adelaide', [2024, 4, 7, 2, 30, 0], '2024-04-06T16:00:00.000Z'],
    ['Australia/Lord_Howe', [2024, 4, 7, 1, 45, 0], '2024-04-06T14:45:00.000Z'],
    ['Australia/Lord_Howe', [2024, 10, 6, 2, 15, 0], '2024-10-05T15:45:00.000Z'],
    ['America/St_Johns', [2024, 11, 3, 1, 30, 0], '2024-11-03T04:00:00.000Z'],
    ['Pacific/Kiritimati', [2020, 6, 1, 0, 0, 0], '2020-05-31T10:00:00.000Z'],
  ] as const)('%s %j → %s', (zone, [y, mo, d, h, mi, s], expected) => {
    const clock = createZoneClock(zone);
    expect(iso(clock.toEpoch(y, mo, d, h, mi, s))).toBe(expected);
    expect(iso(clock.fromWall(utcEpoch(y, mo, d, h, mi, s)))).toBe(expected);
  });

  it('reads every time back to the instant Intl wrote it for, the first one in a repeated hour', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2035, 0, 1) }),
        (zone, instant) => {
          const t = Math.floor(instant / 1000) * 1000;
          const p = wallParts(t, zone);
          const clock = createZoneClock(zone);
          const back = clock.toEpoch(p.year, p.month, p.day, p.hour, p.minute, p.second);
          expect(wallParts(back, zone)).toEqual(p);
          if (back !== t) {
            // only a repeated time reads differently: the same wall time, earlier, under a larger offset
            expect(back).toBeLessThan(t);
            expect(clock.offsetMs(back)).toBeGreaterThan(clock.offsetMs(t));
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('moves a skipped time forward by exactly the gap, and leaves every other time where it is', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1990, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 }),
        (zone, minutes) => {
          const wall = minutes * 60_000;
          const t = createZoneClock(zone).fromWall(wall);
          const shift = intlWall(t, zone) - wall;
          if (shift === 0) return;
          const before = intlWall(t - DAY, zone) - (t - DAY);
          const after = intlWall(t, zone) - t;
          expect(shift).toBe(after - before);
          // and the wall time really does not exist: neither offset gives it back
          expect(intlWall(wall - before, zone)).not.toBe(wall);
          expect(intlWall(wall - after, zone)).not.toBe(wall);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('treats a day as uniform only when every time of it is midnight plus the time elapsed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1990, 0, 1) / DAY, max: Date.UTC(2035, 0, 1) / DAY }),
        fc.integer({ min: 0, max: DAY / 1000 - 1 }),
        (zone, day, secondOfDay) => {
          const [y, m, d] = dayToIso(day).split('-').map(Number) as [number, number, number];
          const clock = createZoneClock(zone);
          const h = Math.floor(secondOfDay / 3600);
          const mi = Math.floor((secondOfDay % 3600) / 60);
          const s = secondOfDay % 60;
          if (clock.uniformDay(y, m, d))
            expect(clock.toEpoch(y, m, d, h, mi, s)).toBe(clock.toEpoch(y, m, d, 0, 0, 0) + secondOfDay * 1000);
        },
      ),
      { numRuns: RUNS },
    );
    const berlin = createZoneClock('Europe/Berlin');
    expect(berlin.uniformDay(2024, 7, 15)).toBe(true);
    expect(berlin.uniformDay(2024, 3, 31)).toBe(false);
    expect(berlin.uniformDay(2024, 10, 27)).toBe(false);
  });
});

describe('instant → local day and minute', () => {
  it.each<[string, string, string, number]>([
    ['UTC', '2024-01-01T23:30:00Z', '2024-01-01', 23 * 60 + 30],
    ['Europe/Berlin', '2024-01-01T23:30:00Z', '2024-01-02', 30],
    ['Europe/Berlin', '2024-03-31T00:59:00Z', '2024-03-31', 119],
    ['Europe/Berlin', '2024-03-31T01:00:00Z', '2024-03-31', 180],
    ['Europe/Berlin', '2024-10-27T00:30:00Z', '2024-10-27', 150],
    ['Europe/Berlin', '2024-10-27T01:30:00Z', '2024-10-27', 150],
    ['America/New_York', '2024-11-03T05:59:00Z', '2024-11-03', 60 + 59],
    ['America/New_York', '2024-11-03T06:00:00Z', '2024-11-03', 60],
    ['Australia/Sydney', '2024-10-05T15:59:00Z', '2024-10-06', 60 + 59],
    ['Australia/Sydney', '2024-10-05T16:00:00Z', '2024-10-06', 3 * 60],
    ['America/Santiago', '2024-04-07T02:59:00Z', '2024-04-06', 23 * 60 + 59],
    ['America/Santiago', '2024-04-07T03:00:00Z', '2024-04-06', 23 * 60],
    ['America/Santiago', '2024-09-08T04:00:00Z', '2024-09-08', 60],
    ['Asia/Kolkata', '2024-06-01T20:00:00Z', '2024-06-02', 90],
    ['Australia/Lord_Howe', '2024-10-05T15:30:00Z', '2024-10-06', 2 * 60 + 30],
  ])('%s: %s is %s, minute %i', (zone, instant, date, minute) => {
    const clock = createZoneClock(zone);
    const ms = Date.parse(instant);
    expect(dayToIso(clock.localDay(ms))).toBe(date);
    expect(clock.localMinute(ms)).toBe(minute);
  });

  it('agrees with Intl at every instant, on both sides of every change', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2035, 0, 1) }),
        (zone, instant) => {
          const t = Math.floor(instant / 60_000) * 60_000;
          const clock = createZoneClock(zone);
          const wall = intlWall(t, zone);
          expect(clock.offsetMs(t)).toBe(wall - t);
          expect(clock.localDay(t)).toBe(Math.floor(wall / DAY));
          expect(clock.localMinute(t)).toBe(Math.floor((wall % DAY) / 60_000));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('answers the same once the cache holds the change', () => {
    const clock = createZoneClock('Europe/Berlin');
    const instants = [Date.UTC(2024, 9, 27, 0, 59, 59), Date.UTC(2024, 9, 27, 1), Date.UTC(2024, 2, 31, 1)];
    const first = instants.map((t) => clock.offsetMs(t));
    expect(clock.toEpoch(2024, 10, 27, 2, 30, 0)).toBe(Date.UTC(2024, 9, 27, 0, 30));
    expect(instants.map((t) => clock.offsetMs(t))).toEqual(first);
    expect(first).toEqual([2 * HOUR, HOUR, 2 * HOUR]);
  });
});

describe('zones', () => {
  it('defaults to the runtime zone, reads plain UTC spellings and refuses unknown zones', () => {
    expect(createZoneClock().toEpoch(2024, 6, 1, 12, 0, 0)).toBe(new Date(2024, 5, 1, 12, 0, 0).getTime());
    expect(createZoneClock().timeZone).toBe(runtimeTimeZone());
    expect(createZoneClock('z').timeZone).toBe('UTC');
    expect(createZoneClock('Etc/UTC').offsetMs(Date.UTC(2024, 6, 1))).toBe(0);
    expect(createZoneClock('europe/berlin').timeZone).toBe('Europe/Berlin');
    expect(isKnownTimeZone('Europe/Paris')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(() => createZoneClock('Mars/Olympus')).toThrow(RangeError);
  });
});
