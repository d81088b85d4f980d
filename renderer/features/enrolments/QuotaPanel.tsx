import { useMemo, useState } from 'react';
import { DEFAULT_QUOTA_STATUSES, selectionQuotas, type Tally } from '../../../shared/domain/selection';
import { ENROLMENT_STATUSES, type EnrolmentStatus, type Id, type Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { countryName, enrolmentStatusLabel, regionLabel } from '../../app/labels';
import type { EnrolmentData } from './queries';
import { QuotaTable } from './QuotaTable';

// Which statuses count, per programme, kept while the page is open.
const rememberedStatuses = new Map<Id, EnrolmentStatus[]>();

/** A bar with its sentence: the sentence carries the meaning, the bar is for the eye. */
function Gauge({ label, value, max, text, tone }: { label: string; value: number; max?: number; text: string; tone?: 'over' | 'ok' | 'under' }) {
  const share = max && max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div className={`en-gauge${tone ? ` en-gauge-${tone}` : ''}`}>
      <span className="en-gauge-label">{label}</span>
      <span className="en-gauge-text">{text}</span>
      {max !== undefined && (
        <span className="en-bar en-bar-wide" aria-hidden="true">
          <span style={{ inlineSize: `${share}%` }} />
        </span>
      )}
    </div>
  );
}

/**
 * Live selection quotas of a programme: seats against capacity, who is counted
 * by country, region, gender and sponsor, and grants against the target. The
 * statuses that count can be changed (default accepted, confirmed, attended).
 */
export function QuotaPanel({ programme, data }: { programme: Programme; data: EnrolmentData }) {
  const { t, tn, lang } = useI18n();
  const [statuses, setStatusesState] = useState<EnrolmentStatus[]>(() => rememberedStatuses.get(programme.id) ?? [...DEFAULT_QUOTA_STATUSES]);
  const setStatuses = (next: EnrolmentStatus[]) => {
    rememberedStatuses.set(programme.id, next);
    setStatusesState(next);
  };
  const q = useMemo(
    () => selectionQuotas(data.enrolments, [...data.people.values()], programme, data.grants, data.funds, { statuses }),
    [data, programme, statuses],
  );
  const sponsorName = (key: string) =>
    key === 'none' ? t('enrolments.quotas.noGrant') : key === 'unknown' ? t('enrolments.quotas.unknownSponsor') : (data.organisations.get(key)?.shortName ?? data.organisations.get(key)?.name ?? key);
  const label = <K extends string>(tally: Tally<K>, name: (key: K) => string) => tally.map(({ key, count }) => ({ key, count, label: name(key) }));

  const seats = q.seats;
  const seatText =
    seats.capacity === undefined
      ? tn('enrolments.quotas.seatsNoCapacity', seats.taken)
      : t('enrolments.quotas.seats', { taken: seats.taken, capacity: seats.capacity, free: seats.free ?? 0 });
  const g = q.grants;
  const grantText = g.target
    ? t('enrolments.quotas.grantsTarget', { count: g.grantees, min: g.target.min, max: g.target.max, verdict: t(`enrolments.quotas.vs.${g.vsTarget ?? 'below'}`) })
    : tn('enrolments.quotas.grantsNoTarget', g.grantees);
  const counted = [
    tn('enrolments.quotas.counted', q.counted),
    tn('enrolments.quotas.countries', q.countries),
    ...(programme.region !== 'global' && q.outsideRegion > 0 ? [t('enrolments.quotas.outside', { count: q.outsideRegion, region: t(regionLabel(programme.region)) })] : []),
  ].join(' · ');

  return (
    <section className="en-quotas" aria-labelledby="en-quotas-heading">
      <h3 id="en-quotas-heading">{t('enrolments.quotas.heading')}</h3>
      <div className="en-gauges" aria-live="polite">
        <Gauge label={t('enrolments.quotas.places')} value={seats.taken} {...(seats.capacity !== undefined && { max: seats.capacity })} text={seatText} tone={seats.free === 0 ? 'over' : undefined} />
        <Gauge label={t('enrolments.quotas.grants')} value={g.grantees} {...(g.target && { max: g.target.max })} text={grantText} tone={g.vsTarget === 'within' ? 'ok' : g.vsTarget === 'above' ? 'over' : undefined} />
        <Gauge label={t('enrolments.quotas.selected')} value={q.counted} text={counted} />
      </div>
      <fieldset className="en-counting">
        <legend>{t('enrolments.quotas.counting')}</legend>
        {ENROLMENT_STATUSES.map((s) => (
          <label key={s} className="en-check-label">
            <input
              type="checkbox"
              checked={statuses.includes(s)}
              onChange={(e) => setStatuses(e.target.checked ? ENROLMENT_STATUSES.filter((x) => x === s || statuses.includes(x)) : statuses.filter((x) => x !== s))}
            />
            {t(enrolmentStatusLabel(s))}
          </label>
        ))}
      </fieldset>
      <div className="en-quota-grid">
        <QuotaTable id="en-q-country" caption={t('enrolments.quotas.byCountry')} total={q.counted} emptyText={t('enrolments.quotas.none')}
          rows={label(q.byCountry, (k) => (k === 'unknown' ? t('enrolments.quotas.unknownCountry') : countryName(k, lang)))} />
        <QuotaTable id="en-q-region" caption={t('enrolments.quotas.byRegion')} total={q.counted} emptyText={t('enrolments.quotas.none')}
          rows={label(q.byRegion, (k) => (k === 'unknown' ? t('enrolments.quotas.unknownRegion') : t(regionLabel(k))))} />
        <QuotaTable id="en-q-gender" caption={t('enrolments.quotas.byGender')} total={q.counted} emptyText={t('enrolments.quotas.none')}
          rows={label(q.byGender, (k) => t(`enrolments.genders.${k}`))} />
        <QuotaTable id="en-q-sponsor" caption={t('enrolments.quotas.bySponsor')} total={q.counted} emptyText={t('enrolments.quotas.none')}
          rows={label(q.bySponsor, sponsorName)} />
      </div>
    </section>
  );
}
