// The coded items as one flat table: what a planner pastes into a spreadsheet or a student loads
// into R. The columns are the list; every row points back to its source file and line.
import type { PlanItem } from '$lib/data/schemas';

export const CODED_COLUMNS = [
  'city',
  'id',
  'kind',
  'title',
  'categories',
  'sdgs',
  'sourceFile',
  'line',
  'endLine',
  'quote',
] as const;

export interface CodedRow {
  city: string;
  id: string;
  kind: string;
  title: string;
  categories: string[];
  sdgs: number[];
  sourceFile: string;
  line: number;
  endLine: number;
  quote: string;
}

export function toCodedRow(item: PlanItem): CodedRow {
  return {
    city: item.id.slice(0, item.id.indexOf('/')),
    id: item.id,
    kind: item.kind,
    title: item.title,
    categories: [...(item.categories ?? [])],
    sdgs: [...(item.sdgs ?? [])],
    sourceFile: item.source.file,
    line: item.source.line,
    endLine: item.source.endLine ?? item.source.line,
    quote: item.source.quote,
  };
}

/** Rows for `ids` in the order given; ids with no item are skipped. */
export function pickCodedRows(
  ids: readonly string[],
  itemsById: ReadonlyMap<string, PlanItem>,
): CodedRow[] {
  return ids.flatMap((id) => {
    const item = itemsById.get(id);
    return item ? [toCodedRow(item)] : [];
  });
}
