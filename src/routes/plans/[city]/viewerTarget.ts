import type { LabelEvidence, SourceRef } from '$lib/data/schemas';

/** A label an item carries, named for the UI language, with why it was given. */
export interface ItemLabel {
  /** A category id, or `sdg:<n>` (the evidence's own key). */
  id: string;
  name: string;
  /** An SDG's colour. */
  color?: string;
  evidence?: LabelEvidence;
}

/** What the source viewer shows: an item or a plan fact, already labelled for the UI language. */
export interface ViewerTarget {
  key: string;
  label: string;
  title: string;
  source: SourceRef;
  /** The item's description, looked for in the source so its lines are highlighted too. */
  text?: string;
  /** The item's categories and SDGs (none for a plan fact). */
  labels?: ItemLabel[];
  labelledBy?: 'rules' | 'curated';
  labelReason?: string;
}
