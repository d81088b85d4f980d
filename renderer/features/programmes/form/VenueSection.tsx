import { memo, useState } from 'react';
import type { UiLanguage, Venue } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { countryFromText, countryLabel, countryOptions } from '../intl';
import { Field, FieldNotes, describedBy, useFormKit } from './form-kit';
import { OrganisationRows } from './OrganisationRows';

const MODES: readonly Venue['mode'][] = ['in-person', 'online', 'hybrid'];

/** Where the programme happens: mode, hosts, city and country, and the online meeting. */
export function VenueSection() {
  const { t, lang } = useI18n();
  const { draft, update } = useFormKit();
  return (
    <fieldset className="pf-section">
      <legend>{t('programmes.form.venueSection')}</legend>
      <fieldset className="pf-choices">
        <legend>{t('programmes.form.venueMode')}</legend>
        {MODES.map((mode) => (
          <label key={mode} className="pf-choice">
            <input
              type="radio"
              name="pf-venue-mode"
              value={mode}
              checked={draft.venueMode === mode}
              onChange={() => update({ venueMode: mode })}
            />
            {t(`programmes.modes.${mode}`)}
          </label>
        ))}
      </fieldset>
      <h3 className="pf-subheading">{t('programmes.form.hosts')}</h3>
      <p className="pf-hint">{t('programmes.form.orgHint')}</p>
      <OrganisationRows
        roles={['host']}
        label={(n) => t('programmes.form.hostName', { number: n })}
        addLabel={t('programmes.form.addHost')}
      />
      {draft.venueMode !== 'online' && <PlaceFields key={lang} />}
      {draft.venueMode !== 'in-person' && <MeetingFields />}
    </fieldset>
  );
}

function PlaceFields() {
  const { t, lang } = useI18n();
  const { draft, update, errorOf } = useFormKit();
  // The box shows the country's name as typed; the draft holds its code once recognised.
  // (The parent remounts this on a language change, so the name follows the language.)
  const [typed, setTyped] = useState(() => (draft.country ? countryLabel(draft.country, lang) : ''));
  return (
    <div className="pf-grid pf-grid-3">
      <Field id="pf-city" label={t('programmes.form.city')} required error={errorOf('city')}>
        {(aria) => <input {...aria} type="text" value={draft.city} onChange={(e) => update({ city: e.target.value })} />}
      </Field>
      <Field id="pf-country" label={t('programmes.form.country')} required hint={t('programmes.form.countryHint')} error={errorOf('country')}>
        {(aria) => (
          <>
            <input
              {...aria}
              type="text"
              list="pf-countries"
              autoComplete="off"
              value={typed}
              onChange={(e) => {
                setTyped(e.target.value);
                update({ country: countryFromText(e.target.value, lang) });
              }}
            />
            <CountryList lang={lang} />
          </>
        )}
      </Field>
      <Field id="pf-address" label={t('programmes.form.address')}>
        {(aria) => <input {...aria} type="text" value={draft.address} onChange={(e) => update({ address: e.target.value })} />}
      </Field>
    </div>
  );
}

function MeetingFields() {
  const { t } = useI18n();
  const { draft, update, errorOf } = useFormKit();
  const [showPasscode, setShowPasscode] = useState(false);
  return (
    <>
      <h3 className="pf-subheading">{t('programmes.form.meetingSection')}</h3>
      <div className="pf-grid pf-grid-2">
        <Field id="pf-platform" label={t('programmes.form.platform')} hint={t('programmes.form.platformHint')}>
          {(aria) => <input {...aria} type="text" value={draft.platform} onChange={(e) => update({ platform: e.target.value })} />}
        </Field>
        <Field id="pf-link" label={t('programmes.form.link')} hint={t('programmes.form.linkHint')} error={errorOf('link')}>
          {(aria) => (
            <input {...aria} type="url" inputMode="url" value={draft.link} onChange={(e) => update({ link: e.target.value })} />
          )}
        </Field>
        <Field id="pf-meetingId" label={t('programmes.form.meetingId')}>
          {(aria) => <input {...aria} type="text" value={draft.meetingId} onChange={(e) => update({ meetingId: e.target.value })} />}
        </Field>
        <div className="pf-field">
          <label htmlFor="pf-passcode">{t('programmes.form.passcode')}</label>
          <div className="pf-inline">
            <input
              {...describedBy('pf-passcode', false, undefined)}
              type={showPasscode ? 'text' : 'password'}
              autoComplete="off"
              value={draft.passcode}
              onChange={(e) => update({ passcode: e.target.value })}
            />
            <button
              type="button"
              aria-controls="pf-passcode"
              aria-label={showPasscode ? t('programmes.page.hidePasscode') : t('programmes.page.showPasscode')}
              onClick={() => setShowPasscode((s) => !s)}>
              {showPasscode ? t('programmes.form.hidePasscode') : t('programmes.form.showPasscode')}
            </button>
          </div>
          <FieldNotes id="pf-passcode" />
        </div>
      </div>
    </>
  );
}

/** Every country named in the UI language; drawn once per language. */
const CountryList = memo(function CountryList({ lang }: { lang: UiLanguage }) {
  return (
    <datalist id="pf-countries">
      {countryOptions(lang).map((c) => (
        <option key={c.code} value={c.name}>
          {c.code}
        </option>
      ))}
    </datalist>
  );
});
