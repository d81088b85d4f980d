/**
 * Matching imported rows with the directory, off the page's thread: reading
 * and indexing 44,000 people takes a moment, and the page must stay usable
 * (and the wizard cancellable, by terminating this worker) meanwhile. It opens
 * its own connection to the database and only reads.
 */
import type { MatchIndex } from '../../../../shared/domain/person-matching';
import { createDatabase } from '../../../db/schema';
import { prepareIndex, runMatch } from './match-job';
import type { MatchReply, MatchRequest } from './match-messages';

type WorkerScope = {
  postMessage: (reply: MatchReply) => void;
  onmessage: ((event: MessageEvent<MatchRequest>) => void) | null;
};

const scope = self as unknown as WorkerScope;
let index: MatchIndex | undefined;
let queue: Promise<void> = Promise.resolve();

/** The rows the preview worker posts on the port (JSON). */
function received(port: MessagePort): Promise<string> {
  return new Promise((resolve) => {
    port.onmessage = (event: MessageEvent<string>) => {
      port.close();
      resolve(event.data);
    };
  });
}

scope.onmessage = (event) => {
  const request = event.data;
  const post = (reply: MatchReply) => scope.postMessage(reply);
  // One request at a time: the second waits for the index the first builds.
  queue = queue.then(async () => {
    const db = createDatabase(request.databaseName);
    try {
      if (request.type === 'match') index = await runMatch(db, { rowsJson: await received(request.port) }, index, post);
      // Read ahead: a failure here is not reported (no one asked yet); the first 'match' reads again and says why.
      else index = await prepareIndex(db, index, () => undefined).catch(() => index);
    } finally {
      db.close();
    }
  });
};
