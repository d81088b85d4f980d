/**
 * The import commit, off the page's thread: building 100,000 records and
 * writing them takes seconds, and the page must stay usable and able to cancel.
 * A thin message shell around commit-job.ts: it gathers the plan's rows, runs
 * the commit (or an undo, or a redo) on its own connection to the database,
 * and answers with progress and one final message. One worker per operation.
 */
import { isDomainError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import type { ImportPlan, PlannedRow } from '../../shared/io/import-plan';
import type { UndoSnapshot } from '../db/batches';
import { createDatabase, type DeskDatabase } from '../db/schema';
import { redoBatch } from '../db/batches';
import { COMMIT_KEYS } from '../features/import/commit/commit-keys';
import { runCommit, runUndo } from '../features/import/commit/commit-job';
import type { CommitReply, CommitRequest, WireError } from '../features/import/commit/commit-messages';

/** The parts of the worker's global scope used here (the DOM typings describe a window). */
type WorkerScope = {
  postMessage: (reply: CommitReply, transfer?: Transferable[]) => void;
  onmessage: ((event: MessageEvent<CommitRequest>) => void) | null;
};

const scope = self as unknown as WorkerScope;
const post = (reply: CommitReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);
const controller = new AbortController();

let pending: { begin: Extract<CommitRequest, { type: 'begin' }>; rows: PlannedRow[] } | undefined;

/** A failure as the page receives it: the user's message key, or "failed" with the cause for a bug. */
function wireError(error: unknown, fallback: string): WireError {
  if (isDomainError(error)) return { key: error.key, params: error.params };
  const name = error instanceof Error ? error.name : typeof error;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return { key: COMMIT_KEYS.storageFull, params: {} };
  console.error('Import commit worker:', error);
  return { key: fallback, params: { detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) } };
}

/** Runs one operation to its one final reply; an abort becomes 'cancelled'. */
async function settle(db: DeskDatabase, operation: () => Promise<void>, fallback: string): Promise<void> {
  try {
    await operation();
  } catch (error) {
    post(controller.signal.aborted ? { type: 'cancelled' } : { type: 'failed', error: wireError(error, fallback) });
  } finally {
    db.close();
  }
}

function commit(): Promise<void> {
  if (!pending || pending.rows.length !== pending.begin.rowCount) {
    post({ type: 'failed', error: { key: COMMIT_KEYS.failed, params: { detail: 'The plan arrived incomplete.' } } });
    return Promise.resolve();
  }
  const { begin, rows } = pending;
  pending = undefined;
  const plan: ImportPlan = { ...begin.plan, rows };
  const db = createDatabase(begin.databaseName);
  const ctx = { newId, now: begin.now, batchId: begin.batchId };
  return settle(
    db,
    async () => {
      const outcome = await runCommit(db, plan, ctx, (progress) => post({ type: 'progress', progress }), controller.signal);
      post({ type: 'committed', outcome });
    },
    COMMIT_KEYS.failed,
  );
}

function undo(databaseName: string, batchId: string): Promise<void> {
  const db = createDatabase(databaseName);
  return settle(
    db,
    async () => {
      const snapshot = await runUndo(db, batchId, (progress) => post({ type: 'progress', progress }), controller.signal);
      const count = (part: UndoSnapshot['removed']) => Object.values(part).reduce((n, rows) => n + (rows?.length ?? 0), 0);
      const bytes = new TextEncoder().encode(JSON.stringify(snapshot)).buffer;
      post({ type: 'undone', snapshot: bytes, removed: count(snapshot.removed), restored: count(snapshot.replaced) }, [bytes]);
    },
    COMMIT_KEYS.undoFailed,
  );
}

function redo(databaseName: string, bytes: ArrayBuffer): Promise<void> {
  const db = createDatabase(databaseName);
  return settle(
    db,
    async () => {
      const snapshot = JSON.parse(new TextDecoder().decode(bytes)) as UndoSnapshot;
      await redoBatch(db, snapshot, {
        onProgress: (done, total) => post({ type: 'progress', progress: { phase: 'writing', done, total } }),
        signal: controller.signal,
      });
      post({ type: 'redone' });
    },
    COMMIT_KEYS.undoFailed,
  );
}

scope.onmessage = (event) => {
  const request = event.data;
  switch (request.type) {
    case 'begin':
      pending = { begin: request, rows: [] };
      break;
    case 'rows':
      // A loop, not push(...rows): a slice may be larger than the argument limit.
      if (pending) for (const row of request.rows) pending.rows.push(row);
      break;
    case 'commit':
      void commit();
      break;
    case 'cancel':
      // Seen between two chunks: the next check throws and the transaction aborts.
      controller.abort();
      if (pending) {
        pending = undefined;
        post({ type: 'cancelled' });
      }
      break;
    case 'undo':
      void undo(request.databaseName, request.batchId);
      break;
    case 'redo':
      void redo(request.databaseName, request.snapshot);
      break;
  }
};
