// The spreadsheet import end to end in Chromium, on the bench page
// (test/bench/page): a file chosen in a file input (page.setInputFiles), read,
// hashed, parsed and checked in a worker, then committed by the app's own
// commit client and worker. Compared with the floors (SheetJS parse + Dexie
// bulkAdd of 100,000), re-measured here in the same run so the ratio compares
// like with like. See README.md for what each figure means.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBenchPage } from '../lib/bench-page.mjs';
import { reportErrors } from '../lib/chromium.mjs';
import { PEOPLE_SEED } from '../lib/fixtures.mjs';
import { log } from '../lib/log.mjs';
import { BENCH_OUT } from '../lib/paths.mjs';
import { figure, round, series } from '../lib/stats.mjs';
import { STEP_TIMEOUT, withTimeout } from '../lib/timeouts.mjs';

const RUNS = 3;
/** Where a cancel is asked for: after this share of the records is written. */
const CANCEL_AT = 0.3;

/** The command line of a process, or '' when it is gone. */
function cmdline(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Resident memory (MB) of the bench browser's renderer processes, which hold
 * the page AND its workers (performance.memory sees the page's heap only).
 * Linux /proc; undefined elsewhere. Only one bench browser runs at a time.
 */
function rendererRssMb() {
  let total = 0;
  try {
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      const line = cmdline(pid);
      if (!line.includes('--type=renderer') || line.includes('--extension-process')) continue;
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    }
  } catch {
    return undefined;
  }
  return total;
}

/** One import of `file` in a NEW browser on a NEW profile; resolves with the page's measurements. */
async function importOnce(origin, file, options = {}) {
  const session = await openBenchPage(origin);
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rendererRssMb() ?? 0)), 250);
  try {
    const { page } = session;
    await page.evaluate((opts) => {
      window.__import = window.nextImport(opts);
    }, options);
    await page.setInputFiles('#import-file', join(BENCH_OUT, file));
    const run = await withTimeout(
      page.evaluate(() => window.__import),
      STEP_TIMEOUT,
      `importing ${file}`,
    );
    reportErrors(session.errors, 'bench page');
    if (run.outcome === 'failed') throw new Error(`importing ${file} failed: ${run.error}`);
    return { ...run, renderer_rss_peak_mb: peakRss > 0 ? peakRss : undefined };
  } finally {
    clearInterval(sampler);
    await session.close();
  }
}

/** The floors, as floors.mjs measures them: parse in one page, each bulkAdd in a new browser. */
async function floorsOnce(origin) {
  const parseSession = await openBenchPage(origin);
  let parseMs;
  try {
    const { ms, rows } = await withTimeout(
      parseSession.page.evaluate((url) => window.parseXlsx(url), '/files/people-100k.xlsx'),
      STEP_TIMEOUT,
      'parsing people-100k.xlsx',
    );
    if (rows !== 100_001) throw new Error(`people-100k.xlsx parsed into ${rows} rows, expected 100001.`);
    parseMs = ms;
  } finally {
    await parseSession.close();
  }
  const addSession = await openBenchPage(origin);
  try {
    const { ms } = await withTimeout(
      addSession.page.evaluate(([n, seed]) => window.bulkAddPeople(n, seed), [100_000, PEOPLE_SEED]),
      STEP_TIMEOUT,
      'bulkAdd of 100,000 people',
    );
    reportErrors(addSession.errors, 'bench page');
    return { parseMs, addMs: ms };
  } finally {
    await addSession.close();
  }
}

/** Milliseconds spent in each phase of a run, from its marks (ms since the file was chosen). */
function phases(run) {
  const m = run.marks;
  return {
    read_file: m.read,
    hash_and_lookup: m.hashed - m.read,
    parse_in_worker: run.pipeline.parse_ms,
    check_rows_in_worker: run.pipeline.preview_ms,
    plan_to_page: m.planned - m.hashed - run.pipeline.parse_ms - run.pipeline.preview_ms,
    plan_to_commit_worker_and_build: m.records_built - m.planned,
    write_chunks: m.records_written - m.records_built,
    batch_and_transaction_commit: m.done - m.records_written,
  };
}

/** The numbers of an object, rounded as figures are. */
const roundAll = (record) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, round(v)]));

/** Each phase's `{median,min,max,samples}` over the runs. */
function phaseSeries(runs) {
  const names = Object.keys(phases(runs[0]));
  return Object.fromEntries(names.map((name) => [name, series(runs.map((run) => phases(run)[name]))]));
}

