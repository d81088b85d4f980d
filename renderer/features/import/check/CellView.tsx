import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../app/i18n';
import type { PreviewCell } from '../../../../shared/io/import-rows';
import { messageText } from '../messages';

type Props = {
  cell: PreviewCell;
  /** Index in preview.rows. */
  row: number;
  /** The row's number in the spreadsheet, for labels. */
  sheetRow: number;
  header: string;
  onEdit: (row: number, column: number, text: string) => void;
};

/**
 * One cell of the preview: its value and, in words, its error or warning.
 * The value is a button: pressing it turns the cell into a text box, where
 * Enter keeps the correction and Escape drops it.
 */
export function CellView({ cell, row, sheetRow, header, onEdit }: Props) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<string | null>(null);
  const refocus = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  // After a correction or Escape, focus goes back to the cell, not to the top of the page.
  useEffect(() => {
    if (draft === null && refocus.current) {
      refocus.current = false;
      button.current?.focus();
    }
  }, [draft]);
  const problem = cell.error ?? cell.warning;
  const problemText = problem ? messageText(problem, lang) : '';
  const label = t('import.check.editCell', { column: header, row: sheetRow });
  const save = () => {
    if (draft !== null && draft !== cell.value) onEdit(row, cell.column, draft);
    setDraft(null);
  };
  const close = (keep: boolean) => {
    if (keep) save();
    else setDraft(null);
    refocus.current = true;
  };

  return (
    <>
      {draft === null ? (
        <button ref={button} type="button" className="im-cell-value" aria-label={`${label}: ${cell.value}`} onClick={() => setDraft(cell.value)}>
          {cell.value || '\u00a0'}
          {cell.edited && <span className="im-edited"> {t('import.check.edited')}</span>}
        </button>
      ) : (
        <input
          type="text"
          className="im-cell-input"
          aria-label={label}
          value={draft}
          autoFocus
          onChange={(e) => setDraft(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              close(true);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              close(false);
            }
          }}
        />
      )}
      {problem && (
        <span className={cell.error ? 'im-cell-error' : 'im-cell-warning'} title={problemText}>
          <strong>{t(cell.error ? 'import.check.errorLabel' : 'import.check.warningLabel')}</strong> {problemText}
        </span>
      )}
    </>
  );
}
