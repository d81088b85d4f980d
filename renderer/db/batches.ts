import { newId } from '../../shared/domain/ids';
import {
  RECORD_TABLES,
  type Enrolment,
  type Grant,
  type Id,
  type ImportBatch,
  type RecordTable,
  type Session,
} from '../../shared/domain/types';
import { recordAudit } from './audit';
import type { DeskDatabase } from './schema';

/** Records to add, per table. */
export type RecordsByTable = Partial<Record<RecordTable, { id: Id }[]>>;

/** What an undo removed or changed, kept so the undo itself can be undone. */
export type UndoSnapshot = {
  batchId: Id;
  removed: RecordsByTable;
  /** Records as they were before undo put back their pre-batch state. */
  replaced: RecordsByTable;
};

/** An existing record a batch changes: its state after, and before (what undo puts back). */
export type BatchChange = { table: RecordTable; before: { id: Id }; after: { id: Id } };

/**
 * How a long batch write reports and stops. Writes go in chunks of `chunkSize`
 * (default 5,000) inside the one transaction; between chunks `onProgress` is
 * told how many records are done, and an aborted `signal` throws its reason,
 * which aborts the transaction: nothing of the batch stays.
 */
export type BatchOptions = {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  chunkSize?: number;
};

export type BatchMeta = Pick<ImportBatch, 'kind' | 'fileName' | 'fileHash' | 'mapping'> & {
  id?: Id;
  /** When the import was made; now by default. */
  createdAt?: ImportBatch['createdAt'];
  /** The counts to record; by default the records added and changed. */
  counts?: ImportBatch['counts'];
};

const DEFAULT_CHUNK = 5_000;

function tableOf(db: DeskDatabase, name: RecordTable) {
  // Every record table has a string `id` key; the union of table types is not
  // callable as one, so narrow to the shape the batch code needs.
  return db.table<{ id: Id }, Id>(name);
}

/** The tables a batch transaction holds: every record table, the batches and the audit log. */
export function batchTables(db: DeskDatabase) {
  return [...RECORD_TABLES.map((t) => db.table(t)), db.importBatches, db.audit];
}

/** Runs `write` on `items` chunk by chunk, counting progress and stopping when aborted. */
async function inChunks<T>(
  items: readonly T[],
  write: (chunk: T[]) => Promise<unknown>,
  progress: { done: number; total: number },
  options: BatchOptions,
): Promise<void> {
  const size = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
  for (let start = 0; start < items.length; start += size) {
    options.signal?.throwIfAborted();
    const chunk = items.slice(start, start + size);
    await write(chunk);
    progress.done += chunk.length;
    options.onProgress?.(progress.done, progress.total);
  }
}

/**
 * Writes a batch INSIDE a transaction the caller holds on `batchTables(db)`:
 * adds `records`, puts the `changed` records, then the ImportBatch record (ids
 * created per table, changed records' `before`) and one audit entry. Use it
 * when the records are built from reads made in that same transaction.
 */
export async function writeBatch(
  db: DeskDatabase,
  meta: BatchMeta,
  records: RecordsByTable,
  changed: readonly BatchChange[] = [],
  options: BatchOptions = {},
): Promise<ImportBatch> {
  const batchId = meta.id ?? newId();
  const created = RECORD_TABLES.flatMap((table) => {
    const rows = records[table];
    return rows && rows.length > 0 ? [{ table, ids: rows.map((r) => r.id) }] : [];
  });
  const added = created.reduce((n, c) => n + c.ids.length, 0);
  const batch: ImportBatch = {
    id: batchId,
    kind: meta.kind,
    createdAt: meta.createdAt ?? new Date().toISOString(),
    ...(meta.fileName !== undefined && { fileName: meta.fileName }),
    ...(meta.fileHash !== undefined && { fileHash: meta.fileHash }),
    ...(meta.mapping !== undefined && { mapping: meta.mapping }),
    counts: meta.counts ?? { added, updated: changed.length, merged: 0, skipped: 0, errors: 0 },
    created,
    changed: changed.map(({ table, before }) => ({ table, before })),
  };
  const progress = { done: 0, total: added + changed.length };
  for (const table of RECORD_TABLES) {
    const rows = records[table];
    if (rows && rows.length > 0) await inChunks(rows, (chunk) => tableOf(db, table).bulkAdd(chunk), progress, options);
    const puts = changed.filter((c) => c.table === table).map((c) => c.after);
    if (puts.length > 0) await inChunks(puts, (chunk) => tableOf(db, table).bulkPut(chunk), progress, options);
  }
  options.signal?.throwIfAborted();
  await db.importBatches.add(batch);
  await recordAudit(db, { table: 'importBatches', recordId: batchId, action: 'import', batchId });
  return batch;
}

/**
 * Adds a whole batch of records in ONE transaction, with its ImportBatch record and
 * an audit entry: all of it lands or none of it does. Returns the batch.
 */
export async function commitBatch(
  db: DeskDatabase,
  meta: BatchMeta,
  records: RecordsByTable,
  options: BatchOptions & { changed?: readonly BatchChange[] } = {},
): Promise<ImportBatch> {
  return db.transaction('rw', batchTables(db), () => writeBatch(db, meta, records, options.changed ?? [], options));
}

/**
 * Undoes a batch in one transaction: deletes the records it created, puts back
 * the records it changed, and also removes what hangs off the removed records
 * (sessions of a removed programme, enrolments of a removed person or programme,
 * grants of a removed enrolment), so nothing is left pointing at nothing.
 * Large batches go in chunks with progress (see BatchOptions); an abort leaves
 * everything as it was. Returns a snapshot that `redoBatch` uses to put
 * everything back.
 */