async function measureImport({ origin, emit }) {
  const small = [];
  for (let run = 1; run <= RUNS; run += 1) {
    const result = await importOnce(origin, 'people-10k.xlsx');
    if (result.people !== 10_000) throw new Error(`the 10k import stored ${result.people} people, expected 10000.`);
    small.push(result);
    log(`import_10k_ms run ${run}/${RUNS}: ${round(result.ms)} ms (longest task ${round(result.longest_task_ms)} ms)`);
  }

  const large = [];
  const floors = [];
  for (let run = 1; run <= RUNS; run += 1) {
    const floor = await floorsOnce(origin);
    floors.push(floor);
    log(`floors run ${run}/${RUNS}: parse ${round(floor.parseMs)} ms + bulkAdd ${round(floor.addMs)} ms`);
    const result = await importOnce(origin, 'people-100k.xlsx');
    if (result.people !== 100_000) throw new Error(`the 100k import stored ${result.people} people, expected 100000.`);
    large.push(result);
    log(`import_100k_ms run ${run}/${RUNS}: ${round(result.ms)} ms, ratio ${(result.ms / (floor.parseMs + floor.addMs)).toFixed(2)}`);
  }

  // A cancel mid-write, by message and by terminating the worker: the database must hold nothing.
  const cancels = {};
  for (const [name, waitMs] of [['by_message', undefined], ['by_terminate', 0]]) {
    const result = await importOnce(origin, 'people-100k.xlsx', { cancelAt: CANCEL_AT, ...(waitMs !== undefined && { cancelWaitMs: waitMs }) });
    cancels[name] = { outcome: result.outcome, people_left: result.people, batches_left: result.batches, stop_ms: round(result.marks.done - result.marks.cancel) };
    log(`cancel ${name}: ${result.outcome}, ${result.people} people and ${result.batches} batches left, stopped in ${round(result.marks.done - result.marks.cancel)} ms`);
    if (result.people !== 0 || result.batches !== 0) log(`WARNING: a cancelled import left ${result.people} people and ${result.batches} batches`);
  }

  // Undo from the history, then redo, of a 100k import: in the commit worker, the page's thread free.
  const undoRun = await importOnce(origin, 'people-100k.xlsx', { undoAfter: true });
  const undoCheck = { undo: roundAll(undoRun.undo), redo: roundAll(undoRun.redo) };
  log(`undo of 100k: ${round(undoRun.undo.ms)} ms (longest task ${round(undoRun.undo.longest_task_ms)} ms, ${undoRun.undo.people} people left); redo: ${round(undoRun.redo.ms)} ms (${undoRun.redo.people} people)`);

  const ratios = large.map((run, i) => run.ms / (floors[i].parseMs + floors[i].addMs));
  const parseFloor = series(floors.map((f) => f.parseMs));
  const addFloor = series(floors.map((f) => f.addMs));
  const all = [...small, ...large];
  emit(figure('import_10k_ms', 'ms', small.map((r) => r.ms), { rows: 10_000, target_ms: 3_000, phases_ms: phaseSeries(small) }));
  emit(figure('import_100k_ms', 'ms', large.map((r) => r.ms), { rows: 100_000, phases_ms: phaseSeries(large), cancel_check: cancels, undo_redo_check: undoCheck }));
  emit(
    figure('import_100k_ratio', 'ratio', ratios, {
      target: 1.3,
      // figure() keeps one decimal; the ratios to three:
      ratios_3dp: ratios.map((r) => Math.round(r * 1000) / 1000),
      floors_same_run_ms: { sheetjs_parse_100k: parseFloor, dexie_bulkadd_100k: addFloor },
    }),
  );
  emit(
    figure('import_longest_task_ms', 'ms', all.map((r) => r.longest_task_ms), {
      target_ms: 100,
      import_10k: series(small.map((r) => r.longest_task_ms)),
      import_100k: series(large.map((r) => r.longest_task_ms)),
      long_tasks_per_run: all.map((r) => r.long_tasks),
    }),
  );
  emit(
    figure('import_peak_heap_mb', 'MB', large.map((r) => r.peak_heap_mb).filter(Number.isFinite), {
      what: "the page's JS heap (performance.memory), sampled every 50 ms; workers' heaps are not included",
      import_10k: series(small.map((r) => r.peak_heap_mb)),
      // The page and its workers (parse, commit) live in the renderer process: its resident memory, sampled every 250 ms.
      renderer_rss_peak_mb: { import_10k: series(small.map((r) => r.renderer_rss_peak_mb)), import_100k: series(large.map((r) => r.renderer_rss_peak_mb)) },
    }),
  );
  const ratio = ratios.map((r) => (Math.round(r * 100) / 100).toFixed(2)).join(', ');
  log(`import_100k_ratio (import / (parse + bulkAdd), same run): ${ratio} (target ≤ 1.3)`);
}

/** The groups of this file, in the order they run (see README.md, "Adding a figure"). */
export const groups = [
  {
    name: 'import',
    figures: ['import_10k_ms', 'import_100k_ms', 'import_100k_ratio', 'import_longest_task_ms', 'import_peak_heap_mb'],
    needsApp: false,
    run: measureImport,
  },
];
