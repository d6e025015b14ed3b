// one pass over a message's characters finds every indexed word start: which rules could match, which concepts occur

import { asTyped } from '../typed-lists.ts';

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

/**
 * A built index as it is read (CompactTrie) with its entries, for building it ahead of time. Typed arrays or plain
 * lists of numbers: the CLI's build stores the typed arrays' bytes, and a restored index reads them as they are.
 */
export interface WordIndexSnapshot {
  readonly nodes: number;
  readonly row: ArrayLike<number>;
  readonly only: ArrayLike<number>;
  readonly rows: ArrayLike<number>;
  readonly firstEnding: ArrayLike<number>;
  readonly endingId: ArrayLike<number>;
  /** 1 for an entry that matches only as a whole word */
  readonly endingWhole: ArrayLike<number>;
  readonly nextEnding: ArrayLike<number>;
}

/**
 * The index as it is read: nodes in depth-first order, so a node's first child is the next node. Most nodes
 * have one child and keep only its symbol; the few that branch (and the root, row 0) have a row of SYMBOLS
 * children. A tenth of the memory of a row per node, which a process would otherwise fill at start-up.
 */
interface CompactTrie {
  /** per node: its row in `rows`, or −1 when it has at most one child */
  readonly row: Int32Array;
  /** per node without a row: the symbol of its one child (the next node), or BREAK for none */
  readonly only: Uint8Array;
  readonly rows: Int32Array;
  /** per node: 1 + the first of the entries ending there (0 for none); entries chain through `nextEnding` */
  readonly firstEnding: Int32Array;
}

/** a compact trie from each node's parent link, in depth-first order (see WordIndexSnapshot) */
function compactFromLinks(nodes: number, links: ArrayLike<number>, endings: ArrayLike<number>): CompactTrie {
  const children = new Uint8Array(nodes);
  for (let child = 1; child < nodes; child++) {
    const parent = child - Math.floor((links[child - 1] as number) / SYMBOLS);
    children[parent] = Math.min(2, (children[parent] as number) + 1);
  }
  const row = new Int32Array(nodes).fill(-1);
  let rowCount = 0;
  row[0] = rowCount++;
  for (let node = 1; node < nodes; node++) if (children[node] === 2) row[node] = rowCount++;
  const rows = new Int32Array(rowCount * SYMBOLS);
  const only = new Uint8Array(nodes).fill(BREAK);
  for (let child = 1; child < nodes; child++) {
    const link = links[child - 1] as number;
    const symbol = link % SYMBOLS;
    const parent = child - (link - symbol) / SYMBOLS;
    const parentRow = row[parent] as number;
    if (parentRow >= 0) rows[parentRow * SYMBOLS + symbol] = child;
    else if (parent === child - 1) only[parent] = symbol;
    else throw new Error('a word index snapshot must number its nodes depth first');
  }
  const firstEnding = new Int32Array(nodes);
  for (let k = 0; k + 1 < endings.length; k += 2) firstEnding[endings[k] as number] = endings[k + 1] as number;
  return { row, only, rows, firstEnding };
}

/** an index of literal word starts, each carrying an id; entries may span several words */
export class WordIndex {
  /** while literals are added: a row of SYMBOLS children per node, in the order nodes were made */
  private transitions = new Int32Array(SYMBOLS * 1024);
  private nodes = 1;
  /** per node, in the same order: 1 + the first of the entries ending there (0 for none) */
  private firstEnding = new Int32Array(1024);
  /** the entries: lists while literals are added, typed arrays once restored from a snapshot */
  private endingId: number[] | Int32Array = [];
  /** 1 for an entry that matches only as a whole word */
  private endingWhole: number[] | Uint8Array = [];
  private nextEnding: number[] | Int32Array = [];
  /** the form that is read, made on the first scan after the last literal was added */
  private compact: CompactTrie | null = null;
  /** an index rebuilt from a snapshot holds no rows to add to */
  private restored = false;

  /** the index as it is read, with its entries (see WordIndexSnapshot) */
  snapshot(): WordIndexSnapshot {
    const { row, only, rows, firstEnding } = this.trie();
    return {
      nodes: this.nodes,
      row,
      only,
      rows,
      firstEnding,
      endingId: Int32Array.from(this.endingId),
      endingWhole: Uint8Array.from(this.endingWhole),
      nextEnding: Int32Array.from(this.nextEnding),
    };
  }

