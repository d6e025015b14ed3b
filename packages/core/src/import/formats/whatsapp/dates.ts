// WhatsApp dates: which of day and month comes first, and packed dates to UTC times in one date order

import type { ZoneClock } from '../../../time/index.ts';
import type { ImportOptions } from '../../types.ts';
import { isCalendarDate } from './header.ts';

export type DateOrder = 'day-first' | 'month-first';

/** what the lines of one file showed about their date order */
export interface DateEvidence {
  /** lines whose first non-year field is > 12 (so it must be the day) */
  firstIsDay: number;
  /** lines whose second non-year field is > 12 */
  secondIsDay: number;
  /** the file writes the year first (2023/12/31) */
  yearFirst: boolean;
  twelveHour: boolean;
}

/**
 * The order used until a line decides: the option, else month-first for year-first or 12-hour files, else day-first.
 * @example defaultOrder({ firstIsDay: 0, secondIsDay: 0, yearFirst: false, twelveHour: true }, {}) // 'month-first'
 */
export function defaultOrder(evidence: DateEvidence, options: ImportOptions): DateOrder {
  return options.dateOrder ?? (evidence.yearFirst || evidence.twelveHour ? 'month-first' : 'day-first');
}

/**
 * The date order for the whole file: the lines whose day is > 12 decide, by majority; else the default, with a warning.
 * @example decideDateOrder({ firstIsDay: 3, secondIsDay: 0, yearFirst: false, twelveHour: true }, {}, []) // 'day-first'
 */
export function decideDateOrder(evidence: DateEvidence, options: ImportOptions, warnings: string[]): DateOrder {
  const { firstIsDay, secondIsDay } = evidence;
  if (firstIsDay > 0 || secondIsDay > 0) {
    const order: DateOrder = firstIsDay >= secondIsDay ? 'day-first' : 'month-first';
    if (firstIsDay > 0 && secondIsDay > 0) {
      warnings.push(
        `The dates mix day-first and month-first (${Math.min(firstIsDay, secondIsDay)} line(s) disagree); they were read as ${order}.`,
      );
    }
    return order;
  }
  const order = defaultOrder(evidence, options);
  if (options.dateOrder === undefined && !evidence.yearFirst) {
    warnings.push(
      `No date in this chat shows whether the day or the month comes first; they were read as ${order} (${
        evidence.twelveHour ? '12-hour clock' : '24-hour clock'
      }). Use the date-order option if that is wrong.`,
    );
  }
  return order;
}

/**
 * Turns packed dates (first | second << 5 | (year − 1900) << 10) and seconds of the day into epoch ms for one
 * date order, converting each day once.
 * @example new DayConverter(createZoneClock('UTC'), true).toEpoch(1 | (2 << 5) | (124 << 10), 60) // 2024-01-02T00:01Z
 */
export class DayConverter {
  /** dates that only existed with day and month swapped */
  swapped = 0;
  private lastDate = -1;
  private year = 0;
  private month = 0;
  private day = 0;
  private uniform = true;
  private dayStart = 0;

  constructor(
    private readonly clock: ZoneClock,
    readonly monthFirst: boolean,
  ) {}

  toEpoch(date: number, secondsOfDay: number): number {
    if (date !== this.lastDate) {
      this.lastDate = date;
      const first = date & 31;
      const second = (date >> 5) & 31;
      const year = (date >> 10) + 1900;
      let month = this.monthFirst ? first : second;
      let day = this.monthFirst ? second : first;
      if (!isCalendarDate(year, month, day)) {
        [month, day] = [day, month];
        this.swapped++;
      }
      this.year = year;
      this.month = month;
      this.day = day;
      this.uniform = this.clock.uniformDay(year, month, day);
      this.dayStart = this.clock.toEpoch(year, month, day, 0, 0, 0);
    }
    if (this.uniform) return this.dayStart + secondsOfDay * 1000;
    const hour = Math.floor(secondsOfDay / 3600);
    const minute = Math.floor((secondsOfDay % 3600) / 60);
    return this.clock.toEpoch(this.year, this.month, this.day, hour, minute, secondsOfDay % 60);
  }
}
