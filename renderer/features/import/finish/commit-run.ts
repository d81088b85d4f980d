import { isDomainError } from '../../../../shared/domain/errors';
import type { UiLanguage } from '../../../../shared/domain/types';
import { describeError } from '../../../components/errors';
import { startCommit, type CommitHandle } from '../commit/commit-client';
import { COMMIT_KEYS } from '../commit/commit-keys';
import { stopMatching } from '../match/match-client';
import { previewPlanRows } from '../check/preview-client';
import { buildPlan } from '../state/plan';
import { dispatch, wizardState } from '../state/wizard-store';

let current: CommitHandle | null = null;
// The plan's rows are on their way from the preview worker (Cancel then needs no commit to stop).
let preparing: { cancelled: boolean } | null = null;

/**
 * Writes the import: the plan built from the wizard's choices goes to the
 * commit worker (all or nothing, one transaction); progress, the batch, a
 * cancellation or the failure come back to the wizard.
 */
export async function startImport(lang: UiLanguage): Promise<void> {
  const state = wizardState();
  if (current || preparing || !state.file || state.hash === undefined || !state.preview || !state.setup) return;
  const { file, hash, setup, action, preview } = state;
  const prepared = { cancelled: false };
  preparing = prepared;
  dispatch({ type: 'commitProgress', progress: { phase: 'preparing', done: 0, total: preview.lists.ready.length } });
  let rows: Awaited<ReturnType<typeof previewPlanRows>>;
  try {
    // The rows and their decisions come from the preview worker, which holds the preview.
    rows = await previewPlanRows(state.decisions);
  } catch (error) {
    if (preparing !== prepared) return;
    preparing = null;
    if (!prepared.cancelled) dispatch({ type: 'commitFailed', message: describeError(error, lang) });
    return;
  }
  if (preparing !== prepared) return;
  preparing = null;
  // Cancelled while the rows came.
  if (prepared.cancelled) return;
  const plan = buildPlan({ fileName: file.name, fileHash: hash, mapping: setup.mapping, action, ...rows });
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
  if (preparing && !preparing.cancelled) {
    preparing.cancelled = true;
    dispatch({ type: 'commitCancelled' });
  }
  return current ? current.cancel() : Promise.resolve();
}

/** Stops a commit and forgets it (the wizard is being left). */
export function stopCommit(): void {
  if (preparing) preparing.cancelled = true;
  preparing = null;
  const handle = current;
  current = null;
  void handle?.cancel();
}
