import { useI18n } from '../../app/i18n';
import { PageHeader } from '../../components/PageHeader';
import { getDatabase } from '../../db/database';
import { writeSetting } from '../../db/settings';
import { useSampleActions } from '../settings/sample-actions';

/** The first screen of a new desk: start empty, or load the sample data. */
export function FirstRun({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const sample = useSampleActions();
  return (
    <div className="first-run">
      <PageHeader title={t('firstRun.heading')} intro={t('firstRun.intro')} />
      <div className="actions">
        <button
          type="button"
          disabled={sample.busy}
          onClick={async () => {
            await writeSetting(getDatabase(), 'firstRunDone', true);
            onDone();
          }}
        >
          {t('firstRun.startEmpty')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={sample.busy}
          onClick={async () => {
            if (await sample.load()) onDone();
          }}
        >
          {sample.busy ? t('firstRun.loadingSample') : t('firstRun.loadSample')}
        </button>
      </div>
    </div>
  );
}
