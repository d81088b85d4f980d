import { memo } from 'react';
import { useI18n } from '../../../app/i18n';
import type { ImportField } from '../../../../shared/io/import-mapping';
import type { PreviewRow } from '../../../../shared/io/import-rows';
import { messageText } from '../messages';
import { fieldLabel } from '../mapping/field-labels';
import { CellView } from './CellView';

type Props = {
  index: number;
  row: PreviewRow;
  columns: readonly { field: ImportField; column: number }[];
  headers: readonly string[];
  ariaRowIndex: number;
  top: number;
  onEdit: (row: number, column: number, text: string) => void;
  onSkip: (row: number, skipped: boolean) => void;
  onFocusRow: (row: number) => void;
};

const STATUS_KEYS = {
  ok: 'import.check.status.ok',
  warning: 'import.check.status.warning',
  error: 'import.check.status.error',
  skipped: 'import.check.status.skipped',
  blank: 'import.check.status.skipped',
} as const;

/** One row of the preview: its number in the file, its status in words, its cells, and Leave out / Put back. */
export const PreviewRowView = memo(function PreviewRowView({ index, row, columns, headers, ariaRowIndex, top, onEdit, onSkip, onFocusRow }: Props) {
  const { t, lang } = useI18n();
  const number = row.sheetRow + 1;
  // The status cell says where to look: the row's own problems, else the columns with one.
  const problemFields = columns.filter(({ column }) => row.cells[column]?.error ?? row.cells[column]?.warning).map(({ field }) => t(fieldLabel(field)));
  const note =
    row.messages.length > 0
      ? row.messages.map((m) => messageText(m, lang)).join(' ')
      : problemFields.length > 0
        ? t('import.check.problemsIn', { columns: new Intl.ListFormat(lang, { type: 'conjunction' }).format(problemFields) })
        : '';
  const canSkip = row.status !== 'skipped' || row.skippedByUser === true;
  return (
    <div
      role="row"
      aria-rowindex={ariaRowIndex}
      className={`im-grid-row im-status-${row.status}`}
      style={{ transform: `translateY(${top}px)` }}
      onFocus={() => onFocusRow(index)}
    >
      <div role="rowheader" className="num" aria-label={t('import.check.rowNumber', { row: String(number) })}>
        {/* As the spreadsheet numbers its rows: no thousands separator. */}
        {String(number)}
      </div>
      <div role="cell" className="im-row-status">
        <span className={`im-badge im-badge-${row.status}`}>{t(STATUS_KEYS[row.status])}</span>
        {note && (
          <span className="im-cell-note" title={note}>
            {note}
          </span>
        )}
      </div>
      {columns.map(({ column }) => {
        const cell = row.cells[column];
        return (
          <div role="cell" key={column} className="im-cell">
            {cell && <CellView cell={cell} row={index} sheetRow={number} header={headers[column] ?? ''} onEdit={onEdit} />}
          </div>
        );
      })}
      <div role="cell">
        {canSkip && (
          <button
            type="button"
            className="im-skip"
            aria-label={t(row.skippedByUser ? 'import.check.putBackRow' : 'import.check.skipRow', { row: number })}
            onClick={() => onSkip(index, !row.skippedByUser)}
          >
            {t(row.skippedByUser ? 'import.check.putBack' : 'import.check.skip')}
          </button>
        )}
      </div>
    </div>
  );
});
