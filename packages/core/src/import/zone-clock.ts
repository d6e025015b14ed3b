// shared time helpers of the Signal, iMessage and CSV importers: the zone's wall clock as a typed error, ISO 8601 and epoch numbers

import { asEpochMs, type EpochMs } from '../model.ts';
import { ImportError } from './errors.ts';
import { createWallClock, type WallClock } from './wall-clock.ts';

/**
 * The wall clock for `options.timeZone` (default: the runtime's); an unknown zone is an ImportError.
 * @example zoneClock('chat.md', 'Europe/Berlin').toEpoch(2024, 1, 1, 21, 41, 0)
 */
export function zoneClock(file: string, timeZone: string | undefined): WallClock {
  try {
    return createWallClock(timeZone);
  } catch {
    throw new ImportError({
      code: 'unsupported',
      file,
      expected: 'a known IANA time zone such as Europe/Berlin',
      found: JSON.stringify(timeZone ?? ''),
    });
  }
}

/** days in a month of the proleptic Gregorian calendar */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether wall-clock parts name a real date and time (a leap second 60 is allowed).
 * @example isValidParts(2024, 2, 30, 0, 0, 0) // false
 */
export function isValidParts(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): boolean {
  return (
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 60
  );
}

/**
 * Milliseconds from 1970 for UTC parts, without Date objects.
 * @example utcEpoch(2024, 1, 1, 0, 0, 0) // 1704067200000
 */
export function utcEpoch(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146097 + doe - 719468;
  return ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
const EPOCH = /^\d{1,19}(?:\.\d+)?$/;

/**
 * Reads an ISO 8601 time (with an offset, or without one: wall clock in `clock`'s zone) or an epoch
 * number whose unit is decided by magnitude: below 1e11 seconds, below 1e14 milliseconds, below 1e17
 * microseconds, else nanoseconds. Returns null when the text is neither.
 * @example parseTimeText('2024-01-01T21:41:00+01:00', clock) // 1704141660000
 * @example parseTimeText('1704141660', clock) // 1704141660000
 */
export function parseTimeText(text: string, clock: WallClock): EpochMs | null {
  const value = text.trim();
  if (EPOCH.test(value)) {
    const n = Number(value);
    if (!Number.isFinite(n)) return null;
    const ms = n < 1e11 ? n * 1000 : n < 1e14 ? n : n < 1e17 ? n / 1000 : n / 1e6;
    return asEpochMs(Math.round(ms));
  }
  const m = ISO.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (!isValidParts(year, month, day, hour, minute, second)) return null;
  const zone = m[8];
  if (zone === undefined) return asEpochMs(clock.toEpoch(year, month, day, hour, minute, second) + millis);
  let offsetMinutes = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (hours > 23 || minutes > 59) return null;
    offsetMinutes = sign * (hours * 60 + minutes);
  }
  return asEpochMs(utcEpoch(year, month, day, hour, minute, second) + millis - offsetMinutes * 60_000);
}

/** English month abbreviations as exports write them ("May 17, 2022"), to month numbers 1..12 */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  Jan: 1,
  Feb: 2,
  Mar: 3,
  Apr: 4,
  May: 5,
  Jun: 6,
  Jul: 7,
  Aug: 8,
  Sep: 9,
  Oct: 10,
  Nov: 11,
  Dec: 12,
};
