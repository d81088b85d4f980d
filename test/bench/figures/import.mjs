// The spreadsheet import end to end in Chromium, through the app's own import
// wizard: the file chosen in the system file dialog (Playwright's file
// chooser), every step passed with Next as soon as it is ready, Import
// clicked, until the wizard says the file is imported. Compared with the
// floors (SheetJS parse + Dexie bulkAdd of 100,000), re-measured here in the
// same run so the ratio compares like with like. The bench page (test/bench/page)
// adds what the UI cannot show: the commit path's phases, a cancel by message
// and by terminating the worker, and undo/redo of 100,000. See README.md.
import { join } from 'node:path';
import { openBenchPage } from '../lib/bench-page.mjs';
import { reportErrors } from '../lib/chromium.mjs';
import { importThroughWizard, wizardPhases } from '../lib/import-wizard.mjs';
import { PEOPLE_SEED } from '../lib/fixtures.mjs';
import { log } from '../lib/log.mjs';
import { BENCH_OUT } from '../lib/paths.mjs';
import { figure, round, series } from '../lib/stats.mjs';
import { STEP_TIMEOUT, withTimeout } from '../lib/timeouts.mjs';

const RUNS = 3;
/** Runs of the 10,000-row import when it is measured alone. */
const SMALL_ONLY_RUNS = 5;
/** Where a cancel is asked for (bench page): after this share of the records is written. */
const CANCEL_AT = 0.3;

/** One run of the commit path alone on the bench page (a NEW browser); see page/import-pipeline.ts. */
async function importOnBenchPage(origin, file, options = {}) {
  const session = await openBenchPage(origin);
  try {
    const { page } = session;
    await page.evaluate((opts) => {
      window.__import = window.nextImport(opts);
    }, options);
    await page.setInputFiles('#import-file', join(BENCH_OUT, file));
    const run = await withTimeout(page.evaluate(() => window.__import), STEP_TIMEOUT, `importing ${file} on the bench page`);
    reportErrors(session.errors, 'bench page');
    if (run.outcome === 'failed') throw new Error(`importing ${file} failed: ${run.error}`);
    return run;
  } finally {
    await session.close();
  }
}

/** The floors, as floors.mjs measures them: a parse in one page, a bulkAdd in a new browser. */
async function floorsOnce(origin) {
  const parsing = await openBenchPage(origin);
  let parseMs;
  try {
    const { ms, rows } = await withTimeout(parsing.page.evaluate((url) => window.parseXlsx(url), '/files/people-100k.xlsx'), STEP_TIMEOUT, 'parsing people-100k.xlsx');
    if (rows !== 100_001) throw new Error(`people-100k.xlsx parsed into ${rows} rows, expected 100001.`);
    parseMs = ms;
  } finally {
    await parsing.close();
  }
  const adding = await openBenchPage(origin);
  try {
    const { ms } = await withTimeout(adding.page.evaluate(([n, seed]) => window.bulkAddPeople(n, seed), [100_000, PEOPLE_SEED]), STEP_TIMEOUT, 'bulkAdd of 100,000 people');
    return { parseMs, addMs: ms };
  } finally {
    await adding.close();
  }
}

/** The bench page's commit-path phases, in ms, from its marks (see page/import-pipeline.ts). */
const pagePhases = (run) => {
  const m = run.marks;
  return {
    read_file: m.read,
    hash_and_lookup: m.hashed - m.read,
    parse_in_worker: run.pipeline.parse_ms,
    check_rows_in_worker: run.pipeline.preview_ms,
    plan_to_page: m.planned - m.hashed - run.pipeline.parse_ms - run.pipeline.preview_ms,
    plan_to_commit_worker: m.plan_sent - m.planned,
    read_and_build_records: m.records_built - m.plan_sent,
    write_chunks: m.records_written - m.records_built,
    batch_and_transaction_commit: m.done - m.records_written,
  };
};

/** Each phase's `{median,min,max,samples}` over `runs`. */
function phaseSeries(runs, phases) {
  const names = Object.keys(phases(runs[0]));
  return Object.fromEntries(names.map((name) => [name, series(runs.map((run) => phases(run)[name]))]));
}

const roundAll = (record) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]));

async function benchPageChecks(origin) {
  const commitPath = await importOnBenchPage(origin, 'people-100k.xlsx');
  log(`bench page, commit path of 100k: ${round(commitPath.ms)} ms (longest task ${round(commitPath.longest_task_ms)} ms)`);
  const cancels = {};
  for (const [name, waitMs] of [['by_message', undefined], ['by_terminate', 0]]) {
    const run = await importOnBenchPage(origin, 'people-100k.xlsx', { cancelAt: CANCEL_AT, ...(waitMs !== undefined && { cancelWaitMs: waitMs }) });
    cancels[name] = { outcome: run.outcome, people_left: run.people, batches_left: run.batches, stop_ms: round(run.marks.done - run.marks.cancel) };
    log(`cancel ${name}: ${run.outcome}, ${run.people} people and ${run.batches} batches left, stopped in ${round(run.marks.done - run.marks.cancel)} ms`);
    if (run.people !== 0 || run.batches !== 0) log(`WARNING: a cancelled import left ${run.people} people and ${run.batches} batches`);
  }
  const undoRun = await importOnBenchPage(origin, 'people-100k.xlsx', { undoAfter: true });
  log(`undo of 100k: ${round(undoRun.undo.ms)} ms (longest task ${round(undoRun.undo.longest_task_ms)} ms, ${undoRun.undo.people} people left); redo: ${round(undoRun.redo.ms)} ms (${undoRun.redo.people} people)`);
  return {
    commit_path_100k: { ms: round(commitPath.ms), phases_ms: roundAll(pagePhases(commitPath)), longest_task_ms: round(commitPath.longest_task_ms), long_tasks: commitPath.long_task_phases.map(roundAll) },
    cancel_check: cancels,
    undo_redo_check: { undo: roundAll(undoRun.undo), redo: roundAll(undoRun.redo) },
  };
}

