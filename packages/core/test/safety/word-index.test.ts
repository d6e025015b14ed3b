import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCheckIndex, checkIndexSnapshot } from '../../src/safety/check.ts';
import { conceptsOf } from '../../src/safety/concepts.ts';
import { WordIndex } from '../../src/safety/word-index.ts';

const EVAL = join(import.meta.dirname, '..', '..', 'eval');

/** every message text of every labelled file, the coach's and the safety check's */
function labelledTexts(): string[] {
  const texts: string[] = [];
  const files = [EVAL, join(EVAL, 'safety')].flatMap((folder) =>
    readdirSync(folder)
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => join(folder, f)),
  );
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line) as { text?: unknown };
      if (typeof row.text === 'string') texts.push(row.text);
    }
  }
  return texts;
}

const hits = (index: WordIndex, text: string): number[] => {
  const found: number[] = [];
  index.scan(text, (id) => found.push(id));
  return found;
};

describe('the word index', () => {
  it('finds word starts, whole words, phrases, accents and ß', () => {
    const index = new WordIndex();
    index.add('kill', 1);
    index.add('die', 2, true);
    index.add('back door', 3);
    index.add('strasse', 4);
    index.add('schlagt', 5);
    expect(hits(index, 'I will KILL them')).toEqual([1]);
    expect(hits(index, 'killing time')).toEqual([1]);
    expect(hits(index, 'skill')).toEqual([]);
    expect(hits(index, 'I want to die')).toEqual([2]);
    expect(hits(index, 'diet coke')).toEqual([]);
    expect(hits(index, 'at the back  door')).toEqual([3]);
    expect(hits(index, 'die Straße')).toEqual([2, 4]);
    expect(hits(index, 'er schlägt mich')).toEqual([5]);
  });

  it('rebuilt from its snapshot, finds exactly what the built index finds in every labelled message', () => {
    const { index } = buildCheckIndex();
    const snapshot = index.snapshot();
    // a snapshot may also come as plain lists of numbers (the CLI's build stores the typed arrays' bytes)
    const restored = WordIndex.fromSnapshot(
      JSON.parse(JSON.stringify(snapshot, (_, item) => (ArrayBuffer.isView(item) ? [...(item as Int32Array)] : item))),
    );
    expect(restored.snapshot()).toEqual(snapshot);
    const texts = labelledTexts();
    expect(texts.length).toBeGreaterThan(10_000);
    const differing = texts.filter((text) => hits(index, text).join() !== hits(restored, text).join());
    expect(differing).toEqual([]);
    // the comparison is not empty: thousands of messages hold indexed words
    expect(texts.filter((text) => hits(index, text).length > 0).length).toBeGreaterThan(5_000);
  });

  it('stores the check index with the rules it cannot hold', () => {
    const stored = checkIndexSnapshot();
    expect(stored.index).toEqual(buildCheckIndex().index.snapshot());
    expect(stored.unindexed).toEqual(buildCheckIndex().unindexed);
  });

  it('stores the concepts index, which finds in every labelled message the concepts conceptsOf finds', () => {
    const restored = WordIndex.fromSnapshot(checkIndexSnapshot().concepts);
    const texts = labelledTexts();
    const bitsOf = (text: string) => hits(restored, text).reduce((bits, bit) => bits | (1 << bit), 0);
    const differing = texts.filter((text) => bitsOf(text) !== conceptsOf(text));
    expect(differing).toEqual([]);
    expect(texts.filter((text) => conceptsOf(text) !== 0).length).toBeGreaterThan(1_000);
  });

  it('refuses to grow once rebuilt from a snapshot', () => {
    const index = new WordIndex();
    index.add('hurt', 1);
    expect(() => WordIndex.fromSnapshot(index.snapshot()).add('harm', 2)).toThrow(/cannot be added to/);
  });
});
