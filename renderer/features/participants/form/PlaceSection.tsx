import { memo } from 'react';
import { ORGANISATION_KINDS, type Organisation, type OrganisationKind, type UiLanguage } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { findOrganisation } from '../actions';
import { countryOptions } from '../intl';
import { organisationKindLabel } from '../labels';
import { Field, useFormKit } from './fields';

/**
 * The country, picked from a list named in the UI language (type to search;
 * the ISO code is stored), and the institution: an organisation from the list,
 * or a new name, added as an organisation of the chosen kind when saving.
 */
export function PlaceSection() {
  const { t, lang } = useI18n();
  const { form, update, errorOf, organisations } = useFormKit();
  const name = form.institution.trim();
  const known = name === '' ? undefined : findOrganisation(name, organisations);
  const isNew = name !== '' && !known;
  return (
    <fieldset className="pe-section">
      <legend>{t('participants.form.placeSection')}</legend>
      <div className="pe-grid">
        <Field id="pe-country" label={t('participants.fields.country')} hint={t('participants.form.countryHint')} error={errorOf('country')}>
          {(aria) => (
            <>
              <input
                {...aria}
                type="text"
                list="pe-countries"
                autoComplete="off"
                value={form.countryText}
                onChange={(e) => update({ countryText: e.target.value })}
              />
              <CountryList lang={lang} />
            </>
          )}
        </Field>
        <Field
          id="pe-institution"
          label={t('participants.fields.institution')}
          hint={known ? t('participants.form.knownOrganisation', { name: known.name }) : t('participants.form.institutionHint')}
        >
          {(aria) => (
            <>
              <input
                {...aria}
                type="text"
                list="pe-organisations"
                autoComplete="off"
                dir="auto"
                value={form.institution}
                onChange={(e) => update({ institution: e.target.value })}
              />
              <OrganisationList organisations={organisations} />
            </>
          )}
        </Field>
      </div>
      {isNew && (
        <div className="pe-new-org" role="group" aria-labelledby="pe-new-org-note">
          <p id="pe-new-org-note" className="pe-hint">
            {t('participants.form.newOrganisation', { name })}
          </p>
          <label className="pe-choice">
            <input type="checkbox" checked={form.addOrganisation} onChange={(e) => update({ addOrganisation: e.target.checked })} />
            {t('participants.form.addOrganisation')}
          </label>
          <div className="pe-field pe-inline-field">
            <label htmlFor="pe-organisationKind">{t('participants.form.organisationKind')}</label>
            <select
              id="pe-organisationKind"
              value={form.organisationKind}
              disabled={!form.addOrganisation}
              onChange={(e) => update({ organisationKind: e.target.value as OrganisationKind })}
            >
              {ORGANISATION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(organisationKindLabel(kind))}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
    </fieldset>
  );
}

/** Every country named in the UI language; drawn once per language. */
const CountryList = memo(function CountryList({ lang }: { lang: UiLanguage }) {
  return (
    <datalist id="pe-countries">
      {countryOptions(lang).map((c) => (
        <option key={c.code} value={c.name}>
          {c.code}
        </option>
      ))}
    </datalist>
  );
});

/** Every organisation once, by name. */
const OrganisationList = memo(function OrganisationList({ organisations }: { organisations: readonly Organisation[] }) {
  return (
    <datalist id="pe-organisations">
      {organisations.map((o) => (
        <option key={o.id} value={o.name}>
          {o.shortName && o.shortName !== o.name ? o.shortName : undefined}
        </option>
      ))}
    </datalist>
  );
});
