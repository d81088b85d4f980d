// Driving the built app in a launched browser: its start, and its own
// IndexedDB database (`training-desk`) for seeding a profile with records.
import { START_TIMEOUT, STEP_TIMEOUT, withTimeout } from './timeouts.mjs';

/**
 * Navigates to the app and waits for its `td:interactive` mark (set once the
 * first usable screen has rendered). Returns the mark's startTime (ms since
 * navigation start) and the wall time from goto to seeing the mark.
 */
export async function startApp(page, appUrl) {
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

/**
 * Opens the app's database in `page` through raw IndexedDB, at the version the
 * app (Dexie) created on its start: start the app first. Then `putRecords`,
 * `countRecords`, and `closeAppDatabase` when done.
 */
export function openAppDatabase(page) {
  return withTimeout(
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
}

/** Puts `records` into the object store `store` of the app's database, in one transaction. */
export function putRecords(page, store, records) {
  return withTimeout(
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
    ),
    STEP_TIMEOUT,
    `seeding ${store}`,
  );
}

/** How many records the object store `store` of the app's database holds. */
export function countRecords(page, store) {
  return withTimeout(
    page.evaluate(
      (name) =>
        new Promise((done, reject) => {
          const request = window.__benchDb.transaction(name).objectStore(name).count();
          request.onsuccess = () => done(request.result);
          request.onerror = () => reject(request.error);
        }),
      store,
    ),
    STEP_TIMEOUT,
    `counting ${store}`,
  );
}

/** Closes the connection `openAppDatabase` opened, so the next start is not blocked. */
export function closeAppDatabase(page) {
  return page.evaluate(() => window.__benchDb.close());
}
