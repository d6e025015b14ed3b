// `reconnect coach --batch`: JSON Lines in, one result per line out, streaming with constant memory
import type { Readable, Writable } from 'node:stream';
import { type CoachContext, coachMessage } from '@reconnect/core/coach';

const NEWLINE = 10;
const FLUSH_BYTES = 1 << 16;
/** a single input line longer than this is reported and skipped rather than buffered */
export const MAX_LINE_BYTES = 1 << 20;

export interface BatchSummary {
  readonly lines: number;
  readonly failed: number;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** one output line for one input line: the coach result, or `{ line, error }` */
function coachLine(bytes: Uint8Array, lineNumber: number): { json: string; ok: boolean } {
  const fail = (error: string) => ({ json: JSON.stringify({ line: lineNumber, error }), ok: false });
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return fail('this line is not valid UTF-8 text');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('this line is not valid JSON; expected {"text": "..."}');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail('expected an object like {"text": "..."}');
  const message = (value as { text?: unknown }).text;
  if (typeof message !== 'string') return fail('expected a "text" field holding a string');
  if (message.trim() === '') return fail('the message is empty');
  const context = (value as { context?: unknown }).context;
  return { json: JSON.stringify(coachMessage(message, contextFrom(context))), ok: true };
}

function contextFrom(raw: unknown): CoachContext | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { unansweredCount, hoursSinceTheirLastMessage } = raw as Record<string, unknown>;
  return {
    ...(typeof unansweredCount === 'number' ? { unansweredCount } : {}),
    ...(typeof hoursSinceTheirLastMessage === 'number' ? { hoursSinceTheirLastMessage } : {}),
  };
}

/**
 * Coaches every line of `input` and writes one JSON line per input line to `output`, in order.
 * Blank lines are skipped; a bad line yields `{ "line": N, "error": "…" }` and the rest go on.
 */
export async function coachBatch(
  input: Readable,
  output: Writable,
  onError: (lineNumber: number, error: string) => void,
): Promise<BatchSummary> {
  // results are written as UTF-8 into one buffer and sent in blocks: cheaper than joining strings for each block
  let pending = Buffer.allocUnsafe(FLUSH_BYTES * 2);
  let pendingBytes = 0;
  let lines = 0;
  let failed = 0;
  let carry: Uint8Array | null = null;
  let skippingLongLine = false;

  const flush = async () => {
    if (pendingBytes === 0) return;
    const chunk = pending.subarray(0, pendingBytes);
    // the written block stays with the stream until it is sent: the next results go into a new buffer
    pending = Buffer.allocUnsafe(FLUSH_BYTES * 2);
    pendingBytes = 0;
    if (!output.write(chunk)) await new Promise<void>((resolve) => output.once('drain', resolve));
  };
  /** adds one result line; true when the block is full and should be sent */
  const push = (json: string): boolean => {
    // a UTF-16 unit takes at most 3 bytes of UTF-8
    const most = pendingBytes + json.length * 3 + 1;
    if (most > pending.length) {
      const grown = Buffer.allocUnsafe(most);
      pending.copy(grown, 0, 0, pendingBytes);
      pending = grown;
    }
    pendingBytes += pending.write(json, pendingBytes, 'utf8');
    pending[pendingBytes++] = NEWLINE;
    return pendingBytes >= FLUSH_BYTES;
  };
  /** coaches one input line; true when the block of results is full and should be sent */
  const handle = (bytes: Uint8Array): boolean => {
    lines++;
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 13) end--;
    const line = bytes.subarray(0, end);
    if (line.every((b) => b === 32 || b === 9)) return false;
    const { json, ok } = coachLine(line, lines);
    if (!ok) {
      failed++;
      onError(lines, (JSON.parse(json) as { error: string }).error);
    }
    return push(json);
  };
  const tooLong = async () => {
    lines++;
    failed++;
    const error = `this line is longer than ${MAX_LINE_BYTES} bytes`;
    onError(lines, error);
    if (push(JSON.stringify({ line: lines, error }))) await flush();
  };

  for await (const chunk of input as AsyncIterable<Uint8Array>) {
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE, start); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      if (skippingLongLine) {
        skippingLongLine = false;
        carry = null;
      } else if (carry) {
        const joined = new Uint8Array(carry.length + nl - start);
        joined.set(carry);
        joined.set(chunk.subarray(start, nl), carry.length);
        carry = null;
        if (handle(joined)) await flush();
      } else if (handle(chunk.subarray(start, nl))) await flush();
      start = nl + 1;
    }
    if (start < chunk.length && !skippingLongLine) {
      const rest = chunk.subarray(start);
      const size: number = (carry?.length ?? 0) + rest.length;
      if (size > MAX_LINE_BYTES) {
        await tooLong();
        skippingLongLine = true;
        carry = null;
      } else {
        const joined: Uint8Array = new Uint8Array(size);
        if (carry) joined.set(carry);
        joined.set(rest, carry?.length ?? 0);
        carry = joined;
      }
    }
  }
  if (carry && carry.length > 0) handle(carry);
  await flush();
  return { lines, failed };
}
