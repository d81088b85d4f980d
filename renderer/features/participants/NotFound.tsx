import { useI18n } from '../../app/i18n';
import { hashFor } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';

/** What a link to a person who no longer exists (deleted, merged) shows. */
export function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('participants.heading')} />
      <p role="status">{t('participants.person.notFound')}</p>
      <p>
        <a href={hashFor('participants')}>{t('participants.person.backToList')}</a>
      </p>
    </>
  );
}
