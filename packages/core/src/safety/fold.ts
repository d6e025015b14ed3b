// folds a message for the safety rules: lower case, no accents, plain quotes, single spaces

const MARKS = /[\u0300-\u036f]/g;
const NOT_ASCII = /[^\u0020-\u007e]/;

/**
 * Lower-cases and folds a message so that one pattern reads "está", "esta" and "ESTÁ" alike.
 * Offsets are not kept: the safety check reports whole messages, not spans.
 * @example foldForSafety('Ich will NICHT mehr leben’') // "ich will nicht mehr leben'"
 */
export function foldForSafety(text: string): string {
  let folded = text.toLowerCase();
  if (NOT_ASCII.test(folded)) {
    folded = folded
      .normalize('NFD')
      .replace(MARKS, '')
      .replace(/ß/g, 'ss')
      .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
      .replace(/[\u201c\u201d\u00ab\u00bb\u201e]/g, '"')
      .replace(/[\u2026]/g, '...')
      .replace(/[\u200b-\u200f\u2060]|\ufe0f/g, '');
  }
  return folded.replace(/\s+/g, ' ');
}
