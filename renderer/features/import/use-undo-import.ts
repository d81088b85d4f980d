import { useCallback } from 'react';
import { useI18n } from '../../app/i18n';
import { describeError } from '../../components/errors';
import { useNotices } from '../../components/notices';
import { startRedo, startUndo } from './commit/commit-client';

/**
 * Undoes an import batch in the commit worker (one transaction: what it added
 * removed, what it changed restored) and offers to undo the undo. Resolves
 * to true when undone.
 */
export function useUndoImport(): (batchId: string) => Promise<boolean> {
  const { t, lang } = useI18n();
  const notices = useNotices();
  return useCallback(
    async (batchId) => {
      try {
        const undo = await startUndo(batchId).done;
        const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date());
        notices.show({
          tone: 'success',
          text: t('import.undone', { date: when }),
          action: {
            label: t('common.undo'),
            run: async () => {
              try {
                await startRedo(undo).done;
              } catch (error) {
                notices.show({ tone: 'error', text: describeError(error, lang) });
              }
            },
          },
        });
        return true;
      } catch (error) {
        notices.show({ tone: 'error', text: describeError(error, lang) });
        return false;
      }
    },
    [t, lang, notices],
  );
}
