// reading fields of parsed export JSON defensively, and the counted warnings the JSON importers share
import type { JsonValue } from './json-types.ts';

export type JsonRecord = { readonly [key: string]: JsonValue };

/** the largest time a Date can hold, in epoch milliseconds */
export const MAX_EPOCH_MS = 8.64e15;

/**
 * The value as an object, or undefined for arrays, null and scalars.
 * @example asRecord({ a: 1 })?.a // 1
 */
export const asRecord = (value: JsonValue | undefined): JsonRecord | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;

/**
 * The value when it is a string.
 * @example asString(3) // undefined
 */
export const asString = (value: JsonValue | undefined): string | undefined =>
  typeof value === 'string' ? value : undefined;

/**
 * An id written as a string or a finite number, as text.
 * @example asIdText(42) // '42'
 */
export const asIdText = (value: JsonValue | undefined): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

export type JsonImportWarning = 'not-a-message' | 'no-time' | 'zoneless-time' | 'broken-characters';

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

const WARNING_TEXT: Record<JsonImportWarning, (count: number) => string> = {
  'not-a-message': (n) => `${plural(n, 'entry was', 'entries were')} not a message and skipped`,
  'no-time': (n) =>
    `${plural(n, 'message had', 'messages had')} no readable time and ${n === 1 ? 'was' : 'were'} skipped`,
  'zoneless-time': (n) =>
    `${plural(n, 'time had', 'times had')} no time zone and ${n === 1 ? 'was' : 'were'} read in the chosen or local time zone`,
  'broken-characters': (n) => `${plural(n, 'broken character was', 'broken characters were')} replaced with \ufffd`,
};

/**
 * Counts recoverable oddities by kind and words them for the person at the end.
 * @example const w = new WarningCounts(); w.add('no-time'); w.texts() // ['1 message had no readable time and was skipped']
 */
export class WarningCounts {
  private readonly counts = new Map<JsonImportWarning, number>();

  add(kind: JsonImportWarning, times = 1): void {
    if (times > 0) this.counts.set(kind, (this.counts.get(kind) ?? 0) + times);
  }

  texts(): string[] {
    return [...this.counts].map(([kind, count]) => WARNING_TEXT[kind](count));
  }
}
