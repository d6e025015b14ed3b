// the journal chart's two lines: the chat's connection index and the felt connection, week by week
import { weekOf } from './plan-rules.ts';

/** what the chart needs of one journal entry */
export interface FeltEntry {
  readonly day: string;
  readonly connection: number | null;
}

/** weeks of both lines: the chat's index (0–100) and the mean felt connection, scaled from 1–5 to 0–100 */
export function journalSeries(entries: readonly FeltEntry[], weeks: readonly { start: string; connection: number }[]) {
  const felt = new Map<string, number[]>();
  for (const entry of entries) {
    if (entry.connection === null) continue;
    const week = weekOf(new Date(`${entry.day}T12:00:00`));
    felt.set(week, [...(felt.get(week) ?? []), entry.connection]);
  }
  const days = [...new Set([...weeks.map((w) => w.start), ...felt.keys()])].sort();
  const chat = new Map(weeks.map((w) => [w.start, w.connection]));
  return {
    days,
    chat: days.map((d) => chat.get(d) ?? null),
    felt: days.map((d) => {
      const values = felt.get(d);
      return values ? ((values.reduce((a, b) => a + b, 0) / values.length - 1) / 4) * 100 : null;
    }),
  };
}
