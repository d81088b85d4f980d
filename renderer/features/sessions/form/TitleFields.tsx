import { SESSION_KINDS, UI_LANGUAGES } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { aria, Field, FieldMessage, type SectionProps } from './field-kit';

/** The title in English, French and Spanish (at least one), and the kind of session. */
export function TitleFields({ draft, update, errorOf }: SectionProps) {
  const { t } = useI18n();
  const titleError = errorOf('title');
  return (
    <>
      <fieldset className={`st-section${titleError ? ' st-invalid' : ''}`} aria-describedby="st-f-title-hint">
        <legend>{t('sessions.form.titleLegend')}</legend>
        <p id="st-f-title-hint" className="st-hint">
          {t('sessions.form.titleHint')}
        </p>
        <div className="st-grid st-grid-3">
          {UI_LANGUAGES.map((lang) => (
            <div className="st-field" key={lang}>
              <label htmlFor={`st-f-title-${lang}`}>{t(`sessions.form.titleIn.${lang}`)}</label>
              <input
                id={`st-f-title-${lang}`}
                type="text"
                lang={lang}
                value={draft.title[lang]}
                maxLength={400}
                onChange={(e) => update({ title: { ...draft.title, [lang]: e.target.value } })}
                {...aria('title', titleError)}
              />
            </div>
          ))}
        </div>
        <FieldMessage field="title" error={titleError} />
      </fieldset>
      <Field id="st-f-kind" field="kind" label={t('sessions.form.kind')} error={errorOf('kind')} className="st-narrow">
        {(attributes) => (
          <select {...attributes} value={draft.kind} onChange={(e) => update({ kind: e.target.value as typeof draft.kind })}>
            <option value="">{t('sessions.form.kindChoose')}</option>
            {SESSION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`sessions.kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
