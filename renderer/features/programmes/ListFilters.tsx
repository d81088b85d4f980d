import { hasFilters, NO_FILTERS, type ProgrammeFilters } from '../../../shared/domain/programme-search';
import { PROGRAMME_KINDS, PROGRAMME_STATUSES, REGIONS, type Organisation } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { kindLabel, programmeStatusLabel, regionLabel } from '../../app/labels';
import { languageName } from './intl';

type Option = { value: string; label: string };

/** Search box and filters of the programme list; every control is labelled and they combine. */
export function ListFilters({
  filters,
  onChange,
  years,
  languages,
  partners,
}: {
  filters: ProgrammeFilters;
  onChange: (filters: ProgrammeFilters) => void;
  years: readonly string[];
  languages: readonly string[];
  partners: readonly Organisation[];
}) {
  const { t, lang } = useI18n();
  const set = (patch: Partial<ProgrammeFilters>) => onChange({ ...filters, ...patch });
  const selects: { key: keyof ProgrammeFilters; label: string; options: Option[] }[] = [
    { key: 'status', label: t('programmes.list.status'), options: PROGRAMME_STATUSES.map((s) => ({ value: s, label: t(programmeStatusLabel(s)) })) },
    { key: 'kind', label: t('programmes.list.kind'), options: PROGRAMME_KINDS.map((k) => ({ value: k, label: t(kindLabel(k)) })) },
    { key: 'region', label: t('programmes.list.region'), options: REGIONS.map((r) => ({ value: r, label: t(regionLabel(r)) })) },
    { key: 'year', label: t('programmes.list.year'), options: years.map((y) => ({ value: y, label: y })) },
    { key: 'language', label: t('programmes.list.language'), options: languages.map((l) => ({ value: l, label: languageName(l, lang) })) },
    { key: 'partner', label: t('programmes.list.partner'), options: partners.map((o) => ({ value: o.id, label: o.shortName ?? o.name })) },
  ];
  return (
    <search className="pl-filters">
      <div className="pl-search">
        <label htmlFor="pl-query">{t('programmes.list.search')}</label>
        <input
          id="pl-query"
          type="search"
          placeholder={t('programmes.list.searchHint')}
          aria-describedby="pl-query-hint"
          value={filters.query}
          onChange={(e) => set({ query: e.target.value })}
        />
        <span id="pl-query-hint" className="visually-hidden">
          {t('programmes.list.searchHint')}
        </span>
      </div>
      <fieldset className="pl-selects">
        <legend className="visually-hidden">{t('programmes.list.filters')}</legend>
        {selects.map(({ key, label, options }) => (
          <div key={key} className="pl-select">
            <label htmlFor={`pl-${key}`}>{label}</label>
            <select id={`pl-${key}`} value={filters[key]} onChange={(e) => set({ [key]: e.target.value })}>
              <option value="">{t('programmes.list.any')}</option>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        {hasFilters(filters) && (
          <button type="button" className="pl-clear" onClick={() => onChange(NO_FILTERS)}>
            {t('programmes.list.clear')}
          </button>
        )}
      </fieldset>
    </search>
  );
}
