import type { Enrolment, Id, ImportBatch, Person } from '../../../../shared/domain/types';
import type { CommitProgress, CommitResult, ImportPlan } from '../../../../shared/io/import-plan';
import { batchTables, undoBatch, writeBatch, type BatchChange, type BatchOptions, type UndoSnapshot } from '../../../db/batches';
import type { DeskDatabase } from '../../../db/schema';
import { planToRecords, referencedPersonIds, type ExistingRecords, type PlanContext } from './plan-records';

/**
 * The import commit itself, as the worker runs it (import-commit.worker.ts is
 * only a message shell around these functions, so they are tested directly
 * on fake-indexeddb).
 */

/** What a commit gives back: the batch, plus what the batch counts do not hold. */
export type CommitOutcome = CommitResult & {
  /** Enrolments the import added. */
  enrolled: number;
  /** Rows whose person was already enrolled in the programme. */
  alreadyEnrolled: number;
  /** Rows matched to an existing person that brought nothing new. */
  unchanged: number;
};

export type ProgressListener = (progress: CommitProgress) => void;

/** The plan's batch meta: the mapping as a list of column → field (unmapped columns left out). */
function batchMapping(plan: ImportPlan): NonNullable<ImportBatch['mapping']> {
  return plan.mapping.flatMap(({ header, field }) => (field === null ? [] : [{ column: header, field }]));
}

async function readExisting(db: DeskDatabase, plan: ImportPlan): Promise<ExistingRecords> {
  const ids = referencedPersonIds(plan);
  const found = ids.length > 0 ? await db.people.bulkGet(ids) : [];
  const people = new Map<Id, Person>();
  for (const person of found) if (person) people.set(person.id, person);
  if (!plan.enrolIn) return { people, enrolments: [] };
  const programme = await db.programmes.get(plan.enrolIn.programmeId);
  const enrolments: Enrolment[] = programme ? await db.enrolments.where('programmeId').equals(programme.id).toArray() : [];
  return programme ? { people, programme, enrolments } : { people, enrolments };
}

/**
 * Commits an import plan: reads what the plan refers to, builds every record
 * (planToRecords) and writes them, the ImportBatch and one audit entry, all in
 * ONE read-write transaction. People are added in chunks so progress can be
 * told between them (`chunkSize` records each, 5,000 by default); an aborted
 * `signal`, a refusal (a full programme) or any failure aborts the transaction
 * and the database is exactly as before.
 */
export async function runCommit(
  db: DeskDatabase,
  plan: ImportPlan,
  ctx: PlanContext,
  onProgress: ProgressListener,
  signal?: AbortSignal,
  chunkSize?: number,
): Promise<CommitOutcome> {
  onProgress({ phase: 'preparing', done: 0, total: plan.rows.length });
  const outcome = await db.transaction('rw', batchTables(db), async () => {
    const existing = await readExisting(db, plan);
    signal?.throwIfAborted();
    const records = planToRecords(plan, existing, ctx);
    signal?.throwIfAborted();
    const changed: BatchChange[] = records.peopleChanged.map(({ before, after }) => ({ table: 'people', before, after }));
    const options: BatchOptions = { onProgress: (done, total) => onProgress({ phase: 'writing', done, total }) };
    if (signal) options.signal = signal;
    if (chunkSize !== undefined) options.chunkSize = chunkSize;
    onProgress({ phase: 'writing', done: 0, total: records.peopleToAdd.length + changed.length + records.enrolmentsToAdd.length });
    const batch = await writeBatch(
      db,
      { id: ctx.batchId, createdAt: ctx.now, kind: 'spreadsheet', fileName: plan.fileName, fileHash: plan.fileHash, mapping: batchMapping(plan), counts: records.counts },
      { people: records.peopleToAdd, enrolments: records.enrolmentsToAdd },
      changed,
      options,
    );
    return { batch, enrolled: records.enrolmentsToAdd.length, alreadyEnrolled: records.alreadyEnrolled, unchanged: records.unchanged };
  });
  onProgress({ phase: 'done', done: plan.rows.length, total: plan.rows.length });
  return outcome;
}

/** Undoes an import batch (undoBatch) with progress; see undoBatch for what it removes and restores. */
export async function runUndo(
  db: DeskDatabase,
  batchId: Id,
  onProgress: ProgressListener,
  signal?: AbortSignal,
  chunkSize?: number,
): Promise<UndoSnapshot> {
  onProgress({ phase: 'preparing', done: 0, total: 0 });
  const options: BatchOptions = { onProgress: (done, total) => onProgress({ phase: 'writing', done, total }) };
  if (signal) options.signal = signal;
  if (chunkSize !== undefined) options.chunkSize = chunkSize;
  const snapshot = await undoBatch(db, batchId, options);
  onProgress({ phase: 'done', done: 1, total: 1 });
  return snapshot;
}
