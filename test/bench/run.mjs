// `npm run bench` (after `vite build`): start-up and import-floor figures of
// Training Desk in real Chromium. One JSON line per figure on stdout; progress
// on stderr. Figures are noisy on a small machine: compare them as ratios
// within one run, not across machines. See README.md.
import { createReadStream, existsSync, accessSync, constants, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePeople, peopleSheetRows } from './people-gen.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const APP_DIR = join(REPO, 'dist/renderer');
const BENCH_OUT = join(REPO, '.bench');
const PAGE_SRC = join(REPO, 'test/bench/page');
const PAGE_OUT = join(BENCH_OUT, 'page');

/** Debian's Chromium, or the one $CHROMIUM_PATH names (as test/e2e/support/browser.ts). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Same list as CHROMIUM_ARGS in test/e2e/support/browser.ts (GUIDE §4); that is
 * TypeScript and cannot be imported from here: keep the two in step.
 */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** Bench only: exact performance.memory figures (unquantised, not cached). */
const BENCH_ARGS = ['--lang=en-GB', '--enable-precise-memory-info'];
const LOCALE = 'en-GB';

const COLD_RUNS = 5;
const FLOOR_RUNS = 3;
const SEEDED_PEOPLE = 50_000;
/** The seed of every generated person (the bench page uses it too). */
const PEOPLE_SEED = 100;
const SEED_CHUNK = 10_000;
/** Per-step limits, so a hung browser or page never hangs the run. */
const LAUNCH_TIMEOUT = 60_000;
const START_TIMEOUT = 60_000;
const STEP_TIMEOUT = 300_000;
/** The whole run. */
const RUN_TIMEOUT = 30 * 60_000;

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const emit = (figure) => process.stdout.write(`${JSON.stringify(figure)}\n`);

// ------------------------------------------------------------------ clean-up

const openContexts = new Set();
const profiles = new Set();
let server;
let cleaning;

/** Closes browsers, the server, and removes temp profiles. Safe to call twice. */
function cleanup() {
  cleaning ??= (async () => {
    for (const context of openContexts) {
      await withTimeout(context.close(), 15_000, 'closing Chromium').catch((error) => log(String(error)));
    }
    openContexts.clear();
    if (server) {
      server.closeAllConnections?.();
      await new Promise((done) => server.close(() => done()));
    }
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
    profiles.clear();
  })();
  return cleaning;
}

function reportFailure(error) {
  if (!(error instanceof Error)) return fail(String(error));
  // Playwright appends the browser's whole log to its messages: the first line says what failed.
  fail(error.message.split('\n', 1)[0]);
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  if (!(error instanceof SetupError) && frames.length) log(frames.join('\n'));
}

function fail(message) {
  process.stderr.write(`[bench] FAILED: ${message}\n`);
  process.exitCode = 1;
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true;
    fail(`interrupted (${signal})`);
    void cleanup().finally(() => process.exit(130));
  });
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ------------------------------------------------------------------ figures

const round = (x) => Math.round(x * 10) / 10;

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return {
    median: round(median),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
    samples: samples.map(round),
  };
}

/** `{"name":…,"value":median,"unit":…,"runs":…,"min":…,"max":…,"samples":[…], …extra}` */
function figure(name, unit, samples, extra = {}) {
  const s = stats(samples);
  return { name, value: s.median, unit, runs: samples.length, min: s.min, max: s.max, samples: s.samples, ...extra };
}

/** Extra series as `{median,min,max,samples}`, or omitted when the browser gave nothing. */
function series(samples) {
  const known = samples.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return known.length ? stats(known) : undefined;
}

// ------------------------------------------------------------------ preflight

/** A missing prerequisite: said plainly, without a stack trace. */
class SetupError extends Error {}

function preflight({ needApp }) {
  try {
    accessSync(CHROMIUM, constants.X_OK);
  } catch {
    throw new SetupError(`Chromium not found or not executable at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH).`);
  }
  if (needApp && !existsSync(join(APP_DIR, 'index.html'))) {
    throw new SetupError(`${join(APP_DIR, 'index.html')} is missing: run \`npm run bench\` (it builds first) or \`npx vite build\`.`);
  }
}

// ------------------------------------------------------------------ inputs

async function buildBenchPage() {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: PAGE_SRC,
    base: './',
    logLevel: 'warn',
    build: { outDir: PAGE_OUT, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
  });
  if (!existsSync(join(PAGE_OUT, 'index.html'))) throw new Error('The bench page build produced no index.html.');
}

/**
 * people-gen.mjs carries a copy of the app's folding (Node cannot import the
 * TypeScript): check it against the real shared/domain/text.ts, compiled here
 * with esbuild, before anything is measured on records the app would not write.
 */
