// rewrites a WhatsApp header written with local digits, marks, era years or the time first into the plain layout

/**
 * A header rewritten for the plain scanner, with the start of what follows it (not the whole line):
 * `origin[k]` is the index in the source line of `text[k]`, and `origin[text.length]` where the copy stopped.
 * `origin` is reused by the next call: read it before rewriting another line.
 */
export interface LocalHeader {
  readonly text: string;
  readonly origin: readonly number[];
}

/** the longest header (in UTF-16 units) worth rewriting; the rest of the line is copied as it is */
const HEADER_WINDOW = 72;

/** characters kept after the time: enough for a date written after it, the separator and the body's start */
const TAIL_CHARS = 32;

/** the longest date part (with words before the time) a header has; a line without a time by then is no header */
const DATE_WINDOW = 40;

/** the rewrite's characters and their origins, reused from line to line (a header is short) */
const CODES: number[] = [];
const ORIGIN: number[] = [];

/** appends `chars`, all coming from index `from` of the source line */
function put(chars: string, from: number): void {
  for (let k = 0; k < chars.length; k++) {
    CODES.push(chars.charCodeAt(k));
    ORIGIN.push(from);
  }
}

/** Arabic-Indic (U+0660) and Extended Arabic-Indic, i.e. Persian and Urdu (U+06F0), digits */
const digitOf = (c: number): number =>
  c >= 48 && c <= 57 ? c - 48 : c >= 0x660 && c <= 0x669 ? c - 0x660 : c >= 0x6f0 && c <= 0x6f9 ? c - 0x6f0 : -1;

/** right-to-left, left-to-right and Arabic letter marks, isolates and embeddings that RTL exports put inside dates */
const isMark = (c: number): boolean =>
  c === 0x200e ||
  c === 0x200f ||
  c === 0x061c ||
  c === 0xfeff ||
  (c >= 0x202a && c <= 0x202e) ||
  (c >= 0x2066 && c <= 0x2069);

const isSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;

/**
 * Words written after the time for AM and PM that the plain scanner does not know, per language:
 * Arabic ص / م, Persian ق.ظ / ب.ظ. Each is followed by a space, a bracket, a dash or the line's end.
 */
const MERIDIEM_AFTER: readonly (readonly [string, 'AM' | 'PM'])[] = [
  ['ق.ظ', 'AM'],
  ['ب.ظ', 'PM'],
  ['ص', 'AM'],
  ['م', 'PM'],
];

/** the first character of each word in {@link MERIDIEM_AFTER}, to rule most characters out at once */
const MERIDIEM_FIRST = new Set(MERIDIEM_AFTER.map(([word]) => word.charCodeAt(0)));

/** the Gregorian year each Japanese era began, by its letter (JIS X 0301) and its name */
const JAPANESE_ERAS: readonly (readonly [string, number])[] = [
  ['令和', 2019],
  ['平成', 1989],
  ['昭和', 1926],
  ['大正', 1912],
  ['明治', 1868],
  ['R', 2019],
  ['H', 1989],
  ['S', 1926],
  ['T', 1912],
  ['M', 1868],
];
/** 元 ("first") stands for year 1 of an era */
const FIRST_YEAR = 0x5143;
const YEAR_MARK = 0x5e74;
const MONTH_MARK = 0x6708;
const DAY_MARK = 0x65e5;
/** years of the Thai solar (Buddhist Era) calendar that WhatsApp writes instead of 1957..2257 */
const BUDDHIST_YEARS = { first: 2500, last: 2800, offset: 543 } as const;

/**
 * The Gregorian year of a year in a Japanese era, by its letter or name; undefined for an unknown era.
 * @example japaneseEraYear('R', 4) // 2022
 */
export function japaneseEraYear(era: string, yearOfEra: number): number | undefined {
  const start = JAPANESE_ERAS.find(([name]) => name === era)?.[1];
  return start === undefined || yearOfEra < 1 ? undefined : start + yearOfEra - 1;
}

/**
 * The Gregorian year of a Buddhist Era year (Thai phones set to that calendar write 2565 for 2022); other years
 * are returned unchanged.
 * @example gregorianYear(2565) // 2022
 */
export function gregorianYear(year: number): number {
  return year >= BUDDHIST_YEARS.first && year <= BUDDHIST_YEARS.last ? year - BUDDHIST_YEARS.offset : year;
}

/** an era year at `p` ("R4", "H31", "令和4", "令和元"): the Gregorian year and where it ends, or null */
function eraYearAt(line: string, p: number, stop: number): { year: number; next: number } | null {
  const before = p > 0 ? line.charCodeAt(p - 1) : 32;
  if ((before >= 65 && before <= 90) || (before >= 97 && before <= 122)) return null;
  for (const [era, start] of JAPANESE_ERAS) {
    if (!line.startsWith(era, p)) continue;
    let q = p + era.length;
    let yearOfEra = 0;
    if (era.length > 1 && line.charCodeAt(q) === FIRST_YEAR) {
      yearOfEra = 1;
      q++;
    } else {
      while (q < stop && q - p - era.length < 2 && digitOf(line.charCodeAt(q)) >= 0) {
        yearOfEra = yearOfEra * 10 + digitOf(line.charCodeAt(q));
        q++;
      }
    }
    if (yearOfEra === 0 || digitOf(line.charCodeAt(q)) >= 0) return null;
    return { year: start + yearOfEra - 1, next: q };
  }
  return null;
}

