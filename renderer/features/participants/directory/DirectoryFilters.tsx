import { useMemo } from 'react';
import type { DirectoryFilters as Filters } from '../../../../shared/domain/person-search';
import { ENROLMENT_STATUSES, REGIONS, type EnrolmentStatus, type Region } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { enrolmentStatusLabel, pickText, regionLabel } from '../../../app/labels';
import { countryLabel } from '../intl';
import { useFilterOptions } from './filter-options';
import { hasFilters, type DirectorySpec } from './spec';

type Option = { value: string; label: string };

/**
 * The search box and the filters of the directory. They combine; the search
 * runs as the user types (accents and case do not matter).
 */
export function DirectoryFilters({ spec, onChange }: { spec: DirectorySpec; onChange: (spec: DirectorySpec) => void }) {
  const { t, lang } = useI18n();
  const options = useFilterOptions();
  const setFilter = (patch: Partial<Filters>) => onChange({ ...spec, filters: { ...spec.filters, ...patch } });

  const selects = useMemo(() => {
    const collator = new Intl.Collator(lang);
    const countries = (options?.countries ?? [])
      .map((code) => ({ value: code, label: countryLabel(code, lang) }))
      .sort((a, b) => collator.compare(a.label, b.label));
    const programmes = (options?.programmes ?? []).map((p) => ({
      value: p.id,
      label: `${pickText(p.title, lang) ?? t('participants.person.untitled')} (${p.startDate.slice(0, 4)})`,
    }));
    const list: { key: keyof Filters; label: string; options: Option[] }[] = [
      { key: 'country', label: t('participants.directory.country'), options: countries },
      {
        key: 'region',
        label: t('participants.directory.region'),
        options: REGIONS.filter((r): r is Exclude<Region, 'global'> => r !== 'global').map((r) => ({ value: r, label: t(regionLabel(r)) })),
      },
      { key: 'programmeId', label: t('participants.directory.programme'), options: programmes },
      {
        key: 'status',
        label: t('participants.directory.status'),
        options: ENROLMENT_STATUSES.map((s: EnrolmentStatus) => ({ value: s, label: t(enrolmentStatusLabel(s)) })),
      },
      { key: 'tag', label: t('participants.directory.tag'), options: (options?.tags ?? []).map((tag) => ({ value: tag, label: tag })) },
    ];
    return list;
  }, [options, lang, t]);

  return (
    <search className="pd-filters">
      <div className="pd-search">
        <label htmlFor="pd-query">{t('participants.directory.search')}</label>
        <input
          id="pd-query"
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('participants.directory.searchPlaceholder')}
          aria-describedby="pd-query-hint"
          value={spec.text}
          onChange={(e) => onChange({ ...spec, text: e.target.value })}
        />
        <span id="pd-query-hint" className="pd-hint">
          {t('participants.directory.searchHint')}
        </span>
      </div>
      <fieldset className="pd-selects">
        <legend className="visually-hidden">{t('participants.directory.filters')}</legend>
        {selects.map(({ key, label, options: choices }) => (
          <div key={key} className="pd-select">
            <label htmlFor={`pd-${key}`}>{label}</label>
            <select
              id={`pd-${key}`}
              value={spec.filters[key] ?? ''}
              aria-describedby={key === 'status' ? 'pd-status-hint' : undefined}
              onChange={(e) => setFilter({ [key]: e.target.value || undefined })}
            >
              <option value="">{t('participants.directory.any')}</option>
              {choices.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        <span id="pd-status-hint" className="visually-hidden">
          {t('participants.directory.statusHint')}
        </span>
        {hasFilters(spec.filters) && (
          <button type="button" className="pd-clear" onClick={() => onChange({ ...spec, filters: {} })}>
            {t('participants.directory.clear')}
          </button>
        )}
      </fieldset>
    </search>
  );
}
