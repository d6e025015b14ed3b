// rewrites a WhatsApp header written with local digits, marks, era years or the time first into the plain layout

/** a header rewritten for the plain scanner: `origin[k]` is the index in the source line of `text[k]` */
export interface LocalHeader {
  readonly text: string;
  readonly origin: readonly number[];
}

/** the longest header (in UTF-16 units) worth rewriting; the rest of the line is copied as it is */
const HEADER_WINDOW = 72;

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

const endsWord = (c: number): boolean =>
  Number.isNaN(c) || isSpace(c) || isMark(c) || c === 93 || c === 45 || c === 0x2013 || c === 44 || c === 0x60c;

/**
 * Whether a line that the plain scanner refused is worth rewriting: it starts (after marks and a bracket) with a
 * digit of any script.
 * @example mayBeLocalHeader('٢٤/٤/٢٠٢٢، ٢:٠٧ م - Sam: hi', 0, 26) // true
 */
export function mayBeLocalHeader(line: string, start: number, end: number): boolean {
  let p = start;
  let c = line.charCodeAt(p);
  while (p < end && (isMark(c) || c === 91)) c = line.charCodeAt(++p);
  return p < end && digitOf(c) >= 0;
}

/**
 * The header at `start` rewritten to ASCII digits, `,` for the Arabic comma, no direction marks inside,
 * `AM`/`PM` for local words after the time, and the date before the time; null when there is nothing to rewrite.
 * The body is copied unchanged.
 * @example localHeader('٢٤/٤/٢٠٢٢، ٢:٠٧ م - Sam: hi', 0, 26)?.text // '24/4/2022, 2:07 PM - Sam: hi'
 */
export function localHeader(line: string, start: number, end: number): LocalHeader | null {
  const stop = Math.min(end, start + HEADER_WINDOW);
  let text = '';
  const origin: number[] = [];
  let changed = false;
  /** 0: date, 1: inside the time, 2: after the time (a meridiem may follow), 3: body */
  let state = 0;
  let colonSeen = false;
  let p = start;
  const put = (chars: string, from: number) => {
    text += chars;
    for (let k = 0; k < chars.length; k++) origin.push(from);
  };
  while (p < stop && state < 3) {
    const c = line.charCodeAt(p);
    const digit = digitOf(c);
    if (digit >= 0) {
      if (c > 57) changed = true;
      if (state === 2) state = 3;
      else {
        put(String.fromCharCode(48 + digit), p);
        p++;
        continue;
      }
    } else if (isMark(c)) {
      changed = true;
      p++;
      continue;
    } else if (c === 0x60c) {
      changed = true;
      put(',', p);
      p++;
      continue;
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
    put(line[p] as string, p);
    p++;
  }
  if (!colonSeen) return null;
  for (; p < end; p++) put(line[p] as string, p);
  origin.push(end);
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
