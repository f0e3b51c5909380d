// How many entries of a long list to draw: `first` in the first render, then, in each task after a
// paint, one entry at a time for as long as the task stays within `TASK_BUDGET_MS`, until `total()`
// are drawn. The first screen is drawn without waiting for the rest of the page, and no task of
// the growth runs long on a slow phone (a fast machine draws more per task). Construct during
// component init.
//
//   const drawn = new GrowingCount(() => cards.length, { first: 6 });
//   cards.slice(0, drawn.current)
//   drawn.atLeast(12)   // a link to the 12th card needs it drawn now
//   drawn.done          // everything is drawn
import { flushSync, untrack } from 'svelte';
import { afterNextPaint } from './afterNextPaint';

/** Script time one growth task may take; its layout and paint follow in the frame after it. */
const TASK_BUDGET_MS = 8;

export class GrowingCount {
  #count = $state(0);
  #total: () => number;

  constructor(total: () => number, { first }: { first: number }) {
    this.#total = total;
    this.#count = first;
    // Each growth task schedules the next itself: the effect tracks only the list's length (a
    // longer list restarts the growth), not the count, so drawing an entry does not reschedule.
    $effect(() => {
      this.#total();
      let cancel = () => {};
      const step = () => {
        this.#grow();
        if (!this.done) cancel = afterNextPaint(step);
      };
      if (!untrack(() => this.done)) cancel = afterNextPaint(step);
      return () => cancel();
    });
  }

  #grow() {
    const start = performance.now();
    do {
      this.#count += 1;
      flushSync();
    } while (!this.done && performance.now() - start < TASK_BUDGET_MS);
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
