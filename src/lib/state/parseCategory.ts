// The `cat` URL parameter: which taxonomy category the comparison grid opens at.
import { CATEGORY_IDS, type CategoryId } from '$lib/data/contract/common';

export interface ParsedCategory {
  category: CategoryId | null;
  /** The raw value when it names no category, for a visible notice. */
  rejected: string | null;
}

export function parseCategory(raw: string | null): ParsedCategory {
  if (raw === null || raw.trim() === '') return { category: null, rejected: null };
  const id = raw.trim().toLowerCase();
  const category = CATEGORY_IDS.find((c) => c === id);
  return category ? { category, rejected: null } : { category: null, rejected: raw };
}
