// one pass over a message: lowercase, texting shorthand expanded, offsets kept to map spans back

/** texting shorthand and missing apostrophes, expanded so one rule covers every spelling */
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['u', 'you'],
  ['ya', 'you'],
  ['yu', 'you'],
  ['r', 'are'],
  ['ur', "you're"],
  ['youre', "you're"],
  ['yure', "you're"],
  ['youve', "you've"],
  ['youll', "you'll"],
  ['youd', "you'd"],
  ['y', 'why'],
  ['wat', 'what'],
  ['wut', 'what'],
  ['wht', 'what'],
  ['whats', "what's"],
  ['wats', "what's"],
  ['im', "i'm"],
  ['id', "i'd"],
  ['ive', "i've"],
  ['dont', "don't"],
  ['dnt', "don't"],
  ['cant', "can't"],
  ['wont', "won't"],
  ['didnt', "didn't"],
  ['doesnt', "doesn't"],
  ['isnt', "isn't"],
  ['arent', "aren't"],
  ['wasnt', "wasn't"],
  ['werent', "weren't"],
  ['havent', "haven't"],
  ['hasnt', "hasn't"],
  ['shouldnt', "shouldn't"],
  ['wouldnt', "wouldn't"],
  ['couldnt', "couldn't"],
  ['thats', "that's"],
  ['its', "it's"],
  ['lets', "let's"],
  ['theres', "there's"],
  ['whos', "who's"],
  ['hows', "how's"],
  ['wheres', "where's"],
  ['pls', 'please'],
  ['plz', 'please'],
  ['plez', 'please'],
  ['plse', 'please'],
  ['rn', 'right now'],
  ['bc', 'because'],
  ['cuz', 'because'],
  ['coz', 'because'],
  ['cos', 'because'],
  ['msg', 'message'],
  ['msgs', 'messages'],
  ['txt', 'text'],
  ['txts', 'texts'],
  ['tho', 'though'],
  ['idk', "i don't know"],
  ['tbh', 'to be honest'],
  ['thx', 'thanks'],
  ['ty', 'thanks'],
  ['luv', 'love'],
  ['ily', 'i love you'],
  ['ilysm', 'i love you so much'],
  ['2day', 'today'],
  ['2nite', 'tonight'],
  ['tonite', 'tonight'],
  ['b4', 'before'],
  ['nvm', 'never mind'],
  ['ppl', 'people'],
  ['abt', 'about'],
  ['sth', 'something'],
  ['smth', 'something'],
  ['w', 'with'],
  ['wanna', 'want to'],
  ['gonna', 'going to'],
  ['gotta', 'got to'],
  ['kinda', 'kind of'],
  ['sorta', 'sort of'],
  ['hv', 'have'],
  ['bday', 'birthday'],
  ['whatevs', 'whatever'],
  ['whatev', 'whatever'],
  ['srsly', 'seriously'],
  ['ok', 'okay'],
  ['k', 'okay'],
  ['kk', 'okay'],
  ['okk', 'okay'],
  ['okey', 'okay'],
  ['hiya', 'hi'],
  ['heyy', 'hey'],
  ['helo', 'hello'],
  ['sry', 'sorry'],
  ['soz', 'sorry'],
  ['omw', 'on my way'],
  ['yr', 'your'],
]);

/** words whose double letter is real, so that "goooood" becomes "good" and "sooooo" becomes "so" */
const DOUBLE_LETTER_WORDS: ReadonlySet<string> = new Set([
  'good',
  'too',
  'soon',
  'sorry',
  'really',
  'still',
  'tell',
  'call',
  'well',
  'miss',
  'feel',
  'need',
  'see',
  'seen',
  'been',
  'all',
  'will',
  'stress',
  'off',
  'cool',
  'week',
  'keep',
  'sleep',
  'happy',
  'hello',
  'guess',
  'less',
  'kiss',
  'free',
  'agree',
  'look',
  'book',
  'took',
  'food',
  'mood',
  'room',
  'coffee',
  'proud',
  'babe',
  'yess',
  'fell',
  'sweet',
  'jeez',
  'hmm',
  'mmm',
  'shh',
  'worry',
  'funny',
  'silly',
  'apple',
  'summer',
  'dinner',
  'pizza',
  'wooo',
  'boo',
  'noo',
]);

