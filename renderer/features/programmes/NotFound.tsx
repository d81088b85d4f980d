import { useI18n } from '../../app/i18n';
import { hashFor } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';

/** What a link to a programme that no longer exists shows. */
export function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('programmes.heading')} />
      <p role="status">{t('programmes.page.notFound')}</p>
      <p>
        <a href={hashFor('programmes')}>{t('programmes.page.backToList')}</a>
      </p>
    </>
  );
}
