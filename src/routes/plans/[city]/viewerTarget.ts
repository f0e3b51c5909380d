import type { SourceRef } from '$lib/data/schemas';

/** What the source viewer shows: an item or a plan fact, already labelled for the UI language. */
export interface ViewerTarget {
  key: string;
  label: string;
  title: string;
  source: SourceRef;
}