async function checkGenerator(people) {
  // Code points, not glyphs: the differences are usually invisible.
  const escaped = (text) =>
    JSON.stringify(text).replace(/[^\x20-\x7e]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    entryPoints: [join(REPO, 'shared/domain/text.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  const code = Buffer.from(out.outputFiles[0].contents).toString('base64');
  const { personSortKey, emailKeys } = await import(`data:text/javascript;base64,${code}`);
  let wrong = 0;
  let example;
  for (const p of people) {
    const sortKey = personSortKey(p.givenName, p.familyName);
    const keys = emailKeys(p.emails);
    if (sortKey !== p.sortKey || keys.join('\n') !== p.emailKeys.join('\n')) {
      wrong += 1;
      example ??= `${escaped(p.sortKey)} where the app gives ${escaped(sortKey)}`;
    }
  }
  if (wrong) {
    throw new SetupError(
      `test/bench/people-gen.mjs derives sortKey/emailKeys differently from shared/domain/text.ts for ${wrong} of ${people.length} people (e.g. ${example}): update its foldText copy.`,
    );
  }
}

async function writeSheets(people) {
  const XLSX = await import('xlsx');
  const rows = peopleSheetRows(people);
  for (const [file, slice] of [
    ['people-100k.xlsx', rows],
    ['people-10k.xlsx', rows.slice(0, 10_001)],
  ]) {
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(slice), 'Participants');
    // As Excel writes them: deflated, with a shared-strings table.
    const buffer = XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true, bookSST: true });
    await writeFile(join(BENCH_OUT, file), buffer);
    log(`wrote .bench/${file} (${slice.length - 1} people, ${(buffer.length / 1e6).toFixed(1)} MB)`);
  }
}

// ------------------------------------------------------------------ server

/** `urlPath` (still percent-encoded, no query) under `root`, or null when it escapes it. */
function resolveUnder(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = resolve(root, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  return full === root || full.startsWith(root + sep) ? full : null;
}

/** URL prefix → directory; first match wins. /files/ serves only the generated .xlsx files. */
const MOUNTS = [
  { prefix: '/bench/', dir: PAGE_OUT },
  { prefix: '/files/', dir: BENCH_OUT, only: '.xlsx' },
  { prefix: '/', dir: APP_DIR },
];

function handle(request, response) {
  const notFound = () => {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' });
    response.end();
    return;
  }
  const path = (request.url ?? '/').split(/[?#]/, 1)[0];
  const mount = MOUNTS.find((m) => path.startsWith(m.prefix));
  if (!mount) return notFound();
  let file = resolveUnder(mount.dir, path.slice(mount.prefix.length - 1));
  if (!file) return notFound();
  try {
    if (path === '/favicon.ico' && !existsSync(file)) {
      // Chromium asks for it on every page; without this the console shows a 404.
      response.writeHead(204);
      return response.end();
    }
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    const stat = statSync(file);
    const type = MIME[extname(file).toLowerCase()];
    if (!stat.isFile() || !type || (mount.only && extname(file) !== mount.only)) return notFound();
    response.writeHead(200, {
      'Content-Type': type,
      'Content-Length': stat.size,
      // Every start fetches the files again, as a first start would.
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') return response.end();
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  } catch {
    notFound();
  }
}

async function startServer() {
  server = createServer(handle);
  await new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', done);
  });
  return `http://127.0.0.1:${server.address().port}`;
}

// ------------------------------------------------------------------ browser

let chromium;

function newProfile() {
  const dir = mkdtempSync(join(tmpdir(), 'training-desk-bench-'));
  profiles.add(dir);
  return dir;
}

function removeProfile(dir) {
  rmSync(dir, { recursive: true, force: true });
  profiles.delete(dir);
}

/** A NEW Chromium process on `profile` (a real user-data-dir, as e2e does). */
async function launch(profile) {
  chromium ??= (await import('playwright-core')).chromium;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, ...BENCH_ARGS],
    locale: LOCALE,
    viewport: { width: 1280, height: 860 },
    timeout: LAUNCH_TIMEOUT,
  });
  openContexts.add(context);
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(STEP_TIMEOUT);
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    page,
    errors,
    close: async () => {
      openContexts.delete(context);
      await withTimeout(context.close(), 15_000, 'closing Chromium');
    },
  };
}

function reportErrors(errors, where) {
  for (const e of errors.splice(0)) log(`page error (${where}): ${e}`);
}

/** JS heap in use, MB (Chromium's performance.memory), or undefined elsewhere. */
async function heapMb(page) {
  const bytes = await page.evaluate(() => performance.memory?.usedJSHeapSize);
  return typeof bytes === 'number' ? round(bytes / 1048576) : undefined;
}

/**
 * Navigates to the app and waits for its `td:interactive` mark (set once the
 * first usable screen has rendered). Returns the mark's startTime (ms since
 * navigation start) and the wall time from goto to seeing the mark.
 */
async function startApp(page, appUrl) {
  const t0 = performance.now();
  await page.goto(appUrl, { waitUntil: 'commit', timeout: START_TIMEOUT });
  const handle = await page.waitForFunction(
    () => {
      const entry = performance.getEntriesByName('td:interactive')[0];
      return entry ? { at: entry.startTime } : null;
    },
    undefined,
    { timeout: START_TIMEOUT },
  );
  const wall = performance.now() - t0;
  const { at } = await handle.jsonValue();
  await handle.dispose();
  return { mark: at, wall };
}

