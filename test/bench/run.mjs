// `npm run bench` (after `vite build`): start-up and import-floor figures of
// Training Desk in real Chromium. One JSON line per figure on stdout; progress
// on stderr. Figures are noisy on a small machine: compare them as ratios
// within one run, not across machines. See README.md.
//
// This file only orchestrates: it reads `--only=`, prepares the inputs, starts
// the server, runs the selected groups of figures/*.mjs, and cleans up.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as calendar from './figures/calendar.mjs';
import * as coldStart from './figures/cold-start.mjs';
import * as directory from './figures/directory.mjs';
import * as floors from './figures/floors.mjs';
import * as importFigures from './figures/import.mjs';
import { buildBenchPage } from './lib/bench-page.mjs';
import { checkChromium, closeBrowsers } from './lib/chromium.mjs';
import { loadPeopleGenerator, PEOPLE_SEED, writeSheets } from './lib/fixtures.mjs';
import { fail, log, reportFailure, SetupError } from './lib/log.mjs';
import { APP_DIR, BENCH_OUT, PAGE_OUT } from './lib/paths.mjs';
import { startServer, stopServer } from './lib/server.mjs';
import { emit } from './lib/stats.mjs';
import { RUN_TIMEOUT } from './lib/timeouts.mjs';

/** Every group of figures, in the order they run. A new figures/*.mjs goes here. */
const GROUPS = [...coldStart.groups, ...floors.groups, ...importFigures.groups, ...calendar.groups, ...directory.groups];

/** How many people are generated: the sheets hold them all, the 50k profile the first 50,000. */
const PEOPLE = 100_000;

/** URL prefix → directory, first match wins. /files/ serves only the generated .xlsx files. */
const MOUNTS = [
  { prefix: '/bench/', dir: PAGE_OUT },
  { prefix: '/files/', dir: BENCH_OUT, only: '.xlsx' },
  { prefix: '/', dir: APP_DIR },
];

// ------------------------------------------------------------------ clean-up

let cleaning;

/** Closes browsers, the server, and removes temp profiles. Safe to call twice. */
function cleanup() {
  cleaning ??= (async () => {
    await closeBrowsers();
    await stopServer();
  })();
  return cleaning;
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true;
    fail(`interrupted (${signal})`);
    void cleanup().finally(() => process.exit(130));
  });
}

// ------------------------------------------------------------------ main

/** `node test/bench/run.mjs [--only=group,…]`: the groups to run, all by default. */
function selectedGroups(argv) {
  const only = argv.find((a) => a.startsWith('--only='));
  if (!only) return GROUPS;
  const names = only.slice('--only='.length).split(',').filter(Boolean);
  const known = GROUPS.map((g) => g.name);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length) throw new SetupError(`unknown figure group(s) ${unknown.join(', ')}; known: ${known.join(', ')}`);
  return GROUPS.filter((g) => names.includes(g.name));
}

/** Prints a figure, refusing one its group did not declare (names are what readers compare across runs). */
function emitFor(group) {
  return (figure) => {
    if (!group.figures.includes(figure.name)) {
      throw new Error(`group ${group.name} printed ${figure.name}, not in its figures: ${group.figures.join(', ')}`);
    }
    emit(figure);
  };
}

function preflight(groups) {
  checkChromium();
  if (groups.some((g) => g.needsApp) && !existsSync(join(APP_DIR, 'index.html'))) {
    throw new SetupError(`${join(APP_DIR, 'index.html')} is missing: run \`npm run bench\` (it builds first) or \`npx vite build\`.`);
  }
}

async function main() {
  const groups = selectedGroups(process.argv.slice(2));
  preflight(groups);
  mkdirSync(BENCH_OUT, { recursive: true });
  // One set of people (seed 100) for everything: the sheets, the seeded
  // profile (its first 50,000) and the page's bulkAdd generate the same records.
  const generator = await loadPeopleGenerator();
  const people = generator.generatePeople(PEOPLE, PEOPLE_SEED);
  log('building the bench page…');
  await buildBenchPage();
  log('writing the participant sheets…');
  await writeSheets(generator.peopleSheetRows(people));
  const origin = await startServer(MOUNTS);
  log(`serving on ${origin}`);
  const context = { origin, appUrl: `${origin}/`, people };
  for (const group of groups) await group.run({ ...context, emit: emitFor(group) });
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
