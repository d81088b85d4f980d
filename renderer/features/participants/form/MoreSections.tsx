import { GENDERS } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { languageLabel } from '../intl';
import { genderLabel } from '../labels';
import { COMMON_LANGUAGES } from './draft';
import { Field, TextField, useFormKit } from './fields';
import { TagsInput } from './TagsInput';

/** Languages (tick boxes for the common ones, codes for the others) and gender. */
export function LanguagesSection() {
  const { t, lang } = useI18n();
  const { form, update, errorOf } = useFormKit();
  const toggle = (tag: string, on: boolean) =>
    update({ languages: on ? [...form.languages.filter((x) => x !== tag), tag] : form.languages.filter((x) => x !== tag) });
  return (
    <fieldset className="pe-section">
      <legend>{t('participants.form.languagesSection')}</legend>
      <fieldset className="pe-choices">
        <legend>{t('participants.fields.languages')}</legend>
        {COMMON_LANGUAGES.map((tag) => (
          <label key={tag} className="pe-choice">
            <input type="checkbox" checked={form.languages.includes(tag)} onChange={(e) => toggle(tag, e.target.checked)} />
            {languageLabel(tag, lang)}
          </label>
        ))}
      </fieldset>
      <div className="pe-grid">
        <Field id="pe-otherLanguages" label={t('participants.form.otherLanguages')} hint={t('participants.form.otherLanguagesHint')} error={errorOf('languages')}>
          {(aria) => (
            <input
              {...aria}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={form.otherLanguages}
              onChange={(e) => update({ otherLanguages: e.target.value })}
            />
          )}
        </Field>
        <Field id="pe-gender" label={t('participants.fields.gender')} error={errorOf('gender')}>
          {(aria) => (
            <select {...aria} value={form.gender} onChange={(e) => update({ gender: e.target.value })}>
              <option value="">{t('participants.form.genderNotRecorded')}</option>
              {GENDERS.map((g) => (
                <option key={g} value={g}>
                  {t(genderLabel(g))}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </fieldset>
  );
}

/** Needs for travel and the room: diet, accessibility, a visa invitation letter. */
export function NeedsSection() {
  const { t } = useI18n();
  const { form, update } = useFormKit();
  return (
    <fieldset className="pe-section">
      <legend>{t('participants.form.needsSection')}</legend>
      <div className="pe-grid">
        <TextField name="diet" label={t('participants.fields.diet')} hint={t('participants.form.dietHint')} />
        <TextField name="accessibility" label={t('participants.fields.accessibility')} hint={t('participants.form.accessibilityHint')} />
      </div>
      <label className="pe-choice">
        <input type="checkbox" checked={form.visaLetter} onChange={(e) => update({ visaLetter: e.target.checked })} />
        {t('participants.form.visaLetter')}
      </label>
    </fieldset>
  );
}

/** Tags (chips) and free notes. */
export function NotesSection() {
  const { t } = useI18n();
  const { form, update } = useFormKit();
  return (
    <fieldset className="pe-section">
      <legend>{t('participants.form.notesSection')}</legend>
      <TagsInput tags={form.tags} onChange={(tags) => update({ tags })} />
      <Field id="pe-notes" label={t('participants.fields.notes')}>
        {(aria) => <textarea {...aria} rows={4} dir="auto" value={form.notes} onChange={(e) => update({ notes: e.target.value })} />}
      </Field>
    </fieldset>
  );
}
