// the messages of a WhatsApp export: built once while reading, with typed columns beside them for what may change

import { asEpochMs, type EpochMs, type Message, type MessageKind, type ParticipantId } from '../../../model.ts';

export const KIND_CODE: Readonly<Record<MessageKind, number>> = { text: 0, media: 1, system: 2, call: 3, deleted: 4 };
const KIND_NAME: readonly MessageKind[] = ['text', 'media', 'system', 'call', 'deleted'];
/** flag added to a kind code for an edited message */
export const EDITED = 8;

/** a message while this file still owns it: its time may be redone when the date order changes */
interface OwnedMessage {
  at: EpochMs;
  author: ParticipantId | null;
  text: string;
  kind: MessageKind;
  edited?: true;
}

/**
 * The messages of one file in reading order, each built once as its final object (a million messages must not
 * be built twice), plus typed columns: the packed date stamp (to redo times when the date order changes) and
 * the raw author index (for counts and for notices that turn out to be messages).
 * @example const rows = new MessageColumns(); rows.push(0, 0, -1, null, KIND_CODE.system, 'hi'); rows.count // 1
 */
export class MessageColumns {
  count = 0;
  /** packed date × 86,400 + seconds of the day */
  stamp: Float64Array;
  author: Int32Array;
  readonly rows: OwnedMessage[] = [];
  #sorted = true;
  #lastAt = Number.NEGATIVE_INFINITY;

  /** `expected`: a guess of the message count (e.g. file size / 48), to size the columns once */
  constructor(expected = 4096) {
    const size = Math.min(Math.max(Math.ceil(expected), 1024), 1 << 22);
    this.stamp = new Float64Array(size);
    this.author = new Int32Array(size);
  }

  /** adds a message by raw author index `author` (-1: none) whose participant is `id` */
  push(at: number, stamp: number, author: number, id: ParticipantId | null, kind: number, text: string): void {
    const row = this.count;
    if (row === this.stamp.length) this.grow();
    this.stamp[row] = stamp;
    this.author[row] = author;
    if (at < this.#lastAt) this.#sorted = false;
    else this.#lastAt = at;
    this.rows.push(
      kind === 0
        ? { at: at as EpochMs, author: id, text, kind: 'text' }
        : kind & EDITED
          ? { at: at as EpochMs, author: id, text, kind: KIND_NAME[kind & 7] ?? 'text', edited: true }
          : { at: at as EpochMs, author: id, text, kind: KIND_NAME[kind] ?? 'text' },
    );
    this.count = row + 1;
  }

  /** turns row `row` into a plain text message by raw author `author` */
  reassign(row: number, author: number, id: ParticipantId | null, text: string): void {
    const message = this.rows[row];
    if (message === undefined) return;
    this.author[row] = author;
    this.rows[row] = { at: message.at, author: id, text, kind: 'text' };
  }

  /** gives every message a new time from its stamp */
  retime(toEpoch: (stamp: number) => number): void {
    this.#sorted = true;
    this.#lastAt = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < this.count; i++) {
      const at = asEpochMs(toEpoch(this.stamp[i] as number));
      (this.rows[i] as OwnedMessage).at = at;
      if (at < this.#lastAt) this.#sorted = false;
      else this.#lastAt = at;
    }
  }

  /** how many messages come earlier in the file than a message before them */
  outOfOrder(): number {
    if (this.#sorted) return 0;
    let count = 0;
    const rows = this.rows;
    for (let i = 1; i < this.count; i++) if ((rows[i] as OwnedMessage).at < (rows[i - 1] as OwnedMessage).at) count++;
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

  /** the messages, sorted by time (stable) unless they already are; the last call, as sorting leaves the columns behind */
  messages(): Message[] {
    if (!this.#sorted) this.rows.sort((x, y) => x.at - y.at);
    return this.rows;
  }

  private grow(): void {
    const size = this.stamp.length * 2;
    const stamp = new Float64Array(size);
    stamp.set(this.stamp);
    this.stamp = stamp;
    const author = new Int32Array(size);
    author.set(this.author);
    this.author = author;
  }
}
