// types for the VADER lexicon module shipped inside the vader-sentiment package (MIT lexicon, Apache-2.0 port)

declare module 'vader-sentiment/src/vader_lexicon.js' {
  /** word or emoticon → mean valence rating, about -4..4 */
  export const lexicon: Readonly<Record<string, number>>;
}
