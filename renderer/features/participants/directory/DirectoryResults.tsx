import { useCallback, useMemo, useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { useAppLocation } from '../../../app/router';
import { ColumnChooser } from './ColumnChooser';
import { loadColumns, saveColumns, visibleColumns, type OptionalColumn } from './columns';
import { DirectoryGrid } from './DirectoryGrid';
import { isNarrowed, nextSort, type DirectorySpec } from './spec';
import { useDirectory, type RowRange } from './use-directory';

/** The count of matches, the column chooser and the grid, for one spec. */
export function DirectoryResults({ spec, onChange }: { spec: DirectorySpec; onChange: (spec: DirectorySpec) => void }) {
  const { t, tn, lang } = useI18n();
  const [, go] = useAppLocation();
  const [range, setRange] = useState<RowRange>({ start: 0, end: 30 });
  const [chosen, setChosen] = useState<OptionalColumn[]>(loadColumns);
  const columns = useMemo(() => visibleColumns(chosen), [chosen]);
  const view = useDirectory(spec, lang, range);
  const onRange = useCallback((next: RowRange) => setRange((r) => (r.start === next.start && r.end === next.end ? r : next)), []);
  const open = useCallback((id: string) => go('participants', id), [go]);
  const choose = (next: OptionalColumn[]) => {
    setChosen(next);
    saveColumns(next);
  };
  const { total, all } = view;

  let count = '';
  if (view.waiting) count = t('participants.directory.preparing');
  else if (total !== undefined && all !== undefined) {
    count = isNarrowed(spec) ? tn('participants.directory.shown', all, { shown: total, total: all }) : tn('participants.count', all);
  }

  return (
    <div className="pd-results">
      <div className="pd-bar">
        <p id="pd-count" className="pd-count" role="status" data-results-for={view.shownText}>
          {count}
        </p>
        <ColumnChooser chosen={chosen} onChange={choose} />
      </div>
      {view.status.state === 'failed' && (
        <p className="pd-warning" role="alert">
          {t('participants.directory.searchFailed', { detail: view.status.message })}
        </p>
      )}
      {all === 0 ? (
        <p className="empty">{t('participants.directory.empty')}</p>
      ) : total === 0 ? (
        <p className="empty">{t('participants.directory.noMatches')}</p>
      ) : (
        <DirectoryGrid
          columns={columns}
          total={total ?? 0}
          rowAt={view.rowAt}
          sort={spec.sort}
          onSort={(key) => onChange({ ...spec, sort: nextSort(spec.sort, key) })}
          onOpen={open}
          onRange={onRange}
          resetKey={JSON.stringify([spec.text, spec.filters, spec.sort])}
        />
      )}
      <p id="pd-grid-hint" className="pd-hint">
        {t('participants.directory.keyboardHint')}
      </p>
    </div>
  );
}
