// one pass over a message's characters finds every indexed word start: which rules could match, which concepts occur

/**
 * Symbols of the index: a–z, then space, apostrophe, digits, hyphen and slash ("w/o"). Every other character ends a word.
 * Text is folded on the fly as foldForSafety folds it: lower case, accents dropped, ß as "ss", curly
 * apostrophes straight, runs of white space as one space, zero-width characters skipped.
 */
const SPACE = 26;
const APOSTROPHE = 27;
const DIGIT = 28;
const HYPHEN = 38;
const SLASH = 39;
const SYMBOLS = 40;
const BREAK = 255;
const SKIP = 254;
const SHARP_S = 253;

const FOLD = new Uint8Array(0x2100).fill(BREAK);
for (let c = 97; c <= 122; c++) FOLD[c] = c - 97;
for (let c = 65; c <= 90; c++) FOLD[c] = c - 65;
for (let c = 48; c <= 57; c++) FOLD[c] = DIGIT + c - 48;
for (const c of [32, 9, 10, 13, 0xa0, 0x2007, 0x202f]) FOLD[c] = SPACE;
for (const c of [39, 0x2018, 0x2019, 0x02bc, 0xb4, 96]) FOLD[c] = APOSTROPHE;
FOLD[45] = HYPHEN;
FOLD[47] = SLASH;
FOLD[0xdf] = SHARP_S;
for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060]) FOLD[c] = SKIP;
for (let c = 0xc0; c < 0x250; c++) {
  const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0);
  if (c !== 0xdf && base < 128 && FOLD[base] !== undefined && (FOLD[base] as number) < SPACE)
    FOLD[c] = FOLD[base] as number;
}

const FOLD_SIZE = FOLD.length;
const symbolOf = (code: number): number => (code < FOLD_SIZE ? (FOLD[code] as number) : code === 0xfe0f ? SKIP : BREAK);
const isWordSymbol = (symbol: number): boolean =>
  symbol < SPACE || symbol === APOSTROPHE || (symbol >= DIGIT && symbol < HYPHEN);
/** 1 for the symbols that continue a word, by symbol */
const WORD_SYMBOL = new Uint8Array(256).map((_, symbol) => (isWordSymbol(symbol) ? 1 : 0));

/** an index of literal word starts, each carrying an id; entries may span several words */
export class WordIndex {
  private transitions = new Int32Array(SYMBOLS * 1024);
  private nodes = 1;
  /** per node: 1 + the first of the entries ending there (0 for none); entries chain through `nextEnding` */
  private firstEnding = new Int32Array(1024);
  private readonly endingId: number[] = [];
  private readonly endingWhole: boolean[] = [];
  private readonly nextEnding: number[] = [];

  /** adds a literal (already folded); `whole` makes it match only as a whole word */
  add(literal: string, id: number, wholeWord = false): void {
    let whole = wholeWord;
    const text = literal.replace(/^[^a-z0-9]+/, '');
    if (text.length === 0) return;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const symbol = symbolOf(text.charCodeAt(i));
      if (symbol === SKIP) continue;
      // a character the index does not hold ends the literal there: its start is still required
      if (symbol === SHARP_S || symbol >= SYMBOLS) {
        whole = false;
        break;
      }
      const slot = node * SYMBOLS + symbol;
      let next = this.transitions[slot] ?? 0;
      if (next === 0) {
        next = this.nodes++;
        if (next * SYMBOLS >= this.transitions.length) {
          const grown = new Int32Array(this.transitions.length * 2);
          grown.set(this.transitions);
          this.transitions = grown;
        }
        this.transitions[slot] = next;
      }
      node = next;
    }
    if (node === 0) return;
    if (node >= this.firstEnding.length) {
      const grown = new Int32Array(Math.max(node + 1, this.firstEnding.length * 2));
      grown.set(this.firstEnding);
      this.firstEnding = grown;
    }
    this.endingId.push(id);
    this.endingWhole.push(whole);
    this.nextEnding.push(this.firstEnding[node] ?? 0);
    this.firstEnding[node] = this.endingId.length;
  }

  /**
   * Calls `hit(id)` for every indexed literal that starts at a word start of `text` (folded on the fly).
   * @example index.scan('I want to DIE', (id) => seen.add(id))
   */
  scan(text: string, hit: (id: number) => void): void {
    const transitions = this.transitions;
    const firstEnding = this.firstEnding;
    const length = text.length;
    let previousWasWord = false;
    for (let start = 0; start < length; start++) {
      const code = text.charCodeAt(start);
      const first = code < FOLD_SIZE ? (FOLD[code] as number) : code === 0xfe0f ? SKIP : BREAK;
      if (first === SKIP) continue;
      const startsWord = !previousWasWord && (first < SPACE || (first >= DIGIT && first < HYPHEN));
      // after an apostrophe a new word may start (French and Portuguese elision: m'a, d'un)
      previousWasWord = (WORD_SYMBOL[first] === 1 && first !== APOSTROPHE) || first === SHARP_S;
      if (!startsWord || (first !== SHARP_S && (transitions[first] as number) === 0)) continue;
      let node = 0;
      let lastSymbol = -1;
      let pendingS = 0;
      for (let i = start; i < length || pendingS > 0; ) {
        let symbol: number;
        if (pendingS > 0) {
          symbol = 18;
          pendingS--;
        } else {
          const c = text.charCodeAt(i);
          symbol = c < FOLD_SIZE ? (FOLD[c] as number) : c === 0xfe0f ? SKIP : BREAK;
          i++;
          if (symbol === SKIP) continue;
          if (symbol === SHARP_S) {
            symbol = 18;
            pendingS = 1;
          }
          if (symbol === SPACE && lastSymbol === SPACE) continue;
        }
        if (symbol >= SYMBOLS) break;
        const next = transitions[node * SYMBOLS + symbol] as number;
        if (next === 0) break;
        node = next;
        lastSymbol = symbol;
        let ending = node < firstEnding.length ? (firstEnding[node] as number) : 0;
        if (ending !== 0) {
          const after = pendingS > 0 ? 18 : i < length ? symbolOf(text.charCodeAt(i)) : BREAK;
          const wordGoesOn = WORD_SYMBOL[after] === 1 || after === SHARP_S;
          for (; ending !== 0; ending = this.nextEnding[ending - 1] ?? 0) {
            if (!this.endingWhole[ending - 1] || !wordGoesOn) hit(this.endingId[ending - 1] ?? 0);
          }
        }
      }
    }
  }
}
