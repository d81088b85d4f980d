import type { DirectoryQuery, DirectoryResult } from '../../shared/domain/person-search';
import type { SearchReply, SearchRequest } from './people-search-protocol';

export type SearchStatus =
  | { state: 'loading' }
  | { state: 'ready'; people: number }
  | { state: 'failed'; message: string };

/** What the page sees of the search: its status, and a version that goes up whenever the data changed. */
export type SearchSnapshot = { status: SearchStatus; version: number };

type Pending = { resolve: (result: DirectoryResult) => void; reject: (error: Error) => void };

/**
 * The page's side of the people-search worker: one worker for the whole session
 * (started on first use, kept while the app runs, so coming back to the
 * directory is instant), queries as promises, and a status to subscribe to.
 */
export class PeopleSearchClient {
  private worker: Worker | undefined;
  private nextRequest = 1;
  private pending = new Map<number, Pending>();
  private listeners = new Set<() => void>();
  private snapshotValue: SearchSnapshot = { status: { state: 'loading' }, version: 0 };

  /** The current status and data version (a stable object until either changes). */
  snapshot = (): SearchSnapshot => this.snapshotValue;

  /** Calls `listener` when the status or the version changes; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Asks the worker; answered once its index is ready. */
  query(query: DirectoryQuery): Promise<DirectoryResult> {
    const worker = this.start();
    const requestId = this.nextRequest++;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      worker.postMessage({ kind: 'query', requestId, query } satisfies SearchRequest);
    });
  }

  /**
   * Starts the worker (once). The directory calls it after its first screen is
   * read, so the worker's big read does not delay the page's small one.
   */
  start(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./people-search.worker.ts', import.meta.url), { type: 'module', name: 'people-search' });
      this.worker.onmessage = (event: MessageEvent<SearchReply>) => this.receive(event.data);
      this.worker.onerror = (event) => {
        console.error('People search: the worker failed', event.message);
        this.fail(event.message || 'worker error');
      };
    }
    return this.worker;
  }

  private receive(reply: SearchReply): void {
    if (reply.kind === 'result') {
      this.pending.get(reply.requestId)?.resolve(reply.result);
      this.pending.delete(reply.requestId);
    } else if (reply.kind === 'ready') {
      // Benchmarks read this mark: the index is built and queries answer from memory.
      performance.mark('td:people-index-ready', { detail: reply });
      this.publish({ status: { state: 'ready', people: reply.people }, version: this.snapshotValue.version + 1 });
    } else if (reply.kind === 'changed') {
      this.publish({ status: { state: 'ready', people: reply.people }, version: this.snapshotValue.version + 1 });
    } else if (reply.requestId !== undefined) {
      this.pending.get(reply.requestId)?.reject(new Error(reply.message));
      this.pending.delete(reply.requestId);
    } else {
      this.fail(reply.message);
    }
  }

  private fail(message: string): void {
    for (const { reject } of this.pending.values()) reject(new Error(message));
    this.pending.clear();
    this.publish({ status: { state: 'failed', message }, version: this.snapshotValue.version });
  }

  private publish(next: SearchSnapshot): void {
    this.snapshotValue = next;
    for (const listener of this.listeners) listener();
  }
}

let client: PeopleSearchClient | undefined;

/** The session's people-search client (the worker starts on first use). */
export function peopleSearch(): PeopleSearchClient {
  client ??= new PeopleSearchClient();
  return client;
}
