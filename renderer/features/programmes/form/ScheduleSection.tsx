import { memo } from 'react';
import { isIanaTimeZone } from '../../../../shared/domain/programme-rules';
import { useI18n } from '../../../app/i18n';
import { zoneOffset, zoneOptions } from '../intl';
import { Field, useFormKit } from './form-kit';

/** The IANA time zone (searchable, with its offset now) and the start and end dates. */
export function ScheduleSection() {
  const { t } = useI18n();
  const { draft, update, errorOf } = useFormKit();
  const zone = draft.timeZone.trim();
  const known = zone !== '' && isIanaTimeZone(zone);
  return (
    <fieldset className="pf-section">
      <legend>{t('programmes.form.whenSection')}</legend>
      <div className="pf-grid pf-grid-3">
        <Field id="pf-timeZone" label={t('programmes.form.timeZone')} required hint={t('programmes.form.timeZoneHint')} error={errorOf('timeZone')} className="pf-span-3">
          {(aria) => (
            <div className="pf-inline">
              <input
                {...aria}
                type="text"
                list="pf-zones"
                autoComplete="off"
                spellCheck={false}
                value={draft.timeZone}
                onChange={(e) => update({ timeZone: e.target.value })}
              />
              {known && (
                <output htmlFor="pf-timeZone" className="pf-offset">
                  {t('programmes.page.zoneNow', { offset: zoneOffset(zone) })}
                </output>
              )}
              <ZoneList />
            </div>
          )}
        </Field>
        <Field id="pf-startDate" label={t('programmes.form.startDate')} required error={errorOf('startDate')}>
          {(aria) => (
            <input {...aria} type="date" value={draft.startDate} onChange={(e) => update({ startDate: e.target.value })} />
          )}
        </Field>
        <Field id="pf-endDate" label={t('programmes.form.endDate')} required error={errorOf('endDate')}>
          {(aria) => (
            <input
              {...aria}
              type="date"
              min={draft.startDate || undefined}
              value={draft.endDate}
              onChange={(e) => update({ endDate: e.target.value })}
            />
          )}
        </Field>
      </div>
    </fieldset>
  );
}

/** The ~420 zones with their offsets; drawn once, not on every keystroke. */
const ZoneList = memo(function ZoneList() {
  return (
    <datalist id="pf-zones">
      {zoneOptions().map((z) => (
        <option key={z.zone} value={z.zone}>
          {`${z.zone} — ${z.offset}`}
        </option>
      ))}
    </datalist>
  );
});
