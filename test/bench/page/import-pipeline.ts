// The import as the app runs it, driven from a file input: read the chosen
// file, hash it and look for an earlier import of it (as the wizard does),
// parse and check it in a worker (pipeline.worker.ts), then commit the plan
// with the app's own commit client and worker. Measured on the page: the time
// from the file chosen to committed, each phase's share, the longest task of
// the page's thread, and its heap.
import type { ImportPlan, PlannedRow } from '../../../shared/io/import-plan';
import { createDatabase } from '../../../renderer/db/schema';
import { startCommit, startRedo, startUndo } from '../../../renderer/features/import/commit/commit-client';
import { sha256Hex } from '../../../renderer/features/import/commit/hash';
import { findPreviousImport } from '../../../renderer/features/import/commit/previous-import';
import type { PipelineReply, PipelineRequest, PipelineTimings } from './pipeline-messages';

export type ImportOptions = {
  /** Cancel once this share (0..1) of the records is written; the result then says what the database holds. */
  cancelAt?: number;
  /** How long cancel waits for the worker before terminating it (0: terminate at once). */
  cancelWaitMs?: number;
  /** After the commit, undo it from the history, then redo it, both timed. */
  undoAfter?: boolean;
};

/** An undo or redo after the import: its time, the page's longest task meanwhile, and the people left. */
export type AfterRun = { ms: number; longest_task_ms: number; people: number };

export type ImportRun = {
  ms: number;
  /** Milliseconds from the file chosen to the end of each phase. */
  marks: Record<string, number>;
  pipeline: PipelineTimings;
  longest_task_ms: number;
  long_tasks: number;
  /** Each long task of the import: its length and the phase it ran in (the first mark after it started). */
  long_task_phases: { ms: number; during: string }[];
  peak_heap_mb: number | undefined;
  /** What the database holds afterwards. */
  people: number;
  batches: number;
  outcome: 'committed' | 'cancelled' | 'failed';
  error?: string;
  undo?: AfterRun;
  redo?: AfterRun;
};

type MemoryPerformance = Performance & { memory?: { usedJSHeapSize: number } };
const heapBytes = () => (performance as MemoryPerformance).memory?.usedJSHeapSize;

/** Parses and checks the file in the pipeline worker; the plan comes back in slices. */
function planInWorker(request: PipelineRequest): Promise<{ plan: ImportPlan; timings: PipelineTimings }> {
  const worker = new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    let head: Extract<PipelineReply, { type: 'plan' }> | undefined;
    const rows: PlannedRow[] = [];
    worker.onmessage = ({ data }: MessageEvent<PipelineReply>) => {
      if (data.type === 'plan') head = data;
      else if (data.type === 'rows') for (const row of data.rows) rows.push(row);
      else {
        worker.terminate();
        if (data.type === 'failed' || !head) reject(new Error(data.type === 'failed' ? data.message : 'no plan'));
        else resolve({ plan: { ...head.plan, rows }, timings: head.timings });
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'pipeline worker failed'));
    };
    worker.postMessage(request, [request.bytes]);
  });
}

/** The name of the first mark at or after `at` (ms since the file was chosen): the phase running then. */
function phaseAt(marks: Record<string, number>, at: number): string {
  const after = Object.entries(marks)
    .filter(([, ms]) => ms >= at)
    .sort((a, b) => a[1] - b[1]);
  return after[0]?.[0] ?? 'after';
}

/** The longest task of the page's thread that ended after `since`. */
function longestSince(tasks: readonly PerformanceEntry[], since: number): number {
  return Math.max(0, ...tasks.filter((t) => t.startTime + t.duration >= since).map((t) => t.duration));
}

/**
 * Arms the page's file input: the next file chosen there is imported into a
 * new database of the app's schema. Resolves with the measurements.
 */
export function nextImport(options: ImportOptions = {}): Promise<ImportRun> {
  const input = document.querySelector<HTMLInputElement>('#import-file');
  if (!input) return Promise.reject(new Error('no #import-file input'));
  const databaseName = `bench-import-${Math.random().toString(36).slice(2)}`;
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  let peak = heapBytes() ?? 0;
  const sampler = setInterval(() => (peak = Math.max(peak, heapBytes() ?? 0)), 50);

  return new Promise((resolve, reject) => {
    input.addEventListener(
      'change',
      () => {
        const start = performance.now();
        const marks: Record<string, number> = {};
        const mark = (name: string) => (marks[name] ??= performance.now() - start);
        void (async () => {
          const file = input.files?.[0];
          if (!file) throw new Error('no file chosen');
          const bytes = await file.arrayBuffer();
          mark('read');
          const fileHash = await sha256Hex(bytes);
          const db = createDatabase(databaseName);
          await findPreviousImport(db, fileHash);
          mark('hashed');
          const { plan, timings } = await planInWorker({ bytes, fileName: file.name, fileHash });
          mark('planned');
          const handle = startCommit(plan, {
            databaseName,
            onProgress: (p) => {
              if (p.phase === 'preparing') mark('plan_sent');
              if (p.phase === 'writing' && p.done === 0) mark('records_built');
              if (p.phase === 'writing' && p.done === p.total) mark('records_written');
              if (options.cancelAt !== undefined && p.phase === 'writing' && p.done >= p.total * options.cancelAt && !marks.cancel) {
                mark('cancel');
                void handle.cancel(options.cancelWaitMs === undefined ? {} : { waitMs: options.cancelWaitMs });
              }
            },
          });
          let outcome: ImportRun['outcome'] = 'committed';
          let error: string | undefined;
          await handle.done.catch((e: unknown) => {
            outcome = (e as { key?: string }).key === 'import.commit.cancelled' ? 'cancelled' : 'failed';
            error = e instanceof Error ? e.message : String(e);
          });
          mark('done');
          const ms = performance.now() - start;
          const end = performance.now();
          clearInterval(sampler);
          const people = await db.people.count();
          const batches = await db.importBatches.count();
          const inRun = tasks.filter((t) => t.startTime + t.duration >= start && t.startTime <= end);
          const after: Pick<ImportRun, 'undo' | 'redo'> = {};
          if (options.undoAfter && outcome === 'committed') {
            const undoStart = performance.now();
            const packed = await startUndo(handle.batchId, { databaseName }).done;
            after.undo = { ms: performance.now() - undoStart, longest_task_ms: longestSince(tasks, undoStart), people: await db.people.count() };
            const redoStart = performance.now();
            await startRedo(packed, { databaseName }).done;
            after.redo = { ms: performance.now() - redoStart, longest_task_ms: longestSince(tasks, redoStart), people: await db.people.count() };
          }
          observer.disconnect();
          db.close();
          const run: ImportRun = {
            ...after,
            ms,
            marks,
            pipeline: timings,
            longest_task_ms: Math.max(0, ...inRun.map((t) => t.duration)),
            long_tasks: inRun.length,
            long_task_phases: inRun.map((t) => ({ ms: t.duration, during: phaseAt(marks, t.startTime - start) })),
            peak_heap_mb: peak > 0 ? peak / 1048576 : undefined,
            people,
            batches,
            outcome,
          };
          if (error !== undefined) run.error = error;
          resolve(run);
        })().catch(reject);
      },
      { once: true },
    );
  });
}
