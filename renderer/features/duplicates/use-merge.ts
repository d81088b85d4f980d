import { useCallback } from 'react';
import { isDomainError } from '../../../shared/domain/errors';
import { personName } from '../../../shared/domain/person-rules';
import { useI18n } from '../../app/i18n';
import { describeError } from '../../components/errors';
import { useNotices } from '../../components/notices';
import { getDatabase } from '../../db/database';
import type { FieldPicks, Side } from './field-rows';
import { commitMerge, undoMerge } from './merge';
import type { PairSnapshot } from './pair-data';
import { LIST_HASH } from './pair-route';

/** How a merge attempt ended: written, refused because the records changed or went (read them again), or refused otherwise. */
export type MergeResult = 'merged' | 'stale' | 'refused';

/**
 * Merges a pair and says so, offering Undo (the inverse changeset), then
 * returns to the list. A refusal is shown in the user's language and nothing
 * is written; `stale` tells the caller to read both records again.
 */
export function useMergeAction(): (snapshot: PairSnapshot, keep: Side, picks: FieldPicks) => Promise<MergeResult> {
  const { t, tn, lang } = useI18n();
  const notices = useNotices();
  return useCallback(
    async (snapshot, keep, picks) => {
      const db = getDatabase();
      try {
        const { plan, undo } = await commitMerge(db, snapshot, keep, picks);
        const enrolments = snapshot.enrolments.length - plan.conflicts.length;
        notices.show({
          tone: 'success',
          text: t('duplicates.compare.merged', {
            name: personName(plan.person) || t('duplicates.noName'),
            enrolments: tn('duplicates.compare.enrolments', enrolments),
            grants: tn('duplicates.compare.grants', snapshot.grants.length),
          }),
          action: {
            label: t('common.undo'),
            run: async () => {
              try {
                await undoMerge(db, undo, plan.person.id);
                notices.show({ tone: 'info', text: t('duplicates.compare.undone') });
              } catch (error) {
                notices.show({ tone: 'error', text: describeError(error, lang) });
              }
            },
          },
        });
        window.location.hash = LIST_HASH;
        return 'merged';
      } catch (error) {
        notices.show({ tone: 'error', text: describeError(error, lang) });
        // Changed or gone meanwhile: the caller reads the pair again and shows it as it is now.
        const reread = isDomainError(error) && (error.key === 'errors.staleRecord' || error.key === 'errors.mergeMissing');
        return reread ? 'stale' : 'refused';
      }
    },
    [notices, t, tn, lang],
  );
}
