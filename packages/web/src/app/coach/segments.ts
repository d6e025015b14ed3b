// cuts a coached message into runs of text, each with the marks (pressure and strengths) that cover it
import type { CoachFlag, CoachResult, CoachStrength } from '@reconnect/core/coach';

export interface Segment {
  /** UTF-16 offsets into the message */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly flags: readonly CoachFlag[];
  readonly strengths: readonly CoachStrength[];
}

/**
 * The message as consecutive segments; a segment's marks are those whose span covers all of it.
 * @example markSegments({ text: 'hi you', flags: [], strengths: [] }) // [{ start: 0, end: 6, text: 'hi you', … }]
 */
export function markSegments(result: Pick<CoachResult, 'text' | 'flags' | 'strengths'>): Segment[] {
  const { text } = result;
  const inside = (mark: { start: number; end: number }) => mark.start < mark.end && mark.end <= text.length;
  const flags = result.flags.filter(inside);
  const strengths = result.strengths.filter(inside);
  const cuts = new Set([0, text.length]);
  for (const mark of [...flags, ...strengths]) {
    cuts.add(Math.max(0, mark.start));
    cuts.add(mark.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] as number;
    const end = sorted[i + 1] as number;
    const covers = (mark: { start: number; end: number }) => mark.start <= start && mark.end >= end;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      flags: flags.filter(covers),
      strengths: strengths.filter(covers),
    });
  }
  return segments;
}