const endsWord = (c: number): boolean =>
  Number.isNaN(c) || isSpace(c) || isMark(c) || c === 93 || c === 45 || c === 0x2013 || c === 44 || c === 0x60c;

/**
 * Whether a line that the plain scanner refused is worth rewriting: it starts (after marks and a bracket) with a
 * digit of any script or a Japanese era year.
 * @example mayBeLocalHeader('٢٤/٤/٢٠٢٢، ٢:٠٧ م - Sam: hi', 0, 26) // true
 */
export function mayBeLocalHeader(line: string, start: number, end: number): boolean {
  let p = start;
  let c = line.charCodeAt(p);
  while (p < end && (isMark(c) || c === 91)) c = line.charCodeAt(++p);
  return p < end && (digitOf(c) >= 0 || eraYearAt(line, p, end) !== null);
}

/**
 * The header at `start` rewritten to ASCII digits, `,` for the Arabic comma, no direction marks inside,
 * `AM`/`PM` for local words after the time, Japanese era years as Gregorian years, `年`/`月`/`日` as `/`, and the date
 * before the time; null when there is nothing to rewrite. The first characters after the header are copied as they
 * are; the body itself is read from the source line.
 * @example localHeader('٢٤/٤/٢٠٢٢، ٢:٠٧ م - Sam: hi', 0, 26)?.text // '24/4/2022, 2:07 PM - Sam: hi'
 */
export function localHeader(line: string, start: number, end: number): LocalHeader | null {
  const stop = Math.min(end, start + HEADER_WINDOW);
  const codes = CODES;
  const origin = ORIGIN;
  codes.length = 0;
  origin.length = 0;
  let changed = false;
  /** 0: date, 1: inside the time, 2: after the time (a meridiem may follow), 3: body */
  let state = 0;
  let colonSeen = false;
  let p = start;
  while (p < stop && state < 3) {
    if (state === 0 && p - start > DATE_WINDOW) return null;
    const c = line.charCodeAt(p);
    const digit = digitOf(c);
    if (digit >= 0) {
      if (c > 57) changed = true;
      if (state === 2) state = 3;
      else {
        codes.push(48 + digit);
        origin.push(p);
        p++;
        continue;
      }
    } else if (isMark(c)) {
      changed = true;
      p++;
      continue;
    } else if (c === 0x60c) {
      changed = true;
      codes.push(44);
      origin.push(p);
      p++;
      continue;
    } else if (state === 0 && (c === YEAR_MARK || c === MONTH_MARK || c === DAY_MARK)) {
      changed = true;
      if (c !== DAY_MARK) {
        codes.push(47);
        origin.push(p);
      }
      p++;
      continue;
    } else if (state === 0 && (c > 127 || (c >= 65 && c <= 90))) {
      const era = eraYearAt(line, p, stop);
      if (era !== null) {
        changed = true;
        put(String(era.year), p);
        p = era.next;
        continue;
      }
    } else if (c === 58 && state <= 1 && digitOf(line.charCodeAt(p + 1)) >= 0) {
      state = 1;
      colonSeen = true;
    } else if (state === 1 && !(c === 46 && digitOf(line.charCodeAt(p + 1)) >= 0)) {
      state = 2;
    }
    if (state === 2 && MERIDIEM_FIRST.has(c)) {
      const word = MERIDIEM_AFTER.find(([w]) => line.startsWith(w, p) && endsWord(line.charCodeAt(p + w.length)));
      if (word !== undefined) {
        put(word[1], p);
        p += word[0].length;
        changed = true;
        state = 3;
        continue;
      }
    }
    if (state === 2 && !isSpace(c)) state = 3;
    if (state === 3) break;
    codes.push(c);
    origin.push(p);
    p++;
  }
  if (!colonSeen) return null;
  const tail = Math.min(end, p + TAIL_CHARS);
  for (; p < tail; p++) {
    codes.push(line.charCodeAt(p));
    origin.push(p);
  }
  origin.push(p);
  const text = String.fromCharCode.apply(null, codes);
  const timeFirst = TIME_FIRST.exec(text);
  if (timeFirst !== null) {
    const [whole, bracket = '', time = '', date = ''] = timeFirst;
    const dateFirst = `${bracket}${date}, ${time}`;
    return {
      text: dateFirst + text.slice(whole.length),
      origin: [...Array<number>(dateFirst.length).fill(origin[0] ?? start), ...origin.slice(whole.length)],
    };
  }
  return changed ? { text, origin } : null;
}

/**
 * A header that writes the time before the date (Vietnamese: `[14:05, 03/02/2022] `, `14:05, 03/02/2022 - `):
 * bracket, time with optional seconds and AM/PM, date; what follows (`]`, ` - `, `: `) is left in place.
 */
const TIME_FIRST =
  /^(\[?)(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \u00a0\u202f]?[AaPp]\.?[ \u00a0]?[Mm]\.?)?),? (\d{1,4}[/.-] ?\d{1,2}[/.-] ?\d{1,4})(?=\]| [-\u2013] |: )/;
