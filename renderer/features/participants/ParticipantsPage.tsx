import { useI18n } from '../../app/i18n';
import { PageHeader } from '../../components/PageHeader';
import { useCounts } from '../../db/hooks';

/** Placeholder until the participants issue: the size of the directory and what will be here. */
export function ParticipantsPage() {
  const { t, tn } = useI18n();
  const counts = useCounts();
  return (
    <>
      <PageHeader title={t('participants.heading')} intro={t('participants.intro')} />
      {counts && <p>{tn('participants.count', counts.people)}</p>}
      <p className="coming">{t('common.comingNext')}</p>
    </>
  );
}
