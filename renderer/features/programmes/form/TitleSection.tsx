import { PROGRAMME_KINDS, REGIONS, UI_LANGUAGES, type ProgrammeKind, type Region } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { kindLabel, regionLabel } from '../../../app/labels';
import { Field, FieldNotes, RequiredMark, describedBy, useFormKit } from './form-kit';

/** Titles in English, French and Spanish (at least one), optional descriptions, kind and region. */
export function TitleSection() {
  const { t } = useI18n();
  const { draft, update, errorOf } = useFormKit();
  const titleError = errorOf('title');
  return (
    <>
      <fieldset className="pf-section">
        <legend>
          {t('programmes.form.titleSection')}
          <RequiredMark />
        </legend>
        <p id="pf-title-hint" className="pf-hint">
          {t('programmes.form.titleHint')}
        </p>
        <div className="pf-grid pf-grid-1">
          {UI_LANGUAGES.map((lang) => {
            const id = `pf-title-${lang}`;
            const aria = describedBy(id, false, titleError);
            return (
              <div key={lang} className={`pf-field${titleError ? ' pf-invalid' : ''}`}>
                <label htmlFor={id}>{t(`programmes.form.title.${lang}`)}</label>
                <input
                  {...aria}
                  aria-describedby={[titleError ? 'pf-title-error' : '', 'pf-title-hint'].filter(Boolean).join(' ')}
                  lang={lang}
                  type="text"
                  value={draft.title[lang]}
                  onChange={(e) => update({ title: { ...draft.title, [lang]: e.target.value } })}
                />
              </div>
            );
          })}
        </div>
        <FieldNotes id="pf-title" error={titleError} />
        <details className="pf-details" open={UI_LANGUAGES.some((l) => draft.description[l] !== '')}>
          <summary>{t('programmes.form.descriptionToggle')}</summary>
          <div className="pf-grid pf-grid-1">
            {UI_LANGUAGES.map((lang) => (
              <Field key={lang} id={`pf-description-${lang}`} label={t(`programmes.form.description.${lang}`)}>
                {(aria) => (
                  <textarea
                    {...aria}
                    lang={lang}
                    rows={3}
                    value={draft.description[lang]}
                    onChange={(e) => update({ description: { ...draft.description, [lang]: e.target.value } })}
                  />
                )}
              </Field>
            ))}
          </div>
        </details>
      </fieldset>
      <div className="pf-grid pf-grid-2">
        <Field id="pf-kind" label={t('programmes.form.kind')} required error={errorOf('kind')}>
          {(aria) => (
            <select {...aria} value={draft.kind} onChange={(e) => update({ kind: e.target.value as ProgrammeKind | '' })}>
              <option value="">{t('programmes.form.choose')}</option>
              {PROGRAMME_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(kindLabel(k))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="pf-region" label={t('programmes.form.region')} required error={errorOf('region')}>
          {(aria) => (
            <select {...aria} value={draft.region} onChange={(e) => update({ region: e.target.value as Region | '' })}>
              <option value="">{t('programmes.form.choose')}</option>
              {REGIONS.map((r) => (
                <option key={r} value={r}>
                  {t(regionLabel(r))}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </>
  );
}
