// finds, for a safety rule's pattern, literal pieces of which every match must hold at least one

/**
 * A set of alternatives, one of which every match contains; null when no literal is certain
 * (the pattern could match text holding none of them).
 */
type Required = readonly string[] | null;

interface Piece {
  /** the literal this piece always matches in full, when it is one fixed string */
  readonly exact: readonly string[] | null;
  readonly required: Required;
}

const NONE: Piece = { exact: null, required: null };
const EMPTY: Piece = { exact: [''], required: null };
/** pieces shorter than this are too common to be worth an index entry */
const MIN_LITERAL = 3;
/** fixed strings are expanded into at most this many variants before they are treated as unknown */
const MAX_VARIANTS = 64;

function better(a: Required, b: Required): Required {
  if (a === null) return b;
  if (b === null) return a;
  const plain = (r: readonly string[]) => r.filter(everyday).length / r.length;
  if (plain(a) !== plain(b)) return plain(a) < plain(b) ? a : b;
  const shortest = (r: readonly string[]) => Math.min(...r.map((s) => s.length));
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b) ? a : b;
  return a.length <= b.length ? a : b;
}

/**
 * Everyday words: a literal made only of these ("again", "love you", "thinking of") would send most chat
 * messages down the slow path, so another part of the pattern is indexed instead.
 */
const COMMON = new Set(
  (
    "i me my you your u ur we us our he him his she her they them their it its a an the and or but so to of in on at for with from by up out off over down about as is am are was were be been being do does did have has had got get gets getting go going gone went come came will would could should can can't cannot won't wont don't dont didn't not no yes just really very too also again ever never always still all every some any one this that these those what when where why how who which there here now then today tonight tomorrow yesterday time day night week love like know think thinking thought want wanted need say said tell told make made take took see saw look feel felt tired sorry ok okay please thanks thank i'm im i've i'll i'd you're you'll it's that's just lol mad angry upset high drunk jealous mood fine sorry pay kids children better happy happier easier anymore new " +
    'yo tu te mi el la lo los las de que y en un una es no por para con se pero mas muy ya si me le ich du mich dich mir dir der die das und nicht ein eine ist zu mit es je tu le la les de et est pas que en un une pour il elle moi toi eu tu o a os as de que e em um uma para com nao se meu minha'
  ).split(' '),
);

