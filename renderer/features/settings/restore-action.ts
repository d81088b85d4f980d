import { useCallback, useState } from 'react';
import type { CheckedBackup } from '../../../shared/domain/backup-file';
import { useI18n } from '../../app/i18n';
import { describeError } from '../../components/errors';
import { useNotices } from '../../components/notices';
import { buildBackup, encodeBackup } from '../../db/backup';
import { getDatabase } from '../../db/database';
import { countBackup, countDesk, readBackupFile, replaceDesk, type DeskCounts } from '../../db/restore';
import { platform } from '../../platform';

/** A checked backup file waiting for the user's yes, with what it holds and what the desk holds now. */
export type RestoreOffer = { name: string; backup: CheckedBackup; file: DeskCounts; desk: DeskCounts };

/**
 * Restoring the desk from a backup file: choose and check the file (nothing is
 * written if it is refused), then on confirmation save an automatic backup of the
 * current data, replace every table at once, and offer Undo.
 */
export function useRestore() {
  const { t, lang } = useI18n();
  const notices = useNotices();
  const [offer, setOffer] = useState<RestoreOffer | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = useCallback(
    (error: unknown) => notices.show({ tone: 'error', text: t('restore.failed', { detail: describeError(error, lang) }) }),
    [notices, t, lang],
  );

  const choose = useCallback(async () => {
    setBusy(true);
    try {
      const file = await platform.openFile('restore');
      if (!file) return;
      const backup = readBackupFile(file.bytes);
      setOffer({ name: file.name, backup, file: countBackup(backup.tables), desk: await countDesk(getDatabase()) });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }, [fail]);

  const confirm = useCallback(async () => {
    if (!offer) return;
    setOffer(null);
    setBusy(true);
    const db = getDatabase();
    try {
      // Same as every destructive action: the current data goes to an automatic backup first.
      await platform.writeAutoBackup(encodeBackup(await buildBackup(db)));
      const previous = await replaceDesk(db, offer.backup.tables);
      const undo = async () => {
        try {
          await replaceDesk(db, previous);
          notices.show({ tone: 'info', text: t('restore.undone'), withdrawOffers: true });
        } catch (error) {
          notices.show({ tone: 'error', text: describeError(error, lang) });
        }
      };
      // Earlier Undo offers acted on the desk just replaced: they go.
      notices.show({ tone: 'success', text: t('restore.restored', { name: offer.name }), action: { label: t('common.undo'), run: undo }, withdrawOffers: true });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }, [offer, notices, t, lang, fail]);

  const cancel = useCallback(() => setOffer(null), []);
  return { offer, busy, choose, confirm, cancel };
}
