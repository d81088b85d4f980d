import type { Page } from 'playwright-core';

// What the app's database (IndexedDB 'training-desk') holds, read straight from
// it in the page: what the import tests compare before and after.

export type StoredPerson = { id: string; givenName: string; familyName: string; emails: string[]; country?: string };
export type Stored = { people: StoredPerson[]; enrolments: { personId: string; programmeId: string; status: string; role: string }[]; programmes: { id: string; title: { en?: string } }[]; batches: number };

/** The people, enrolments, programmes and number of import batches as IndexedDB holds them. */
export function stored(page: Page): Promise<Stored> {
  return page.evaluate(
    () =>
      new Promise<Stored>((resolve, reject) => {
        const open = indexedDB.open('training-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['people', 'enrolments', 'programmes', 'importBatches'], 'readonly');
          const people = tx.objectStore('people').getAll();
          const enrolments = tx.objectStore('enrolments').getAll();
          const programmes = tx.objectStore('programmes').getAll();
          const batches = tx.objectStore('importBatches').count();
          tx.oncomplete = () => {
            db.close();
            resolve({ people: people.result, enrolments: enrolments.result, programmes: programmes.result, batches: batches.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** How many people and import batches the database holds, read straight from IndexedDB. */
export function countRecords(page: Page): Promise<{ people: number; batches: number; enrolments: number }> {
  return page.evaluate(
    () =>
      new Promise<{ people: number; batches: number; enrolments: number }>((resolve, reject) => {
        const open = indexedDB.open('training-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['people', 'importBatches', 'enrolments'], 'readonly');
          const people = tx.objectStore('people').count();
          const batches = tx.objectStore('importBatches').count();
          const enrolments = tx.objectStore('enrolments').count();
          tx.oncomplete = () => {
            db.close();
            resolve({ people: people.result, batches: batches.result, enrolments: enrolments.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