export async function undoBatch(db: DeskDatabase, batchId: Id, options: BatchOptions = {}): Promise<UndoSnapshot> {
  return db.transaction('rw', batchTables(db), async () => {
    const batch = await db.importBatches.get(batchId);
    if (!batch) throw new Error(`Import batch ${batchId} does not exist.`);
    if (batch.undoneAt) throw new Error(`Import batch ${batchId} was already undone.`);

    const removeIds = new Map<RecordTable, Set<Id>>(RECORD_TABLES.map((t) => [t, new Set<Id>()]));
    for (const { table, ids } of batch.created) for (const id of ids) removeIds.get(table)?.add(id);
    await addDependents(db, removeIds);

    const total = [...removeIds.values()].reduce((n, ids) => n + ids.size, 0) + batch.changed.length;
    const progress = { done: 0, total };
    const removed: RecordsByTable = {};
    for (const table of RECORD_TABLES) {
      // In key order, so a batch's ids (ULIDs made in one burst) come in runs deleteChunk can take as ranges.
      const ids = [...(removeIds.get(table) ?? [])].sort();
      if (ids.length === 0) continue;
      const rows: { id: Id }[] = (removed[table] = []);
      await inChunks(
        ids,
        async (chunk) => {
          const found = (await tableOf(db, table).bulkGet(chunk)).filter((row): row is { id: Id } => row !== undefined);
          for (const row of found) rows.push(row);
          await deleteChunk(db, table, chunk, found.length);
        },
        progress,
        options,
      );
    }

    const replaced: RecordsByTable = {};
    for (const table of RECORD_TABLES) {
      const befores = batch.changed.filter((c) => c.table === table).map((c) => c.before as { id: Id });
      if (befores.length === 0) continue;
      await inChunks(
        befores,
        async (chunk) => {
          const current = await tableOf(db, table).bulkGet(chunk.map((r) => r.id));
          for (const row of current) if (row) (replaced[table] ??= []).push(row);
          await tableOf(db, table).bulkPut(chunk);
        },
        progress,
        options,
      );
    }

    options.signal?.throwIfAborted();
    await db.importBatches.update(batchId, { undoneAt: new Date().toISOString() });
    await recordAudit(db, { table: 'importBatches', recordId: batchId, action: 'undo', batchId });
    return { batchId, removed, replaced };
  });
}

// Below this many keys a delete's change notice is small anyway (Dexie lists up to 49 values).
const RANGE_DELETE_MIN = 50;

/**
 * Deletes the records of `ids` (sorted, `found` of them exist). When the key
 * range from the first id to the last holds exactly those records, as it does
 * for a batch's own ids, it is deleted as one range: one request, and the
 * change notice Dexie sends to every open page and worker names a range, not
 * 5,000 keys (those, for 100,000 people, held the page's thread for half a
 * second). Inside the transaction no one else can write into the range.
 */
async function deleteChunk(db: DeskDatabase, table: RecordTable, ids: readonly Id[], found: number): Promise<void> {
  const first = ids[0];
  const last = ids[ids.length - 1];
  if (first !== undefined && last !== undefined && ids.length >= RANGE_DELETE_MIN && found === ids.length) {
    const range = tableOf(db, table).where(':id').between(first, last, true, true);
    if ((await range.count()) === ids.length) {
      await range.delete();
      return;
    }
  }
  await tableOf(db, table).bulkDelete([...ids]);
}

/** Adds to `remove` every record that would point at a removed one. */
async function addDependents(db: DeskDatabase, remove: Map<RecordTable, Set<Id>>): Promise<void> {
  const set = (t: RecordTable) => remove.get(t) ?? new Set<Id>();
  const programmeIds = [...set('programmes')];
  const personIds = [...set('people')];
  if (programmeIds.length > 0) {
    const sessions: Session[] = await db.sessions.where('programmeId').anyOf(programmeIds).toArray();
    for (const s of sessions) set('sessions').add(s.id);
  }
  const enrolments: Enrolment[] = [
    ...(programmeIds.length ? await db.enrolments.where('programmeId').anyOf(programmeIds).toArray() : []),
    ...(personIds.length ? await db.enrolments.where('personId').anyOf(personIds).toArray() : []),
  ];
  for (const e of enrolments) set('enrolments').add(e.id);
  const enrolmentIds = [...set('enrolments')];
  if (enrolmentIds.length > 0) {
    const grants: Grant[] = await db.grants.where('enrolmentId').anyOf(enrolmentIds).toArray();
    for (const g of grants) set('grants').add(g.id);
  }
}

/** Puts back what `undoBatch` removed and replaced: the undo of an undo, in chunks like the undo. */
export async function redoBatch(db: DeskDatabase, snapshot: UndoSnapshot, options: BatchOptions = {}): Promise<void> {
  await db.transaction('rw', batchTables(db), async () => {
    const total = RECORD_TABLES.reduce((n, t) => n + (snapshot.removed[t]?.length ?? 0) + (snapshot.replaced[t]?.length ?? 0), 0);
    const progress = { done: 0, total };
    for (const table of RECORD_TABLES) {
      for (const rows of [snapshot.removed[table], snapshot.replaced[table]]) {
        if (rows && rows.length > 0) await inChunks(rows, (chunk) => tableOf(db, table).bulkPut(chunk), progress, options);
      }
    }
    options.signal?.throwIfAborted();
    await db.importBatches.where('id').equals(snapshot.batchId).modify((b) => {
      delete b.undoneAt;
    });
    await recordAudit(db, { table: 'importBatches', recordId: snapshot.batchId, action: 'import', batchId: snapshot.batchId });
  });
}
