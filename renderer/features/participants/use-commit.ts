import { useCallback } from 'react';
import { useI18n } from '../../app/i18n';
import { describeError } from '../../components/errors';
import { useNotices } from '../../components/notices';
import { commitChanges, type Change } from '../../db/changes';
import { getDatabase } from '../../db/database';

/**
 * Commits a changeset and says so, offering Undo (the inverse changeset). A
 * refused or failed write is shown in the user's language and nothing is saved.
 * Resolves to true when the changes were saved.
 */
export function useCommit(): (changes: readonly Change[], successText: string) => Promise<boolean> {
  const { t, lang } = useI18n();
  const notices = useNotices();
  return useCallback(
    async (changes, successText) => {
      const db = getDatabase();
      try {
        const inverse = await commitChanges(db, changes);
        notices.show({
          tone: 'success',
          text: successText,
          action: {
            label: t('common.undo'),
            run: async () => {
              try {
                await commitChanges(db, inverse);
                notices.show({ tone: 'info', text: t('participants.undone') });
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
    [notices, t, lang],
  );
}
