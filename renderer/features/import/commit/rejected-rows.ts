import * as XLSX from 'xlsx';
import type { UiLanguage } from '../../../../shared/domain/types';
import { translate } from '../../../../shared/i18n';
import { neutraliseCell } from '../../enrolments/csv';
import { COMMIT_KEYS } from './commit-keys';

/** A row the import left out: its number in the sheet, its cells as read, and why (already translated). */
export type RejectedRow = { sheetRow: number; cells: readonly (string | number | null)[]; reason: string };

// Characters a sheet name may not hold (Excel refuses the file otherwise), and its length limit.
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
const SHEET_NAME_MAX = 31;

const safe = (cell: string | number | null): string | number | null => (typeof cell === 'string' ? neutraliseCell(cell) : cell);

/**
 * The rows an import left out, as an .xlsx file for the partner to correct and
 * send back: the original columns under their original headers, in sheet
 * order, plus a last column with the reason (its header in `lang`). Every text
 * cell that a spreadsheet would run as a formula (starting with = + - @ TAB CR)
 * gets a leading apostrophe (GUIDE §5); numbers stay numbers.
 */
export function rejectedRowsWorkbook(rows: readonly RejectedRow[], headers: readonly string[], lang: UiLanguage): Uint8Array {
  const width = rows.reduce((max, row) => Math.max(max, row.cells.length), headers.length);
  const headerRow = Array.from({ length: width }, (_, c) => safe(headers[c] ?? null));
  const reasonHeader = translate(lang, COMMIT_KEYS.reasonHeader);
  const ordered = [...rows].sort((a, b) => a.sheetRow - b.sheetRow);
  const data = ordered.map((row) => [...Array.from({ length: width }, (_, c) => safe(row.cells[c] ?? null)), safe(row.reason)]);
  const sheet = XLSX.utils.aoa_to_sheet([[...headerRow, safe(reasonHeader)], ...data]);
  const workbook = XLSX.utils.book_new();
  const name = translate(lang, COMMIT_KEYS.rejectedSheet).replace(SHEET_NAME_FORBIDDEN, ' ').slice(0, SHEET_NAME_MAX).trim();
  XLSX.utils.book_append_sheet(workbook, sheet, name || 'Sheet1');
  const bytes: ArrayBuffer = XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: true });
  return new Uint8Array(bytes);
}
