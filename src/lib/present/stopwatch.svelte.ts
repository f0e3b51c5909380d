// The presenter view's timer: time spoken so far, which the presenter can pause and reset. The
// clock is read through `now`, so the view ticks it and the tests need no waiting.

/** "mm:ss", or "h:mm:ss" from an hour on. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

export class Stopwatch {
  #now: () => number;
  #startedAt = $state<number | null>(null);
  #banked = $state(0);
  #tick = $state(0);

  constructor(now: () => number = Date.now) {
    this.#now = now;
    this.#startedAt = now();
  }

  get running(): boolean {
    return this.#startedAt !== null;
  }

  get elapsed(): number {
    void this.#tick;
    return this.#banked + (this.#startedAt === null ? 0 : this.#now() - this.#startedAt);
  }

  /** Re-reads the clock; the view calls it every second. */
  tick() {
    this.#tick += 1;
  }

  toggle() {
    if (this.#startedAt === null) this.#startedAt = this.#now();
    else {
      this.#banked += this.#now() - this.#startedAt;
      this.#startedAt = null;
    }
  }

  reset() {
    this.#banked = 0;
    this.#startedAt = this.running ? this.#now() : null;
  }
}
