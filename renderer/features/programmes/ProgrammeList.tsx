import { useMemo, useState } from 'react';
import { formatDateRange } from '../../../shared/domain/dates';
import {
  filterProgrammes,
  hasFilters,
  NO_FILTERS,
  programmeYears,
  type ProgrammeFilters,
  type ProgrammeSort,
} from '../../../shared/domain/programme-search';
import type { Programme, UiLanguage } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { kindLabel, pickText, programmeStatusLabel } from '../../app/labels';
import { hashFor } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { countryLabel, formatNumber } from './intl';
import { ListFilters } from './ListFilters';
import { useOrganisations, useProgrammeRows } from './queries';
import './programmes.css';

// The list keeps its filters while the user opens a programme and comes back.
let remembered: { filters: ProgrammeFilters; sort: ProgrammeSort } = { filters: NO_FILTERS, sort: 'newest' };

/** Where a programme happens, for the list: "Lagos, Nigeria", "Online", or both. */
export function placeOf(p: Programme, online: string, lang: UiLanguage): string {
  if (p.venue.mode === 'online') return online;
  const place = `${p.venue.city}, ${countryLabel(p.venue.country, lang)}`;
  return p.venue.mode === 'hybrid' ? `${place} + ${online}` : place;
}

/** `#/programmes`: every programme, searchable and filtered, with its counts. */
export function ProgrammeList() {
  const { t, tn, lang } = useI18n();
  const rows = useProgrammeRows();
  const organisations = useOrganisations();
  const [filters, setFiltersState] = useState(remembered.filters);
  const [sort, setSortState] = useState(remembered.sort);
  const setFilters = (next: ProgrammeFilters) => {
    remembered = { ...remembered, filters: next };
    setFiltersState(next);
  };
  const toggleSort = () => {
    const next = sort === 'newest' ? 'oldest' : 'newest';
    remembered = { ...remembered, sort: next };
    setSortState(next);
  };

  const shown = useMemo(() => (rows ? filterProgrammes(rows, filters, sort) : []), [rows, filters, sort]);
  const years = useMemo(() => programmeYears(rows ?? []), [rows]);
  const languages = useMemo(() => [...new Set((rows ?? []).flatMap((r) => r.workingLanguages))].sort(), [rows]);
  const partners = useMemo(() => {
    const used = new Set((rows ?? []).flatMap((r) => r.partners.map((p) => p.organisationId)));
    return (organisations ?? []).filter((o) => used.has(o.id));
  }, [rows, organisations]);
  const number = (n: number) => formatNumber(n, lang);
  const order = t(sort === 'newest' ? 'programmes.list.newestFirst' : 'programmes.list.oldestFirst');

  return (
    <>
      <PageHeader title={t('programmes.heading')} intro={t('programmes.intro')}>
        <p className="pl-new">
          <a className="button primary" href={hashFor('programmes', 'new')}>
            {t('programmes.list.newProgramme')}
          </a>
        </p>
      </PageHeader>
      {rows && rows.length === 0 && <p className="empty">{t('programmes.empty')}</p>}
      {rows && rows.length > 0 && (
        <>
          <ListFilters filters={filters} onChange={setFilters} years={years} languages={languages} partners={partners} />
          <p className="muted pl-count" role="status">
            {hasFilters(filters) ? tn('programmes.list.shown', shown.length, { total: rows.length }) : tn('programmes.count', rows.length)}
          </p>
          {shown.length === 0 ? (
            <p className="empty">{t('programmes.list.noMatches')}</p>
          ) : (
            <div className="table-wrap">
              <table className="pl-table">
                <caption className="visually-hidden">{t('programmes.heading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('programmes.columns.title')}</th>
                    <th scope="col">{t('programmes.columns.kind')}</th>
                    <th scope="col" aria-sort={sort === 'newest' ? 'descending' : 'ascending'}>
                      <button type="button" className="pl-sort" onClick={toggleSort} title={t('programmes.list.sortBy', { order })}>
                        {t('programmes.columns.dates')}
                        <span className="visually-hidden"> ({order})</span>
                        <span aria-hidden="true">{sort === 'newest' ? ' ↓' : ' ↑'}</span>
                      </button>
                    </th>
                    <th scope="col">{t('programmes.columns.place')}</th>
                    <th scope="col">{t('programmes.columns.status')}</th>
                    <th scope="col" className="num">{t('programmes.columns.sessions')}</th>
                    <th scope="col" className="num">{t('programmes.columns.enrolled')}</th>
                    <th scope="col" className="num">{t('programmes.columns.grants')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">
                        {p.colour && <span className="swatch" style={{ background: p.colour }} aria-hidden="true" />}
                        <a href={hashFor('programmes', p.id)}>{pickText(p.title, lang) ?? t('programmes.untitled')}</a>
                      </th>
                      <td>{t(kindLabel(p.kind))}</td>
                      <td className="nowrap">{formatDateRange(p.startDate, p.endDate, lang)}</td>
                      <td>{placeOf(p, t('programmes.online'), lang)}</td>
                      <td>
                        <span className={`status status-${p.status}`}>{t(programmeStatusLabel(p.status))}</span>
                      </td>
                      <td className="num">{number(p.sessions)}</td>
                      <td className="num">{number(p.enrolled)}</td>
                      <td className="num">{number(p.grants)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
