// The open vault and the idle lock: after `idleMs` without a request the vault is locked (its database
// closed and its key dropped), and the API answers 401 until it is unlocked again.

export interface Lockable {
  lock(): unknown;
}

export class VaultSession<V extends Lockable> {
  #vault: V | null = null;
  #lastUse = 0;
  #idleMs: number;
  readonly #now: () => number;
  #timer: ReturnType<typeof setInterval> | undefined;
  readonly #onLock = new Set<() => void>();

  /** `now` is a monotonic clock by default: setting the machine's clock back must not keep the vault open */
  constructor(idleMs: number, now: () => number = () => performance.now()) {
    this.#idleMs = idleMs;
    this.#now = now;
  }

  get idleMs(): number {
    return this.#idleMs;
  }

  set idleMs(ms: number) {
    this.#idleMs = ms;
  }

  /** Asked on each use: true when something outside (e.g. `reconnect lock`) asked for a lock since `since`. */
  lockRequested: (since: number) => boolean = () => false;
  #openedAt = 0;

  open(vault: V): void {
    if (this.#vault !== null && this.#vault !== vault) this.lock();
    this.#vault = vault;
    this.#lastUse = this.#now();
    this.#openedAt = Date.now();
    // locks even when no request comes: the key does not stay in memory past the idle time
    if (this.#timer === undefined) {
      this.#timer = setInterval(() => this.current(false), 15_000);
      this.#timer.unref();
    }
  }

  /** The open vault (a request counts as use), or null when locked or idle for too long. */
  current(use = true): V | null {
    if (this.#vault === null) return null;
    const now = this.#now();
    if (now - this.#lastUse >= this.#idleMs || this.lockRequested(this.#openedAt)) {
      this.lock();
      return null;
    }
    if (use) this.#lastUse = now;
    return this.#vault;
  }

  get locked(): boolean {
    return this.current(false) === null;
  }

  /** Runs `listener` each time the vault is locked (to drop whatever was kept from it in memory). */
  onLock(listener: () => void): void {
    this.#onLock.add(listener);
  }

  lock(): void {
    const vault = this.#vault;
    this.#vault = null;
    for (const listener of this.#onLock) listener();
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
    if (vault !== null) {
      try {
        // the vault's lock may be asynchronous; a failure means it was already closed
        Promise.resolve(vault.lock()).catch(() => {});
      } catch {
        // already closed
      }
    }
  }
}
