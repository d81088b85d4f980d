import { ENROLMENT_ROLES, ENROLMENT_STATUSES, type EnrolmentRole, type EnrolmentStatus } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { countryName, enrolmentStatusLabel } from '../../app/labels';
import { roleLabel } from './messages';
import { hasRowFilters, NO_ROW_FILTERS, type RowFilters } from './view-model';

/** Search and filters of the enrolment list (status, role, country); they combine. */
export function EnrolmentFilters({
  filters,
  onChange,
  countries,
}: {
  filters: RowFilters;
  onChange: (filters: RowFilters) => void;
  countries: readonly string[];
}) {
  const { t, lang } = useI18n();
  const set = (patch: Partial<RowFilters>) => onChange({ ...filters, ...patch });
  const collator = new Intl.Collator(lang);
  const countryOptions = countries.map((code) => ({ code, name: countryName(code, lang) })).sort((a, b) => collator.compare(a.name, b.name));
  return (
    <search className="en-filters">
      <div className="en-field en-search">
        <label htmlFor="en-query">{t('enrolments.filters.search')}</label>
        <input id="en-query" type="search" value={filters.query} onChange={(e) => set({ query: e.target.value })} />
      </div>
      <div className="en-field">
        <label htmlFor="en-filter-status">{t('enrolments.filters.status')}</label>
        <select id="en-filter-status" value={filters.status} onChange={(e) => set({ status: e.target.value as EnrolmentStatus | '' })}>
          <option value="">{t('enrolments.filters.any')}</option>
          {ENROLMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(enrolmentStatusLabel(s))}
            </option>
          ))}
        </select>
      </div>
      <div className="en-field">
        <label htmlFor="en-filter-role">{t('enrolments.filters.role')}</label>
        <select id="en-filter-role" value={filters.role} onChange={(e) => set({ role: e.target.value as EnrolmentRole | '' })}>
          <option value="">{t('enrolments.filters.any')}</option>
          {ENROLMENT_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(roleLabel(r))}
            </option>
          ))}
        </select>
      </div>
      <div className="en-field">
        <label htmlFor="en-filter-country">{t('enrolments.filters.country')}</label>
        <select id="en-filter-country" value={filters.country} onChange={(e) => set({ country: e.target.value })}>
          <option value="">{t('enrolments.filters.any')}</option>
          {countryOptions.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      {hasRowFilters(filters) && (
        <button type="button" className="en-clear" onClick={() => onChange(NO_ROW_FILTERS)}>
          {t('enrolments.filters.clear')}
        </button>
      )}
    </search>
  );
}