const APOSTROPHES = /[\u2018\u2019\u02bc`\u00b4]/g;

/** a message prepared for matching, with a map back to the original's UTF-16 offsets */
export interface NormalizedText {
  /** lowercased, shorthand expanded, curly apostrophes straightened, letter runs of 3+ collapsed */
  readonly text: string;
  /** the word tokens of `text` in order */
  readonly tokens: readonly string[];
  /**
   * original offset of each character of `text`; like `endOf`, a view into a buffer that the next `normalize`
   * call reuses (no allocation per message), so map spans back before normalizing another text
   */
  readonly startOf: Int32Array;
  /** original offset just after each character of `text` */
  readonly endOf: Int32Array;
  /** letters in the original */
  readonly letters: number;
  /** upper-case letters in the original */
  readonly upperLetters: number;
  /** words of 2+ letters written all in capitals (acronyms excluded) */
  readonly shoutedWords: number;
  readonly words: number;
}

const COMMON_ACRONYMS: ReadonlySet<string> = new Set([
  'OK',
  'OMG',
  'LOL',
  'TV',
  'ASAP',
  'USA',
  'UK',
  'NYC',
  'AM',
  'PM',
  'BBQ',
  'DM',
  'FYI',
  'ETA',
  'GPS',
  'ID',
  'PS',
  'XX',
  'XO',
  'XOXO',
  'BRB',
  'TTYL',
  'IKEA',
  'NHS',
  'HR',
  'CEO',
  'DJ',
  'LMAO',
  'LMFAO',
  'IDK',
  'TBH',
  'BTW',
  'IRL',
  'ILY',
  'OMW',
]);

function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018 || code === 0x2bc || code === 96 || code === 0xb4;
}

/** whether a word holds letters outside ASCII, which need the full toLowerCase */
function c0IsNonAscii(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) > 127) return true;
  return false;
}

/** runs of three or more of one character cut to `keep`, in a loop (a backreference regex overflows the stack on huge words) */
function cutRuns(word: string, keep: number): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const c = word[i] as string;
    let j = i + 1;
    while (j < word.length && word[j] === c) j++;
    out += j - i >= 3 ? c.repeat(keep) : word.slice(i, j);
    i = j;
  }
  return out;
}

function collapseLetterRuns(word: string): string {
  const doubled = cutRuns(word, 2);
  if (DOUBLE_LETTER_WORDS.has(doubled)) return doubled;
  const single = cutRuns(word, 1);
  const shorthand = SHORTHAND.get(single);
  if (shorthand !== undefined) return shorthand;
  return single;
}

let startBuffer = new Int32Array(256);
let endBuffer = new Int32Array(256);

function ensureCapacity(length: number): void {
  if (startBuffer.length >= length) return;
  let size = startBuffer.length;
  while (size < length) size *= 2;
  startBuffer = new Int32Array(size);
  endBuffer = new Int32Array(size);
}

/**
 * Normalizes a message for matching; offsets map back to the original.
 * @example normalize('Why r u ignoring me??').text === "why are you ignoring me??"
 */
export function normalize(original: string): NormalizedText {
  const length = original.length;
  ensureCapacity(length * 3 + 16);
  const starts = startBuffer;
  const ends = endBuffer;
  const tokens: string[] = [];
  let out = '';
  let letters = 0;
  let upperLetters = 0;
  let shoutedWords = 0;
  let words = 0;
  let i = 0;
  while (i < length) {
    const code = original.charCodeAt(i);
    if (!isWordCode(code)) {
      const ch = isApostrophe(code) ? "'" : original[i] === '\r' ? '\n' : (original[i] as string);
      starts[out.length] = i;
      ends[out.length] = i + 1;
      out += ch;
      i++;
      continue;
    }
    let j = i + 1;
    let upper = 0;
    let wordLetters = 0;
    let fancyApostrophe = false;
    let letterRun = false;
    for (; j < length; j++) {
      const c = original.charCodeAt(j);
      if (isWordCode(c)) continue;
      if (isApostrophe(c) && j + 1 < length && isWordCode(original.charCodeAt(j + 1))) {
        if (c !== 39) fancyApostrophe = true;
        continue;
      }
      break;
    }
    let previous = -1;
    let runLength = 0;
    for (let k = i; k < j; k++) {
      const c = original.charCodeAt(k);
      if (c >= 65 && c <= 90) {
        upper++;
        wordLetters++;
      } else if (c >= 97 && c <= 122) wordLetters++;
      const lowerCode = c >= 65 && c <= 90 ? c + 32 : c;
      runLength = lowerCode === previous ? runLength + 1 : 1;
      if (runLength === 3) letterRun = true;
      previous = lowerCode;
    }
    letters += wordLetters;
    upperLetters += upper;
    words++;
    const raw = original.slice(i, j);
    if (upper >= 2 && upper === wordLetters && !COMMON_ACRONYMS.has(raw)) shoutedWords++;
    let lower = upper > 0 || c0IsNonAscii(original, i, j) ? raw.toLowerCase() : raw;
    if (fancyApostrophe) lower = lower.replace(APOSTROPHES, "'");
    const collapsed = letterRun ? collapseLetterRuns(lower) : lower;
    const word = SHORTHAND.get(collapsed) ?? collapsed;
    const base = out.length;
    if (word === lower) {
      for (let k = 0; k < word.length; k++) {
        starts[base + k] = i + k;
        ends[base + k] = i + k + 1;
      }
    } else {
      for (let k = 0; k < word.length; k++) {
        starts[base + k] = i;
        ends[base + k] = j;
      }
    }
    out += word;
    if (word.includes(' ')) for (const part of word.split(' ')) tokens.push(part);
    else tokens.push(word);
    i = j;
  }
  return {
    text: out,
    tokens,
    startOf: starts.subarray(0, out.length),
    endOf: ends.subarray(0, out.length),
    letters,
    upperLetters,
    shoutedWords,
    words,
  };
}

/** maps a span of the normalized text back to the original's UTF-16 offsets */
export function originalSpan(normalized: NormalizedText, start: number, end: number): [number, number] {
  const last = Math.max(start, end - 1);
  return [normalized.startOf[start] ?? 0, normalized.endOf[last] ?? 0];
}
