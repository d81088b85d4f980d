import { isDomainError } from '../../../../shared/domain/errors';
import type { UiLanguage } from '../../../../shared/domain/types';
import { describeError } from '../../../components/errors';
import { startCommit, type CommitHandle } from '../commit/commit-client';
import { COMMIT_KEYS } from '../commit/commit-keys';
import { stopMatching } from '../match/match-client';
import { buildPlan } from '../state/plan';
import { dispatch, wizardState } from '../state/wizard-store';

let current: CommitHandle | null = null;

/**
 * Writes the import: the plan built from the wizard's choices goes to the
 * commit worker (all or nothing, one transaction); progress, the batch, a
 * cancellation or the failure come back to the wizard.
 */
export function startImport(lang: UiLanguage): void {
  const state = wizardState();
  if (current || !state.file || state.hash === undefined || !state.preview || !state.setup) return;
  const plan = buildPlan({
    fileName: state.file.name,
    fileHash: state.hash,
    mapping: state.setup.mapping,
    action: state.action,
    preview: state.preview,
    decisions: state.decisions,
  });
  dispatch({ type: 'commitProgress', progress: { phase: 'preparing', done: 0, total: plan.rows.length } });
  const handle = startCommit(plan, { onProgress: (progress) => current === handle && dispatch({ type: 'commitProgress', progress }) });
  current = handle;
  handle.done.then(
    (outcome) => {
      if (current !== handle) return;
      current = null;
      // The directory changed: the match index the worker holds is stale.
      stopMatching();
      dispatch({ type: 'commitDone', batch: outcome.batch, enrolled: outcome.enrolled, alreadyEnrolled: outcome.alreadyEnrolled });
    },
    (error: unknown) => {
      if (current !== handle) return;
      current = null;
      if (isDomainError(error) && error.key === COMMIT_KEYS.cancelled) dispatch({ type: 'commitCancelled' });
      else dispatch({ type: 'commitFailed', message: describeError(error, lang) });
    },
  );
}

/** Asks the commit to stop; the database stays exactly as it was (the wizard hears back through `done`). */
export function cancelImport(): Promise<void> {
  return current ? current.cancel() : Promise.resolve();
}

/** Stops a commit and forgets it (the wizard is being left). */
export function stopCommit(): void {
  const handle = current;
  current = null;
  void handle?.cancel();
}
