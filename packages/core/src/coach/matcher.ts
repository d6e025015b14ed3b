// compiles phrase rules once and runs only those whose anchor words occur in a message

import type { NormalizedText } from './normalize.ts';

/** a phrase pattern over normalized text (see normalize.ts), tried only when one of its anchors is a token */
export interface RuleSpec {
  /** space-separated words; every match contains at least one of them as a whole token */
  readonly anchors: string;
  /** regular expression source; {MACRO} names from MACROS are expanded */
  readonly pattern: string;
  /** skip the match when this pattern matches the words just before it in the same clause */
  readonly unlessBefore?: string;
  /** skip the match when this pattern matches the text right after it (up to 100 characters; stay in the sentence with [^.!?]) */
  readonly unlessAfter?: string;
  /** skip the match when a negation word comes up to three words before it in the same clause */
  readonly negatable?: boolean;
  /** skip every match when this pattern matches anywhere in the message (a scene told elsewhere in it) */
  readonly unlessIn?: string;
  /** keep a match only when this pattern matches somewhere in the message (the trouble a piece of advice is about) */
  readonly onlyIn?: string;
}

/** shared pieces of patterns */
const MACROS: Readonly<Record<string, string>> = {
  YOURE: "(?:you're|you are|your|you)",
  INT: '(?:(?:so|really|very|such|being|just|always|kind of|a bit|pretty|super|totally|completely|literally|actually|seriously|honestly|truly|clearly|obviously|now|still|even|ever|too|a little|quite) )*',
  NOT: "(?:not|never|n't|don't|didn't|doesn't|won't|can't|haven't|isn't|aren't)",
  PRON: '(?:him|her|them|your boss|your manager|your mum|your mom|your dad|your family|your friend|your sister|your brother)',
  Q: '(?:\\?|$|\\.|!|\\n)',
  /** a habit blamed, not a reply asked for: "you never (even) text me back" (LABELLING.md rules 7 and 24) */
  HABIT: "\\b(?:you|u) (?:never|never ever|hardly ever|barely ever|rarely|don't ever)(?: even)?",
};

const NEGATION_BEFORE =
  /\b(?:not|never|no|don't|doesn't|didn't|isn't|wasn't|aren't|weren't|won't|can't|cannot|couldn't|wouldn't|shouldn't|haven't|hasn't|nobody|nothing)\b(?:[ ]+[^ .!?,;\n]+){0,3}[ ]*$/;
const CLAUSE_BREAK = /[.!?;\n]|\bbut\b/g;

const WORD_CHARS = "a-z0-9\\u00c0-\\u024f'";
/** a match may not start inside a word: the cheap form, for patterns that begin with a letter */
const WORD_START = `(?<![${WORD_CHARS}])`;
/** a match may not end inside a word (but may end on a space or punctuation) */
const WORD_END = `(?:(?<![${WORD_CHARS}])|(?![${WORD_CHARS}]))`;

