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

function tableOf(db: DeskDatabase, name: RecordTable) {
  // Every record table has a string `id` key; the union of table types is not
  // callable as one, so narrow to the shape the batch code needs.
  return db.table<{ id: Id }, Id>(name);
}

const ALL_TABLES = (db: DeskDatabase) => [...RECORD_TABLES.map((t) => db.table(t)), db.importBatches, db.audit];

/**
 * Adds a whole batch of records in ONE transaction, with its ImportBatch record and
 * an audit entry: all of it lands or none of it does. Returns the batch.
 */
export async function commitBatch(
  db: DeskDatabase,
  meta: Pick<ImportBatch, 'kind' | 'fileName' | 'fileHash' | 'mapping'> & { id?: Id },
  records: RecordsByTable,
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
    createdAt: new Date().toISOString(),
    ...(meta.fileName !== undefined && { fileName: meta.fileName }),
    ...(meta.fileHash !== undefined && { fileHash: meta.fileHash }),
    ...(meta.mapping !== undefined && { mapping: meta.mapping }),
    counts: { added, updated: 0, merged: 0, skipped: 0, errors: 0 },
    created,
    changed: [],
  };
  await db.transaction('rw', ALL_TABLES(db), async () => {
    for (const table of RECORD_TABLES) {
      const rows = records[table];
      if (rows && rows.length > 0) await tableOf(db, table).bulkAdd(rows);
    }
    await db.importBatches.add(batch);
    await recordAudit(db, { table: 'importBatches', recordId: batchId, action: 'import', batchId });
  });
  return batch;
}

/**
 * Undoes a batch in one transaction: deletes the records it created, puts back
 * the records it changed, and also removes what hangs off the removed records
 * (sessions of a removed programme, enrolments of a removed person or programme,
 * grants of a removed enrolment), so nothing is left pointing at nothing.
 * Returns a snapshot that `redoBatch` uses to put everything back.
 */
export async function undoBatch(db: DeskDatabase, batchId: Id): Promise<UndoSnapshot> {
  return db.transaction('rw', ALL_TABLES(db), async () => {
    const batch = await db.importBatches.get(batchId);
    if (!batch) throw new Error(`Import batch ${batchId} does not exist.`);
    if (batch.undoneAt) throw new Error(`Import batch ${batchId} was already undone.`);

    const removeIds = new Map<RecordTable, Set<Id>>(RECORD_TABLES.map((t) => [t, new Set<Id>()]));
    for (const { table, ids } of batch.created) for (const id of ids) removeIds.get(table)?.add(id);
    await addDependents(db, removeIds);

    const removed: RecordsByTable = {};
    for (const table of RECORD_TABLES) {
      const ids = [...(removeIds.get(table) ?? [])];
      if (ids.length === 0) continue;
      const rows = (await tableOf(db, table).bulkGet(ids)).filter((r): r is { id: Id } => r !== undefined);
      removed[table] = rows;
      await tableOf(db, table).bulkDelete(ids);
    }

    const replaced: RecordsByTable = {};
    for (const { table, before } of batch.changed) {
      const record = before as { id: Id };
      const current = await tableOf(db, table).get(record.id);
      if (current) (replaced[table] ??= []).push(current);
      await tableOf(db, table).put(record);
    }

    await db.importBatches.update(batchId, { undoneAt: new Date().toISOString() });
    await recordAudit(db, { table: 'importBatches', recordId: batchId, action: 'undo', batchId });
    return { batchId, removed, replaced };
  });
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

/** Puts back what `undoBatch` removed and replaced: the undo of an undo. */
export async function redoBatch(db: DeskDatabase, snapshot: UndoSnapshot): Promise<void> {
  await db.transaction('rw', ALL_TABLES(db), async () => {
    for (const table of RECORD_TABLES) {
      const rows = snapshot.removed[table];
      if (rows && rows.length > 0) await tableOf(db, table).bulkPut(rows);
      const replaced = snapshot.replaced[table];
      if (replaced && replaced.length > 0) await tableOf(db, table).bulkPut(replaced);
    }
    await db.importBatches.where('id').equals(snapshot.batchId).modify((b) => {
      delete b.undoneAt;
    });
    await recordAudit(db, { table: 'importBatches', recordId: snapshot.batchId, action: 'import', batchId: snapshot.batchId });
  });
}
