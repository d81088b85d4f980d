import { useI18n } from '../../../app/i18n';
import { TextField, useFormKit } from './fields';

/** Given and family name, stored exactly as typed. */
export function NameSection() {
  const { t } = useI18n();
  const { errorOf } = useFormKit();
  return (
    <fieldset className="pe-section">
      <legend>{t('participants.form.nameSection')}</legend>
      <p className="pe-hint">{t('participants.form.nameHint')}</p>
      <div className="pe-grid">
        <TextField name="givenName" label={t('participants.fields.givenName')} error={errorOf('givenName')} />
        <TextField name="familyName" label={t('participants.fields.familyName')} error={errorOf('familyName')} />
      </div>
    </fieldset>
  );
}

/** Emails (several allowed) and the phone, kept as typed. */
export function ContactSection() {
  const { t } = useI18n();
  const { errorOf } = useFormKit();
  return (
    <fieldset className="pe-section">
      <legend>{t('participants.form.contactSection')}</legend>
      <div className="pe-grid">
        <TextField name="emails" type="email" label={t('participants.fields.emails')} hint={t('participants.form.emailsHint')} error={errorOf('emails')} />
        <TextField name="phone" type="tel" label={t('participants.fields.phone')} hint={t('participants.form.phoneHint')} error={errorOf('phone')} />
      </div>
    </fieldset>
  );
}

/** Position, and membership (ICOM-style number and committee). */
export function WorkSection() {
  const { t } = useI18n();
  return (
    <fieldset className="pe-section">
      <legend>{t('participants.form.workSection')}</legend>
      <div className="pe-grid pe-grid-3">
        <TextField name="position" label={t('participants.fields.position')} />
        <TextField name="membershipNumber" label={t('participants.fields.membershipNumber')} hint={t('participants.form.membershipHint')} />
        <TextField name="committee" label={t('participants.fields.committee')} hint={t('participants.form.committeeHint')} />
      </div>
    </fieldset>
  );
}
