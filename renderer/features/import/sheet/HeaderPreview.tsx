import { useI18n } from '../../../app/i18n';
import { sheetWidth } from '../../../../shared/io/import-header';
import { cellText } from '../../../../shared/io/import-normalise';
import type { Sheet } from '../../../../shared/io/sheet-types';

/** Rows of the sheet shown to choose the header from. */
export const PREVIEW_ROWS = 15;
/** Columns shown; wider sheets are cut (the mapping step lists every column). */
const PREVIEW_COLUMNS = 12;

type RowRole = 'skipped' | 'header' | 'data';

/** Where each shown row has a cell merged across columns: its first column → how many columns it spans. */
function spans(sheet: Sheet, rows: number, width: number): Map<number, number>[] {
  const result = Array.from({ length: rows }, () => new Map<number, number>());
  for (const { s, e } of sheet.merges ?? []) {
    if (s.r < rows && e.c > s.c && s.c < width) result[s.r]?.set(s.c, Math.min(e.c, width - 1) - s.c + 1);
  }
  return result;
}

/**
 * The first rows of the sheet as the file shows them (a title merged across
 * columns spans them), each marked in words: skipped (above the header),
 * column names, or data. Colour only repeats what the words say.
 */
export function HeaderPreview({ sheet, headerRow, groupRow }: { sheet: Sheet; headerRow: number; groupRow: number | undefined }) {
  const { t } = useI18n();
  const rows = sheet.rows.slice(0, PREVIEW_ROWS);
  const width = Math.min(sheetWidth({ ...sheet, rows }), PREVIEW_COLUMNS);
  const merged = spans(sheet, rows.length, width);
  const top = groupRow ?? headerRow;
  const roleOf = (r: number): RowRole => (r < top ? 'skipped' : r <= headerRow ? 'header' : 'data');
  const roleText = { skipped: t('import.sheet.skippedRow'), header: t('import.sheet.headerRowBadge'), data: t('import.sheet.dataRow') };
  return (
    <div className="table-wrap im-sheet-preview">
      <table>
        <caption className="visually-hidden">{t('import.sheet.previewCaption', { sheet: sheet.name, count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.sheet.rowColumn')}</th>
            <th scope="col">{t('import.sheet.roleColumn')}</th>
            {Array.from({ length: width }, (_, c) => (
              <th key={c} scope="col">
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => {
            const role = roleOf(r);
            const cells = [];
            for (let c = 0; c < width; c++) {
              const span = merged[r]?.get(c) ?? 1;
              cells.push(
                <td key={c} colSpan={span > 1 ? span : undefined}>
                  {cellText(row?.[c] ?? null)}
                </td>,
              );
              c += span - 1;
            }
            return (
              <tr key={r} className={`im-row-${role}`}>
                <th scope="row" className="num">
                  {r + 1}
                </th>
                <td>
                  <span className={`im-badge im-badge-${role}`}>{roleText[role]}</span>
                </td>
                {cells}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A spreadsheet column letter: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
