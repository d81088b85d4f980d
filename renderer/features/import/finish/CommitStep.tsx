import { useI18n } from '../../../app/i18n';
import { CountsLine } from '../check/CountsLine';
import { planCounts } from '../state/counts';
import type { WizardState } from '../state/wizard-state';
import { CommitProgressBar } from './CommitProgressBar';
import { CommitResult } from './CommitResult';
import { cancelImport, startImport } from './commit-run';
import { RejectedRowsButton } from './RejectedRowsButton';

/**
 * Step seven: what will happen, then Import (all or nothing, one
 * transaction), with a progress bar and Cancel, which leaves the database
 * exactly as before; then what was done, with Undo and the rows left out.
 */
export function CommitStep({ state, onAnother }: { state: WizardState; onAnother: () => void }) {
  const { t, tn, lang } = useI18n();
  const { commit, preview } = state;
  if (!preview) return null;
  if (commit.status === 'done') return <CommitResult state={state} result={commit} onAnother={onAnother} />;
  const counts = planCounts(preview, state.decisions);
  const rows = counts.added + counts.merged;
  return (
    <div className="im-commit">
      <CountsLine counts={counts} />
      {commit.status === 'running' ? (
        <CommitProgressBar progress={commit.progress} onCancel={() => void cancelImport()} />
      ) : (
        <>
          {commit.status === 'cancelled' && (
            <p role="status" className="im-note">
              {t('import.finish.cancelled')}
            </p>
          )}
          {commit.status === 'failed' && (
            <div role="alert" className="im-problem">
              <p>{t('import.finish.failed')}</p>
              <p>{commit.message}</p>
            </div>
          )}
          <p className="muted">{t('import.finish.allOrNothing')}</p>
          <div className="actions im-actions-start">
            <button type="button" className="primary" disabled={rows === 0} onClick={() => startImport(lang)}>
              {tn('import.finish.start', rows)}
            </button>
            <RejectedRowsButton state={state} />
          </div>
        </>
      )}
    </div>
  );
}
