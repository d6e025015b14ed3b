// scans the start of a WhatsApp export line for a message header (date, time, separator) without regexes

import { gregorianYear, localHeader, mayBeLocalHeader } from './local-header.ts';

/** what one header holds; reused between lines so that scanning allocates nothing */
export interface HeaderFields {
  /** the two date fields that are not the year, in the order they are written */
  pairFirst: number;
  pairSecond: number;
  year: number;
  yearFirst: boolean;
  /** 0..23 after applying AM/PM */
  hour: number;
  minute: number;
  second: number;
  /** the header's layout (brackets, separators, clock style); one file uses one layout */
  shape: number;
  /** index in the line where the body ("Name: text" or a notice) starts */
  bodyStart: number;
  /** the last header's text up to its time (marks, bracket, date, spaces), to skip re-reading the same date */
  datePrefix: string;
  /** the date layout bits of `datePrefix`: bracket | separator << 1 | trailing dot << 3 */
  dateLayout: number;
}

export const newHeaderFields = (): HeaderFields => ({
  pairFirst: 0,
  pairSecond: 0,
  year: 0,
  yearFirst: false,
  hour: 0,
  minute: 0,
  second: 0,
  shape: 0,
  bodyStart: 0,
  datePrefix: '',
  dateLayout: 0,
});

const MERIDIEM_NONE = 0;
const MERIDIEM_AM = 1;
const MERIDIEM_PM = 2;

/** words written before the time that mean AM or PM (Korean, Japanese, Chinese) */
const PREFIX_MERIDIEM: Readonly<Record<string, number>> = {
  오전: MERIDIEM_AM,
  오후: MERIDIEM_PM,
  午前: MERIDIEM_AM,
  午後: MERIDIEM_PM,
  上午: MERIDIEM_AM,
  下午: MERIDIEM_PM,
};

/** what stands between the time and the body, as shape bits */
const SEPARATOR_DASH = 0;
const SEPARATOR_COLON = 1;
const SEPARATOR_BRACKET = 2;
const SEPARATOR_COMMA = 3;
const SEPARATOR_SPACE = 4;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x09;
const isDirectionMark = (c: number): boolean =>
  c === 0x200e || c === 0x200f || c === 0xfeff || c === 0x202a || c === 0x202c;

/**
 * Whether `line` starts with a WhatsApp header; on success fills `out` and returns true.
 * Accepts `[31/12/2023, 21:41:05] `, `12/31/23, 9:41 PM - `, `13.06.18 21.25.15: `, `13. 6. 2018. 21:25:15 `,
 * `2023. 1. 5. 오후 3:25 - `, `12.06.18 um 21:25 - `, with U+200E, U+00A0 or U+202F where WhatsApp puts them.
 * @example scanHeader('1/2/24, 8:00 AM - Alex: hi', 0, 26, fields) // true, fields.bodyStart === 19
 */
export function scanHeader(line: string, start: number, end: number, out: HeaderFields): boolean {
  if (scanPlainHeader(line, start, end, out)) return true;
  if (!mayBeLocalHeader(line, start, end)) return false;
  const local = localHeader(line, start, end);
  if (local === null || !scanPlainHeader(local.text, 0, local.text.length, out)) return false;
  out.bodyStart = local.origin[out.bodyStart] ?? end;
  return true;
}

