// Floors for import: what SheetJS and Dexie alone cost in Chromium, on the
// bench page (test/bench/page). The app's import can only be slower.
import { openBenchPage } from '../lib/bench-page.mjs';
import { heapMb, reportErrors } from '../lib/chromium.mjs';
import { PEOPLE_SEED } from '../lib/fixtures.mjs';
import { log } from '../lib/log.mjs';
import { figure, round, series } from '../lib/stats.mjs';
import { STEP_TIMEOUT, withTimeout } from '../lib/timeouts.mjs';

const FLOOR_RUNS = 3;

/** SheetJS parse of the 100k-row sheet: 3 calls in one page (no storage involved, so no carry-over). */
async function parseFloor(origin, emit) {
  const session = await openBenchPage(origin);
  try {
    const { page } = session;
    const parseMs = [];
    const heaps = [];
    for (let run = 1; run <= FLOOR_RUNS; run += 1) {
      const { ms, rows } = await withTimeout(
        page.evaluate((url) => window.parseXlsx(url), '/files/people-100k.xlsx'),
        STEP_TIMEOUT,
        'parsing people-100k.xlsx',
      );
      if (rows !== 100_001) throw new Error(`people-100k.xlsx parsed into ${rows} rows, expected 100001.`);
      parseMs.push(ms);
      heaps.push(await heapMb(page));
      log(`sheetjs_parse_100k run ${run}/${FLOOR_RUNS}: ${round(ms)} ms`);
    }
    reportErrors(session.errors, 'bench page');
    emit(figure('sheetjs_parse_100k', 'ms', parseMs, { rows: 100_001, js_heap_used_mb: series(heaps) }));
  } finally {
    await session.close();
  }
}

/**
 * Dexie bulkAdd of 100,000 people into an empty database of the app's schema.
 * Each run gets a NEW browser on a NEW profile: repeated in one profile, a run
 * pays for compacting the previous run's deleted database (measured here:
 * 18, 40, 22, 25 s in one page against 15, 16, 15 s in fresh profiles).
 */
async function bulkAddFloor(origin, emit) {
  const addMs = [];
  const heaps = [];
  for (let run = 1; run <= FLOOR_RUNS; run += 1) {
    const session = await openBenchPage(origin);
    try {
      const { ms } = await withTimeout(
        session.page.evaluate(([n, seed]) => window.bulkAddPeople(n, seed), [100_000, PEOPLE_SEED]),
        STEP_TIMEOUT,
        'bulkAdd of 100,000 people',
      );
      addMs.push(ms);
      heaps.push(await heapMb(session.page));
      log(`dexie_bulkadd_100k run ${run}/${FLOOR_RUNS}: ${round(ms)} ms`);
      reportErrors(session.errors, 'bench page');
    } finally {
      await session.close();
    }
  }
  emit(figure('dexie_bulkadd_100k', 'ms', addMs, { records: 100_000, js_heap_used_mb: series(heaps) }));
}

/** The groups of this file, in the order they run (see README.md, "Adding a figure"). */
export const groups = [
  {
    name: 'floors',
    figures: ['sheetjs_parse_100k', 'dexie_bulkadd_100k'],
    needsApp: false,
    run: async ({ origin, emit }) => {
      await parseFloor(origin, emit);
      await bulkAddFloor(origin, emit);
    },
  },
];
