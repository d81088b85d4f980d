import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { UI_LANGUAGES } from '../../../shared/domain/types';
import { isUiLanguage } from '../../../shared/i18n';
import { useI18n } from '../../app/i18n';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { useNotices } from '../../components/notices';
import { getDatabase } from '../../db/database';
import { activeSampleBatch } from '../../db/sample';
import { RestoreBackup } from './RestoreBackup';
import { runBackup } from './backup-action';
import { useSampleActions } from './sample-actions';

/** Language, backup, storage persistence and the sample data. */
export function SettingsPage() {
  const i18n = useI18n();
  const { t, lang, setLang } = i18n;
  const notices = useNotices();
  const sample = useSampleActions();
  const sampleLoaded = useLiveQuery(async () => Boolean(await activeSampleBatch(getDatabase())));
  const [confirming, setConfirming] = useState(false);
  const [persisted, setPersisted] = useState<boolean | null>(null);

  useEffect(() => {
    navigator.storage?.persisted?.().then(setPersisted, () => setPersisted(false));
  }, []);

  return (
    <>
      <PageHeader title={t('settings.heading')} intro={t('settings.intro')} />
      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t('settings.languageHeading')}</h2>
        <p className="muted" id="language-help">{t('settings.languageHelp')}</p>
        <label className="field">
          <span>{t('language.label')}</span>
          <select
            value={lang}
            aria-describedby="language-help"
            onChange={(e) => isUiLanguage(e.target.value) && setLang(e.target.value)}
          >
            {UI_LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`language.${code}`)}
              </option>
            ))}
          </select>
        </label>
      </section>
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{t('settings.dataHeading')}</h2>
        <p>{t('settings.dataHelp')}</p>
        {persisted !== null && (
          <p className="muted">{persisted ? t('settings.storagePersisted') : t('settings.storageNotPersisted')}</p>
        )}
        <button type="button" onClick={() => runBackup(i18n, notices.show)}>
          {t('settings.backup')}
        </button>
        <RestoreBackup />
      </section>
      <section aria-labelledby="sample-heading">
        <h2 id="sample-heading">{t('settings.sampleHeading')}</h2>
        {sampleLoaded ? (
          <button type="button" disabled={sample.busy} onClick={() => setConfirming(true)}>
            {t('settings.removeSample')}
          </button>
        ) : (
          <button type="button" disabled={sample.busy || sampleLoaded === undefined} onClick={() => sample.load()}>
            {t('settings.loadSample')}
          </button>
        )}
      </section>
      <ConfirmDialog
        open={confirming}
        message={t('settings.confirmRemoveSample')}
        confirmLabel={t('settings.removeSample')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void sample.remove();
        }}
      />
    </>
  );
}
