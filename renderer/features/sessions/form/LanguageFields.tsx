import type { Programme } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { languageName } from '../format';
import { aria, Field, FieldMessage, type SectionProps } from './field-kit';

/** Languages offered in the form: the programme's, the three working languages of the networks, and a few more. */
function languageChoices(programme: Programme, draft: SectionProps['draft']): string[] {
  const common = ['en', 'fr', 'es', 'ar', 'pt', 'ru', 'zh'];
  const all = [...programme.workingLanguages, ...programme.interpretation, ...common, draft.language, ...draft.interpretation];
  return [...new Set(all.map((tag) => tag.trim()).filter(Boolean))];
}

/** The language a session is given in, and the languages it is interpreted into. */
export function LanguageFields({ draft, update, errorOf, programme }: SectionProps & { programme: Programme }) {
  const { t, lang } = useI18n();
  const choices = languageChoices(programme, draft);
  const interpretationError = errorOf('interpretation');
  const toggle = (tag: string, on: boolean) =>
    update({ interpretation: on ? [...draft.interpretation, tag] : draft.interpretation.filter((x) => x !== tag) });
  return (
    <fieldset className="st-section">
      <legend>{t('sessions.form.languagesLegend')}</legend>
      <Field id="st-f-language" field="language" label={t('sessions.form.language')} error={errorOf('language')} className="st-narrow">
        {(attributes) => (
          <select {...attributes} value={draft.language} onChange={(e) => update({ language: e.target.value })}>
            <option value="">{t('sessions.form.languageNone')}</option>
            {choices.map((tag) => (
              <option key={tag} value={tag}>
                {languageName(tag, lang)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="st-choices">
        <legend>{t('sessions.form.interpretation')}</legend>
        {choices
          .filter((tag) => tag !== draft.language)
          .map((tag, i) => (
            <label key={tag} className="st-check">
              <input
                type="checkbox"
                id={i === 0 ? 'st-f-interpretation' : undefined}
                checked={draft.interpretation.includes(tag)}
                onChange={(e) => toggle(tag, e.target.checked)}
                {...aria('interpretation', interpretationError)}
              />
              {languageName(tag, lang)}
            </label>
          ))}
        <FieldMessage field="interpretation" error={interpretationError} />
      </fieldset>
    </fieldset>
  );
}
