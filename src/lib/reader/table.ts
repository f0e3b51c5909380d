// Tab-separated table rows. Some rows of the seeds wrap each cell in <p>…</p>, left over from an
// HTML table; the tags go, the cell text stays.
import { tidySpaces } from './normalize';

export function splitTableRow(raw: string): string[] {
  const cells = raw.split('\t').map((c) => tidySpaces(c.replace(/<\/?p>/gu, '')));
  while (cells.length && !cells[cells.length - 1]) cells.pop();
  return cells;
}

/** A header row names its columns: short cells with no sentence in them, and rows follow it. */
export function isHeaderRow(cells: readonly string[], nextLine: string | undefined): boolean {
  if (cells.length < 2 || nextLine === undefined || !nextLine.includes('\t')) return false;
  return cells.every((c) => c.length > 0 && c.length <= 12 && !/[。、]/u.test(c));
}
