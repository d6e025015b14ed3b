// chart-only formatting for the report; plain-language wording lives in the core (wording.ts)
import { formatDay } from '@reconnect/core/playbook';

/**
 * A duration short enough for an axis label.
 * @example formatMinutesShort(150) // "2.5 h"
 */
export function formatMinutesShort(minutes: number): string {
  if (minutes <= 0) return '0';
  if (minutes < 60) return `${Math.round(minutes)} m`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 6) / 10} h`.replace('.0 h', ' h');
  return `${Math.round(minutes / 144) / 10} d`;
}

/**
 * Seconds since the epoch at midnight UTC of a calendar date, the x value of chart points.
 * @example daySeconds('1970-01-02') // 86400
 */
export function daySeconds(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

/**
 * A chart's x value (seconds at midnight UTC) as a date like every other date in the report.
 * @example axisDate(daySeconds('2025-05-17')) // "17 May 2025"
 */
export function axisDate(seconds: number): string {
  return formatDay(new Date(seconds * 1000).toISOString().slice(0, 10));
}
