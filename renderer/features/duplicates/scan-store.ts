import { useSyncExternalStore } from 'react';
import type { CrowdedBucket } from '../../../shared/domain/person-matching';
import { getDatabase } from '../../db/database';
import type { PackedPairs } from './pairs';
import type { ScanReply, ScanRequest } from './scan-messages';

/** Where the search stands. A finished search is kept while staff compare pairs and come back. */
export type ScanState =
  | { status: 'idle' }
  | { status: 'running'; phase: 'starting' | 'reading' | 'comparing'; done: number; total: number }
  | { status: 'done'; people: number; pairs: PackedPairs; crowded: CrowdedBucket[] }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

type Store = { scan: ScanState; page: number };

// Module state, not component state: the search goes on, and its result stays,
// while staff open a pair and come back to the list.
let store: Store = { scan: { status: 'idle' }, page: 0 };
let worker: Worker | null = null;
const listeners = new Set<() => void>();

function update(next: Partial<Store>): void {
  store = { ...store, ...next };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

function onReply(reply: ScanReply): void {
  if (reply.type === 'progress') {
    update({ scan: { status: 'running', phase: reply.phase, done: reply.done, total: reply.total } });
    return;
  }
  stopWorker();
  if (reply.type === 'done') {
    update({ scan: { status: 'done', people: reply.people, pairs: reply.pairs, crowded: reply.crowded }, page: 0 });
  } else {
    console.error('The duplicates search failed in its worker:', reply.message);
    update({ scan: { status: 'failed', message: reply.message } });
  }
}

/**
 * Starts a search of the whole directory in a Web Worker (a new one each time:
 * terminating is the only way to stop a comparison midway). A search already
 * running is stopped first.
 */
export function startScan(databaseName: string = getDatabase().name): void {
  stopWorker();
  update({ scan: { status: 'running', phase: 'starting', done: 0, total: 0 } });
  const next = new Worker(new URL('../../workers/duplicates.worker.ts', import.meta.url), { type: 'module' });
  next.onmessage = (event: MessageEvent<ScanReply>) => onReply(event.data);
  next.onerror = (event) => {
    event.preventDefault();
    onReply({ type: 'failed', message: event.message || 'The worker could not start.' });
  };
  worker = next;
  next.postMessage({ type: 'scan', databaseName } satisfies ScanRequest);
}

/** Stops a running search at once (the worker is terminated); nothing was written. */
export function cancelScan(): void {
  if (store.scan.status !== 'running') return;
  stopWorker();
  update({ scan: { status: 'cancelled' } });
}

/** Sets the page of pairs shown (0-based). */
export function showPage(page: number): void {
  update({ page });
}

/** The search state and the page of pairs shown, live. */
export function useScanStore(): Store {
  return useSyncExternalStore(subscribe, () => store);
}
