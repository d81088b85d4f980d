/**
 * A CSV writer for spreadsheets people open in Excel, LibreOffice or Numbers.
 *
 * - UTF-8 with a byte-order mark: without it Excel reads the file as the
 *   system code page and "Lefèvre" arrives as "LefÃ¨vre".
 * - Formula injection neutralised: a cell that starts with = + - @ TAB or CR
 *   would be run as a formula by the spreadsheet (a name typed as
 *   `=HYPERLINK(...)` in an application form). Such cells get a leading
 *   apostrophe, which spreadsheets show as text (OWASP's advice).
 * - Commas as separators, CRLF line ends (RFC 4180), quotes doubled.
 */

/** The UTF-8 byte-order mark, as a character. */
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell made harmless for a spreadsheet: a leading apostrophe when it would start a formula. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One cell as CSV: neutralised, then quoted when it holds a separator, a quote or a line break. */
export function csvCell(value: string): string {
  const safe = neutraliseCell(value);
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV text (no byte-order mark), each line ended by CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

/** Rows as the bytes of a CSV file: UTF-8 with a byte-order mark. */
export function csvBytes(rows: readonly (readonly string[])[]): Uint8Array {
  return new TextEncoder().encode(BOM + toCsv(rows));
}

/** A file name safe on Windows, macOS and Linux: no path or reserved characters, not too long. */
export function safeFileName(name: string, extension: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  return `${(cleaned || 'export').slice(0, 120)}.${extension}`;
}
