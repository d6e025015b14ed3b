import { describe, expect, it } from 'vitest';
import { coachDrafts } from '../../eval/safety-fit.ts';
import { fitHashed, hashedRow, hashedScore, quantise } from '../../eval/safety-hashed-fit.ts';
import { hashedGateOpens, hashedScores, nearRule, opensScore } from '../../src/safety/check.ts';
import { decodeHashed, type HashedModel, hashedFeatures, hashedLogits } from '../../src/safety/hashed.ts';
import storedHashed from '../../src/safety/hashed-model.json';
import { checkSafety } from '../../src/safety/index.ts';

const bucketsOf = (text: string, bits = 14) => {
  const { buckets, count } = hashedFeatures(text, bits);
  return [...buckets.slice(0, count)];
};

describe('the hashed whole-message score', () => {
  it('reads a message folded: case, accents, curly apostrophes and runs of punctuation do not change it', () => {
    expect(bucketsOf('ÉL ME PEGÓ… ¡otra vez!')).toEqual(bucketsOf('el me pego otra vez'));
    expect(bucketsOf('I can’t')).toEqual(bucketsOf("i can't"));
    expect(bucketsOf('el me pego')).not.toEqual(bucketsOf('el me pega'));
  });

  it('gives each word, each pair of words and each run of three to five symbols, in range', () => {
    // "hit me": 2 words, 1 pair; read as " hit me " (a space before and after) it is 8 symbols, giving 6 + 5 + 4 runs
    const buckets = bucketsOf('hit me', 10);
    expect(buckets).toHaveLength(2 + 1 + 6 + 5 + 4);
    for (const b of buckets) expect(b).toBeGreaterThanOrEqual(0);
    for (const b of buckets) expect(b).toBeLessThan(1 << 10);
  });

  it('stores its table in one byte a weight, and reads it back within half a step', () => {
    const rows = ['he hits me', 'i will kill you', 'i want to die', 'see you at eight', 'pizza tonight?'].map(
      (text, i) =>
        hashedRow(
          {
            id: `${i}`,
            text,
            lang: 'en',
            author: 'me',
            concerns: [[['abuse'], ['danger'], ['self_harm'], [], []][i]].flat() as never[],
            kind: i < 3 ? 'positive' : 'negative',
          },
          8,
        ),
    );
    const fitted = fitHashed(rows, 8);
    const model = quantise(fitted, [1, 1, 1]);
    const table = decodeHashed(model);
    expect(table.weights).toHaveLength(fitted.weights.length);
    fitted.weights.forEach((w, i) => {
      expect(Math.abs((table.weights[i] as number) - w)).toBeLessThanOrEqual(model.scale / 2 + 1e-6);
    });
    const out = new Float64Array(3);
    hashedLogits(table, 'he hits me', out);
    const exact = hashedScore(fitted, rows[0] as (typeof rows)[number]);
    for (let k = 0; k < 3; k++) expect(out[k]).toBeCloseTo(exact[k] as number, 1);
    expect(out[1]).toBeGreaterThan(out[0] as number);
  });

  it.each([
    '',
    'k',
    'ok!',
    'hey you',
    'ÉL ME PEGÓ… ¡otra vez!',
    'I can’t do this anymore, he said he’d hurt me if I left',
    '   spaces   and\ttabs\n',
    'emoji 😘😘 and 12:30',
  ])('scores %j with exactly the sum of its features’ weights', (text) => {
    const table = decodeHashed(storedHashed as HashedModel);
    const { buckets, count } = hashedFeatures(text, table.model.bits);
    const sums = [0, 0, 0];
    for (let i = 0; i < count; i++) {
      for (let k = 0; k < 3; k++)
        sums[k] = (sums[k] as number) + (table.weights[3 * (buckets[i] as number) + k] as number);
    }
    const norm = 1 / Math.sqrt(Math.max(1, count));
    const out = new Float64Array(3);
    hashedLogits(table, text, out);
    expect([...out]).toEqual(sums.map((sum, k) => (table.model.bias[k] as number) + sum * norm));
  });

  it('lets only a few ordinary messages through its gate', () => {
    const model = storedHashed as HashedModel;
    const ordinary = coachDrafts().filter((d) => d.concerns.length === 0);
    const through = ordinary.filter((d) => hashedGateOpens(hashedScores(d.text), model.gate)).length;
    expect(through / ordinary.length).toBeLessThan(0.03);
  });

  it.each([["everyone keeps telling me i'm crazy, he told all my friends, now nobody calls", 'abuse']])(
    'lets the learned score read %j, which no listed word opens, and finds %s',
    (text, concern) => {
      expect(nearRule(text)).toBe(false);
      expect(opensScore(text)).toBe(true);
      expect(checkSafety(text)?.concerns).toContain(concern);
    },
  );

  it('keeps an ordinary message closed', () => {
    for (const text of ['see you at eight, love you', 'the match was brutal, we got crushed']) {
      expect(opensScore(text)).toBe(false);
    }
  });
});
