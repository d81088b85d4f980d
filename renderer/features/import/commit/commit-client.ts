import { DomainError } from '../../../../shared/domain/errors';
import { newId } from '../../../../shared/domain/ids';
import type { Id, ImportBatch } from '../../../../shared/domain/types';
import type { CommitProgress, ImportPlan } from '../../../../shared/io/import-plan';
import { getDatabase } from '../../../db/database';
import { createDatabase } from '../../../db/schema';
import { warmWorker } from '../../../workers/warm';
import type { CommitOutcome } from './commit-job';
import { COMMIT_KEYS } from './commit-keys';
import type { CommitReply, CommitRequest, WireError } from './commit-messages';

export type { CommitOutcome } from './commit-job';

/**
 * The page's side of the import commit: each commit, undo or redo runs in a new
 * import-commit worker, answers as a promise, reports progress, and can be
 * cancelled. Failures come back as DomainErrors (a message key and parameters).
 */

export type CommitOptions = {
  onProgress?: (progress: CommitProgress) => void;
  /** The database to write to; the app's own by default (benchmarks and tests pass theirs). */
  databaseName?: string;
};

export type CommitHandle = {
  /** The id the import batch will have (known at once, e.g. to find it after a forced stop). */
  batchId: Id;
  /** The committed batch; rejects with 'import.commit.cancelled' when cancelled, or the failure's message key. */
  done: Promise<CommitOutcome>;
  /**
   * Stops the commit and resolves once it has stopped: the worker aborts its
   * transaction (nothing is saved) and `done` rejects as cancelled, unless the
   * commit had already finished (then `done` resolves). A worker that does not
   * answer within `waitMs` (default 3 s) is terminated, which aborts its
   * uncommitted transaction; `done` then settles by what the database holds.
   */
  cancel: (options?: { waitMs?: number }) => Promise<void>;
};

/** What an undo gives back: counts to show, and the snapshot a redo needs (opaque bytes, never read by the page). */
export type PackedUndo = { batchId: Id; snapshot: ArrayBuffer; removed: number; restored: number };

/** Rows per message to the worker: a slice clones in a few milliseconds, so the page never freezes. */
const ROWS_PER_MESSAGE = 5_000;
const DEFAULT_CANCEL_WAIT = 3_000;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Marks the commit's steps on the page's timeline (`td:commit:<step>`), so
 * benchmarks and profiles can tell where an import's time goes.
 */
const markStep = (step: string) => performance.mark(`td:commit:${step}`);

function toDomainError(error: WireError): DomainError {
  return new DomainError(error.key, error.params, `Import commit: ${error.key} ${JSON.stringify(error.params)}`);
}

const cancelled = () => new DomainError(COMMIT_KEYS.cancelled, {}, 'The import was cancelled; nothing was saved.');

/** The commit worker, started ahead when the import page opens (see warm.ts); undo and redo take one too. */
export const commitWorker = warmWorker(() => new Worker(new URL('../../../workers/import-commit.worker.ts', import.meta.url), { type: 'module', name: 'import-commit' }));

type Operation<T> = {
  worker: Worker;
  done: Promise<T>;
  settled: () => boolean;
  settle: (outcome: { ok: true; value: T } | { ok: false; error: Error }) => void;
};

