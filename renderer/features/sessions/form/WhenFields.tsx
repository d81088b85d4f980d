import { isIsoDate } from '../../../../shared/domain/dates';
import { localToInstant, zoneOffsetLabel } from '../../../../shared/domain/dst';
import { gapStartTime, noRepeat } from '../../../../shared/domain/session-draft';
import { useI18n } from '../../../app/i18n';
import { Field, type SectionProps } from './field-kit';

/**
 * Date, start and end in the programme's zone, with the zone and its offset on
 * that date, and a note when the start falls in the hour the clocks skip.
 */
export function WhenFields({ draft, update, errorOf, zone }: SectionProps & { zone: string }) {
  const { t } = useI18n();
  const offset = isIsoDate(draft.date) ? zoneOffsetLabel(zone, localToInstant(draft.date, '12:00', zone)) : undefined;
  const resolved = gapStartTime(draft, zone);
  const setDate = (date: string) => {
    // Until the person has chosen how it repeats, the proposals follow the date ("the third Tuesday").
    const repeat = draft.repeat.mode === 'none' && isIsoDate(date) ? noRepeat(date) : draft.repeat;
    update({ date, repeat });
  };
  return (
    <fieldset className="st-section">
      <legend>{t('sessions.form.whenLegend')}</legend>
      {offset && <p className="st-hint st-zone-note">{t('sessions.form.zoneNote', { zone, offset })}</p>}
      <div className="st-grid st-grid-when">
        <Field id="st-f-date" field="date" label={t('sessions.form.date')} error={errorOf('date')}>
          {(attributes) => <input {...attributes} type="date" value={draft.date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field id="st-f-start" field="startTime" label={t('sessions.form.start')} error={errorOf('startTime')}>
          {(attributes) => <input {...attributes} type="time" value={draft.startTime} onChange={(e) => update({ startTime: e.target.value })} />}
        </Field>
        <Field id="st-f-end" field="endTime" label={t('sessions.form.end')} error={errorOf('endTime')}>
          {(attributes) => <input {...attributes} type="time" value={draft.endTime} onChange={(e) => update({ endTime: e.target.value })} />}
        </Field>
      </div>
      {resolved && (
        <p className="st-note" role="status">
          {t('sessions.form.gapNote', { time: draft.startTime, zone, resolved })}
        </p>
      )}
    </fieldset>
  );
}
