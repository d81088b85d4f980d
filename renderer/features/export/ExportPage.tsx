import { useI18n } from '../../app/i18n';
import { PageHeader } from '../../components/PageHeader';

/** Placeholder until the export work: says what will be here. */
export function ExportPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('export.heading')} intro={t('export.intro')} />
      <p className="coming">{t('common.comingNext')}</p>
    </>
  );
}