/** whether a pattern can begin with punctuation, a space, an anchor or an assertion (then it needs no start guard) */
function beginsFreely(source: string): boolean {
  const first = source.replace(/^(?:\(\?:)+/, '')[0];
  return first === undefined || '^[\\,.!?( '.includes(first);
}

export interface CompiledRule<C extends string> {
  readonly category: C;
  readonly regex: RegExp;
  readonly unlessBefore: RegExp | null;
  readonly unlessAfter: RegExp | null;
  readonly negatable: boolean;
  readonly unlessIn: RegExp | null;
  readonly onlyIn: RegExp | null;
  /** last message stamp this rule ran on, so a rule runs once per message */
  stamp: number;
}

export interface RawMatch<C extends string> {
  readonly category: C;
  /** offsets into the normalized text */
  readonly start: number;
  readonly end: number;
}

function compile(source: string): RegExp {
  return new RegExp(`${beginsFreely(source) ? '' : WORD_START}(?:${source})${WORD_END}`, 'g');
}

/** guards hold no match state (no "g" flag), so rules that share a guard's source share one compiled pattern */
const GUARDS = new Map<string, RegExp>();
function guard(source: string): RegExp {
  let regex = GUARDS.get(source);
  if (regex === undefined) {
    regex = new RegExp(source);
    GUARDS.set(source, regex);
  }
  return regex;
}

function expand(source: string): string {
  return source.replace(/\{([A-Z_]+)\}/g, (_, name: string) => {
    const macro = MACROS[name];
    if (macro === undefined) throw new Error(`unknown macro {${name}} in a coach rule`);
    return macro;
  });
}

/** every category's rules compiled, indexed by anchor word */
export class RuleSet<C extends string> {
  private readonly byAnchor = new Map<string, CompiledRule<C>[]>();
  private stamp = 0;
  private readonly skipReported: boolean;

  /** `skipReported`: ignore matches inside quotation marks or after "he said", "told me to" (someone else's words) */
  constructor(table: Readonly<Record<C, readonly RuleSpec[]>>, options: { skipReported?: boolean } = {}) {
    this.skipReported = options.skipReported ?? false;
    for (const category of Object.keys(table) as C[]) {
      for (const spec of table[category]) {
        const rule: CompiledRule<C> = {
          category,
          regex: compile(expand(spec.pattern)),
          unlessBefore: spec.unlessBefore ? guard(`(?:${expand(spec.unlessBefore)})\\s*$`) : null,
          unlessAfter: spec.unlessAfter ? guard(`^\\s*(?:${expand(spec.unlessAfter)})`) : null,
          negatable: spec.negatable ?? false,
          unlessIn: spec.unlessIn ? guard(expand(spec.unlessIn)) : null,
          onlyIn: spec.onlyIn ? guard(expand(spec.onlyIn)) : null,
          stamp: -1,
        };
        for (const anchor of spec.anchors.split(' ')) {
          if (anchor === '') continue;
          const list = this.byAnchor.get(anchor);
          if (list) list.push(rule);
          else this.byAnchor.set(anchor, [rule]);
        }
      }
    }
  }

  /** the matches of every rule whose anchors occur in the message, in text order */
  match(normalized: NormalizedText): RawMatch<C>[] {
    const stamp = ++this.stamp;
    const text = normalized.text;
    const matches: RawMatch<C>[] = [];
    const quoted = this.skipReported ? quotedRanges(text) : null;
    for (const token of normalized.tokens) {
      const rules = this.byAnchor.get(token);
      if (rules === undefined) continue;
      for (const rule of rules) {
        if (rule.stamp === stamp) continue;
        rule.stamp = stamp;
        collect(rule, text, matches);
      }
    }
    if (!this.skipReported || matches.length === 0) return matches;
    return matches.filter((m) => !isReported(text, m, quoted as [number, number][]));
  }
}

const QUOTED = /["\u201c\u201d]([^"\u201c\u201d\n]{1,200})["\u201c\u201d]/g;
const REPORTING_VERB =
  /\b(?:said|says|say|saying|told (?:me|him|her|us|them|you)(?: to)?|asked (?:me |him |her )?(?:to|if)|goes|went|was like|wrote|texted (?:me|her|him))\s*$/;

function quotedRanges(text: string): [number, number][] {
  if (!text.includes('"') && !text.includes('\u201c')) return [];
  const ranges: [number, number][] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text))
    ranges.push([m.index + 1, m.index + m[0].length - 1]);
  return ranges;
}

function isReported<C extends string>(text: string, m: RawMatch<C>, quoted: [number, number][]): boolean {
  if (quoted.some(([from, to]) => m.start >= from && m.end <= to)) return true;
  return REPORTING_VERB.test(clauseBefore(text, m.start));
}

function collect<C extends string>(rule: CompiledRule<C>, text: string, out: RawMatch<C>[]): void {
  const regex = rule.regex;
  regex.lastIndex = 0;
  let first = regex.exec(text);
  if (first !== null && (rule.unlessIn?.test(text) || rule.onlyIn?.test(text) === false)) first = null;
  for (let m = first; m !== null; m = regex.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start) {
      regex.lastIndex++;
      continue;
    }
    if ((rule.negatable || rule.unlessBefore) && blockedBefore(rule, text, start)) continue;
    if (rule.unlessAfter?.test(sentenceAfter(text, end))) continue;
    out.push({ category: rule.category, start, end });
  }
}

function clauseBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - 60), start);
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m !== null; m = CLAUSE_BREAK.exec(window)) cut = m.index + m[0].length;
  return window.slice(cut);
}

function blockedBefore<C extends string>(rule: CompiledRule<C>, text: string, start: number): boolean {
  const before = clauseBefore(text, start);
  if (rule.negatable && NEGATION_BEFORE.test(before)) return true;
  return rule.unlessBefore?.test(before) === true;
}

function sentenceAfter(text: string, end: number): string {
  return text.slice(end, end + 100);
}