/** Starts a worker whose final reply settles `done` through `pick`; progress goes to `onProgress`. */
function operate<T>(onProgress: CommitOptions['onProgress'], pick: (reply: CommitReply) => T | undefined): Operation<T> {
  const worker = commitWorker.take();
  let isSettled = false;
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const done = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const settle: Operation<T>['settle'] = (outcome) => {
    if (isSettled) return;
    isSettled = true;
    markStep(outcome.ok ? 'settled' : 'failed');
    worker.terminate();
    if (outcome.ok) resolve(outcome.value);
    else reject(outcome.error);
  };
  worker.onmessage = (event: MessageEvent<CommitReply>) => {
    const reply = event.data;
    if (reply.type === 'progress') {
      if (reply.progress.phase !== 'writing' || reply.progress.done === 0 || reply.progress.done === reply.progress.total) {
        markStep(`${reply.progress.phase}-${reply.progress.done === 0 ? 'start' : 'end'}`);
      }
      onProgress?.(reply.progress);
    }
    else if (reply.type === 'cancelled') settle({ ok: false, error: cancelled() });
    else if (reply.type === 'failed') settle({ ok: false, error: toDomainError(reply.error) });
    else {
      const value = pick(reply);
      if (value !== undefined) settle({ ok: true, value });
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    console.error('Import commit: the worker failed', event.message);
    settle({ ok: false, error: toDomainError({ key: COMMIT_KEYS.failed, params: { detail: event.message || 'worker error' } }) });
  };
  return { worker, done, settled: () => isSettled, settle };
}

/** The batch with this id, read on a connection of its own (after a worker was stopped by force). */
async function readBatch(databaseName: string, batchId: Id): Promise<ImportBatch | undefined> {
  const db = createDatabase(databaseName);
  try {
    return await db.importBatches.get(batchId);
  } finally {
    db.close();
  }
}

/**
 * Commits an import plan in a worker (all or nothing, see runCommit). The plan
 * is sent in slices between which the page's thread is free; progress comes
 * as { phase, done, total }.
 */
export function startCommit(plan: ImportPlan, options: CommitOptions = {}): CommitHandle {
  const databaseName = options.databaseName ?? getDatabase().name;
  const batchId = newId();
  const operation = operate<CommitOutcome>(options.onProgress, (reply) => (reply.type === 'committed' ? reply.outcome : undefined));
  const { worker } = operation;
  let stopSending = false;

  markStep('start');
  const send = async () => {
    const { rows, ...rest } = plan;
    const begin: CommitRequest = { type: 'begin', databaseName, plan: rest, rowCount: rows.length, batchId, now: new Date().toISOString() };
    worker.postMessage(begin);
    for (let start = 0; start < rows.length; start += ROWS_PER_MESSAGE) {
      if (stopSending || operation.settled()) return;
      worker.postMessage({ type: 'rows', rows: rows.slice(start, start + ROWS_PER_MESSAGE) } satisfies CommitRequest);
      await wait(0);
    }
    if (!stopSending) worker.postMessage({ type: 'commit' } satisfies CommitRequest);
    markStep('sent');
  };
  void send();

  const finished = operation.done.then(
    () => true,
    () => true,
  );
  const cancel = async ({ waitMs = DEFAULT_CANCEL_WAIT }: { waitMs?: number } = {}): Promise<void> => {
    if (operation.settled()) return;
    stopSending = true;
    worker.postMessage({ type: 'cancel' } satisfies CommitRequest);
    const stopped = await Promise.race([finished, wait(waitMs).then(() => false)]);
    if (stopped || operation.settled()) return;
    // Last resort: a terminated worker's uncommitted transaction is aborted by the browser.
    worker.terminate();
    // Reads wait for the worker's transaction to end, so the answer is final.
    const batch = await readBatch(databaseName, batchId);
    const enrolled = batch?.created.find((c) => c.table === 'enrolments')?.ids.length ?? 0;
    operation.settle(batch ? { ok: true, value: { batch, enrolled, alreadyEnrolled: 0, unchanged: 0 } } : { ok: false, error: cancelled() });
  };

  return { batchId, done: operation.done, cancel };
}

/**
 * Undoes an import batch in a worker, in one transaction (see undoBatch):
 * what it created is removed, what it changed restored. Resolves with the
 * snapshot that startRedo needs.
 */
export function startUndo(batchId: Id, options: CommitOptions = {}): { done: Promise<PackedUndo> } {
  const databaseName = options.databaseName ?? getDatabase().name;
  const operation = operate<PackedUndo>(options.onProgress, (reply) =>
    reply.type === 'undone' ? { batchId, snapshot: reply.snapshot, removed: reply.removed, restored: reply.restored } : undefined,
  );
  operation.worker.postMessage({ type: 'undo', databaseName, batchId } satisfies CommitRequest);
  return { done: operation.done };
}

/** Puts back what an undo removed and restored (the undo of an undo), in a worker. The snapshot is copied, so a failed redo can be tried again. */
export function startRedo(undo: PackedUndo, options: CommitOptions = {}): { done: Promise<void> } {
  const databaseName = options.databaseName ?? getDatabase().name;
  const operation = operate<true>(options.onProgress, (reply) => (reply.type === 'redone' ? true : undefined));
  operation.worker.postMessage({ type: 'redo', databaseName, snapshot: undo.snapshot } satisfies CommitRequest);
  return { done: operation.done.then(() => undefined) };
}
