import { describe, expect, it } from 'vitest';
import { TextMemo } from '../src/text-memo.ts';

describe('the memo of texts said again', () => {
  it('gives back what it kept, including null, and nothing for a text it has not seen', () => {
    const memo = new TextMemo<string | null>(10);
    expect(memo.get('ok')).toBeUndefined();
    expect(memo.keep('ok', null)).toBeNull();
    expect(memo.get('ok')).toBeNull();
    expect(memo.keep('love you', 'found')).toBe('found');
    expect(memo.get('love you')).toBe('found');
    expect(memo.get('love you!')).toBeUndefined();
  });

  it('keeps no more than its bound', () => {
    const memo = new TextMemo<number>(3);
    for (let i = 0; i < 5; i++) memo.keep(`text ${i}`, i);
    expect(memo.size).toBe(3);
    expect(memo.get('text 4')).toBeUndefined();
  });

  it('stops answering once full when texts hardly repeat, and keeps answering when they do', () => {
    const unique = new TextMemo<number>(4);
    for (let i = 0; i < 20; i++) if (unique.get(`text ${i}`) === undefined) unique.keep(`text ${i}`, i);
    expect(unique.get('text 0')).toBeUndefined();

    const repeating = new TextMemo<number>(4);
    for (let i = 0; i < 20; i++) {
      const text = i % 2 === 0 ? 'ok' : `text ${i}`;
      if (repeating.get(text) === undefined) repeating.keep(text, i);
    }
    expect(repeating.get('ok')).toBe(0);
  });
});
