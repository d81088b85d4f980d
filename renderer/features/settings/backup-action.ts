import type { I18n } from '../../app/i18n';
import { describeError } from '../../components/errors';
import type { Notice } from '../../components/notices';
import { backupFileName, buildBackup, encodeBackup } from '../../db/backup';
import { getDatabase } from '../../db/database';
import { platform } from '../../platform';

/** Backs the whole database up to a file the user chooses (or downloads it), and says how it went. */
export async function runBackup(i18n: I18n, show: (notice: Omit<Notice, 'id'>) => void): Promise<void> {
  try {
    const bytes = encodeBackup(await buildBackup(getDatabase()));
    const result = await platform.saveFile('backup', backupFileName(), bytes);
    if (result.saved) show({ tone: 'success', text: i18n.t('settings.backupDone', { name: result.name }) });
  } catch (error) {
    show({ tone: 'error', text: i18n.t('settings.backupFailed', { detail: describeError(error, i18n.lang) }) });
  }
}
