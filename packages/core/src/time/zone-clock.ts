// one clock per IANA time zone: instants to local days and minutes, wall-clock times to instants, with Intl only.
// Offsets are cached per week of instants (the offset at its start and end, and the exact instant it changes when
// they differ); both directions read that one cache, so a repeated or skipped hour is answered the same everywhere.

import { asEpochMs, type EpochMs } from '../model.ts';
import { utcEpoch } from './calendar.ts';

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
/** offsets are looked up once per block; a zone changes its offset at most once in a week */
const BLOCK_MS = 7 * MS_PER_DAY;
/** a local day's instants lie within [midnight − 14 h, midnight + 24 h + 12 h] (offsets span −12 h..+14 h) */
const EARLIEST_OFFSET_MS = 14 * MS_PER_HOUR;
const LATEST_OFFSET_MS = 12 * MS_PER_HOUR;
/** zone names that are plain UTC, answered without Intl (Intl refuses some of them, such as "Z") */
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

interface BlockOffsets {
  readonly startOffsetMs: number;
  /** the first instant of this block with `endOffsetMs`, or Infinity when the offset does not change */
  readonly changeAtMs: number;
  readonly endOffsetMs: number;
}

/**
 * Converts between instants and the wall clock of one time zone.
 *
 * Wall-clock times that do not map to exactly one instant follow one rule (Temporal's "compatible"):
 * - a time in the repeated hour when clocks go back (Europe/Berlin 2024-10-27 02:30) is the earlier
 *   instant, its first occurrence (00:30Z);
 * - a time in the skipped hour when clocks go forward (Europe/Berlin 2024-03-31 02:30) moves forward by
 *   the length of the gap (03:30 local, 01:30Z).
 */
export interface ZoneClock {
  /** the zone's canonical name ("UTC" for every plain-UTC spelling) */
  readonly timeZone: string;
  /** the zone's offset from UTC at instant `ms`, in milliseconds (east positive) */
  offsetMs(ms: number): number;
  /** days since 1970-01-01 of the local date at instant `ms` */
  localDay(ms: number): number;
  /** minutes since local midnight at instant `ms`, 0..1439 */
  localMinute(ms: number): number;
  /** the instant of a wall-clock time given as epoch ms of that wall time read as UTC */
  fromWall(wallMs: number): number;
  /** the instant of wall-clock parts (`month` 1..12, `day` 1..31) */
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

/**
 * A clock for `timeZone` (default: the runtime's). Throws RangeError for an unknown zone.
 * @example createZoneClock('Europe/Berlin').localDay(Date.UTC(2024, 0, 1, 23, 30)) // 19724 (Jan 2 local)
 * @example createZoneClock('Europe/Berlin').toEpoch(2024, 10, 27, 2, 30, 0) // 2024-10-27T00:30Z (first 02:30)
 */
export function createZoneClock(timeZone: string = runtimeTimeZone()): ZoneClock {
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

  /** the offset at instant `ms`, asked of Intl (whole seconds) */
  const exactOffset = (ms: number): number => {
    if (format === null) return 0;
    const instant = Math.floor(ms / 1000) * 1000;
    let year = 0;
    let month = 1;
    let day = 1;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let bc = false;
    for (const part of format.formatToParts(instant)) {
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
    return utcEpoch(bc ? 1 - year : year, month, day, hour, minute, second) - instant;
  };

  const cache = new Map<number, BlockOffsets>();
  const offsetsOfBlock = (block: number): BlockOffsets => {
    const cached = cache.get(block);
    if (cached) return cached;
    const start = block * BLOCK_MS;
    const startOffsetMs = exactOffset(start);
    const endOffsetMs = exactOffset(start + BLOCK_MS - 1);
    let changeAtMs = Number.POSITIVE_INFINITY;
    if (startOffsetMs !== endOffsetMs) {
      let lo = start;
      let hi = start + BLOCK_MS - 1;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (exactOffset(mid) === startOffsetMs) lo = mid;
        else hi = mid;
      }
      changeAtMs = hi;
    }
    const entry = { startOffsetMs, changeAtMs, endOffsetMs };
    cache.set(block, entry);
    return entry;
  };

  let lastBlock = Number.NaN;
  let last: BlockOffsets = { startOffsetMs: 0, changeAtMs: Number.POSITIVE_INFINITY, endOffsetMs: 0 };
  const offsetMs = (ms: number): number => {
    if (format === null) return 0;
    const block = Math.floor(ms / BLOCK_MS);
    if (block !== lastBlock) {
      last = offsetsOfBlock(block);
      lastBlock = block;
    }
    return ms < last.changeAtMs ? last.startOffsetMs : last.endOffsetMs;
  };

  /** whether the offset changes anywhere in the instants [from, to] */
  const changesWithin = (from: number, to: number): boolean => {
    for (let block = Math.floor(from / BLOCK_MS); block <= Math.floor(to / BLOCK_MS); block++) {
      const { changeAtMs } = offsetsOfBlock(block);
      if (changeAtMs >= from && changeAtMs <= to) return true;
    }
    return false;
  };

  const fromWall = (wallMs: number): number => {
    if (format === null) return wallMs;
    const before = offsetMs(wallMs - MS_PER_DAY);
    const after = offsetMs(wallMs + MS_PER_DAY);
    const early = wallMs - before;
    if (before === after || offsetMs(early) === before) return early;
    const late = wallMs - after;
    // the wall time exists after the change only; when it exists on neither side it lies in a skipped hour,
    // and reading it with the offset from before the change moves it forward by the gap
    return offsetMs(late) === after ? late : early;
  };

  return {
    timeZone: resolved,
    offsetMs,
    localDay: (ms) => Math.floor((ms + offsetMs(ms)) / MS_PER_DAY),
    localMinute: (ms) => {
      const local = ms + offsetMs(ms);
      return Math.floor((local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY) / MS_PER_MINUTE);
    },
    fromWall,
    toEpoch: (year, month, day, hour, minute, second) =>
      asEpochMs(fromWall(utcEpoch(year, month, day, hour, minute, second))),
    uniformDay(year, month, day) {
      if (format === null) return true;
      const midnight = utcEpoch(year, month, day, 0, 0, 0);
      return !changesWithin(midnight - EARLIEST_OFFSET_MS, midnight + MS_PER_DAY + LATEST_OFFSET_MS);
    },
  };
}