/** {@link scanHeader} for headers in ASCII digits without marks inside the date */
function scanPlainHeader(line: string, start: number, end: number, out: HeaderFields): boolean {
  const n = end;
  let p: number;
  let c: number;
  const prefix = out.datePrefix;
  if (prefix !== '' && start + prefix.length < n && matchesAt(line, start, prefix)) {
    p = start + prefix.length;
    c = line.charCodeAt(p);
  } else {
    p = scanDate(line, start, n, out);
    if (p < 0) return false;
    c = line.charCodeAt(p);
  }
  const bracket = out.dateLayout & 1;
  const trailingDot = (out.dateLayout >> 3) & 1;

  let meridiem = MERIDIEM_NONE;
  let word = 0;
  if (!isDigit(c)) {
    const wordStart = p;
    while (p < n && !isDigit(c) && !isSpace(c) && c !== 58 && c !== 45 && c !== 93 && p - wordStart < 6)
      c = line.charCodeAt(++p);
    if (p === wordStart) return false;
    const prefix = PREFIX_MERIDIEM[line.slice(wordStart, p)];
    if (prefix !== undefined) meridiem = prefix;
    word = prefix === undefined ? 1 : 2;
    while (isSpace(c)) c = line.charCodeAt(++p);
    if (!isDigit(c)) return false;
  }

  let hour = c - 48;
  c = line.charCodeAt(++p);
  if (isDigit(c)) {
    hour = hour * 10 + c - 48;
    c = line.charCodeAt(++p);
  }
  if (c !== 58 && c !== 46) return false;
  const m1 = line.charCodeAt(p + 1) - 48;
  const m2 = line.charCodeAt(p + 2) - 48;
  if (!(m1 >= 0 && m1 <= 5 && m2 >= 0 && m2 <= 9)) return false;
  const minute = m1 * 10 + m2;
  p += 3;
  c = line.charCodeAt(p);
  let second = 0;
  let hasSeconds = 0;
  if ((c === 58 || c === 46) && isDigit(line.charCodeAt(p + 1))) {
    const s1 = line.charCodeAt(p + 1) - 48;
    const s2 = line.charCodeAt(p + 2) - 48;
    if (!(s1 >= 0 && s1 <= 5 && s2 >= 0 && s2 <= 9)) return false;
    second = s1 * 10 + s2;
    hasSeconds = 1;
    p += 3;
    c = line.charCodeAt(p);
  }

  if (meridiem === MERIDIEM_NONE) {
    let q = p;
    while (isSpace(line.charCodeAt(q))) q++;
    const suffix = meridiemSuffix(line, q);
    if (suffix !== 0) {
      meridiem = suffix & 3;
      p = suffix >> 2;
      word = word === 0 ? 3 : word;
      c = line.charCodeAt(p);
    }
  }
  if (meridiem !== MERIDIEM_NONE) {
    if (hour > 12) return false;
    if (meridiem === MERIDIEM_PM && hour < 12) hour += 12;
    else if (meridiem === MERIDIEM_AM && hour === 12) hour = 0;
  } else if (hour > 23) return false;

  let separator: number;
  if (bracket === 1) {
    while (isSpace(c)) c = line.charCodeAt(++p);
    if (c !== 93) return false;
    c = line.charCodeAt(++p);
    if (isSpace(c)) p++;
    separator = SEPARATOR_BRACKET;
  } else if (
    isSpace(c) &&
    (line.charCodeAt(p + 1) === 45 || line.charCodeAt(p + 1) === 0x2013) &&
    isSpace(line.charCodeAt(p + 2))
  ) {
    p += 3;
    separator = SEPARATOR_DASH;
  } else if (c === 58 && isSpace(line.charCodeAt(p + 1))) {
    p += 2;
    separator = SEPARATOR_COLON;
  } else if (c === 44 && isSpace(line.charCodeAt(p + 1))) {
    p += 2;
    separator = SEPARATOR_COMMA;
  } else if (isSpace(c) && trailingDot === 1 && p + 1 < n) {
    p += 1;
    separator = SEPARATOR_SPACE;
  } else return false;

  out.hour = hour;
  out.minute = minute;
  out.second = second;
  out.bodyStart = p;
  out.shape =
    (out.dateLayout & 7) | (separator << 3) | (word << 6) | (hasSeconds << 8) | ((out.yearFirst ? 1 : 0) << 9);
  return true;
}

