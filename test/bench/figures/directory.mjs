// The participants directory with 100,000 people: how fast it opens (first
// rows and count, straight from IndexedDB), when the search worker's index is
// ready, and how fast each keystroke of a search updates the count and the
// first row. See README.md for what each figure means.
import { closeAppDatabase, countRecords, openAppDatabase, putRecords, startApp } from '../lib/app.mjs';
import { heapMb, launch, newProfile, removeProfile, reportErrors } from '../lib/chromium.mjs';
import { log } from '../lib/log.mjs';
import { figure, round, series } from '../lib/stats.mjs';
import { START_TIMEOUT, STEP_TIMEOUT, withTimeout } from '../lib/timeouts.mjs';

const RUNS = 5;
const SEED_CHUNK = 10_000;
/** Realistic searches typed letter by letter: a common family name then a given name (≥ 30 keystrokes in all). */
const QUERIES = ['garcia lopez maria', 'nguyen van an', 'muller'];

/** Fills the app's own database (created by the app's first start) with `people`, through raw IndexedDB. */
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
    reportErrors(session.errors, 'seeding the directory');
  } finally {
    await session.close();
  }
}

/** In the page: ms since navigation start when the grid shows a first row and the count names every person. */
function firstScreenShown(expected) {
  const count = document.querySelector('#pd-count');
  const row = document.querySelector('.pd-body [role="row"]:not([aria-busy]) a');
  return count?.textContent?.includes(expected) && row?.textContent ? performance.now() : null;
}

/** In the page: the index-ready mark (ms since navigation start) and what the worker reported. */
function indexReady() {
  const mark = performance.getEntriesByName('td:people-index-ready')[0];
  return mark ? { at: mark.startTime, detail: mark.detail } : null;
}

/**
 * In the page: resolves, after the next key press, with the ms from the
 * keydown event to the moment the count says it shows the results for
 * `expected` and the first row is drawn (MutationObserver, performance.now()).
 */
function armKeystroke(expected) {
  window.__keystroke = new Promise((resolve, reject) => {
    const count = document.querySelector('#pd-count');
    const root = document.querySelector('main');
    if (!count || !root) return reject(new Error('the directory is not on screen'));
    let pressedAt = null;
    window.addEventListener('keydown', (e) => (pressedAt = e.timeStamp), { capture: true, once: true });
    const timer = setTimeout(() => reject(new Error(`no results for "${expected}" after 10 s`)), 10_000);
    const check = () => {
      if (pressedAt === null || count.dataset.resultsFor !== expected) return;
      const row = document.querySelector('.pd-body [role="row"]:not([aria-busy])');
      if (!row && !/^0 /.test(count.textContent ?? '')) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve({ ms: performance.now() - pressedAt, count: count.textContent, first: row?.querySelector('a')?.textContent ?? '' });
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

async function typeQueries(page) {
  const samples = [];
  const search = page.getByRole('searchbox', { name: 'Search' });
  for (const query of QUERIES) {
    await search.fill('');
    await page.waitForFunction(() => document.querySelector('#pd-count')?.dataset.resultsFor === '', undefined, { timeout: STEP_TIMEOUT });
    await search.focus();
    for (let i = 1; i <= query.length; i += 1) {
      await page.evaluate(armKeystroke, query.slice(0, i));
      await page.keyboard.type(query.charAt(i - 1));
      const result = await withTimeout(page.evaluate(() => window.__keystroke), STEP_TIMEOUT, `typing "${query.slice(0, i)}"`);
      samples.push(result.ms);
      log(`directory_keystroke "${query.slice(0, i)}": ${round(result.ms)} ms, ${result.count}, first ${result.first}`);
    }
  }
  return samples;
}

async function directory({ appUrl, people, emit }) {
  const profile = newProfile();
  try {
    log(`seeding a profile with ${people.length} people…`);
    await seedProfile(profile, appUrl, people);
    const expected = new Intl.NumberFormat('en').format(people.length); // "100,000", as the count shows it
    const opens = [];
    const walls = [];
    const ready = [];
    const loads = [];
    const builds = [];
    const heaps = [];
    let keystrokes = [];
    for (let run = 1; run <= RUNS; run += 1) {
      const session = await launch(profile);
      try {
        const { page } = session;
        const t0 = performance.now();
        await page.goto(`${appUrl}#/participants`, { waitUntil: 'commit', timeout: START_TIMEOUT });
        const shown = await page.waitForFunction(firstScreenShown, expected, { polling: 'raf', timeout: START_TIMEOUT });
        opens.push(await shown.jsonValue());
        walls.push(performance.now() - t0);
        await shown.dispose();
        const mark = await page.waitForFunction(indexReady, undefined, { timeout: STEP_TIMEOUT });
        const { at, detail } = await mark.jsonValue();
        await mark.dispose();
        ready.push(at);
        loads.push(detail.loadMs);
        builds.push(detail.buildMs);
        log(`directory run ${run}/${RUNS}: first screen ${round(opens.at(-1))} ms, index ready ${round(at)} ms (waiting for IndexedDB ${round(detail.loadMs)}, indexing ${round(detail.buildMs)})`);
        // Keystrokes once, in the last run: the index is warm as it is after opening the directory.
        if (run === RUNS) keystrokes = await typeQueries(page);
        heaps.push(await heapMb(page));
        reportErrors(session.errors, 'directory');
      } finally {
        await session.close();
      }
    }
    emit(figure('directory_open_ms', 'ms', opens, { people: people.length, wall_ms: series(walls), js_heap_used_mb: series(heaps) }));
    // In the worker: time spent waiting for IndexedDB, and the rest (records decoded and indexed while the next chunk is read).
    emit(figure('directory_index_ready_ms', 'ms', ready, { people: people.length, db_wait_ms: series(loads), index_ms: series(builds) }));
    const sorted = [...keystrokes].sort((a, b) => a - b);
    emit(
      figure('directory_keystroke_ms', 'ms', keystrokes, {
        p95: round(sorted[Math.ceil(0.95 * sorted.length) - 1]),
        queries: QUERIES,
        people: people.length,
      }),
    );
  } finally {
    removeProfile(profile);
  }
}

/** The groups of this file (see README.md, "Adding a figure"). */
export const groups = [
  {
    name: 'directory',
    figures: ['directory_open_ms', 'directory_index_ready_ms', 'directory_keystroke_ms'],
    needsApp: true,
    run: directory,
  },
];
