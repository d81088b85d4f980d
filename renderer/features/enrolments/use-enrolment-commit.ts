import { useCallback } from 'react';
import { useI18n } from '../../app/i18n';
import { describeError } from '../../components/errors';
import { useNotices } from '../../components/notices';
import { commitChanges, type Change } from '../../db/changes';
import { getDatabase } from '../../db/database';

/**
 * Commits one changeset and says so with an Undo button (the inverse
 * changeset). A refused write (a record changed meanwhile) is shown in the
 * user's language and nothing is saved. Resolves to true when saved.
 */
export function useEnrolmentCommit(): (changes: readonly Change[], successText: string) => Promise<boolean> {
  const { t, lang } = useI18n();
  const notices = useNotices();
  return useCallback(
    async (changes, successText) => {
      if (changes.length === 0) return true;
      const db = getDatabase();
      try {
        const inverse = await commitChanges(db, changes);
        const undo = async () => {
          try {
            await commitChanges(db, inverse);
            notices.show({ tone: 'info', text: t('enrolments.notices.undone') });
          } catch (error) {
            notices.show({ tone: 'error', text: describeError(error, lang) });
          }
        };
        notices.show({ tone: 'success', text: successText, action: { label: t('common.undo'), run: undo } });
        return true;
      } catch (error) {
        notices.show({ tone: 'error', text: describeError(error, lang) });
        return false;
      }
    },
    [notices, t, lang],
  );
}
