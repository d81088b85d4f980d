import { DomainError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import type { ImportBatch } from '../../shared/domain/types';
import { buildSampleData } from '../../shared/sample/build-sample';
import { commitBatch, undoBatch, type UndoSnapshot } from './batches';
import type { DeskDatabase } from './schema';

/** The sample batch currently loaded (not undone), if any. */
export async function activeSampleBatch(db: DeskDatabase): Promise<ImportBatch | undefined> {
  const batches = await db.importBatches.where('kind').equals('sample').toArray();
  return batches.find((b) => !b.undoneAt);
}

/**
 * Loads the sample programmes, people, enrolments and grants as one import batch,
 * all or nothing, so "Remove sample data" is simply that batch's undo.
 */
export async function loadSampleData(db: DeskDatabase): Promise<ImportBatch> {
  if (await activeSampleBatch(db)) {
    throw new DomainError('settings.sampleAlreadyLoaded', {}, 'The sample data is already loaded.');
  }
  const batchId = newId();
  const data = buildSampleData({ newId, now: new Date().toISOString(), importBatchId: batchId });
  return commitBatch(db, { id: batchId, kind: 'sample', fileName: 'Training Desk sample' }, data);
}

/** Removes the loaded sample data; returns what `redoBatch` needs to put it back. */
export async function removeSampleData(db: DeskDatabase): Promise<UndoSnapshot | undefined> {
  const batch = await activeSampleBatch(db);
  return batch ? undoBatch(db, batch.id) : undefined;
}
