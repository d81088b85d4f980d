import type { ImportBatch } from '../../../../shared/domain/types';
import type { DeskDatabase } from '../../../db/schema';

/**
 * The last import of a file with this SHA-256 that is still in place (not
 * undone), so the wizard can ask before importing it again; undefined when
 * there is none. Batches are few (one per import), so reading the handful that
 * share a hash is cheap.
 */
export async function findPreviousImport(db: DeskDatabase, fileHash: string): Promise<ImportBatch | undefined> {
  if (fileHash === '') return undefined;
  const batches = await db.importBatches.where('fileHash').equals(fileHash).toArray();
  return batches
    .filter((batch) => batch.kind === 'spreadsheet' && !batch.undoneAt)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .at(-1);
}

/** How many people an import brought in: those it created plus those it updated or filled in. */
export function importedPeople(batch: Pick<ImportBatch, 'counts'>): number {
  return batch.counts.added + batch.counts.updated + batch.counts.merged;
}
