// wall-clock date and time in an IANA zone → UTC epoch milliseconds, with Intl only and offsets cached per day
// a local day maps to instants within [midnight − 14 h, midnight + 36 h]: when the offsets at UTC midnight of
// the day before and of two days later agree, the whole day has that offset (zones never change twice in 72 h)

import { asEpochMs, type EpochMs } from '../model.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** days checked at once: equal offsets at both ends of a block mean no change inside (changes are months apart) */
const BLOCK_DAYS = 8;
/** zone names that are plain UTC, answered without Intl */
const UTC_NAMES = new Set([
  'UTC',
  'ETC/UTC',
  'GMT',
  'ETC/GMT',
  'Z',
  'ZULU',
  'UCT',
  'ETC/UCT',
  'UNIVERSAL',
  'ETC/UNIVERSAL',
]);

/** converts wall-clock times of one zone; keeps a per-day cache, so sequential exports convert cheaply */
export interface WallClock {
  readonly timeZone: string;
  /**
   * `month` 1..12, `day` 1..31; times in a DST gap move forward by the gap (02:30 → 03:30), ambiguous
   * times (the repeated hour) take the earlier instant, like Temporal's "compatible" disambiguation.
   */
  toEpoch(year: number, month: number, day: number, hour: number, minute: number, second: number): EpochMs;
  /** whether the zone keeps one offset for the whole of this local day (then times are midnight + elapsed time) */
  uniformDay(year: number, month: number, day: number): boolean;
}

/**
 * The runtime's own IANA time zone (e.g. "Europe/Berlin"), "UTC" when it has none.
 * @example runtimeTimeZone() // 'Europe/Berlin'
 */
export function runtimeTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Whether `timeZone` is an IANA zone this runtime knows.
 * @example isKnownTimeZone('America/New_York') // true
 */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

type DayEntry =
  | { readonly naiveStart: number; readonly offset: number }
  | { readonly naiveStart: number; readonly hourly: readonly number[] };

/**
 * A converter for one zone (default: the runtime's). Throws RangeError for an unknown zone.
 * @example createWallClock('Europe/Berlin').toEpoch(2024, 3, 31, 12, 0, 0) // 1711879200000 (10:00 UTC)
 */
export function createWallClock(timeZone: string = runtimeTimeZone()): WallClock {
  const isUtc = UTC_NAMES.has(timeZone.toUpperCase());
  const format = isUtc
    ? null
    : new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
  const resolved = format === null ? 'UTC' : format.resolvedOptions().timeZone;

  /** zone offset (local − UTC) in ms at instant `t` */
  const offsetAt = (t: number): number => {
    const instant = Math.floor(t / 1000) * 1000;
    let year = 0;
    let month = 1;
    let day = 1;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let bc = false;
    for (const part of format?.formatToParts(instant) ?? []) {
      switch (part.type) {
        case 'year':
          year = Number(part.value);
          break;
        case 'month':
          month = Number(part.value);
          break;
        case 'day':
          day = Number(part.value);
          break;
        case 'hour':
          hour = Number(part.value) % 24;
          break;
        case 'minute':
          minute = Number(part.value);
          break;
        case 'second':
          second = Number(part.value);
          break;
        case 'era':
          bc = part.value.startsWith('B');
          break;
        default:
          break;
      }
    }
    const wall = utc(bc ? 1 - year : year, month, day, hour, minute, second);
    return wall - instant;
  };

  const samples = new Map<number, number>();
  /** the offset at UTC midnight of day number `k`, computed once */
  const sample = (k: number): number => {
    let offset = samples.get(k);
    if (offset === undefined) {
      offset = offsetAt(k * DAY);
      samples.set(k, offset);
    }
    return offset;
  };

  const dayEntry = (naiveStart: number): DayEntry => {
    const k = Math.floor(naiveStart / DAY);
    const block = Math.floor(k / BLOCK_DAYS) * BLOCK_DAYS;
    const blockOffset = sample(block - 1);
    if (blockOffset === sample(block + BLOCK_DAYS + 1)) return { naiveStart, offset: blockOffset };
    const before = sample(k - 1);
    const after = sample(k + 2);
    if (before === after) return { naiveStart, offset: before };
    const hourly: number[] = [];
    for (let h = 0; h < 24; h++) {
      const wall = naiveStart + h * HOUR;
      const early = wall - before;
      const late = wall - after;
      if (offsetAt(early) === before) hourly.push(before);
      else if (offsetAt(late) === after) hourly.push(after);
      else hourly.push(before);
    }
    return { naiveStart, hourly };
  };

  const cache = new Map<number, DayEntry>();
  let lastKey = Number.NaN;
  let last: DayEntry = { naiveStart: 0, offset: 0 };

  const entryFor = (year: number, month: number, day: number): DayEntry => {
    const key = year * 512 + month * 32 + day;
    if (key !== lastKey) {
      let entry = cache.get(key);
      if (entry === undefined) {
        const naiveStart = utc(year, month, day, 0, 0, 0);
        entry = isUtc ? { naiveStart, offset: 0 } : dayEntry(naiveStart);
        cache.set(key, entry);
      }
      last = entry;
      lastKey = key;
    }
    return last;
  };

  return {
    timeZone: resolved,
    uniformDay(year, month, day) {
      return 'offset' in entryFor(year, month, day);
    },
    toEpoch(year, month, day, hour, minute, second) {
      entryFor(year, month, day);
      const within = hour * HOUR + minute * 60_000 + second * 1000;
      const offset = 'offset' in last ? last.offset : (last.hourly[Math.min(23, Math.max(0, hour))] ?? 0);
      return asEpochMs(last.naiveStart + within - offset);
    },
  };
}

/**
 * One-off conversion of wall-clock parts in `timeZone` (default: the runtime's) to epoch ms.
 * For many conversions keep one {@link createWallClock} instead.
 * @example wallClockToEpoch({ year: 2024, month: 1, day: 2, hour: 3, minute: 4, second: 5 }, 'UTC') // 1704164645000
 */
export function wallClockToEpoch(
  parts: { year: number; month: number; day: number; hour: number; minute: number; second: number },
  timeZone?: string,
): EpochMs {
  return createWallClock(timeZone).toEpoch(parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second);
}

function utc(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}