/** `runs` imports of the 10,000-row file through the wizard, each in a new browser. */
async function importSmall(appUrl, runs) {
  const small = [];
  for (let run = 1; run <= runs; run += 1) {
    const result = await importThroughWizard(appUrl, 'people-10k.xlsx', 10_000);
    small.push(result);
    log(`import_10k_ms run ${run}/${runs}: ${round(result.ms)} ms (longest task ${round(result.longest_task_ms)} ms)`);
  }
  return small;
}

const smallFigure = (small) =>
  figure('import_10k_ms', 'ms', small.map((r) => r.ms), {
    rows: 10_000,
    target_ms: 3_000,
    via: 'the import wizard',
    steps_ms: phaseSeries(small, (r) => wizardPhases(r.marks)),
    longest_task_ms: series(small.map((r) => r.longest_task_ms)),
    over_100ms: small.flatMap((r) => r.long_tasks.filter((t) => t.ms > 100)),
  });

/** The 10,000-row import alone (`--only=import-10k`): quick to re-measure after a change. */
async function measureSmallImport({ appUrl, emit }) {
  emit(smallFigure(await importSmall(appUrl, SMALL_ONLY_RUNS)));
}

async function measureImport({ origin, appUrl, emit }) {
  const small = await importSmall(appUrl, RUNS);
  const large = [];
  const floors = [];
  for (let run = 1; run <= RUNS; run += 1) {
    const floor = await floorsOnce(origin);
    floors.push(floor);
    log(`floors run ${run}/${RUNS}: parse ${round(floor.parseMs)} ms + bulkAdd ${round(floor.addMs)} ms`);
    const result = await importThroughWizard(appUrl, 'people-100k.xlsx', 100_000);
    large.push(result);
    log(`import_100k_ms run ${run}/${RUNS}: ${round(result.ms)} ms, ratio ${(result.ms / (floor.parseMs + floor.addMs)).toFixed(2)} (longest task ${round(result.longest_task_ms)} ms)`);
  }
  const benchPage = await benchPageChecks(origin);

  const ratios = large.map((run, i) => run.ms / (floors[i].parseMs + floors[i].addMs));
  const all = [...small, ...large];
  emit(smallFigure(small));
  emit(figure('import_100k_ms', 'ms', large.map((r) => r.ms), { rows: 100_000, via: 'the import wizard', steps_ms: phaseSeries(large, (r) => wizardPhases(r.marks)), bench_page: benchPage }));
  emit(
    figure('import_100k_ratio', 'ratio', ratios, {
      target: 1.3,
      ratios_3dp: ratios.map((r) => Math.round(r * 1000) / 1000),
      floors_same_run_ms: { sheetjs_parse_100k: series(floors.map((f) => f.parseMs)), dexie_bulkadd_100k: series(floors.map((f) => f.addMs)) },
    }),
  );
  emit(
    figure('import_longest_task_ms', 'ms', all.map((r) => r.longest_task_ms), {
      target_ms: 100,
      import_10k: series(small.map((r) => r.longest_task_ms)),
      import_100k: series(large.map((r) => r.longest_task_ms)),
      // Each long task over 100 ms, with the wizard mark that ended the step it ran in.
      over_100ms: all.flatMap((r) => r.long_tasks.filter((t) => t.ms > 100)),
    }),
  );
  emit(
    figure('import_peak_heap_mb', 'MB', large.map((r) => r.peak_heap_mb).filter(Number.isFinite), {
      what: "the page's JS heap (performance.memory), sampled every 50 ms; workers' heaps are not in it",
      import_10k: series(small.map((r) => r.peak_heap_mb)),
      renderer_rss_peak_mb: { import_10k: series(small.map((r) => r.renderer_rss_peak_mb)), import_100k: series(large.map((r) => r.renderer_rss_peak_mb)) },
    }),
  );
  log(`import_100k_ratio (import / (parse + bulkAdd), same run): ${ratios.map((r) => r.toFixed(2)).join(', ')} (target ≤ 1.3)`);
}

/** The groups of this file, in the order they run (see README.md, "Adding a figure"). */
export const groups = [
  {
    name: 'import',
    figures: ['import_10k_ms', 'import_100k_ms', 'import_100k_ratio', 'import_longest_task_ms', 'import_peak_heap_mb'],
    needsApp: true,
    run: measureImport,
  },
  { name: 'import-10k', figures: ['import_10k_ms'], needsApp: true, run: measureSmallImport },
];
