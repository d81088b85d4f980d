import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { emailKeys, personSortKey } from '../../shared/domain/text';
import type { Enrolment, Person, Programme } from '../../shared/domain/types';
import type { Session } from './support/browser';
import { useDesk } from './support/desk';

type Stores = 'people' | 'enrolments' | 'programmes' | 'audit';

/** Every record of some stores, read from the page's IndexedDB as the app stored them. */
function readAll<T>(page: Page, store: Stores): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('training-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result as T[]);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

/** Writes records straight into the page's IndexedDB, in one transaction. */
function putRaw(page: Page, records: { store: Stores; value: unknown }[]): Promise<void> {
  return page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('training-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([...new Set(list.map((r) => r.store))], 'readwrite');
          for (const r of list) tx.objectStore(r.store).put(r.value);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
const named = (people: Person[]) => people.filter((p) => /^M[aä]kel[aä]$/.test(p.familyName));

/**
 * Finding and merging a duplicate as staff would. The sample data has no
 * duplicates, and the directory has no form to add a person yet, so the test
 * adds one straight into IndexedDB, as a partner spreadsheet typed by hand
 * would have: Päivi Mäkelä again, without accents, her address in other
 * capitals, another position, and applying to another programme (Rakvere).
 */
describe('duplicates in Chromium', () => {
  const desk = useDesk({ start: 'sample', timeout: 15_000 });
  let session: Session;
  let original: Person;
  let copy: Person;
  let before: { people: Person[]; enrolments: Enrolment[] };

  beforeAll(async () => {
    session = desk.session;
    const { page } = desk;

    original = named(await readAll<Person>(page, 'people'))[0]!;
    const rakvere = (await readAll<Programme>(page, 'programmes')).find((p) => /Rakvere/.test(JSON.stringify(p.title)))!;
    const now = new Date().toISOString();
    const emails = [original.emails[0]!.replace(/^p/, 'P').replace('@vapriikki', '@Vapriikki')];
    copy = {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      givenName: 'Paivi',
      familyName: 'Makela',
      emails,
      country: 'FI',
      position: 'Museum educator',
      languages: ['fi', 'sv'],
      tags: [],
      sortKey: personSortKey('Paivi', 'Makela'),
      emailKeys: emailKeys(emails),
    };
    const enrolment: Enrolment = {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      personId: copy.id,
      programmeId: rakvere.id,
      role: 'participant',
      status: 'applied',
      statusChangedAt: now,
      attendance: [],
    };
    await putRaw(page, [
      { store: 'people', value: copy },
      { store: 'enrolments', value: enrolment },
    ]);
    before = { people: byId(await readAll<Person>(page, 'people')), enrolments: byId(await readAll<Enrolment>(page, 'enrolments')) };
    await page.evaluate(() => (window.location.hash = '#/participants/duplicates'));
    await page.getByRole('heading', { level: 1, name: 'Likely duplicates' }).waitFor();
  });

  const pairRow = () => session.page.getByRole('row').filter({ hasText: 'Paivi Makela' });

  it('finds the pair in a background search and says why', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Find duplicates' }).click();
    await page.getByText(/^1 possible duplicate among 192 people/).waitFor();
    const row = pairRow();
    expect(await row.textContent()).toContain('Päivi Mäkelä');
    expect(await row.getByRole('listitem').allTextContents()).toEqual(['Same e-mail address', 'Same name and country']);
    expect(await row.getByRole('cell').first().textContent()).toBe('80');
    expect(session.errors).toEqual([]);
  });

  it('compares every field side by side, merges with a value from the other record, and Undo restores both', async () => {
    const { page } = session;
    await pairRow().getByRole('link', { name: 'Compare Päivi Mäkelä and Paivi Makela' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare and merge' }).waitFor();
    const fields = page.getByRole('table');
    expect(await fields.getByRole('row', { name: /^Country/ }).textContent()).toContain('Finland');
    expect(await page.getByRole('radio', { name: /^Record 1: Päivi Mäkelä/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Position from record 1: Amanuenssi' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Position from record 2: Museum educator' }).check();
    expect(await fields.getByRole('row', { name: /^Position/ }).getByRole('cell').last().textContent()).toBe('Museum educator');
    await page.getByText('After the merge, Päivi Mäkelä will have 2 enrolments and 0 grants.').waitFor();

    await page.getByRole('button', { name: 'Merge into record 1' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain('You can undo this.');
    await dialog.getByRole('button', { name: 'Merge into record 1' }).click();

    const notice = page.locator('.notice', { hasText: 'Merged: Päivi Mäkelä now has 2 enrolments and 0 grants.' });
    await notice.waitFor();
    await page.getByRole('heading', { level: 1, name: 'Likely duplicates' }).waitFor();
    await pairRow().waitFor({ state: 'detached' });
    const left = named(await readAll<Person>(page, 'people'));
    expect(left.map((p) => [p.id, p.givenName, p.position])).toEqual([[original.id, 'Päivi', 'Museum educator']]);
    expect(left[0]!.emails).toEqual(original.emails);
    const theirs = (await readAll<Enrolment>(page, 'enrolments')).filter((e) => e.personId === original.id);
    expect(theirs).toHaveLength(2);
    const history = (await readAll<{ recordId: string; action: string }>(page, 'audit')).filter((e) => e.recordId === original.id);
    expect(history.map((e) => e.action)).toContain('merge');

    await notice.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Merge undone: both records are back, with their enrolments and grants.').waitFor();
    await pairRow().getByRole('link', { name: 'Compare Päivi Mäkelä and Paivi Makela' }).waitFor();
    expect(byId(await readAll<Person>(page, 'people'))).toEqual(before.people);
    expect(byId(await readAll<Enrolment>(page, 'enrolments'))).toEqual(before.enrolments);
    expect(session.errors).toEqual([]);
  });

  it('refuses a merge when a record changed meanwhile, and shows the records as they are now', async () => {
    const { page } = session;
    await pairRow().getByRole('link', { name: /^Compare/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare and merge' }).waitFor();
    await putRaw(page, [{ store: 'people', value: { ...copy, phone: '+358 50 765 4321', updatedAt: new Date().toISOString() } }]);
    await page.getByRole('button', { name: 'Merge into record 1' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Merge into record 1' }).click();
    await page.getByRole('alert').filter({ hasText: 'This was changed elsewhere' }).waitFor();
    await page.getByText('The records changed while you were comparing them.').waitFor();
    expect(await page.getByRole('table').getByRole('row', { name: /^Phone/ }).textContent()).toContain('+358 50 765 4321');
    expect(named(await readAll<Person>(page, 'people'))).toHaveLength(2);
    await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
    expect(session.errors).toEqual([]);
  });

  it('refuses to merge a person into themself, or someone who no longer exists, in the UI language', async () => {
    const { page } = session;
    await page.evaluate((id) => (window.location.hash = `#/participants/duplicates?a=${id}&b=${id}`), original.id);
    await page.getByText('A person cannot be merged with themself. Choose two different people.').waitFor();
    await page.evaluate((id) => (window.location.hash = `#/participants/duplicates?a=${id}&b=01HZZZZZZZZZZZZZZZZZZZZZZZ`), original.id);
    await page.getByText(/One of the two people no longer exists/).waitFor();
    expect(await page.getByRole('button', { name: /^Merge/ }).count()).toBe(0);
    expect(named(await readAll<Person>(page, 'people'))).toHaveLength(2);
    expect(session.errors).toEqual([]);
  });

  it('sets a pair aside as "not a duplicate" for good, with Undo', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Back to the list of duplicates' }).click();
    await pairRow().getByRole('button', { name: 'Not a duplicate: Päivi Mäkelä and Paivi Makela' }).click();
    await pairRow().waitFor({ state: 'detached' });
    await page.getByText('1 pair you marked as not a duplicate is not shown.').waitFor();
    await page.getByRole('button', { name: 'Search again' }).click();
    await page.getByText('No likely duplicates among 192 people.').waitFor();
    expect(await pairRow().count()).toBe(0);

    await page.locator('.notice', { hasText: 'will not be proposed again' }).getByRole('button', { name: 'Undo' }).click();
    await pairRow().waitFor();
    expect(session.errors).toEqual([]);
  });

  it('speaks French', async () => {
    const { page } = session;
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('fr');
    await page.getByRole('heading', { level: 1, name: 'Doublons probables' }).waitFor();
    expect(await pairRow().getByRole('listitem').allTextContents()).toEqual(['Même adresse e-mail', 'Même nom et même pays']);
    await pairRow().getByRole('link', { name: /^Comparer/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Comparer et fusionner' }).waitFor();
    expect(await page.getByRole('table').getByRole('row', { name: /^Pays/ }).textContent()).toContain('Finlande');
    expect(session.errors).toEqual([]);
  });
});
