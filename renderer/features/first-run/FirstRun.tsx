import { useI18n } from '../../app/i18n';
import { PageHeader } from '../../components/PageHeader';
import { describeError } from '../../components/errors';
import { useNotices } from '../../components/notices';
import { getDatabase } from '../../db/database';
import { writeSetting } from '../../db/settings';
import { useSampleActions } from '../settings/sample-actions';

/** The first screen of a new desk: start empty, or load the sample data. */
export function FirstRun({ onDone }: { onDone: () => void }) {
  const { t, lang } = useI18n();
  const notices = useNotices();
  const sample = useSampleActions();
  return (
    <div className="first-run">
      <PageHeader title={t('firstRun.heading')} intro={t('firstRun.intro')} />
      <div className="actions">
        <button
          type="button"
          disabled={sample.busy}
          onClick={async () => {
            try {
              await writeSetting(getDatabase(), 'firstRunDone', true);
              onDone();
            } catch (error) {
              notices.show({ tone: 'error', text: describeError(error, lang) });
            }
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
