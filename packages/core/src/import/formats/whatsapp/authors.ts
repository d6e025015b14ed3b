// the authors of a WhatsApp export: raw names as written, who is a participant, and how each body is classified

import { asParticipantId, type Participant, type ParticipantId } from '../../../model.ts';
import { EDITED, KIND_CODE } from './columns.ts';
import { matchesAt } from './header.ts';
import { classifyBody, cleanName, isPlainText, isSystemNotice } from './markers.ts';

/**
 * The authors met while reading. Raw names are indexed in order of first sight; a raw name that is really a
 * notice ('Ana created group "X') has no participant. {@link AuthorTable.classify} leaves its results in
 * `text` and `author` to avoid an object per message.
 * @example const authors = new AuthorTable(); authors.indexOf('Sam') // 0
 */
export class AuthorTable {
  /** the body of the last classified message */
  text = '';
  /** the raw-name index of the last classified message's author, or -1 for a notice */
  author = -1;
  private readonly byRaw = new Map<string, number>();
  private readonly raw: string[] = [];
  private readonly ids: (ParticipantId | null)[] = [];
  private readonly byName = new Map<string, { participant: Participant; rawIndex: number }>();
  private last = -1;
  /** raw names read as notices only because they open a quotation they never close */
  private readonly refused: number[] = [];
  /** lines written under those raw names */
  refusedLines = 0;

  /** the index of a raw name, added on first sight */
  indexOf(rawName: string): number {
    let index = this.byRaw.get(rawName);
    if (index === undefined) {
      index = this.raw.length;
      this.raw.push(rawName);
      this.byRaw.set(rawName, index);
      const name = cleanName(rawName);
      if (name === '' || isSystemNotice(rawName)) this.ids.push(null);
      else if (opensQuotation(name)) {
        this.ids.push(null);
        this.refused.push(index);
      } else {
        let entry = this.byName.get(name);
        if (entry === undefined) {
          entry = { participant: { id: asParticipantId(name), name }, rawIndex: index };
          this.byName.set(name, entry);
        }
        this.ids.push(entry.participant.id);
      }
    }
    return index;
  }

  /** how many raw names were met */
  size(): number {
    return this.raw.length;
  }

  nameLength(index: number): number {
    return this.raw[index]?.length ?? 0;
  }

  /** the index of a known author whose "Name: " starts the body at `at`, or -1 (tries the last author first) */
  knownAt(text: string, at: number, end: number): number {
    const last = this.last;
    if (last >= 0 && startsWithName(text, at, end, this.raw[last] ?? '')) return last;
    const tries = Math.min(this.raw.length, 8);
    for (let k = 0; k < tries; k++) {
      if (k !== last && startsWithName(text, at, end, this.raw[k] ?? '')) {
        this.last = k;
        return k;
      }
    }
    return -1;
  }

  /**
   * Classifies a finished body written under raw name `index` (-1: a line without author); returns the kind code
   * (with EDITED) and leaves the body and author in `text` and `author`. `expectNotice`: see {@link classifyBody}.
   */
  classify(index: number, text: string, firstLine: string, expectNotice = false): number {
    if (index < 0) return this.notice(text);
    this.last = index;
    if (this.ids[index] === null) {
      if (this.refused.includes(index)) this.refusedLines++;
      return this.notice(`${this.raw[index] ?? ''}: ${text}`.trimEnd());
    }
    if (isPlainText(text, firstLine)) {
      this.text = text;
      this.author = index;
      return KIND_CODE.text;
    }
    const body = classifyBody(text, expectNotice);
    this.text = body.text;
    this.author = body.notice ? -1 : index;
    return KIND_CODE[body.kind] | (body.edited ? EDITED : 0);
  }

  /**
   * For a notice such as "John Doe:." whose prefix is a participant after all: their raw index (and the rest of
   * the line in `text`), else -1.
   */
  reclaim(notice: string, isUsed: (rawIndex: number) => boolean): number {
    const colon = notice.indexOf(':');
    const entry = colon > 0 ? this.byName.get(cleanName(notice.slice(0, colon))) : undefined;
    if (entry === undefined || !isUsed(entry.rawIndex)) return -1;
    this.text = notice.slice(colon + 1).trim();
    return entry.rawIndex;
  }

  /**
   * The raw names read as notices only because they open a quotation they never close ('Ana named the group "Trip'),
   * so that the reader can say so.
   */
  refusedNames(): string[] {
    return this.refused.map((index) => cleanName(this.raw[index] ?? ''));
  }

  /** the participant of each raw index (null for notices), for building messages */
  participantIds(): readonly (ParticipantId | null)[] {
    return this.ids;
  }

  /** the participants among `used` raw indexes, in order of first appearance */
  participants(used: (rawIndex: number) => boolean): Participant[] {
    const usedIds = new Set<ParticipantId>();
    for (const [index, id] of this.ids.entries()) if (id !== null && used(index)) usedIds.add(id);
    return [...this.byName.values()].map((e) => e.participant).filter((p) => usedIds.has(p.id));
  }

  private notice(text: string): number {
    const c = text.charCodeAt(0);
    this.text = c === 0x200e || c === 0x200f ? text.replace(/^[\u200e\u200f]+/, '') : text;
    this.author = -1;
    return KIND_CODE.system;
  }
}

function startsWithName(text: string, at: number, end: number, name: string): boolean {
  const after = at + name.length;
  return (
    after + 1 < end && text.charCodeAt(after) === 58 && text.charCodeAt(after + 1) === 32 && matchesAt(text, at, name)
  );
}

/** quotation marks that open, each with the marks that may close it */
const CLOSERS: Readonly<Record<string, string>> = {
  '"': '"',
  '\u201c': '\u201d\u201c',
  '\u201e': '\u201c\u201d',
  '\u00ab': '\u00bb',
};

/**
 * Whether a would-be author name opens a quotation it never closes, as the part before ": " of a notice such as
 * 'Ana created group "Trip: 2024"' does. A name holding a whole quotation ('Anna "Nan" Smith') or a quote mark
 * inside a word (Hebrew abbreviations such as נדל"ן) is a name.
 * @example opensQuotation('Ana created group "Trip') // true
 */
export function opensQuotation(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const closers = CLOSERS[name[i] as string];
    if (closers === undefined) continue;
    const before = i === 0 ? 32 : name.charCodeAt(i - 1);
    if (!(before === 32 || before === 0xa0 || before === 40)) continue;
    let closed = -1;
    for (let k = i + 1; k < name.length && closed < 0; k++) if (closers.includes(name[k] as string)) closed = k;
    if (closed < 0) return true;
    i = closed;
  }
  return false;
}
