import type { ReactNode } from 'react';
import type { Organisation, Person } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { countryLabel, languageLabel } from '../intl';
import { genderLabel, organisationKindLabel } from '../labels';

function Fact({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'pa-fact pa-fact-wide' : 'pa-fact'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A person's details as stored: names as typed, phone as typed, country named in the UI language. */
export function PersonDetails({ person: p, organisation }: { person: Person; organisation: Organisation | undefined }) {
  const { t, lang } = useI18n();
  const none = <span className="muted">{t('participants.person.notRecorded')}</span>;
  const or = (value: string | undefined, dir?: 'auto' | 'ltr') => (value ? <span dir={dir}>{value}</span> : none);
  const needs = p.needs ?? {};
  return (
    <dl className="pa-facts">
      <Fact label={t('participants.fields.givenName')}>{or(p.givenName, 'auto')}</Fact>
      <Fact label={t('participants.fields.familyName')}>{or(p.familyName, 'auto')}</Fact>
      <Fact label={t('participants.fields.emails')}>
        {p.emails.length === 0 ? (
          none
        ) : (
          <ul className="pa-list">
            {p.emails.map((email) => (
              <li key={email} dir="ltr">
                {email}
              </li>
            ))}
          </ul>
        )}
      </Fact>
      <Fact label={t('participants.fields.phone')}>{or(p.phone, 'ltr')}</Fact>
      <Fact label={t('participants.fields.country')}>{p.country ? `${countryLabel(p.country, lang)} (${p.country})` : none}</Fact>
      <Fact label={t('participants.fields.institution')}>
        {organisation ? (
          <>
            <span dir="auto">{organisation.name}</span>{' '}
            <span className="muted">— {t(organisationKindLabel(organisation.kind))}</span>
          </>
        ) : (
          or(p.institution, 'auto')
        )}
      </Fact>
      <Fact label={t('participants.fields.position')}>{or(p.position, 'auto')}</Fact>
      <Fact label={t('participants.fields.languages')}>
        {p.languages.length ? p.languages.map((tag) => languageLabel(tag, lang)).join(', ') : none}
      </Fact>
      <Fact label={t('participants.fields.gender')}>{p.gender ? t(genderLabel(p.gender)) : none}</Fact>
      <Fact label={t('participants.fields.membershipNumber')}>{or(p.membershipNumber)}</Fact>
      <Fact label={t('participants.fields.committee')}>{or(p.committee, 'auto')}</Fact>
      <Fact label={t('participants.fields.diet')}>{or(needs.diet, 'auto')}</Fact>
      <Fact label={t('participants.fields.accessibility')}>{or(needs.accessibility, 'auto')}</Fact>
      <Fact label={t('participants.fields.visaLetter')}>
        {needs.visaLetter ? t('participants.person.visaLetterYes') : t('participants.person.visaLetterNo')}
      </Fact>
      <Fact label={t('participants.fields.tags')} wide>
        {p.tags.length === 0 ? (
          none
        ) : (
          <ul className="pa-tags">
            {p.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        )}
      </Fact>
      <Fact label={t('participants.fields.notes')} wide>
        {p.notes ? (
          <p className="pa-notes" dir="auto">
            {p.notes}
          </p>
        ) : (
          none
        )}
      </Fact>
    </dl>
  );
}
