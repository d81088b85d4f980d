// Chromium for the benchmarks: launched like the e2e tests, on temp profiles
// that are tracked so that clean-up can close and remove them after an error.
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { log, SetupError } from './log.mjs';
import { round } from './stats.mjs';
import { LAUNCH_TIMEOUT, STEP_TIMEOUT, withTimeout } from './timeouts.mjs';

/** Debian's Chromium, or the one $CHROMIUM_PATH names (as test/e2e/support/browser.ts). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags the e2e tests use too (GUIDE §4), from one file. */
const CHROMIUM_ARGS = JSON.parse(
  readFileSync(new URL('../../e2e/support/chromium-flags.json', import.meta.url), 'utf8'),
).args;
/** Bench only: exact performance.memory figures (unquantised, not cached). */
const BENCH_ARGS = ['--lang=en-GB', '--enable-precise-memory-info'];
const LOCALE = 'en-GB';

const openContexts = new Set();
const profiles = new Set();
let chromium;

/** Throws a SetupError when there is no Chromium to run. */
export function checkChromium() {
  try {
    accessSync(CHROMIUM, constants.X_OK);
  } catch {
    throw new SetupError(`Chromium not found or not executable at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH).`);
  }
}

/** A new empty profile directory, removed by `removeProfile` or `closeBrowsers`. */
export function newProfile() {
  const dir = mkdtempSync(join(tmpdir(), 'training-desk-bench-'));
  profiles.add(dir);
  return dir;
}

export function removeProfile(dir) {
  rmSync(dir, { recursive: true, force: true });
  profiles.delete(dir);
}

/**
 * A NEW Chromium process on `profile` (a real user-data-dir, as e2e does).
 * Returns `{ page, errors, close }`; `errors` collects console errors and
 * uncaught exceptions of the page.
 */
export async function launch(profile) {
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

/** Logs (and forgets) the page errors seen so far. */
export function reportErrors(errors, where) {
  for (const e of errors.splice(0)) log(`page error (${where}): ${e}`);
}

/** JS heap in use, MB (Chromium's performance.memory), or undefined elsewhere. */
export async function heapMb(page) {
  const bytes = await page.evaluate(() => performance.memory?.usedJSHeapSize);
  return typeof bytes === 'number' ? round(bytes / 1048576) : undefined;
}

/** Closes every browser still open and removes every temp profile. */
export async function closeBrowsers() {
  for (const context of openContexts) {
    await withTimeout(context.close(), 15_000, 'closing Chromium').catch((error) => log(String(error)));
  }
  openContexts.clear();
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
  profiles.clear();
}
