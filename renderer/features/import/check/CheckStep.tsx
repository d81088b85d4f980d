import { useMemo, useState } from 'react';
import { useI18n } from '../../../app/i18n';
import type { PreviewSummary } from './preview-summary';
import { usePreviewRows } from './preview-client';
import { filteredRows, planCounts, ROW_FILTERS, type RowFilter } from '../state/counts';
import type { WizardState } from '../state/wizard-state';
import { CountsLine } from './CountsLine';
import { PreviewGrid } from './PreviewGrid';
import { RowDetails } from './RowDetails';

type Props = {
  state: WizardState;
  onFilter: (filter: RowFilter) => void;
  onEdit: (row: number, column: number, text: string) => void;
  onSkip: (row: number, skipped: boolean) => void;
};

function filterCount(preview: PreviewSummary, filter: RowFilter): number {
  const c = preview.counts;
  return filter === 'all' ? c.rows - c.blank : filter === 'errors' ? c.errors : filter === 'warnings' ? c.warnings : c.skipped;
}

/**
 * Step five: every row read and checked. The counts of what will happen,
 * a filter to rows in error, with warnings or left out, and the rows
 * themselves, where a cell is corrected in place and a row left out.
 */
export function CheckStep({ state, onFilter, onEdit, onSkip }: Props) {
  const { t, tn } = useI18n();
  const { preview, filter } = state;
  const shown = useMemo(() => (preview ? filteredRows(preview, filter) : new Int32Array(0)), [preview, filter]);
  const [focused, setFocused] = useState<number | undefined>(undefined);
  // The first row in error (else with a warning) among those shown: both lists are in row order.
  const firstProblem = useMemo(() => {
    if (!preview) return undefined;
    const inShown = (list: Int32Array) => (filter === 'all' || list === shown ? list[0] : undefined);
    return inShown(preview.lists.errors) ?? inShown(preview.lists.warnings);
  }, [preview, filter, shown]);
  const detailed = focused !== undefined && shown.includes(focused) ? focused : firstProblem;
  const detailRows = usePreviewRows(detailed === undefined ? [] : [detailed]);
  if (!preview) {
    return (
      <p className="im-busy" role="status">
        {t('import.check.building')}
      </p>
    );
  }
  return (
    <div className="im-check">
      <CountsLine counts={planCounts(preview, state.decisions)} />
      {preview.counts.errors > 0 && <p className="im-hint">{tn('import.check.errorsHint', preview.counts.errors)}</p>}
      <fieldset className="im-filter">
        <legend>{t('import.check.filter')}</legend>
        {ROW_FILTERS.map((f) => (
          <label key={f} className="im-radio">
            <input type="radio" name="im-filter" checked={filter === f} onChange={() => onFilter(f)} />
            <span>{t(`import.check.filters.${f}`, { count: filterCount(preview, f) })}</span>
          </label>
        ))}
      </fieldset>
      {shown.length === 0 ? (
        <p className="empty">{t('import.check.noRows')}</p>
      ) : (
        <PreviewGrid preview={preview} rows={shown} onEdit={onEdit} onSkip={onSkip} onFocusRow={setFocused} resetKey={filter} />
      )}
      <RowDetails preview={preview} row={detailed === undefined ? undefined : detailRows.get(detailed)} />
    </div>
  );
}
