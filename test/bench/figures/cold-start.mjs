// Cold start of the app: a new browser process each run, on an empty profile
// and on one holding 50,000 people. See README.md for what each figure means.
import { closeAppDatabase, countRecords, openAppDatabase, putRecords, startApp } from '../lib/app.mjs';
import { heapMb, launch, newProfile, removeProfile, reportErrors } from '../lib/chromium.mjs';
import { log } from '../lib/log.mjs';
import { figure, round, series } from '../lib/stats.mjs';
import { START_TIMEOUT } from '../lib/timeouts.mjs';

const COLD_RUNS = 5;
const SEEDED_PEOPLE = 50_000;
const SEED_CHUNK = 10_000;

async function coldStartEmpty({ appUrl, emit }) {
  const marks = [];
  const walls = [];
  const heaps = [];
  for (let run = 1; run <= COLD_RUNS; run += 1) {
    const profile = newProfile();
    const session = await launch(profile);
    try {
      const { mark, wall } = await startApp(session.page, appUrl);
      marks.push(mark);
      walls.push(wall);
      heaps.push(await heapMb(session.page));
      log(`cold_start_empty run ${run}/${COLD_RUNS}: mark ${round(mark)} ms, wall ${round(wall)} ms`);
      reportErrors(session.errors, 'cold start, empty');
    } finally {
      await session.close();
      removeProfile(profile);
    }
  }
  emit(figure('cold_start_empty', 'ms', marks, { wall_ms: series(walls), js_heap_used_mb: series(heaps) }));
}

/** Fills the app's own database (created by the app's first start) with people, through raw IndexedDB. */
async function seedProfile(profile, appUrl, people) {
  const session = await launch(profile);
  try {
    const { page } = session;
    await startApp(page, appUrl);
    await openAppDatabase(page);
    for (let from = 0; from < people.length; from += SEED_CHUNK) {
      await putRecords(page, 'people', people.slice(from, from + SEED_CHUNK));
      log(`seeded ${Math.min(from + SEED_CHUNK, people.length)}/${people.length} people`);
    }
    await putRecords(page, 'settings', [{ key: 'firstRunDone', value: true }]);
    const count = await countRecords(page, 'people');
    await closeAppDatabase(page);
    if (count !== people.length) throw new Error(`the seeded profile holds ${count} people, expected ${people.length}.`);
    reportErrors(session.errors, 'seeding');
  } finally {
    await session.close();
  }
}

async function coldStart50k({ appUrl, people, emit }) {
  const profile = newProfile();
  try {
    log(`seeding a profile with ${SEEDED_PEOPLE} people…`);
    await seedProfile(profile, appUrl, people.slice(0, SEEDED_PEOPLE));
    const expected = new Intl.NumberFormat('en').format(SEEDED_PEOPLE); // "50,000", as the dashboard shows it
    const marks = [];
    const walls = [];
    const toCounts = [];
    const heaps = [];
    for (let run = 1; run <= COLD_RUNS; run += 1) {
      const session = await launch(profile);
      try {
        const { mark, wall } = await startApp(session.page, appUrl);
        const counted = await session.page.waitForFunction(
          (text) => (document.body.innerText.includes(text) ? performance.now() : null),
          expected,
          { timeout: START_TIMEOUT },
        );
        const toCountsMs = await counted.jsonValue();
        await counted.dispose();
        marks.push(mark);
        walls.push(wall);
        toCounts.push(toCountsMs);
        heaps.push(await heapMb(session.page));
        log(`cold_start_50k_people run ${run}/${COLD_RUNS}: mark ${round(mark)} ms, counts ${round(toCountsMs)} ms, wall ${round(wall)} ms`);
        reportErrors(session.errors, 'cold start, 50k people');
      } finally {
        await session.close();
      }
    }
    emit(
      figure('cold_start_50k_people', 'ms', marks, {
        to_counts_ms: series(toCounts),
        wall_ms: series(walls),
        js_heap_used_mb: series(heaps),
      }),
    );
  } finally {
    removeProfile(profile);
  }
}

/** The groups of this file, in the order they run (see README.md, "Adding a figure"). */
export const groups = [
  { name: 'cold_start_empty', figures: ['cold_start_empty'], needsApp: true, run: coldStartEmpty },
  { name: 'cold_start_50k_people', figures: ['cold_start_50k_people'], needsApp: true, run: coldStart50k },
];
