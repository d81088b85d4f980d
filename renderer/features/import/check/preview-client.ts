import { useEffect, useSyncExternalStore } from 'react';
import { DomainError } from '../../../../shared/domain/errors';
import type { UiLanguage } from '../../../../shared/domain/types';
import type { ColumnMapping } from '../../../../shared/io/import-mapping';
import type { PlannedRow } from '../../../../shared/io/import-plan';
import type { PreviewRow } from '../../../../shared/io/import-rows';
import type { RejectedRow } from '../commit/rejected-rows';
import type { Decisions } from '../state/decisions';
import { warmWorker } from '../../../workers/warm';
import type { PreviewAsk, PreviewReply, PreviewRequest } from './preview-messages';
import type { PreviewSummary } from './preview-summary';

type Reply<T extends PreviewReply['type']> = Extract<PreviewReply, { type: T }>;
type Waiting = { resolve: (reply: PreviewReply) => boolean; reject: (error: Error) => void };

/** The preview worker, started ahead when the import page opens (see warm.ts). */
export const previewWorker = warmWorker(() => new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module', name: 'import-preview' }));

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, Waiting>();

// The rows the page has asked for, by index in the worker's preview: only the rows in view.
let cache = new Map<number, PreviewRow>();
const asked = new Set<number>();
let version = 0;
const listeners = new Set<() => void>();

function changed(): void {
  version++;
  for (const listener of listeners) listener();
}

function fail(message: string): void {
  const all = [...waiting.values()];
  waiting.clear();
  for (const w of all) w.reject(new Error(message));
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const next = previewWorker.take();
  next.onmessage = (event: MessageEvent<PreviewReply>) => {
    const reply = event.data;
    const w = waiting.get(reply.id);
    if (!w) return;
    if (reply.type === 'failed') {
      waiting.delete(reply.id);
      w.reject(reply.key ? new DomainError(reply.key, reply.params ?? {}, reply.message) : new Error(reply.message));
    } else if (w.resolve(reply)) waiting.delete(reply.id);
  };
  next.onerror = (event) => {
    event.preventDefault();
    if (worker === next) stopPreview();
    fail(event.message || 'The preview worker could not start.');
  };
  worker = next;
  return next;
}

/** Sends one request; `take` gets each reply to it and says when the last has come. */
function ask<T>(request: PreviewAsk, take: (reply: PreviewReply, done: (value: T) => void) => void): Promise<T> {
  const target = ensureWorker();
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    waiting.set(id, {
      resolve: (reply) => {
        let finished = false;
        take(reply, (value) => {
          finished = true;
          resolve(value);
        });
        return finished;
      },
      reject,
    });
    target.postMessage({ ...request, id } satisfies PreviewRequest);
  });
}

const single =
  <T extends PreviewReply['type']>(type: T) =>
  (reply: PreviewReply, done: (value: Reply<T>) => void) => {
    if (reply.type === type) done(reply as Reply<T>);
  };

/**
 * Builds the preview (buildPreview) in a new preview worker, which keeps it:
 * 100,000 rows take seconds to read and check, and the page must stay usable
 * meanwhile. `send` has the reader worker post the whole sheet on the port it
 * is given, straight to the preview worker. The page gets the counts and the
 * row index lists. A preview still being built is abandoned for the new one.
 */
export async function buildPreviewOffThread(request: {
  send: (port: MessagePort) => Promise<void>;
  headerRow: number;
  groupRow?: number;
  mapping: ColumnMapping[];
}): Promise<PreviewSummary> {
  stopPreview();
  const target = ensureWorker();
  const { send, ...setup } = request;
  const channel = new MessageChannel();
  target.postMessage({ id: 0, type: 'sheetFrom', port: channel.port2 } satisfies PreviewRequest, [channel.port2]);
  const built = ask({ type: 'build', ...setup }, single('built'));
  built.catch(() => undefined); // when `send` fails, its error is the one to give
  try {
    await send(channel.port1);
  } catch (error) {
    channel.port1.close();
    throw error;
  }
  return (await built).summary;
}

/** Corrects one cell in the worker's preview: the row read again, and the new counts and lists. */
export async function editPreviewCell(row: number, column: number, text: string): Promise<PreviewSummary> {
  return edited(await ask({ type: 'edit', row, column, text }, single('edited')));
}

/** Leaves a row out (or puts it back) in the worker's preview. */
export async function skipPreviewRow(row: number, skipped: boolean): Promise<PreviewSummary> {
  return edited(await ask({ type: 'skip', row, skipped }, single('edited')));
}

function edited(reply: Reply<'edited'>): PreviewSummary {
  cache = new Map(cache);
  cache.set(reply.index, reply.row);
  changed();
  return reply.summary;
}

/** Posts the rows ready to import on `port` (JSON of MatchRow[], for the match worker); resolves with how many. */
export async function previewMatchRowsTo(port: MessagePort): Promise<number> {
  const target = ensureWorker();
  const id = nextId++;
  return new Promise<number>((resolve, reject) => {
    waiting.set(id, {
      resolve: (reply) => {
        if (reply.type !== 'matchRows') return false;
        resolve(reply.count);
        return true;
      },
      reject,
    });
    target.postMessage({ type: 'matchRows', port, id } satisfies PreviewRequest, [port]);
  });
}

/** The plan's rows with their decisions, in chunks (each read as a short task). */
export function previewPlanRows(decisions: Decisions): Promise<{ rows: PlannedRow[]; skippedRows: number; errorRows: number }> {
  const rows: PlannedRow[] = [];
  return ask({ type: 'planRows', decisions }, (reply, done: (value: { rows: PlannedRow[]; skippedRows: number; errorRows: number }) => void) => {
    if (reply.type !== 'planRows') return;
    for (const row of reply.rows) rows.push(row);
    if (reply.last) done({ rows, skippedRows: reply.skippedRows, errorRows: reply.errorRows });
  });
}

/** The rows the import leaves out, with the reasons in `lang`. */
export async function previewRejectedRows(lang: UiLanguage): Promise<RejectedRow[]> {
  return (await ask({ type: 'rejected', lang }, single('rejected'))).rows;
}

function fetchRows(indexes: readonly number[]): void {
  const missing = indexes.filter((i) => !cache.has(i) && !asked.has(i));
  if (missing.length === 0 || !worker) return;
  for (const i of missing) asked.add(i);
  const from = cache;
  ask({ type: 'rows', indexes: missing }, single('rows')).then(
    (reply) => {
      for (const i of missing) asked.delete(i);
      if (cache !== from && cache.size === 0) return; // stopped meanwhile: these rows are another preview's
      cache = new Map(cache);
      for (const [i, row] of reply.rows) if (!cache.has(i)) cache.set(i, row);
      changed();
    },
    () => {
      for (const i of missing) asked.delete(i);
    },
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The preview rows at `indexes`, asked of the worker when not already here:
 * rows not come yet are missing from the map (drawn when they come).
 */
export function usePreviewRows(indexes: readonly number[]): ReadonlyMap<number, PreviewRow> {
  const seen = useSyncExternalStore(subscribe, () => version);
  const key = indexes.join(',');
  useEffect(() => {
    fetchRows(key === '' ? [] : key.split(',').map(Number));
  }, [key, seen]);
  return cache;
}

/** Stops the preview worker and forgets its preview (a request in flight never settles). */
export function stopPreview(): void {
  worker?.terminate();
  worker = null;
  waiting.clear();
  asked.clear();
  if (cache.size > 0) {
    cache = new Map();
    changed();
  }
}
