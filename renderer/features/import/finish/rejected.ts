import type { UiLanguage } from '../../../../shared/domain/types';
import type { Preview } from '../../../../shared/io/import-rows';
import type { RejectedRow } from '../commit/rejected-rows';
import { messageText } from '../messages';

/**
 * The rows the import leaves out, for the partner to correct: rows with an
 * error not fixed, and rows left out (by staff, or holding data only in
 * columns not imported), each with its cells as in the file and the reasons
 * in `lang`. Repeats of the header line are not sent back: nothing to fix.
 */
export function rejectedRows(preview: Preview, lang: UiLanguage): RejectedRow[] {
  return preview.rows.flatMap((row): RejectedRow[] => {
    if (row.status !== 'error' && row.status !== 'skipped') return [];
    if (row.messages.some((m) => m.key === 'import.rows.skippedHeaderRepeat')) return [];
    const problems = [...row.cells.flatMap((cell) => (cell.error ? [cell.error] : [])), ...row.messages];
    const reason = problems.map((m) => messageText(m, lang)).join(' ');
    const cells = row.cells.map((cell) => (typeof cell.raw === 'boolean' ? String(cell.raw) : cell.raw));
    return [{ sheetRow: row.sheetRow + 1, cells, reason }];
  });
}

/** The rejected rows' file name: "partners.xlsx" → "partners-rejected.xlsx". */
export function rejectedFileName(fileName: string): string {
  const base = fileName.replace(/\.[^./\\]+$/, '') || 'import';
  return `${base}-rejected.xlsx`;
}
