// test helpers: WhatsApp header styles of many locales, to write generated messages the way the apps do

export interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * The wall-clock parts of instant `at` in `timeZone`, as Intl sees them.
 * @example wallParts(0, 'UTC') // { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 }
 */
export function wallParts(at: number, timeZone: string): WallParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

const two = (n: number) => String(n).padStart(2, '0');
const h12 = (h: number) => (h % 12 === 0 ? 12 : h % 12);
const yy = (y: number) => two(y % 100);
/** writes ASCII digits in another script: 0x660 Arabic-Indic, 0x6f0 Persian */
const digitsIn = (zero: number, text: string) =>
  text.replace(/[0-9]/g, (d) => String.fromCharCode(zero + d.charCodeAt(0) - 48));

export interface HeaderStyle {
  readonly name: string;
  readonly order: 'day-first' | 'month-first';
  readonly seconds: boolean;
  write(p: WallParts): string;
  toString(): string;
}

const style = (
  name: string,
  order: HeaderStyle['order'],
  seconds: boolean,
  write: (p: WallParts) => string,
): HeaderStyle => ({
  name,
  order,
  seconds,
  write,
  toString: () => name,
});

/** one header writer per supported layout; `order` is the date order the layout uses */
export const HEADER_STYLES: readonly HeaderStyle[] = [
  style(
    'android en-US',
    'month-first',
    false,
    (p) => `${p.month}/${p.day}/${yy(p.year)}, ${h12(p.hour)}:${two(p.minute)}\u202f${p.hour < 12 ? 'AM' : 'PM'} - `,
  ),
  style(
    'android en-GB',
    'day-first',
    false,
    (p) => `${two(p.day)}/${two(p.month)}/${p.year}, ${two(p.hour)}:${two(p.minute)} - `,
  ),
  style(
    'ios de',
    'day-first',
    true,
    (p) => `[${two(p.day)}.${two(p.month)}.${yy(p.year)}, ${two(p.hour)}:${two(p.minute)}:${two(p.second)}] `,
  ),
  style(
    'ios en-US',
    'month-first',
    true,
    (p) =>
      `\u200e[${p.month}/${p.day}/${yy(p.year)}, ${h12(p.hour)}:${two(p.minute)}:${two(p.second)}\u202f${p.hour < 12 ? 'AM' : 'PM'}] `,
  ),
  style(
    'android de um',
    'day-first',
    false,
    (p) => `${two(p.day)}.${two(p.month)}.${yy(p.year)} um ${two(p.hour)}:${two(p.minute)} - `,
  ),
  style('android fi klo', 'day-first', false, (p) => `${p.day}.${p.month}.${p.year} klo ${p.hour}.${two(p.minute)} - `),
  style(
    'android ko',
    'month-first',
    false,
    (p) => `${p.year}. ${p.month}. ${p.day}. ${p.hour < 12 ? '오전' : '오후'} ${h12(p.hour)}:${two(p.minute)} - `,
  ),
  style(
    'android es',
    'day-first',
    false,
    (p) =>
      `${p.day}/${p.month}/${yy(p.year)}, ${h12(p.hour)}:${two(p.minute)}\u00a0${p.hour < 12 ? 'a.\u00a0m.' : 'p.\u00a0m.'} - `,
  ),
  style(
    'hu',
    'day-first',
    true,
    (p) => `${p.day}. ${p.month}. ${p.year}. ${two(p.hour)}:${two(p.minute)}:${two(p.second)} `,
  ),
  style(
    'ios year-first',
    'month-first',
    true,
    (p) => `[${p.year}/${two(p.month)}/${two(p.day)}, ${two(p.hour)}:${two(p.minute)}:${two(p.second)}] `,
  ),
  style(
    'old ios colon',
    'day-first',
    true,
    (p) => `${two(p.day)}.${two(p.month)}.${yy(p.year)} ${two(p.hour)}.${two(p.minute)}.${two(p.second)}: `,
  ),
  style(
    'ios ja',
    'month-first',
    true,
    (p) =>
      `[${p.year}/${two(p.month)}/${two(p.day)} ${p.hour < 12 ? '午前' : '午後'}${h12(p.hour)}:${two(p.minute)}:${two(p.second)}] `,
  ),
  style(
    'ios ar indic digits',
    'day-first',
    true,
    (p) =>
      `\u200f[${digitsIn(0x660, `${p.day}\u200f/${p.month}\u200f/${p.year}`)}\u060c ${digitsIn(0x660, `${h12(p.hour)}:${two(p.minute)}:${two(p.second)}`)}\u00a0${p.hour < 12 ? 'ص' : 'م'}] `,
  ),
  style(
    'android ar latin digits',
    'day-first',
    false,
    (p) =>
      `${p.day}\u200f/${p.month}\u200f/${p.year}\u060c ${h12(p.hour)}:${two(p.minute)} ${p.hour < 12 ? 'ص' : 'م'} - `,
  ),
  style(
    'android fa',
    'day-first',
    false,
    (p) =>
      `${digitsIn(0x6f0, `${p.day}/${p.month}/${p.year}`)}\u060c ${digitsIn(0x6f0, `${h12(p.hour)}:${two(p.minute)}`)} ${p.hour < 12 ? 'ق.ظ' : 'ب.ظ'} - `,
  ),
  style(
    'ios vi time-first',
    'day-first',
    true,
    (p) => `[${two(p.hour)}:${two(p.minute)}:${two(p.second)}, ${two(p.day)}/${two(p.month)}/${p.year}] `,
  ),
  style(
    'android vi time-first',
    'day-first',
    false,
    (p) => `${p.hour}:${two(p.minute)}, ${p.day}/${p.month}/${p.year} - `,
  ),
  style('android ja era year', 'month-first', false, (p) => {
    const era = p.year > 2019 || (p.year === 2019 && p.month >= 5) ? `R${p.year - 2018}` : `H${p.year - 1988}`;
    return `${p.month}/${p.day}/${era}, ${p.hour}:${two(p.minute)} - `;
  }),
  style(
    'android th buddhist era',
    'month-first',
    false,
    (p) => `${p.month}/${p.day}/${p.year + 543} BE, ${p.hour}:${two(p.minute)} - `,
  ),
];
