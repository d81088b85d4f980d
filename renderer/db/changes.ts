import { DomainError } from '../../shared/domain/errors';
import { RECORD_TABLES, type AuditEntry, type Id, type RecordTable } from '../../shared/domain/types';
import { recordAudit } from './audit';
import type { DeskDatabase } from './schema';

/** Any stored record: an id and the time it last changed. */
export type StoredRecord = { id: Id; updatedAt?: string };

/**
 * One record's change: created (before null), updated, or deleted (after null).
 * Every edit in the app is a list of these, applied in one transaction; the
 * inverse list undoes it.
 */
export type Change = { table: RecordTable; before: StoredRecord | null; after: StoredRecord | null };

/** The changes that undo `changes`: in reverse order, before and after swapped. */
export function invertChanges(changes: readonly Change[]): Change[] {
  return [...changes].reverse().map((c) => ({ table: c.table, before: c.after, after: c.before }));
}

function changedFields(before: StoredRecord, after: StoredRecord): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...keys].filter((k) => k !== 'updatedAt' && JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}

/**
 * Applies `changes` all together or not at all, with one audit entry per record,
 * and returns the changes that undo them. A record that changed since `before`
 * was read (another window, an import) is not overwritten: the whole edit is
 * refused with `errors.staleRecord`, so nobody's work is silently lost.
 * `options.audit` adds one entry naming the edit as a whole (e.g. a merge).
 */
export async function commitChanges(
  db: DeskDatabase,
  changes: readonly Change[],
  options: { audit?: Omit<AuditEntry, 'id' | 'at'> } = {},
): Promise<Change[]> {
  const tables = [...RECORD_TABLES.map((t) => db.table(t)), db.audit];
  await db.transaction('rw', tables, async () => {
    for (const change of changes) {
      const table = db.table<StoredRecord, Id>(change.table);
      const id = (change.after ?? change.before)?.id;
      if (!id) throw new Error(`A change to ${change.table} names no record.`);
      const current = await table.get(id);
      const expected = change.before;
      const matches = expected === null ? current === undefined : current !== undefined && current.updatedAt === expected.updatedAt;
      if (!matches) {
        throw new DomainError('errors.staleRecord', {}, `${change.table} ${id} changed since it was read.`);
      }
      if (change.after === null) await table.delete(id);
      else await table.put(change.after);
      const action = change.before === null ? 'create' : change.after === null ? 'delete' : 'update';
      await recordAudit(db, {
        table: change.table,
        recordId: id,
        action,
        ...(change.before && change.after ? { fields: changedFields(change.before, change.after) } : {}),
      });
    }
    // One entry for the whole edit, when it has a name of its own (a merge, say).
    if (options.audit) await recordAudit(db, options.audit);
  });
  return invertChanges(changes);
}

/** A copy of `record` stamped as changed now: what an edit stores. */
export function touched<T extends StoredRecord>(record: T, now: string = new Date().toISOString()): T {
  return { ...record, updatedAt: now };
}
