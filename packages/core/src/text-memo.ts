// keeps a value per text, for the texts a chat says again ("ok", "love you", "good night"), within a bound

/** at most this many different texts are kept */
export const REMEMBERED_TEXTS = 50_000;

/**
 * A value per text, worked out once. Looking up a text costs about as much as hashing it, so once the memo is full
 * and fewer than one look-up in four found a text said before, it stops answering: a chat whose texts hardly repeat
 * pays for at most `limit` look-ups.
 * @example const memo = new TextMemo<number>(); memo.get('ok') ?? memo.keep('ok', 2) // 2
 */
export class TextMemo<T> {
  private readonly kept = new Map<string, T>();
  private asked = 0;
  private answered = 0;
  private open = true;

  constructor(private readonly limit = REMEMBERED_TEXTS) {}

  /** the value kept for `text`, or undefined */
  get(text: string): T | undefined {
    if (!this.open) return undefined;
    this.asked++;
    const value = this.kept.get(text);
    if (value !== undefined) this.answered++;
    return value;
  }

  /** keeps `value` for `text` while there is room, and returns it */
  keep(text: string, value: T): T {
    if (!this.open) return value;
    if (this.kept.size < this.limit) this.kept.set(text, value);
    else if (this.answered * 4 < this.asked) this.open = false;
    return value;
  }

  /** how many different texts are kept */
  get size(): number {
    return this.kept.size;
  }
}
