import { PROGRAMME_KINDS, REGIONS, type Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { kindLabel, regionLabel } from '../../app/labels';
import { titleIn } from './events';
import type { CalendarFilter } from './range';

type Props = {
  programmes: readonly Programme[];
  filter: CalendarFilter;
  onChange: (filter: CalendarFilter) => void;
  /** Jumps the calendar to a month, `YYYY-MM`. */
  onGoTo: (month: string) => void;
};

/** Narrows the calendar to one programme, kind or region, and jumps to a month. */
export function CalendarFilters({ programmes, filter, onChange, onGoTo }: Props) {
  const { t, lang } = useI18n();
  const set = <K extends keyof CalendarFilter>(key: K, value: CalendarFilter[K] | '') => {
    const next = { ...filter };
    if (value === '' || value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  // Newest first, as the programmes page lists them: the year being planned is at the top.
  const sorted = [...programmes].sort((a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : 0));
  return (
    <fieldset className="cal-filters">
      <legend>{t('calendar.filters.heading')}</legend>
      <label className="field">
        <span>{t('calendar.filters.programme')}</span>
        <select value={filter.programmeId ?? ''} onChange={(e) => set('programmeId', e.target.value)}>
          <option value="">{t('calendar.filters.allProgrammes')}</option>
          {sorted.map((p) => (
            <option key={p.id} value={p.id}>
              {titleIn(p.title, lang)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('calendar.filters.kind')}</span>
        <select value={filter.kind ?? ''} onChange={(e) => set('kind', PROGRAMME_KINDS.find((k) => k === e.target.value) ?? '')}>
          <option value="">{t('calendar.filters.allKinds')}</option>
          {PROGRAMME_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(kindLabel(k))}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('calendar.filters.region')}</span>
        <select value={filter.region ?? ''} onChange={(e) => set('region', REGIONS.find((r) => r === e.target.value) ?? '')}>
          <option value="">{t('calendar.filters.allRegions')}</option>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {t(regionLabel(r))}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('calendar.filters.goTo')}</span>
        <input type="month" onChange={(e) => /^\d{4}-\d{2}$/.test(e.target.value) && onGoTo(e.target.value)} />
      </label>
    </fieldset>
  );
}
