import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEGATED, shapeFeatures, stemOf, wordFeatures } from '../../src/coach/model/features.ts';
import storedModel from '../../src/coach/model/model.json';
import { COACH_CATEGORIES, type CoachModel, LearnedScorer, scorerTables } from '../../src/coach/model/scorer.ts';
import { normalize } from '../../src/coach/normalize.ts';
import { describeShape } from '../../src/coach/structure.ts';

const model = storedModel as CoachModel;
const scorer = new LearnedScorer(model);
const words = [
  ...new Set(model.vocabulary.flatMap((f) => (f.startsWith('#') ? [] : f.replace(NEGATED, '').split(' ')))),
].filter((w) => w !== '^' && w !== '$');

describe('the stored coach model', () => {
  it('has a threshold and weights for every category', () => {
    for (const category of COACH_CATEGORIES) {
      const entry = model.categories[category];
      expect(entry.threshold).toBeGreaterThan(0);
      expect(entry.threshold).toBeLessThan(1);
      expect(entry.weights.length % 2).toBe(0);
      for (let k = 0; k < entry.weights.length; k += 2) expect(entry.weights[k]).toBeLessThan(model.vocabulary.length);
    }
  });

  it('scores word lists the same way on the fast path as on feature strings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 30 }),
        (list) => {
          const extras = ['#question', '#long'];
          const slow = scorer.probabilities([...wordFeatures(list), ...extras]);
          const fast = scorer.probabilitiesOfWords(list, extras);
          for (let c = 0; c < COACH_CATEGORIES.length; c++) expect(fast[c]).toBeCloseTo(slow[c] as number, 12);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives higher demand scores to a demand than to logistics', () => {
    const demand = COACH_CATEGORIES.indexOf('demand');
    const score = (text: string) => {
      const normalized = normalize(text);
      return scorer.probabilitiesOfWords(normalized.tokens, shapeFeatures(describeShape(normalized)))[demand] as number;
    };
    expect(score('tell me what is going on with you right now')).toBeGreaterThan(score('the bins go out on tuesday'));
  });
});

describe('a model that names extra feature kinds', () => {
  const vocabulary = ['you', 'never', 'you never', '~ignor', '@call', '@ignor', '#question'];
  const weights = vocabulary.flatMap((_, i) => [i, (i + 1) / 10]);
  const categories = Object.fromEntries(
    COACH_CATEGORIES.map((c, k) => [c, { bias: -k / 10, threshold: 0.5, weights }]),
  ) as unknown as CoachModel['categories'];
  const withKinds = new LearnedScorer({ version: 1, vocabulary, features: ['stem', 'you'], categories });

  it('finds stems and words said of the partner on the fast path as on feature strings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('you', 'u', 'never', 'call', 'calls', 'ignoring', 'ignored', 'me', 'the', 'x'), {
          maxLength: 12,
        }),
        (list) => {
          const slow = withKinds.probabilities([...wordFeatures(list, [], ['stem', 'you']), '#question']);
          const fast = withKinds.probabilitiesOfWords(list, ['#question']);
          for (let c = 0; c < COACH_CATEGORIES.length; c++) expect(fast[c]).toBeCloseTo(slow[c] as number, 12);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts a stem whatever the ending, and a stem after "you" only there', () => {
    const score = (words: string[]) => withKinds.score(wordFeatures(words, [], ['stem', 'you']), 0);
    expect(score(['ignoring'])).toBeCloseTo(score(['ignored']), 12);
    expect(score(['you', 'x', 'ignored'])).toBeGreaterThan(score(['you', 'x', 'x', 'x', 'ignored']));
    expect(stemOf('ignoring')).toBe(stemOf('ignores'));
  });
});

describe('a model that reads cue classes', () => {
  const vocabulary = ['%absolute', '@%absolute', '=%hurt', '\u00ac%worth', '%worth', '%insult', '@%insult', 'you'];
  const weights = vocabulary.flatMap((_, i) => [i, (i + 1) / 10]);
  const categories = Object.fromEntries(
    COACH_CATEGORIES.map((c, k) => [c, { bias: -k / 10, threshold: 0.5, weights }]),
  ) as unknown as CoachModel['categories'];
  const withClasses = new LearnedScorer({ version: 1, vocabulary, features: ['class'], categories });

  it('finds cue classes on the fast path as on feature strings', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('you', 'u', 'i', "i'm", 'me', 'never', 'always', 'not', 'important', 'cried', 'idiot', 'x'),
          { maxLength: 12 },
        ),
        (list) => {
          const slow = withClasses.probabilities([...wordFeatures(list, [], ['class']), '#question']);
          const fast = withClasses.probabilitiesOfWords(list, ['#question']);
          for (let c = 0; c < COACH_CATEGORIES.length; c++) expect(fast[c]).toBeCloseTo(slow[c] as number, 12);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives two words of one class the same feature, and tells who the cue is said of', () => {
    const features = (text: string) => wordFeatures(text.split(' '), [], ['class']).filter((f) => f.includes('%'));
    expect(features('you are an idiot')).toEqual(features('you are a moron'));
    expect(features('you never call')).toContain('@%absolute');
    expect(features('i never call')).not.toContain('@%absolute');
    expect(features('i cried all night')).toContain('=%hurt');
    expect(features('she cried all night')).not.toContain('=%hurt');
    expect(features("i'm not important")).toContain('\u00ac%worth');
  });
});

describe("the scorer's tables", () => {
  const tables = scorerTables(model);
  // the CLI's build stores typed arrays as their bytes; a plain list of numbers must read the same
  const asLists = JSON.parse(
    JSON.stringify(tables, (_, item) => (ArrayBuffer.isView(item) ? [...(item as Float32Array)] : item)),
  );

  it('name every feature again with its own weights, as the stored model names it', () => {
    const restored = LearnedScorer.fromTables(asLists);
    const checked = new Set<number>();
    COACH_CATEGORIES.forEach((category, c) => {
      const none = restored.score([], c);
      const { weights } = model.categories[category];
      for (let k = 0; k < weights.length; k += 2) {
        const feature = model.vocabulary[weights[k] as number] as string;
        expect(restored.score([feature], c) - none).toBeCloseTo(Math.fround(weights[k + 1] as number), 6);
        checked.add(weights[k] as number);
      }
    });
    // nearly every feature carries a weight somewhere, so nearly every name was found again
    expect(checked.size).toBeGreaterThan(model.vocabulary.length * 0.9);
  });

  it('score every word list as the model does, made now or read back from plain lists', () => {
    const restored = LearnedScorer.fromTables(asLists);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 30 }),
        (list) => {
          const expected = [...scorer.probabilitiesOfWords(list, ['#question'])];
          expect([...restored.probabilitiesOfWords(list, ['#question'])]).toEqual(expected);
          expect([...LearnedScorer.fromTables(tables).probabilitiesOfWords(list, ['#question'])]).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
