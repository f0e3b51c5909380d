// A value that follows its source one painted frame behind. A control reads the source and
// repaints in the frame of the input; a heavy view reads `current` and catches up in the first task
// after that frame, so the input's own frame never waits for it. `pending` is true in between,
// for the view to show it is about to change.
//
//   const shown = new Deferred(() => view.category);   // during component init
//   shown.current   // the value the heavy view draws
//   shown.pending   // the source has moved on; `current` follows after the next paint
//
// Rapid changes collapse: only the latest value is carried over.
import { untrack } from 'svelte';
import { afterNextPaint } from './afterNextPaint';

export class Deferred<T> {
  #read: () => T;
  #latest = $derived.by(() => this.#read());
  #shown = $state.raw<T>() as T;

  constructor(read: () => T) {
    this.#read = read;
    this.#shown = untrack(() => this.#latest);
    $effect(() => {
      const next = this.#latest;
      if (
        Object.is(
          next,
          untrack(() => this.#shown),
        )
      )
        return;
      return afterNextPaint(() => (this.#shown = next));
    });
  }

  get current(): T {
    return this.#shown;
  }

  get pending(): boolean {
    return !Object.is(this.#latest, this.#shown);
  }
}