const everyday = (literal: string): boolean =>
  literal
    .trim()
    .split(/[ ']+/)
    .every((word) => word.length === 0 || COMMON.has(word));

/** whether everyday words may be indexed: only when a pattern offers nothing rarer */
let allowEveryday = false;

/** the part of a literal the word index holds: it stops at the first character outside its alphabet ("k.o" → "k") */
const indexed = (s: string): string => s.replace(/^[^a-z0-9]+/, '').split(/[^a-z0-9 '/-]/)[0] as string;
const usable = (strings: readonly string[] | null): Required =>
  strings !== null &&
  strings.length > 0 &&
  strings.every((s) => indexed(s).trim().length >= MIN_LITERAL && (allowEveryday || !everyday(s)))
    ? strings
    : null;

/** a concatenation: fixed strings multiply out; otherwise keep the best requirement of the parts */
function sequence(parts: readonly Piece[]): Piece {
  let exact: string[] | null = [''];
  let required: Required = null;
  let run: string[] = [''];
  const closeRun = () => {
    required = better(required, usable(run));
    run = [''];
  };
  for (const part of parts) {
    if (exact !== null && part.exact !== null && exact.length * part.exact.length <= MAX_VARIANTS) {
      exact = exact.flatMap((a) => (part.exact ?? []).map((b) => a + b));
    } else {
      exact = null;
    }
    if (part.exact !== null && run.length * part.exact.length <= MAX_VARIANTS) {
      run = run.flatMap((a) => (part.exact ?? []).map((b) => a + b));
    } else {
      closeRun();
      if (part.exact !== null && part.exact.length <= MAX_VARIANTS) run = [...part.exact];
      else required = better(required, part.required);
    }
  }
  closeRun();
  return { exact, required };
}

function alternation(branches: readonly Piece[]): Piece {
  const exact = branches.every((b) => b.exact !== null) ? branches.flatMap((b) => b.exact ?? []) : null;
  const requiredOf = (b: Piece): Required => better(b.required, usable(b.exact));
  const required = branches.every((b) => requiredOf(b) !== null)
    ? [...new Set(branches.flatMap((b) => requiredOf(b) ?? []))]
    : null;
  return { exact: exact !== null && exact.length <= MAX_VARIANTS ? exact : null, required };
}

/** reads a regular-expression source of the kind the safety rules use (no backreferences, no named groups) */
class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Piece {
    const piece = this.alternatives();
    return piece;
  }

  private alternatives(): Piece {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? (branches[0] as Piece) : alternation(branches);
  }

  private sequence(): Piece {
    const parts: Piece[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      parts.push(this.quantified(atom));
    }
    return sequence(parts);
  }

  private quantified(atom: Piece): Piece {
    const c = this.source[this.at];
    if (c === '?' || c === '*') {
      this.at++;
      if (this.source[this.at] === '?') this.at++;
      if (c === '?' && atom.exact !== null && atom.exact.length < MAX_VARIANTS)
        return { exact: [...atom.exact, ''], required: null };
      return NONE;
    }
    if (c === '+') {
      this.at++;
      if (this.source[this.at] === '?') this.at++;
      return { exact: null, required: better(atom.required, usable(atom.exact)) };
    }
    if (c === '{') {
      const close = this.source.indexOf('}', this.at);
      const [min = '0'] = this.source.slice(this.at + 1, close).split(',');
      this.at = close + 1;
      if (this.source[this.at] === '?') this.at++;
      return Number(min) >= 1 ? { exact: null, required: better(atom.required, usable(atom.exact)) } : NONE;
    }
    return atom;
  }

  private atom(): Piece {
    const c = this.source[this.at] as string;
    if (c === '(') {
      this.at++;
      let lookaround = false;
      if (this.source[this.at] === '?') {
        const kind = this.source.slice(this.at, this.at + 3);
        lookaround = kind.startsWith('?=') || kind.startsWith('?!') || kind === '?<=' || kind === '?<!';
        this.at += kind === '?<=' || kind === '?<!' ? 3 : 2;
      }
      const inner = this.alternatives();
      this.at++; // ')'
      return lookaround ? EMPTY : inner;
    }
    if (c === '[') {
      let i = this.at + 1;
      if (this.source[i] === '^') i++;
      while (i < this.source.length && this.source[i] !== ']') i += this.source[i] === '\\' ? 2 : 1;
      const body = this.source.slice(this.at + 1, i);
      this.at = i + 1;
      // a class of plain single characters ([- ], [ia]) is a small set of fixed strings
      if (/^[a-z' -]+$/.test(body) && !body.startsWith('^') && body.length <= 4 && !/.-./.test(body)) {
        return { exact: [...new Set(body.split(''))], required: null };
      }
      return NONE;
    }
    if (c === '\\') {
      const next = this.source[this.at + 1] as string;
      this.at += 2;
      if (next === 'b' || next === 'B') return EMPTY;
      if (/[dwsDWSnrtuxpP]/.test(next)) {
        if (next === 'u' || next === 'x') this.at += next === 'u' ? 4 : 2;
        return NONE;
      }
      return { exact: [next], required: null };
    }
    if (c === '^' || c === '$') {
      this.at++;
      return EMPTY;
    }
    if (c === '.') {
      this.at++;
      return NONE;
    }
    this.at++;
    return { exact: [c], required: null };
  }
}

/**
 * Literal pieces (on folded text) of which every match of `source` holds one, or null when none is certain.
 * @example requiredLiterals('\\bkill(?:s|ed)? myself\\b') // ['kill myself', 'kills myself', 'killed myself']
 */
export function requiredLiterals(source: string): string[] | null {
  for (const everydayToo of [false, true]) {
    allowEveryday = everydayToo;
    const piece = new Reader(source).parse();
    const required = better(piece.required, usable(piece.exact));
    if (required !== null) return shortestStarts(required);
  }
  return null;
}

/** the index matches word starts, so a literal that begins with another of the set adds nothing */
function shortestStarts(literals: readonly string[]): string[] {
  const starts = [...new Set(literals.map((l) => l.replace(/^[^a-z0-9]+/, '')))].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const literal of starts) if (!kept.some((shorter) => literal.startsWith(shorter))) kept.push(literal);
  return kept;
}
