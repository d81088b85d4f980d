import type { RowMatch } from '../state/decisions';
import { warmWorker } from '../../../workers/warm';
import type { MatchReply, MatchRequest } from './match-messages';

export { matchInputOf } from './match-input';

/** The match worker, started ahead when the import page opens (see warm.ts). */
export const matchWorker = warmWorker(() => new Worker(new URL('./match.worker.ts', import.meta.url), { type: 'module', name: 'import-match' }));

let worker: Worker | null = null;
let pending: { resolve: (matches: RowMatch[]) => void; reject: (error: Error) => void; onProgress: (reply: Extract<MatchReply, { type: 'progress' }>) => void } | null = null;

function onReply(reply: MatchReply): void {
  if (!pending) return;
  if (reply.type === 'progress') return pending.onProgress(reply);
  const { resolve, reject } = pending;
  pending = null;
  if (reply.type === 'done') resolve(reply.matches);
  else reject(new Error(reply.message));
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const next = matchWorker.take();
  next.onmessage = (event: MessageEvent<MatchReply>) => onReply(event.data);
  next.onerror = (event) => {
    event.preventDefault();
    stopMatching();
    console.error('The import match worker failed:', event.message);
  };
  worker = next;
  return next;
}

/**
 * Matches the rows (posted as JSON on `port` by the preview worker: see
 * previewMatchRowsTo) with the directory in the match worker, which reads and
 * indexes the directory on its first request and keeps the index for the next.
 * A request still running is abandoned (its promise rejects).
 */
export function matchRows(databaseName: string, port: MessagePort, onProgress: (reply: Extract<MatchReply, { type: 'progress' }>) => void): Promise<RowMatch[]> {
  if (pending) stopMatching();
  const target = ensureWorker();
  return new Promise((resolve, reject) => {
    pending = { resolve, reject, onProgress };
    target.postMessage({ type: 'match', databaseName, port } satisfies MatchRequest, [port]);
  });
}

/** Has the match worker read and index the directory now, so matching is quick once the rows are checked. */
export function prepareMatching(databaseName: string): void {
  ensureWorker().postMessage({ type: 'prepare', databaseName } satisfies MatchRequest);
}

/** Stops the worker and forgets its index (a new file, a cancelled wizard, or an import written). */
export function stopMatching(): void {
  worker?.terminate();
  worker = null;
  const waiting = pending;
  pending = null;
  waiting?.reject(new Error('Matching was stopped.'));
}
