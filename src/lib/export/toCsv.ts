// RFC 4180 CSV with a UTF-8 byte-order mark: without the BOM, Excel on Japanese Windows reads the
// file as Shift_JIS and the titles turn to mojibake. Lists go in one cell joined by ";" so each
// item stays one row.
import { CODED_COLUMNS, type CodedRow } from './codedRows';

export const BOM = '\uFEFF';

function cell(value: string | number | readonly (string | number)[]): string {
  const text = Array.isArray(value) ? value.join(';') : String(value);
  // A leading = + - @ would run as a formula when the file is opened in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly CodedRow[]): string {
  const lines = [CODED_COLUMNS.join(',')];
  for (const row of rows) lines.push(CODED_COLUMNS.map((c) => cell(row[c])).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
