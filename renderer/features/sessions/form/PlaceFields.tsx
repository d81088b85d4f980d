import { useI18n } from '../../../app/i18n';
import { Field, type SectionProps } from './field-kit';

/** The room, or the meeting link of an online session (or both, for a hybrid one). */
export function PlaceFields({ draft, update, errorOf }: SectionProps) {
  const { t } = useI18n();
  return (
    <fieldset className="st-section">
      <legend>{t('sessions.form.whereLegend')}</legend>
      <div className="st-grid st-grid-2">
        <Field id="st-f-room" field="room" label={t('sessions.form.room')} error={errorOf('room')}>
          {(attributes) => <input {...attributes} type="text" value={draft.room} onChange={(e) => update({ room: e.target.value })} />}
        </Field>
        <Field id="st-f-link" field="link" label={t('sessions.form.link')} hint={t('sessions.form.linkHint')} error={errorOf('link')}>
          {(attributes) => (
            <input {...attributes} type="url" inputMode="url" autoComplete="off" spellCheck={false} value={draft.link} onChange={(e) => update({ link: e.target.value })} />
          )}
        </Field>
      </div>
    </fieldset>
  );
}
