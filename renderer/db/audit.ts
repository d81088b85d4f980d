import { newId } from '../../shared/domain/ids';
import type { AuditEntry } from '../../shared/domain/types';
import type { DeskDatabase } from './schema';

/**
 * Appends one entry to the audit log. Call it inside the same transaction as the
 * change it records, so the log and the data never disagree.
 */
export async function recordAudit(db: DeskDatabase, entry: Omit<AuditEntry, 'id' | 'at'>): Promise<AuditEntry> {
  const full: AuditEntry = { id: newId(), at: new Date().toISOString(), ...entry };
  await db.audit.add(full);
  return full;
}
