// the messages of a WhatsApp export as columns while reading, turned into Message objects once at the end

import { asEpochMs, type Message, type MessageKind, type ParticipantId } from '../model.ts';

export const KIND_CODE: Readonly<Record<MessageKind, number>> = { text: 0, media: 1, system: 2, call: 3, deleted: 4 };
const KIND_NAME: readonly MessageKind[] = ['text', 'media', 'system', 'call', 'deleted'];
/** flag added to a kind code for an edited message */
export const EDITED = 8;

/**
 * Growable typed columns, one row per message: time, packed date stamp, author (raw-name index or -1), kind, text.
 * @example const columns = new MessageColumns(); columns.push(0, 0, -1, KIND_CODE.system, 'hi'); columns.count // 1
 */
export class MessageColumns {
  count = 0;
  at: Float64Array;
  /** packed date × 86,400 + seconds of the day, to redo `at` when the date order changes */
  stamp: Float64Array;
  author: Int32Array;
  kind: Uint8Array;
  text: string[] = [];

  /** `expected`: a guess of the message count (e.g. file size / 48), to size the columns once */
  constructor(expected = 4096) {
    const size = Math.min(Math.max(Math.ceil(expected), 1024), 1 << 22);
    this.at = new Float64Array(size);
    this.stamp = new Float64Array(size);
    this.author = new Int32Array(size);
    this.kind = new Uint8Array(size);
  }

  push(at: number, stamp: number, author: number, kind: number, text: string): void {
    const row = this.count;
    if (row === this.at.length) this.grow();
    this.at[row] = at;
    this.stamp[row] = stamp;
    this.author[row] = author;
    this.kind[row] = kind;
    this.text.push(text);
    this.count = row + 1;
  }

  /** how many messages come earlier in the file than a message before them */
  outOfOrder(): number {
    let count = 0;
    const at = this.at;
    for (let i = 1; i < this.count; i++) if ((at[i] as number) < (at[i - 1] as number)) count++;
    return count;
  }

  /** the number of messages of each raw author index below `authors` */
  authorCounts(authors: number): Int32Array {
    const counts = new Int32Array(authors);
    for (let i = 0; i < this.count; i++) {
      const a = this.author[i] as number;
      if (a >= 0) counts[a] = (counts[a] as number) + 1;
    }
    return counts;
  }

  /** the Message objects, sorted by time (stable) when `sort` is set */
  messages(ids: readonly (ParticipantId | null)[], sort: boolean): Message[] {
    const order = sort ? this.timeOrder() : null;
    const messages: Message[] = [];
    for (let j = 0; j < this.count; j++) {
      const i = order === null ? j : (order[j] as number);
      const code = this.kind[i] as number;
      const a = this.author[i] as number;
      const author = a >= 0 ? (ids[a] ?? null) : null;
      const at = asEpochMs(this.at[i] as number);
      const text = this.text[i] as string;
      if (code === 0) messages.push({ at, author, text, kind: 'text' });
      else if (code & EDITED) messages.push({ at, author, text, kind: KIND_NAME[code & 7] ?? 'text', edited: true });
      else messages.push({ at, author, text, kind: KIND_NAME[code] ?? 'text' });
    }
    return messages;
  }

  private timeOrder(): Uint32Array {
    const order = new Uint32Array(this.count);
    for (let i = 0; i < order.length; i++) order[i] = i;
    const at = this.at;
    return order.sort((x, y) => (at[x] as number) - (at[y] as number) || x - y);
  }

  private grow(): void {
    const size = this.at.length * 2;
    const at = new Float64Array(size);
    at.set(this.at);
    this.at = at;
    const stamp = new Float64Array(size);
    stamp.set(this.stamp);
    this.stamp = stamp;
    const author = new Int32Array(size);
    author.set(this.author);
    this.author = author;
    const kind = new Uint8Array(size);
    kind.set(this.kind);
    this.kind = kind;
  }
}
