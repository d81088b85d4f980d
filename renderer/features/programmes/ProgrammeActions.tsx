import { useState } from 'react';
import { nextStatuses } from '../../../shared/domain/transitions';
import type { IsoDate, Programme, ProgrammeStatus } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { pickText, programmeStatusLabel } from '../../app/labels';
import { useAppLocation } from '../../app/router';
import { hashFor } from '../../app/routes';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { describeError } from '../../components/errors';
import { useNotices } from '../../components/notices';
import { getDatabase } from '../../db/database';
import { deleteProgrammePlan, duplicateChanges, statusChanges, type DeletePlan } from './actions';
import { DuplicateDialog } from './DuplicateDialog';
import { formatLongDate } from './intl';
import { useCommit } from './use-commit';

/** The status with a button for each move the rules allow (cancelling has its own button). */
export function StatusControls({ programme }: { programme: Programme }) {
  const { t } = useI18n();
  const commit = useCommit();
  const moves = nextStatuses('programme', programme.status).filter((s) => s !== 'cancelled');
  const move = (status: ProgrammeStatus) =>
    void commit(statusChanges(programme, status), t('programmes.page.statusChanged', { status: t(programmeStatusLabel(status)) }));
  return (
    <div className="pp-status">
      <span className="pp-status-label">{t('programmes.page.status')}</span>
      <span className={`status status-${programme.status}`}>{t(programmeStatusLabel(programme.status))}</span>
      {moves.length > 0 && (
        <div role="group" aria-labelledby="pp-move-label" className="pp-moves">
          <span id="pp-move-label" className="muted">
            {t('programmes.page.changeStatus')}
          </span>
          {moves.map((s) => (
            <button key={s} type="button" onClick={() => move(s)}>
              {t(programmeStatusLabel(s))}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

/** Edit, duplicate for next year, cancel and delete, each with its confirmation or Undo. */
export function ProgrammeActions({ programme }: { programme: Programme }) {
  const { t, tn, lang } = useI18n();
  const notices = useNotices();
  const [, go] = useAppLocation();
  const commit = useCommit();
  const [duplicating, setDuplicating] = useState(false);
  const [deletion, setDeletion] = useState<DeletePlan | null>(null);
  const title = pickText(programme.title, lang) ?? t('programmes.untitled');
  const canCancel = nextStatuses('programme', programme.status).includes('cancelled');

  const duplicate = async (newStart: IsoDate) => {
    setDuplicating(false);
    try {
      const copy = await duplicateChanges(getDatabase(), programme, newStart);
      const text = tn('programmes.duplicate.done', copy.sessions, { date: formatLongDate(newStart, lang) });
      if (await commit(copy.changes, text)) go('programmes', copy.programme.id);
    } catch (error) {
      notices.show({ tone: 'error', text: describeError(error, lang) });
    }
  };

  const askDelete = async () => {
    try {
      setDeletion(await deleteProgrammePlan(getDatabase(), programme));
    } catch (error) {
      notices.show({ tone: 'error', text: describeError(error, lang) });
    }
  };

  const confirmDelete = async () => {
    setDeletion(null);
    try {
      // Read again at the moment of deleting: a session added meanwhile goes too.
      const plan = await deleteProgrammePlan(getDatabase(), programme);
      if (await commit(plan.changes, t('programmes.page.deleted', { title }))) go('programmes');
    } catch (error) {
      notices.show({ tone: 'error', text: describeError(error, lang) });
    }
  };

  return (
    <div className="pp-actions" role="group" aria-label={t('programmes.page.actions')}>
      <a className="button" href={hashFor('programmes', programme.id, 'edit')}>
        {t('programmes.page.edit')}
      </a>
      <button type="button" onClick={() => setDuplicating(true)}>
        {t('programmes.page.duplicate')}
      </button>
      {canCancel && (
        <button
          type="button"
          onClick={() => void commit(statusChanges(programme, 'cancelled'), t('programmes.page.cancelled', { title }))}
        >
          {t('programmes.page.cancelProgramme')}
        </button>
      )}
      <button type="button" className="danger" onClick={() => void askDelete()}>
        {t('programmes.page.delete')}
      </button>
      {duplicating && (
        <DuplicateDialog programme={programme} open onConfirm={(d) => void duplicate(d)} onCancel={() => setDuplicating(false)} />
      )}
      <ConfirmDialog
        open={deletion !== null}
        message={t('programmes.page.confirmDelete', {
          title,
          sessions: deletion?.sessions ?? 0,
          enrolments: deletion?.enrolments ?? 0,
          grants: deletion?.grants ?? 0,
        })}
        confirmLabel={t('programmes.page.delete')}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeletion(null)}
      />
    </div>
  );
}
