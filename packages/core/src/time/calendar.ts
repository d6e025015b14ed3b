// the proleptic Gregorian calendar without Date objects: month names, valid dates, day numbers and weeks

const MS_PER_DAY = 86_400_000;

/** English month names, January first: the one list every reader and writer of dates uses */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** the three-letter abbreviations ("Jan" … "Dec") as exports and the report write them */
export const MONTH_ABBREVIATIONS: readonly string[] = MONTH_NAMES.map((name) => name.slice(0, 3));

/** three-letter month abbreviations ("May 17, 2022") to month numbers 1..12 */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  MONTH_ABBREVIATIONS.map((abbreviation, index) => [abbreviation, index + 1]),
);

/**
 * Days in a month (1..12) of the proleptic Gregorian calendar.
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
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
 * The day number (days since 1970-01-01) of a calendar date; months and days out of range roll over.
 * @example dayFromCivil(2000, 2, 29) // 11016
 */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Milliseconds from 1970 for UTC parts (or wall-clock parts read as UTC), without Date objects.
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
  return ((dayFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60_000 + second * 1000;
}

/**
 * The calendar date of a day number (days since 1970-01-01) as YYYY-MM-DD.
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
 * The day number (days since 1970-01-01) of a YYYY-MM-DD date.
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
 * The day number of the Monday that starts a week.
 * @example weekStartDay(1) // 4
 */
export const weekStartDay = (week: number): number => week * 7 - 3;
