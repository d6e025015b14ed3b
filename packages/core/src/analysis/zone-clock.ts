// local days and minutes in an IANA zone without a Date per message: offsets cached per four-week block

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
/** offsets are looked up once per block; zones change their offset at most once in four weeks */
const BLOCK_MS = 28 * MS_PER_DAY;

interface BlockOffsets {
  readonly startOffsetMs: number;
  /** the instant the offset changes inside this block, or Infinity */
  readonly changeAtMs: number;
  readonly endOffsetMs: number;
}

/** converts instants to wall-clock days and minutes of one time zone */
export interface ZoneClock {
  readonly timeZone: string;
  /** the zone's offset from UTC at `ms`, in milliseconds (east positive) */
  offsetMs(ms: number): number;
  /** days since 1970-01-01 of the local date at `ms` */
  localDay(ms: number): number;
  /** minutes since local midnight at `ms`, 0..1439 */
  localMinute(ms: number): number;
  /** the instant of a local wall-clock time, given as epoch ms of that wall time read as UTC */
  fromWall(wallMs: number): number;
}

/**
 * Builds a clock for `timeZone` ('UTC', 'Europe/Berlin', …).
 * @example createZoneClock('Europe/Berlin').localDay(Date.UTC(2024, 0, 1, 23, 30)) // 19724 (Jan 2 local)
 */
export function createZoneClock(timeZone: string): ZoneClock {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const isUtc = timeZone === 'UTC' || timeZone === 'Etc/UTC';
  const exactOffset = (ms: number): number => {
    if (isUtc) return 0;
    const parts = format.formatToParts(ms);
    const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
    const whole = Math.floor(ms / 1000) * 1000;
    return wall - whole;
  };
  const cache = new Map<number, BlockOffsets>();
  let lastBlock = Number.NaN;
  let last: BlockOffsets = { startOffsetMs: 0, changeAtMs: Number.POSITIVE_INFINITY, endOffsetMs: 0 };
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
  const offsetMs = (ms: number): number => {
    const block = Math.floor(ms / BLOCK_MS);
    if (block !== lastBlock) {
      last = offsetsOfBlock(block);
      lastBlock = block;
    }
    return ms < last.changeAtMs ? last.startOffsetMs : last.endOffsetMs;
  };
  return {
    timeZone,
    offsetMs,
    localDay: (ms) => Math.floor((ms + offsetMs(ms)) / MS_PER_DAY),
    localMinute: (ms) => {
      const local = ms + offsetMs(ms);
      return Math.floor((local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY) / MS_PER_MINUTE);
    },
    fromWall: (wallMs) => {
      const first = wallMs - offsetMs(wallMs);
      return wallMs - offsetMs(first);
    },
  };
}

/**
 * The calendar date of a day index (days since 1970-01-01) as YYYY-MM-DD.
 * @example dayToIso(0) // '1970-01-01'
 */
export function dayToIso(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The day index (days since 1970-01-01) of a YYYY-MM-DD date.
 * @example isoToDay('1970-01-02') // 1
 */
export function isoToDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.floor(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / MS_PER_DAY);
}

/**
 * The index of the Monday-based week holding a day (week 0 starts Monday 1969-12-29).
 * @example weekOfDay(4) // 1 (Monday 1970-01-05)
 */
export const weekOfDay = (day: number): number => Math.floor((day + 3) / 7);

/**
 * The day index of the Monday that starts a week.
 * @example weekStartDay(1) // 4
 */
export const weekStartDay = (week: number): number => week * 7 - 3;
