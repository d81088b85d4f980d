import { useCallback, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { describeError } from '../../components/errors';
import { useNotices } from '../../components/notices';
import { buildBackup, encodeBackup } from '../../db/backup';
import { redoBatch } from '../../db/batches';
import { getDatabase } from '../../db/database';
import { loadSampleData, removeSampleData } from '../../db/sample';
import { writeSetting } from '../../db/settings';
import { platform } from '../../platform';

/**
 * Loading and removing the sample data, with the notices that go with them.
 * Removal takes an automatic backup first (desktop) and offers Undo.
 */
export function useSampleActions() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const notices = useNotices();
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (): Promise<boolean> => {
    setBusy(true);
    try {
      const db = getDatabase();
      await loadSampleData(db);
      await writeSetting(db, 'firstRunDone', true);
      notices.show({ tone: 'success', text: t('settings.sampleLoaded') });
      return true;
    } catch (error) {
      notices.show({ tone: 'error', text: t('firstRun.sampleFailed', { detail: describeError(error, lang) }) });
      return false;
    } finally {
      setBusy(false);
    }
  }, [notices, t, lang]);

  const remove = useCallback(async () => {
    setBusy(true);
    try {
      const db = getDatabase();
      await platform.writeAutoBackup(encodeBackup(await buildBackup(db)));
      const snapshot = await removeSampleData(db);
      if (snapshot) {
        notices.show({
          tone: 'success',
          text: t('settings.sampleRemoved'),
          action: { label: t('common.undo'), run: () => redoBatch(db, snapshot) },
        });
      }
    } catch (error) {
      notices.show({ tone: 'error', text: describeError(error, lang) });
    } finally {
      setBusy(false);
    }
  }, [notices, t, lang]);

  return { load, remove, busy };
}

