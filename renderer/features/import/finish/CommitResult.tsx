import { useLiveQuery } from 'dexie-react-hooks';
import { useI18n } from '../../../app/i18n';
import { getDatabase } from '../../../db/database';
import { CountsLine } from '../check/CountsLine';
import { batchElementId } from '../ImportHistory';
import type { CommitState, WizardState } from '../state/wizard-state';
import { useUndoImport } from '../use-undo-import';
import { RejectedRowsButton } from './RejectedRowsButton';

type Done = Extract<CommitState, { status: 'done' }>;

/** Focuses the import's line in the history under the wizard. */
function showInHistory(batchId: string): void {
  const line = document.getElementById(batchElementId(batchId));
  line?.scrollIntoView({ block: 'center' });
  line?.focus();
}

/**
 * What the import did, from its batch record: the counts, the enrolments
 * made, and Undo (the batch stays in the history, where it can be undone
 * later too), the rejected rows, and another file.
 */
export function CommitResult({ state, result, onAnother }: { state: WizardState; result: Done; onAnother: () => void }) {
  const { t, tn } = useI18n();
  const undo = useUndoImport();
  const { batch } = result;
  const stored = useLiveQuery(() => getDatabase().importBatches.get(batch.id), [batch.id]);
  const undone = stored?.undoneAt !== undefined;
  return (
    <div className="im-result">
      <p role="status" className="im-done">
        {undone ? t('import.finish.undoneNote') : t('import.finish.done', { name: batch.fileName ?? '' })}
      </p>
      <CountsLine counts={batch.counts} tense="past" />
      {result.enrolled > 0 && <p>{tn('import.finish.enrolled', result.enrolled)}</p>}
      {result.alreadyEnrolled > 0 && <p>{tn('import.finish.alreadyEnrolled', result.alreadyEnrolled)}</p>}
      <div className="actions im-actions-start">
        {!undone && (
          <button type="button" onClick={() => void undo(batch.id)}>
            {t('import.finish.undo')}
          </button>
        )}
        <button type="button" onClick={() => showInHistory(batch.id)}>
          {t('import.finish.showHistory')}
        </button>
        <RejectedRowsButton state={state} />
        <button type="button" className="primary" onClick={onAnother}>
          {t('import.finish.another')}
        </button>
      </div>
    </div>
  );
}
