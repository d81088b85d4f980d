import { useMemo, useState } from 'react';
import type { Id, Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { countryName, enrolmentStatusLabel } from '../../app/labels';
import { waitlistOrder } from './actions';
import { BulkBar } from './BulkBar';
import { EnrolDialog } from './EnrolDialog';
import { EnrolmentFilters } from './EnrolmentFilters';
import { EnrolmentTable } from './EnrolmentTable';
import { personReason } from './messages';
import { OfferDialog } from './OfferDialog';
import { ProblemList } from './ProblemList';
import { QuotaPanel } from './QuotaPanel';
import type { EnrolmentData } from './queries';
import { useBulkActions } from './use-bulk-actions';
import { useSelection } from './use-selection';
import { useStatusActions } from './use-status-actions';
import { useOtherProgrammes } from './queries';
import { buildRows, filterRows, hasRowFilters, NO_ROW_FILTERS, rowCountries, sortRows, type RowFilters, type RowSort, type SortKey } from './view-model';

/**
 * The enrolment tab: live selection quotas, then the list of enrolled people
 * with filters, sorting, per-row status moves and the waiting list, bulk
 * actions on ticked rows, and the offer of a freed place.
 */
export function EnrolmentPanel({ programme, data }: { programme: Programme; data: EnrolmentData }) {
  const { t, tn, lang } = useI18n();
  const [filters, setFiltersState] = useState<RowFilters>(NO_ROW_FILTERS);
  const [sort, setSort] = useState<RowSort>({ key: 'status', direction: 'ascending' });
  const [enrolling, setEnrolling] = useState(false);
  const programmes = useOtherProgrammes(programme.id) ?? [];

  const rows = useMemo(() => buildRows(data.enrolments, data.people, data.organisations), [data]);
  const shown = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return sortRows(filterRows(rows, filters), sort, (code) => countryName(code, lang), collator);
  }, [rows, filters, sort, lang]);
  const selection = useSelection(shown.map((r) => r.enrolment.id));
  const ticked = shown.filter((r) => selection.selected.has(r.enrolment.id));

  const nameOf = (personId: Id) => rows.find((r) => r.enrolment.personId === personId)?.name || t('enrolments.list.unknownPerson');
  const status = useStatusActions(programme, data.enrolments, nameOf);
  const bulk = useBulkActions(programme, ticked);
  const lastRank = waitlistOrder(data.enrolments).length;

  const setFilters = (next: RowFilters) => {
    setFiltersState(next);
    // Ticks on rows that a filter hides would be acted on unseen: start again.
    selection.clear();
  };
  const onSort = (key: SortKey) =>
    setSort((s) => ({ key, direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  const offerName = status.offer ? nameOf(status.offer.enrolment.personId) : '';

  return (
    <>
      <QuotaPanel programme={programme} data={data} />
      <div className="en-toolbar">
        <h3 className="en-list-heading">{t('enrolments.list.heading')}</h3>
        <button type="button" className="primary" onClick={() => setEnrolling(true)}>
          {t('enrolments.list.enrol')}
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="empty">{t('enrolments.list.empty')}</p>
      ) : (
        <>
          <EnrolmentFilters filters={filters} onChange={setFilters} countries={rowCountries(rows)} />
          <p className="muted en-count" role="status">
            {hasRowFilters(filters) ? tn('enrolments.list.shown', shown.length, { total: rows.length }) : tn('enrolments.list.count', rows.length)}
          </p>
          {ticked.length > 0 && (
            <BulkBar
              count={ticked.length}
              programmes={programmes}
              handlers={{
                changeStatus: (to) => status.changeMany(ticked.map((r) => r.enrolment.id), to),
                addTag: bulk.addTag,
                enrolElsewhere: bulk.enrolElsewhere,
                exportCsv: bulk.exportCsv,
                clear: selection.clear,
              }}
            />
          )}
          {status.refusal && (
            <ProblemList
              title={tn('enrolments.bulk.statusRefused', status.refusal.problems.length, { status: t(enrolmentStatusLabel(status.refusal.status)) })}
              lines={status.refusal.problems.map((p) => personReason(p.personId ? nameOf(p.personId) : t('enrolments.list.unknownPerson'), p.key, p.params, lang))}
              onDismiss={status.clearRefusal}
            />
          )}
          {bulk.refusal && <ProblemList title={bulk.refusal.title} lines={bulk.refusal.lines} onDismiss={bulk.clearRefusal} />}
          {shown.length === 0 ? (
            <p className="empty">{t('enrolments.list.noMatches')}</p>
          ) : (
            <EnrolmentTable
              rows={shown}
              sort={sort}
              onSort={onSort}
              selected={selection.selected}
              onSelect={selection.toggle}
              onSelectAll={selection.setAll}
              lastRank={lastRank}
              actions={{ change: (e, to) => void status.change(e, to), move: (e, d) => void status.move(e, d) }}
            />
          )}
        </>
      )}
      {enrolling && <EnrolDialog programme={programme} onClose={() => setEnrolling(false)} />}
      {status.offer && (
        <OfferDialog
          name={offerName}
          rank={status.offer.enrolment.waitlistRank ?? 1}
          onConfirm={() => void status.acceptOffer()}
          onCancel={status.declineOffer}
        />
      )}
    </>
  );
}
