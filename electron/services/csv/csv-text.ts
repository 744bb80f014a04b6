/**
 * CSV that opens correctly in Excel and WPS on a Chinese Windows desktop: UTF-8 with a BOM
 * (without it Excel reads the bytes as GBK and shows mojibake), CRLF line ends, RFC 4180
 * quoting. A text cell that starts with = + - @ (or a tab or CR) is prefixed with ' so a
 * spreadsheet shows it as text instead of running it as a formula (CSV injection).
 */
export type CsvCell = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text. Numbers are written as numbers (a negative number is not a formula). */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') text = value ? 'TRUE' : 'FALSE';
  else text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (cells: readonly CsvCell[]): string => cells.map(csvCell).join(',');

/** The whole file: BOM, rows joined and ended with CRLF. */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((r) => csvRow(r) + CRLF).join('');
}

/**
 * Several tables in one file, each under a title line and separated by an empty line: the
 * layout offices use for a printed statistics sheet. A spreadsheet shows them one below another.
 */
export interface CsvSection {
  title: string;
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

export function csvSections(sections: readonly CsvSection[]): string {
  const rows: CsvCell[][] = [];
  sections.forEach((s, i) => {
    if (i > 0) rows.push([]);
    rows.push([s.title]);
    rows.push([...s.header]);
    for (const r of s.rows) rows.push([...r]);
  });
  return csvText(rows);
}
