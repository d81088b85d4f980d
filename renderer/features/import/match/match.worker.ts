/**
 * Matching imported rows with the directory, off the page's thread: reading
 * and indexing 44,000 people takes a moment, and the page must stay usable
 * (and the wizard cancellable, by terminating this worker) meanwhile. It opens
 * its own connection to the database and only reads.
 */
import type { MatchIndex } from '../../../../shared/domain/person-matching';
import { createDatabase } from '../../../db/schema';
import { runMatch } from './match-job';
import type { MatchReply, MatchRequest } from './match-messages';

type WorkerScope = {
  postMessage: (reply: MatchReply) => void;
  onmessage: ((event: MessageEvent<MatchRequest>) => void) | null;
};

const scope = self as unknown as WorkerScope;
let index: MatchIndex | undefined;
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  if (event.data.type !== 'match') return;
  const request = event.data;
  // One request at a time: the second waits for the index the first builds.
  queue = queue.then(async () => {
    const db = createDatabase(request.databaseName);
    try {
      index = await runMatch(db, request, index, (reply) => scope.postMessage(reply));
    } finally {
      db.close();
    }
  });
};
