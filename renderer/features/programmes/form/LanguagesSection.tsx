import { useState } from 'react';
import { canonicalLanguageTag } from '../../../../shared/domain/programme-rules';
import { useI18n } from '../../../app/i18n';
import { COMMON_LANGUAGES, languageName } from '../intl';
import { FieldNotes, RequiredMark, useFormKit } from './form-kit';

/** Working languages (at least one) and the languages of simultaneous interpretation. */
export function LanguagesSection() {
  const { t } = useI18n();
  return (
    <fieldset className="pf-section">
      <legend>{t('programmes.form.languagesSection')}</legend>
      <div className="pf-grid pf-grid-2">
        <LanguagePicker field="workingLanguages" label={t('programmes.form.workingLanguages')} required />
        <LanguagePicker field="interpretation" label={t('programmes.form.interpretation')} />
      </div>
    </fieldset>
  );
}

/**
 * Tick boxes for the common languages, named in the UI language, plus free
 * entry of any BCP 47 tag, checked and written canonically ("pt-br" → "pt-BR").
 */
function LanguagePicker({ field, label, required }: { field: 'workingLanguages' | 'interpretation'; label: string; required?: boolean }) {
  const { t, lang } = useI18n();
  const { draft, update, errorOf } = useFormKit();
  const [other, setOther] = useState('');
  const [otherError, setOtherError] = useState<string | undefined>();
  const chosen = draft[field];
  const id = `pf-${field}`;
  const error = errorOf(field);
  const extra = chosen.filter((tag) => !(COMMON_LANGUAGES as readonly string[]).includes(tag));
  const toggle = (tag: string, on: boolean) =>
    update({ [field]: on ? [...chosen.filter((x) => x !== tag), tag] : chosen.filter((x) => x !== tag) });
  const addOther = () => {
    const tag = canonicalLanguageTag(other);
    if (!tag) {
      setOtherError(t('programmes.errors.languageTagInvalid', { value: other.trim() }));
      return;
    }
    setOtherError(undefined);
    setOther('');
    if (!chosen.includes(tag)) update({ [field]: [...chosen, tag] });
  };
  return (
    <fieldset
      className={`pf-choices pf-languages${error ? ' pf-invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>
        {label}
        {required && <RequiredMark />}
      </legend>
      {COMMON_LANGUAGES.map((tag, i) => (
        <label key={tag} className="pf-choice">
          {/* The first box carries the field's id: an error summary link lands on it. */}
          <input id={i === 0 ? id : undefined} type="checkbox" checked={chosen.includes(tag)} onChange={(e) => toggle(tag, e.target.checked)} />
          {languageName(tag, lang)}
        </label>
      ))}
      {extra.length > 0 && (
        <ul className="pf-chips">
          {extra.map((tag) => (
            <li key={tag}>
              <span lang={tag}>{languageName(tag, lang)}</span> <code>{tag}</code>
              <button
                type="button"
                aria-label={t('programmes.form.removeLanguage', { language: languageName(tag, lang) })}
                onClick={() => toggle(tag, false)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="pf-field">
        <label htmlFor={`${id}-other`}>{t('programmes.form.otherLanguage')}</label>
        <div className="pf-inline">
          <input
            id={`${id}-other`}
            type="text"
            size={10}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={[otherError ? `${id}-other-error` : '', `${id}-other-hint`].filter(Boolean).join(' ')}
            aria-invalid={otherError ? true : undefined}
            value={other}
            onChange={(e) => setOther(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addOther();
              }
            }}
          />
          <button type="button" onClick={addOther}>
            {t('programmes.form.addLanguage')}
          </button>
        </div>
        <FieldNotes id={`${id}-other`} hint={t('programmes.form.otherLanguageHint')} error={otherError} />
      </div>
      <FieldNotes id={id} error={error} />
    </fieldset>
  );
}
