/// <reference lib="webworker" />
// The people-search worker: loads the directory from IndexedDB itself (Dexie
// works in workers; it opens the app's own database), keeps the search index in
// memory, and answers the directory's queries without touching the page's thread.
import { Dexie, type ObservabilitySet } from 'dexie';
import { createDatabase } from '../db/schema';
import { changedKeys, DirectoryStore, type ChangedKeys } from './people-search-store';
import type { SearchReply, SearchRequest } from './people-search-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const db = createDatabase();
const store = new DirectoryStore(db);
const waiting: SearchRequest[] = [];
let ready = false;

const reply = (message: SearchReply) => scope.postMessage(message);
const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

function answer(request: SearchRequest): void {
  try {
    reply({ kind: 'result', requestId: request.requestId, result: store.query(request.query) });
  } catch (error) {
    console.error('People search: a query failed', request.query, error);
    reply({ kind: 'failed', requestId: request.requestId, message: describe(error) });
  }
}

scope.onmessage = (event: MessageEvent<SearchRequest>) => {
  if (event.data.kind !== 'query') return;
  if (ready) answer(event.data);
  else waiting.push(event.data);
};

// Changes are applied one batch at a time, in order; notices arriving meanwhile are merged.
let queued: ChangedKeys | null = null;
let applying = false;

function merge(into: ChangedKeys, more: ChangedKeys): ChangedKeys {
  const out: ChangedKeys = { ...into };
  for (const [table, keys] of Object.entries(more) as [keyof ChangedKeys, string[] | 'all'][]) {
    const have = out[table];
    out[table] = have === 'all' || keys === 'all' ? 'all' : [...new Set([...(have ?? []), ...keys])];
  }
  return out;
}

async function drain(): Promise<void> {
  if (applying || !ready) return;
  applying = true;
  try {
    while (queued) {
      const changes = queued;
      queued = null;
      if (await store.apply(changes)) reply({ kind: 'changed', people: store.size });
    }
  } catch (error) {
    console.error('People search: applying a change failed', error);
    reply({ kind: 'failed', message: describe(error) });
  } finally {
    applying = false;
  }
}

Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  const changes = changedKeys(parts, db.name);
  if (Object.keys(changes).length === 0) return;
  queued = merge(queued ?? {}, changes);
  void drain();
});

store.load().then(
  (stats) => {
    ready = true;
    reply({ kind: 'ready', ...stats });
    for (const request of waiting.splice(0)) answer(request);
    // Anything written while loading is read again (it may or may not be in what was loaded).
    void drain();
  },
  (error: unknown) => {
    console.error('People search: loading the directory failed', error);
    reply({ kind: 'failed', message: describe(error) });
  },
);
