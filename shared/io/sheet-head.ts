import { sheetWidth } from './import-header';
import type { ParsedSheet } from './sheet-read';

/**
 * Rows of a sheet the page holds to choose the header and the fields: the
 * header is looked for in the first 30 rows (HEADER_SCAN_ROWS, plus a few
 * after it) and the fields are suggested from the 50 rows under it; the rest
 * stays in the workers.
 */
export const HEAD_ROWS = 200;

/** The first rows of a sheet, with the whole sheet's number of rows and columns. */
export type SheetHead = ParsedSheet & { rowCount: number; columnCount: number };

/**
 * The first `limit` rows of a sheet (with their displayed texts), the merged
 * ranges that start in them (cut at the last of them), and the number of rows
 * and columns of the whole sheet: what the page needs of a 100,000-row sheet
 * without copying it.
 */
export function sheetHead(sheet: ParsedSheet, limit = HEAD_ROWS): SheetHead {
  const last = limit - 1;
  const head: SheetHead = { name: sheet.name, rows: sheet.rows.slice(0, limit), rowCount: sheet.rows.length, columnCount: sheetWidth(sheet) };
  if (sheet.merges) head.merges = sheet.merges.filter((m) => m.s.r <= last).map((m) => (m.e.r > last ? { s: m.s, e: { r: last, c: m.e.c } } : m));
  if (sheet.formatted) head.formatted = sheet.formatted.slice(0, limit);
  if (sheet.formulaCells !== undefined) head.formulaCells = sheet.formulaCells;
  if (sheet.date1904 !== undefined) head.date1904 = sheet.date1904;
  return head;
}
