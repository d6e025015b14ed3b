import { describe, expect, it } from 'vitest';
import { createProgress, formatByteCount, renderProgress } from '../src/ui/progress.ts';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 100, write: (text: string) => writes.push(text) } };
}

describe('renderProgress', () => {
  it.each([
    [{ bytes: 0, totalBytes: 1000 }, /\[-{24}\] 0% 0 B of 1\.0 KB/],
    [{ bytes: 500, totalBytes: 1000, messages: 1234 }, /\[#{12}-{12}\] 50% 500 B of 1\.0 KB · 1,234 messages/],
    [{ bytes: 2000, totalBytes: 1000 }, /\[#{24}\] 100%/],
    [{ bytes: 48_300_000 }, /^Reading 48\.3 MB$/],
  ])('%j', (update, expected) => {
    expect(renderProgress('Reading', update)).toMatch(expected);
  });

  it('formats byte counts for people', () => {
    expect([formatByteCount(999), formatByteCount(1500), formatByteCount(2_500_000_000)]).toEqual([
      '999 B',
      '1.5 KB',
      '2.5 GB',
    ]);
  });
});

describe('createProgress', () => {
  it('redraws at most once per interval and clears the line at the end', () => {
    const { writes, stream } = fakeStream(true);
    let now = 0;
    const bar = createProgress({ label: 'Reading', stream, now: () => now, intervalMs: 100 });
    bar.update({ bytes: 1, totalBytes: 10 });
    now = 50;
    bar.update({ bytes: 2, totalBytes: 10 });
    now = 150;
    bar.update({ bytes: 3, totalBytes: 10 });
    bar.done();
    bar.update({ bytes: 4, totalBytes: 10 });
    bar.done();
    expect(writes).toHaveLength(3);
    expect(writes[0]).toContain('10%');
    expect(writes[1]).toContain('30%');
    expect(writes[2]).toBe('\r\u001b[2K');
  });

  it('shows a note at once, even right after a redraw, and clears it at the end', () => {
    const { writes, stream } = fakeStream(true);
    const bar = createProgress({ label: 'Looking', stream, now: () => 0, intervalMs: 100 });
    bar.update({ bytes: 1, totalBytes: 10 });
    bar.note('at 12 messages, week by week …');
    bar.update({ bytes: 2, totalBytes: 10 });
    bar.done();
    bar.note('too late');
    expect(writes).toHaveLength(3);
    expect(writes[1]).toContain('Looking at 12 messages, week by week …');
    expect(writes[2]).toBe('\r\u001b[2K');
  });

  it.each([
    ['stderr is not a terminal', false, undefined],
    ['it is switched off (--json)', true, false],
  ])('stays silent when %s', (_label, isTTY, enabled) => {
    const { writes, stream } = fakeStream(isTTY);
    const bar = createProgress({ label: 'Reading', stream, ...(enabled === undefined ? {} : { enabled }) });
    bar.update({ bytes: 5, totalBytes: 10 });
    bar.note('at 5 messages');
    bar.done();
    expect(writes).toEqual([]);
  });
});
