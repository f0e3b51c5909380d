// How many entries of a long list to draw: `first` in the first render, then `step` more in each
// task after a paint, until `total()` are drawn. The first screen is drawn without waiting for the
// rest of the page, and no single task draws much. Construct during component init.
//
//   const drawn = new GrowingCount(() => cards.length, { first: 6, step: 8 });
//   cards.slice(0, drawn.current)
//   drawn.atLeast(12)   // a link to the 12th card needs it drawn now
//   drawn.done          // everything is drawn
import { afterNextPaint } from './afterNextPaint';

export class GrowingCount {
  #count = $state(0);
  #total: () => number;

  constructor(total: () => number, { first, step }: { first: number; step: number }) {
    this.#total = total;
    this.#count = first;
    $effect(() => {
      if (this.#count >= this.#total()) return;
      const next = this.#count + step;
      return afterNextPaint(() => (this.#count = next));
    });
  }

  get current(): number {
    return this.#count;
  }

  get done(): boolean {
    return this.#count >= this.#total();
  }

  atLeast(n: number) {
    if (n > this.#count) this.#count = n;
  }
}
