// reading times written as text in exports: the zone's clock (an unknown zone is an ImportError), ISO 8601 and
// epoch numbers; the conversion itself is the core's one clock in ../time/

import { asEpochMs, type EpochMs } from '../model.ts';
import { createZoneClock, isValidParts, utcEpoch, type ZoneClock } from '../time/index.ts';
import { ImportError } from './errors.ts';

/**
 * The wall clock for `options.timeZone` (default: the runtime's); an unknown zone is an ImportError.
 * @example zoneClock('chat.md', 'Europe/Berlin').toEpoch(2024, 1, 1, 21, 41, 0)
 */
export function zoneClock(file: string, timeZone: string | undefined): ZoneClock {
  try {
    return createZoneClock(timeZone);
  } catch {
    throw new ImportError({
      code: 'unsupported',
      file,
      expected: 'a known IANA time zone such as Europe/Berlin',
      found: JSON.stringify(timeZone ?? ''),
    });
  }
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
export function parseTimeText(text: string, clock: ZoneClock): EpochMs | null {
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
