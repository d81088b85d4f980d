import { useEffect, useRef } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import type { Id } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { EnrolmentRowView, type RowActions } from './EnrolmentRowView';
import type { EnrolmentRow, RowSort, SortKey } from './view-model';

const COLUMNS: { key: SortKey; label: MessageKey }[] = [
  { key: 'name', label: 'enrolments.columns.name' },
  { key: 'country', label: 'enrolments.columns.country' },
  { key: 'role', label: 'enrolments.columns.role' },
  { key: 'status', label: 'enrolments.columns.status' },
  { key: 'applied', label: 'enrolments.columns.applied' },
];

/**
 * The enrolment table: a tick box per row and one for all shown rows, sortable
 * column headers (aria-sort), and each row's moves. Escape clears the ticks.
 */
export function EnrolmentTable({
  rows,
  sort,
  onSort,
  selected,
  onSelect,
  onSelectAll,
  lastRank,
  actions,
}: {
  rows: readonly EnrolmentRow[];
  sort: RowSort;
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<Id>;
  onSelect: (id: Id, checked: boolean, shift: boolean) => void;
  onSelectAll: (checked: boolean) => void;
  lastRank: number;
  actions: RowActions;
}) {
  const { t } = useI18n();
  const all = useRef<HTMLInputElement>(null);
  const ticked = rows.filter((r) => selected.has(r.enrolment.id)).length;
  useEffect(() => {
    if (all.current) all.current.indeterminate = ticked > 0 && ticked < rows.length;
  }, [ticked, rows.length]);

  return (
    <div
      className="table-wrap en-table-wrap"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && selected.size > 0 && !e.defaultPrevented) onSelectAll(false);
      }}
    >
      <table className="en-table">
        <caption className="visually-hidden">{t('enrolments.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="en-check">
              <input
                ref={all}
                type="checkbox"
                aria-label={t('enrolments.list.selectAll')}
                checked={rows.length > 0 && ticked === rows.length}
                onChange={(e) => onSelectAll(e.target.checked)}
              />
            </th>
            {COLUMNS.map(({ key, label }) => {
              const active = sort.key === key;
              const order = t(active && sort.direction === 'ascending' ? 'enrolments.list.descending' : 'enrolments.list.ascending');
              return (
                <th key={key} scope="col" aria-sort={active ? sort.direction : undefined}>
                  <button type="button" className="en-sort" onClick={() => onSort(key)} title={t('enrolments.list.sortBy', { column: t(label), order })}>
                    {t(label)}
                    <span aria-hidden="true" className={active ? 'en-sort-mark' : 'en-sort-mark en-sort-idle'}>
                      {active && sort.direction === 'descending' ? ' ↓' : ' ↑'}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col">{t('enrolments.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <EnrolmentRowView
              key={row.enrolment.id}
              row={row}
              selected={selected.has(row.enrolment.id)}
              onSelect={(checked, shift) => onSelect(row.enrolment.id, checked, shift)}
              lastRank={lastRank}
              actions={actions}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
