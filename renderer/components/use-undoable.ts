import { useCallback } from 'react';
import type { MessageKey } from '../../shared/i18n';
import { useI18n } from '../app/i18n';
import { commitChanges, type Change } from '../db/changes';
import { getDatabase } from '../db/database';
import type { DeskDatabase } from '../db/schema';
import { describeError } from './errors';
import { useNotices } from './notices';

/**
 * Runs a write that returns its inverse changes, says so with an Undo button
 * that applies them, and shows a refused or failed write in the user's language
 * (nothing is saved then). `undoneKey` is the feature's "… undone." message.
 * The returned function resolves to true when the write was saved.
 */
export function useUndoableWrite(
  undoneKey: MessageKey,
): (write: (db: DeskDatabase) => Promise<Change[]>, successText: string) => Promise<boolean> {
  const { t, lang } = useI18n();
  const notices = useNotices();
  return useCallback(
    async (write, successText) => {
      const db = getDatabase();
      try {
        const inverse = await write(db);
        const undo = async () => {
          try {
            await commitChanges(db, inverse);
            notices.show({ tone: 'info', text: t(undoneKey) });
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
    [notices, t, lang, undoneKey],
  );
}

/**
 * useUndoableWrite for a plain changeset. With `skipEmpty`, an empty changeset
 * is a silent no-op that counts as saved (nothing to say, nothing to undo).
 */
export function useUndoableCommit(
  undoneKey: MessageKey,
  { skipEmpty = false }: { skipEmpty?: boolean } = {},
): (changes: readonly Change[], successText: string) => Promise<boolean> {
  const run = useUndoableWrite(undoneKey);
  return useCallback(
    (changes, successText) =>
      skipEmpty && changes.length === 0 ? Promise.resolve(true) : run((db) => commitChanges(db, changes), successText),
    [run, skipEmpty],
  );
}
