import { useI18n } from '../../../app/i18n';
import type { PreviewRow } from '../../../../shared/io/import-rows';
import type { PreviewSummary } from './preview-summary';
import { fieldLabel } from '../mapping/field-labels';
import { messageText } from '../messages';

/**
 * Every problem of one row in full (the grid cuts long messages to a line):
 * the row whose cell has focus, or the first row in error. Read politely by
 * screen readers as focus moves from row to row.
 */
export function RowDetails({ preview, row }: { preview: PreviewSummary; row: PreviewRow | undefined }) {
  const { t, lang } = useI18n();
  const shown = row;
  const problems = shown
    ? [
        ...shown.messages.map((m) => ({ key: `row-${m.key}`, where: '', text: messageText(m, lang), error: shown.status !== 'skipped' })),
        ...shown.cells.flatMap((cell) => {
          const field = preview.fields[cell.column];
          const problem = cell.error ?? cell.warning;
          if (!problem || !field) return [];
          return [{ key: `cell-${cell.column}`, where: t(fieldLabel(field)), text: messageText(problem, lang), error: cell.error !== undefined }];
        }),
      ]
    : [];
  return (
    <div className="im-details" aria-live="polite">
      {shown && problems.length > 0 && (
        <>
          <h3>{t('import.check.detailsHeading', { row: shown.sheetRow + 1 })}</h3>
          <ul>
            {problems.map((p) => (
              <li key={p.key} className={p.error ? 'im-cell-error' : 'im-cell-warning'}>
                <strong>{p.where ? `${p.where} — ` : ''}</strong>
                {p.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
