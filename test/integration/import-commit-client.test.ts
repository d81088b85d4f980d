import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isDomainError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import type { ImportBatch } from '../../shared/domain/types';
import type { CommitProgress, ImportPlan, PlannedRow } from '../../shared/io/import-plan';
import { createDatabase, type DeskDatabase } from '../../renderer/db/schema';
import { startCommit, startRedo, startUndo } from '../../renderer/features/import/commit/commit-client';
import type { CommitReply, CommitRequest } from '../../renderer/features/import/commit/commit-messages';

/**
 * The page's side of the commit, against a stand-in worker (workers do not run
 * in Node): what it sends, how replies settle `done`, and the forced stop of a
 * worker that does not answer a cancel.
 */
class FakeWorker {
  static last: FakeWorker | undefined;
  received: CommitRequest[] = [];
  terminated = false;
  onmessage: ((event: { data: CommitReply }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(request: CommitRequest) {
    this.received.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: CommitReply) {
    this.onmessage?.({ data });
  }
}

let db: DeskDatabase;

beforeEach(async () => {
  vi.stubGlobal('Worker', FakeWorker);
  db = createDatabase(`test-${newId()}`);
  await db.open();
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

const rows = (n: number): PlannedRow[] =>
  Array.from({ length: n }, (_, i) => ({ sheetRow: i + 2, person: { givenName: 'Ana', familyName: `Núñez ${i}` }, enrolment: {}, decision: { action: 'create' } }));

const plan = (n: number): ImportPlan => ({ fileName: 'list.xlsx', fileHash: 'ab'.repeat(32), mapping: [], rows: rows(n), skippedRows: 0, errorRows: 0 });

const batch = (id: string): ImportBatch => ({ id, kind: 'spreadsheet', createdAt: new Date().toISOString(), counts: { added: 0, updated: 0, merged: 0, skipped: 0, errors: 0 }, created: [{ table: 'enrolments', ids: ['E1', 'E2'] }], changed: [] });

/** Lets the client's sending loop run to its end (it yields between slices). */
const drain = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('startCommit', () => {
  it('sends the plan in slices, then commit; forwards progress; resolves with the outcome and stops the worker', async () => {
    const progress: CommitProgress[] = [];
    const handle = startCommit(plan(12_000), { databaseName: db.name, onProgress: (p) => progress.push(p) });
    await drain();
    const worker = FakeWorker.last!;
    expect(worker.received.map((r) => r.type)).toEqual(['begin', 'rows', 'rows', 'rows', 'commit']);
    const begin = worker.received[0] as Extract<CommitRequest, { type: 'begin' }>;
    expect(begin).toMatchObject({ databaseName: db.name, rowCount: 12_000, batchId: handle.batchId });
    expect('rows' in begin.plan).toBe(false);
    expect(worker.received.flatMap((r) => (r.type === 'rows' ? [r.rows.length] : []))).toEqual([5_000, 5_000, 2_000]);

    worker.reply({ type: 'progress', progress: { phase: 'writing', done: 5, total: 10 } });
    worker.reply({ type: 'committed', outcome: { batch: batch(handle.batchId), enrolled: 2, alreadyEnrolled: 1, unchanged: 0 } });
    await expect(handle.done).resolves.toMatchObject({ enrolled: 2, alreadyEnrolled: 1 });
    expect(progress).toEqual([{ phase: 'writing', done: 5, total: 10 }]);
    expect(worker.terminated).toBe(true);
  });

  it('rethrows a failure as a DomainError with its key and parameters', async () => {
    const handle = startCommit(plan(3), { databaseName: db.name });
    FakeWorker.last!.reply({ type: 'failed', error: { key: 'errors.capacityFull', params: { capacity: 30 } } });
    const error = await handle.done.catch((e: unknown) => e);
    expect(isDomainError(error) && [error.key, error.params]).toEqual(['errors.capacityFull', { capacity: 30 }]);
  });

  it('cancel asks the worker, stops sending, and done rejects as cancelled once the worker says so', async () => {
    const handle = startCommit(plan(20_000), { databaseName: db.name });
    const worker = FakeWorker.last!;
    const cancelling = handle.cancel();
    worker.reply({ type: 'cancelled' });
    await cancelling;
    const error = await handle.done.catch((e: unknown) => e);
    expect(isDomainError(error) && error.key).toBe('import.commit.cancelled');
    await drain();
    expect(worker.received.map((r) => r.type)).toEqual(['begin', 'rows', 'cancel']);
  });

  it('terminates a worker that does not answer, and settles by what the database holds', async () => {
    const silent = startCommit(plan(3), { databaseName: db.name });
    await drain();
    await silent.cancel({ waitMs: 10 });
    expect(FakeWorker.last!.terminated).toBe(true);
    expect(await silent.done.catch((e: unknown) => isDomainError(e) && e.key)).toBe('import.commit.cancelled');

    // A commit that made it to the database before the worker was stopped is reported as done.
    const late = startCommit(plan(3), { databaseName: db.name });
    await drain();
    await db.importBatches.add(batch(late.batchId));
    await late.cancel({ waitMs: 10 });
    await expect(late.done).resolves.toMatchObject({ batch: { id: late.batchId }, enrolled: 2 });
  });
});

describe('startUndo and startRedo', () => {
  it('hand the snapshot bytes from the undo to the redo', async () => {
    const undo = startUndo('B1', { databaseName: db.name });
    const worker = FakeWorker.last!;
    expect(worker.received).toEqual([{ type: 'undo', databaseName: db.name, batchId: 'B1' }]);
    const snapshot = new TextEncoder().encode('{"batchId":"B1"}').buffer;
    worker.reply({ type: 'undone', snapshot, removed: 3, restored: 1 });
    const packed = await undo.done;
    expect(packed).toEqual({ batchId: 'B1', snapshot, removed: 3, restored: 1 });

    const redo = startRedo(packed, { databaseName: db.name });
    expect(FakeWorker.last!.received).toEqual([{ type: 'redo', databaseName: db.name, snapshot }]);
    FakeWorker.last!.reply({ type: 'redone' });
    await expect(redo.done).resolves.toBeUndefined();
  });
});