// ------------------------------------------------------------------ measurements

async function coldStartEmpty(appUrl) {
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
    await startApp(session.page, appUrl);
    const { page } = session;
    await withTimeout(
      page.evaluate(
        () =>
          new Promise((done, reject) => {
            const request = indexedDB.open('training-desk'); // no version: the one Dexie created
            request.onsuccess = () => {
              window.__benchDb = request.result;
              done();
            };
            request.onerror = () => reject(request.error);
            request.onblocked = () => reject(new Error('opening training-desk was blocked'));
          }),
      ),
      STEP_TIMEOUT,
      'opening the app database',
    );
    const put = (store, records) =>
      page.evaluate(
        ([name, rows]) =>
          new Promise((done, reject) => {
            const tx = window.__benchDb.transaction(name, 'readwrite');
            const objects = tx.objectStore(name);
            for (const row of rows) objects.put(row);
            tx.oncomplete = () => done();
            tx.onerror = () => reject(tx.error);
            tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
          }),
        [store, records],
      );
    for (let from = 0; from < people.length; from += SEED_CHUNK) {
      await withTimeout(put('people', people.slice(from, from + SEED_CHUNK)), STEP_TIMEOUT, 'seeding people');
      log(`seeded ${Math.min(from + SEED_CHUNK, people.length)}/${people.length} people`);
    }
    await withTimeout(put('settings', [{ key: 'firstRunDone', value: true }]), STEP_TIMEOUT, 'seeding settings');
    const count = await withTimeout(
      page.evaluate(
        () =>
          new Promise((done, reject) => {
            const request = window.__benchDb.transaction('people').objectStore('people').count();
            request.onsuccess = () => {
              window.__benchDb.close();
              done(request.result);
            };
            request.onerror = () => reject(request.error);
          }),
      ),
      STEP_TIMEOUT,
      'counting people',
    );
    if (count !== SEEDED_PEOPLE) throw new Error(`the seeded profile holds ${count} people, expected ${SEEDED_PEOPLE}.`);
    reportErrors(session.errors, 'seeding');
  } finally {
    await session.close();
  }
}

async function coldStart50k(appUrl, people) {
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

/** Opens the bench page in a NEW browser process on a NEW empty profile. */
async function openBenchPage(origin) {
  const profile = newProfile();
  const session = await launch(profile);
  const close = async () => {
    try {
      await session.close();
    } finally {
      removeProfile(profile);
    }
  };
  try {
    await session.page.goto(`${origin}/bench/`, { timeout: START_TIMEOUT });
    await session.page.waitForFunction(() => window.benchReady === true, undefined, { timeout: START_TIMEOUT });
  } catch (error) {
    await close();
    throw error;
  }
  return { ...session, close };
}

/** SheetJS parse of the 100k-row sheet: 3 calls in one page (no storage involved, so no carry-over). */
async function parseFloor(origin) {
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
async function bulkAddFloor(origin) {
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

// ------------------------------------------------------------------ main

/** `node test/bench/run.mjs [--only=cold_start_empty,cold_start_50k_people,floors]`: all by default. */
const GROUPS = ['cold_start_empty', 'cold_start_50k_people', 'floors'];

function selectedGroups(argv) {
  const only = argv.find((a) => a.startsWith('--only='));
  if (!only) return new Set(GROUPS);
  const names = only.slice('--only='.length).split(',').filter(Boolean);
  const unknown = names.filter((n) => !GROUPS.includes(n));
  if (unknown.length) throw new SetupError(`unknown figure group(s) ${unknown.join(', ')}; known: ${GROUPS.join(', ')}`);
  return new Set(names);
}

async function main() {
  const groups = selectedGroups(process.argv.slice(2));
  preflight({ needApp: groups.has('cold_start_empty') || groups.has('cold_start_50k_people') });
  mkdirSync(BENCH_OUT, { recursive: true });
  // One set of people (seed 100) for everything: the sheets, the seeded
  // profile (its first 50,000) and the page's bulkAdd generate the same records.
  const people = generatePeople(100_000, PEOPLE_SEED);
  await checkGenerator(people);
  log('building the bench page…');
  await buildBenchPage();
  log('writing the participant sheets…');
  await writeSheets(people);
  const origin = await startServer();
  log(`serving on ${origin}`);
  const appUrl = `${origin}/`;
  if (groups.has('cold_start_empty')) await coldStartEmpty(appUrl);
  if (groups.has('cold_start_50k_people')) await coldStart50k(appUrl, people);
  if (groups.has('floors')) {
    await parseFloor(origin);
    await bulkAddFloor(origin);
  }
}

const watchdog = setTimeout(() => {
  fail(`the benchmark run took longer than ${RUN_TIMEOUT / 60_000} minutes`);
  void cleanup().finally(() => process.exit(1));
}, RUN_TIMEOUT);
watchdog.unref();

try {
  await main();
} catch (error) {
  // After an interrupt, the steps in flight fail because their browser closed: not news.
  if (!interrupted) reportFailure(error);
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
