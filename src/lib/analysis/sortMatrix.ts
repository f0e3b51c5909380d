// The matrix table's sort, apart from the matrix itself: only the table (drawn when the reader
// opens it) needs it.
import type { CategoryId } from '$lib/data/schemas';
import type { MatrixRow, Metric } from './countMatrix';

/** The sortable table's keys: the city's position in the selection, its total, or a category. */
export type SortKey = 'order' | 'total' | CategoryId;

export interface Sort {
  key: SortKey;
  metric: Metric;
  descending: boolean;
}

/** Rows sorted for the table; ties keep the selection order so the result is stable. */
export function sortMatrixRows(rows: readonly MatrixRow[], sort: Sort): MatrixRow[] {
  const value = (row: MatrixRow, index: number): number => {
    if (sort.key === 'order') return index;
    if (sort.key === 'total') return row.total;
    const cell = row.cells.find((c) => c.category === sort.key);
    return cell ? cell[sort.metric] : 0;
  };
  const sign = sort.descending ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, v: value(row, index) }))
    .sort((a, b) => sign * (a.v - b.v) || a.index - b.index)
    .map((r) => r.row);
}