/** reads the date part at `start`; fills the date fields and `datePrefix`, returns where the time starts or -1 */
function scanDate(line: string, start: number, n: number, out: HeaderFields): number {
  let p = start;
  let c = line.charCodeAt(p);
  while (isDirectionMark(c)) c = line.charCodeAt(++p);
  let bracket = 0;
  if (c === 91) {
    bracket = 1;
    c = line.charCodeAt(++p);
  }
  if (!isDigit(c)) return -1;
  let a = 0;
  let aLen = 0;
  while (isDigit(c) && aLen < 5) {
    a = a * 10 + c - 48;
    aLen++;
    c = line.charCodeAt(++p);
  }
  const dateSep = c;
  if ((dateSep !== 47 && dateSep !== 46 && dateSep !== 45) || aLen > 4) return -1;
  c = line.charCodeAt(++p);
  if (c === 32) c = line.charCodeAt(++p);
  let b = 0;
  let bLen = 0;
  while (isDigit(c) && bLen < 5) {
    b = b * 10 + c - 48;
    bLen++;
    c = line.charCodeAt(++p);
  }
  if (bLen === 0 || bLen > 4 || c !== dateSep) return -1;
  c = line.charCodeAt(++p);
  if (c === 32) c = line.charCodeAt(++p);
  let d = 0;
  let dLen = 0;
  while (isDigit(c) && dLen < 5) {
    d = d * 10 + c - 48;
    dLen++;
    c = line.charCodeAt(++p);
  }
  if (dLen === 0 || dLen > 4) return -1;
  let trailingDot = 0;
  if (c === 46) {
    trailingDot = 1;
    c = line.charCodeAt(++p);
  }
  if (c === 44) c = line.charCodeAt(++p);
  if (!isSpace(c) || p >= n) return -1;
  while (isSpace(c)) c = line.charCodeAt(++p);
  if (p >= n) return -1;

  let yearFirst = false;
  let year: number;
  let first: number;
  let second: number;
  if (aLen > 2 || a > 31) {
    yearFirst = true;
    year = aLen === 2 ? 2000 + a : a;
    first = b;
    second = d;
  } else if (bLen > 2) {
    year = b;
    first = a;
    second = d;
  } else {
    year = dLen <= 2 ? 2000 + d : d;
    first = a;
    second = b;
  }
  year = gregorianYear(year);
  if (year < 1970 || year > 2200) return -1;
  if (!isCalendarDate(year, first, second) && !isCalendarDate(year, second, first)) return -1;
  out.pairFirst = first;
  out.pairSecond = second;
  out.year = year;
  out.yearFirst = yearFirst;
  out.dateLayout = bracket | ((dateSep === 47 ? 0 : dateSep === 46 ? 1 : 2) << 1) | (trailingDot << 3);
  out.datePrefix = line.slice(start, p);
  return p;
}

/**
 * Whether `text` holds `part` at `at` (a plain loop: `startsWith` with a position is slow on two-byte strings).
 * @example matchesAt('12/31/23, 9:41', 0, '12/31/23, ') // true
 */
export function matchesAt(text: string, at: number, part: string): boolean {
  const length = part.length;
  for (let i = 0; i < length; i++) if (text.charCodeAt(at + i) !== part.charCodeAt(i)) return false;
  return true;
}

/**
 * Whether `day` exists in `month` of `year`.
 * @example isCalendarDate(2024, 2, 29) // true
 */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2) return day <= ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28);
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

/** reads `AM`, `pm`, `a.m.`, `p. m.` at `q`; returns 0, or (end index << 2) | meridiem */
function meridiemSuffix(line: string, q: number): number {
  const c = line.charCodeAt(q) | 0x20;
  if (c !== 97 && c !== 112) return 0;
  let p = q + 1;
  if (line.charCodeAt(p) === 46) p++;
  if (isSpace(line.charCodeAt(p))) p++;
  if ((line.charCodeAt(p) | 0x20) !== 109) return 0;
  p++;
  if (line.charCodeAt(p) === 46) p++;
  const next = line.charCodeAt(p);
  if (
    !(
      Number.isNaN(next) ||
      isSpace(next) ||
      next === 93 ||
      next === 45 ||
      next === 58 ||
      next === 44 ||
      next === 10 ||
      next === 13
    )
  )
    return 0;
  return (p << 2) | (c === 97 ? MERIDIEM_AM : MERIDIEM_PM);
}
