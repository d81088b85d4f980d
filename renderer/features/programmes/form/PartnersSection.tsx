import { useI18n } from '../../../app/i18n';
import { OrganisationRows } from './OrganisationRows';

/** Organisers, funders and partners (hosts are with the venue). */
export function PartnersSection() {
  const { t } = useI18n();
  return (
    <fieldset className="pf-section">
      <legend>{t('programmes.form.partnersSection')}</legend>
      <p className="pf-hint">
        {t('programmes.form.orgHint')} {t('programmes.form.partnersHint')}
      </p>
      <OrganisationRows
        roles={['organiser', 'funder', 'partner']}
        label={(n) => t('programmes.form.partnerName', { number: n })}
        addLabel={t('programmes.form.addPartner')}
      />
    </fieldset>
  );
}
