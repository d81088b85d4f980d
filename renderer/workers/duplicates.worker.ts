/**
 * The duplicates search, off the page's thread: comparing 100,000 people takes
 * seconds, and the page must stay usable (and cancellable, by terminating this
 * worker) meanwhile. It opens its own connection to the database and only reads.
 */
import { createDatabase } from '../db/schema';
import { runScan } from '../features/duplicates/scan-job';
import type { ScanReply, ScanRequest } from '../features/duplicates/scan-messages';

/** The parts of the worker's global scope used here (the DOM typings describe a window). */
type WorkerScope = {
  postMessage: (reply: ScanReply, transfer: ArrayBuffer[]) => void;
  onmessage: ((event: MessageEvent<ScanRequest>) => void) | null;
};

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  if (event.data.type !== 'scan') return;
  const db = createDatabase(event.data.databaseName);
  void runScan(db, (reply, transfer = []) => scope.postMessage(reply, transfer)).finally(() => db.close());
};
