import { useState } from 'react';
import { personName } from '../../../../shared/domain/person-rules';
import type { Person } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { useAppLocation } from '../../../app/router';
import { hashFor } from '../../../app/routes';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { describeError } from '../../../components/errors';
import { useNotices } from '../../../components/notices';
import { getDatabase } from '../../../db/database';
import { deletePersonPlan, type PersonDeletePlan } from '../actions';
import { useCommit } from '../use-commit';

/** Edit, and Delete (asked first; everything that belongs to the person goes in one undoable changeset). */
export function PersonActions({ person }: { person: Person }) {
  const { t, lang } = useI18n();
  const notices = useNotices();
  const [, go] = useAppLocation();
  const commit = useCommit();
  const [deletion, setDeletion] = useState<PersonDeletePlan | null>(null);
  const name = personName(person);

  const askDelete = async () => {
    try {
      setDeletion(await deletePersonPlan(getDatabase(), person));
    } catch (error) {
      notices.show({ tone: 'error', text: describeError(error, lang) });
    }
  };

  const confirmDelete = async () => {
    setDeletion(null);
    try {
      // Read again at the moment of deleting: an enrolment added meanwhile goes too.
      const plan = await deletePersonPlan(getDatabase(), person);
      if (await commit(plan.changes, t('participants.person.deleted', { name }))) go('participants');
    } catch (error) {
      notices.show({ tone: 'error', text: describeError(error, lang) });
    }
  };

  return (
    <div className="pa-actions" role="group" aria-label={t('participants.person.actions')}>
      <a className="pa-button" href={hashFor('participants', person.id, 'edit')}>
        {t('participants.person.edit')}
      </a>
      <button type="button" className="pa-danger" onClick={() => void askDelete()}>
        {t('participants.person.delete')}
      </button>
      <ConfirmDialog
        open={deletion !== null}
        message={t('participants.person.confirmDelete', {
          name,
          enrolments: deletion?.enrolments ?? 0,
          grants: deletion?.grants ?? 0,
          sessions: deletion?.sessions ?? 0,
        })}
        confirmLabel={t('participants.person.delete')}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeletion(null)}
      />
    </div>
  );
}