  /**
   * An index rebuilt from its snapshot, without reading a literal again; it cannot be added to. Typed arrays of the
   * snapshot's kinds are read as they are, without a copy.
   * @example WordIndex.fromSnapshot(index.snapshot()) // scans as `index` does
   */
  static fromSnapshot(snapshot: WordIndexSnapshot): WordIndex {
    const index = new WordIndex();
    index.transitions = new Int32Array(0);
    index.firstEnding = new Int32Array(0);
    index.nodes = snapshot.nodes;
    index.restored = true;
    index.compact = {
      row: asTyped(snapshot.row, Int32Array),
      only: asTyped(snapshot.only, Uint8Array),
      rows: asTyped(snapshot.rows, Int32Array),
      firstEnding: asTyped(snapshot.firstEnding, Int32Array),
    };
    index.endingId = asTyped(snapshot.endingId, Int32Array);
    index.endingWhole = asTyped(snapshot.endingWhole, Uint8Array);
    index.nextEnding = asTyped(snapshot.nextEnding, Int32Array);
    return index;
  }

  /** the compact form, renumbering the nodes depth first */
  private trie(): CompactTrie {
    if (this.compact !== null) return this.compact;
    const nodes = this.nodes;
    const order = new Int32Array(nodes);
    const links = new Array<number>(Math.max(0, nodes - 1)).fill(0);
    const stack: number[] = [0];
    const newId = new Int32Array(nodes);
    let next = 0;
    while (stack.length > 0) {
      const node = stack.pop() as number;
      const id = next++;
      newId[node] = id;
      order[id] = node;
      // children pushed last symbol first, so they are numbered in symbol order
      for (let symbol = SYMBOLS - 1; symbol >= 0; symbol--) {
        const child = this.transitions[node * SYMBOLS + symbol] as number;
        if (child !== 0) stack.push(child);
      }
    }
    for (let id = 0; id < nodes; id++) {
      const node = order[id] as number;
      for (let symbol = 0; symbol < SYMBOLS; symbol++) {
        const child = this.transitions[node * SYMBOLS + symbol] as number;
        if (child !== 0) links[(newId[child] as number) - 1] = ((newId[child] as number) - id) * SYMBOLS + symbol;
      }
    }
    const endings: number[] = [];
    for (let node = 0; node < nodes && node < this.firstEnding.length; node++) {
      const first = this.firstEnding[node] as number;
      if (first !== 0) endings.push(newId[node] as number, first);
    }
    this.compact = compactFromLinks(nodes, links, endings);
    return this.compact;
  }

  /** adds a literal (already folded); `whole` makes it match only as a whole word */
  add(literal: string, id: number, wholeWord = false): void {
    if (this.restored) throw new Error('an index rebuilt from a snapshot cannot be added to');
    this.compact = null;
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
    // never typed arrays here: a restored index has thrown above
    (this.endingId as number[]).push(id);
    (this.endingWhole as number[]).push(whole ? 1 : 0);
    (this.nextEnding as number[]).push(this.firstEnding[node] ?? 0);
    this.firstEnding[node] = this.endingId.length;
  }

  /**
   * Calls `hit(id)` for every indexed literal that starts at a word start of `text` (folded on the fly).
   * @example index.scan('I want to DIE', (id) => seen.add(id))
   */
  scan(text: string, hit: (id: number) => void): void {
    const { row, only, rows, firstEnding } = this.trie();
    const length = text.length;
    let previousWasWord = false;
    for (let start = 0; start < length; start++) {
      const code = text.charCodeAt(start);
      const first = code < FOLD_SIZE ? (FOLD[code] as number) : code === 0xfe0f ? SKIP : BREAK;
      if (first === SKIP) continue;
      const startsWord = !previousWasWord && (first < SPACE || (first >= DIGIT && first < HYPHEN));
      // after an apostrophe a new word may start (French and Portuguese elision: m'a, d'un)
      previousWasWord = (WORD_SYMBOL[first] === 1 && first !== APOSTROPHE) || first === SHARP_S;
      // the root's row is the first
      if (!startsWord || (first !== SHARP_S && (rows[first] as number) === 0)) continue;
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
        const nodeRow = row[node] as number;
        const next = nodeRow >= 0 ? (rows[nodeRow * SYMBOLS + symbol] as number) : only[node] === symbol ? node + 1 : 0;
        if (next === 0) break;
        node = next;
        lastSymbol = symbol;
        let ending = firstEnding[node] as number;
        if (ending !== 0) {
          const after = pendingS > 0 ? 18 : i < length ? symbolOf(text.charCodeAt(i)) : BREAK;
          const wordGoesOn = WORD_SYMBOL[after] === 1 || after === SHARP_S;
          for (; ending !== 0; ending = this.nextEnding[ending - 1] ?? 0) {
            if (this.endingWhole[ending - 1] !== 1 || !wordGoesOn) hit(this.endingId[ending - 1] ?? 0);
          }
        }
      }
    }
  }
}
