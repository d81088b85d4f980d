import { useI18n } from '../../app/i18n';
import { PageHeader } from '../../components/PageHeader';

/** Placeholder until the calendar issue: says what will be here. */
export function CalendarPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('calendar.heading')} intro={t('calendar.intro')} />
      <p className="coming">{t('common.comingNext')}</p>
    </>
  );
}
