import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { repairMojibake } from '../../src/import/mojibake.ts';

/** what Meta's exporter does: every UTF-8 byte written as the character with that code */
const damage = (text: string): string => String.fromCharCode(...new TextEncoder().encode(text));
const hasCharAbove = (text: string, code: number): boolean => [...text].some((c) => (c.codePointAt(0) ?? 0) > code);

describe('repairMojibake', () => {
  test.each([
    ['Ã©tÃ©', 'été'],
    ['RenÃ©', 'René'],
    ['Ã§a va? \u00f0\u009f\u0098\u0080', 'ça va? 😀'],
    ['\u00e2\u009d\u00a4', '❤'],
    ['Caf\u00c3\u00a9 \u00e2\u0080\u0094 \u00e2\u0080\u009coui\u00e2\u0080\u009d', 'Café — “oui”'],
    ['été', 'été'],
    ['naïve ☕', 'naïve ☕'],
    ['naïve', 'naïve'],
    ['plain ascii', 'plain ascii'],
    ['', ''],
    ['😀', '😀'],
    ['Ã© and ☕', 'Ã© and ☕'],
    ['Â', 'Â'],
    ['\u00c3', '\u00c3'],
    ['\u00ed\u00a0\u0080', '\u00ed\u00a0\u0080'],
  ])('%j → %j', (damaged, repaired) => {
    expect(repairMojibake(damaged)).toBe(repaired);
  });

  it('undoes the damage of any text that has a character above U+007F', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (text) => {
        fc.pre(hasCharAbove(text, 0x7f) && new TextDecoder().decode(new TextEncoder().encode(text)) === text);
        expect(repairMojibake(damage(text))).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('never changes text with a character above U+00FF, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = repairMojibake(text);
        if (hasCharAbove(text, 0xff)) expect(out).toBe(text);
        else expect(out.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });
});
