import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Session } from './support/browser';
import { useDesk } from './support/desk';

/** Programmes in IndexedDB, counted from the page as the app stores them. */
function storedProgrammes(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('training-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('programmes').objectStore('programmes').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

const TITLE = 'Regional training — Medellín 2027';

/**
 * A programme's life as staff live it: created through the form (after being
 * told what is wrong), found in the list, edited, duplicated for next year,
 * cancelled and deleted, each undoable. Then the messages in French.
 */
describe('programmes in Chromium', () => {
  const desk = useDesk({ start: 'sample', timeout: 10_000 });
  let session: Session;
  let total = 0;

  beforeAll(async () => {
    session = desk.session;
    const { page } = desk;
    await page.getByRole('link', { name: 'Programmes', exact: true }).click();
    await page.getByRole('table').getByRole('rowheader', { name: /Lagos/ }).waitFor();
    total = await storedProgrammes(page);
  });

  it('explains bad input beside each field and saves nothing, then creates the programme once fixed', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'New programme' }).click();
    await page.getByRole('heading', { level: 1, name: 'New programme' }).waitFor();

    await page.getByLabel('Title in English', { exact: true }).fill(TITLE);
    await page.getByLabel('Kind', { exact: true }).selectOption('regional-training');
    await page.getByLabel('Region', { exact: true }).selectOption('latin-america-caribbean');
    await page.getByRole('radio', { name: 'Hybrid (in person and online)' }).check();
    await page.getByRole('button', { name: 'Add a host institution' }).click();
    await page.getByLabel('Host institution 1', { exact: true }).fill('Museo de Antioquia');
    await expect(page.getByText('“Museo de Antioquia” is not in your organisations yet').isVisible()).resolves.toBe(true);
    await page.getByLabel('City', { exact: true }).fill('Medellín');
    await page.getByLabel('Country', { exact: true }).fill('Colombia');
    await page.getByLabel('Meeting link', { exact: true }).fill('museodeantioquia.zoom/room');
    await page.getByLabel('Passcode', { exact: true }).fill('Antioquia27');
    await page.getByLabel('Time zone', { exact: true }).fill('America/Bogota');
    await page.getByLabel('Start date', { exact: true }).fill('2027-11-22');
    await page.getByLabel('End date', { exact: true }).fill('2027-11-19');
    await page.getByLabel('Capacity', { exact: true }).fill('25');
    await page.getByRole('button', { name: 'Create programme' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'need your attention' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('2 fields need your attention');
    const link = page.getByLabel('Meeting link', { exact: true });
    expect(await link.getAttribute('aria-invalid')).toBe('true');
    expect(await link.getAttribute('aria-describedby')).toContain('pf-link-error');
    expect(await page.locator('#pf-link-error').textContent()).toBe(
      '“museodeantioquia.zoom/room” is not a web address. Paste the full meeting link, starting with https://',
    );
    const end = page.getByLabel('End date', { exact: true });
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#pf-endDate-error').textContent()).toBe('The end date is before the start date.');
    expect(await end.getAttribute('aria-describedby')).toContain('pf-endDate-error');
    // The first field to fix has the focus; nothing was saved, the form is still open.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pf-link');
    expect(await storedProgrammes(page)).toBe(total);
    expect(page.url()).toMatch(/#\/programmes\/new$/);

    await link.fill('https://us06web.zoom.us/j/85512345678');
    await end.fill('2027-11-26');
    // Corrections clear the messages as they are made.
    await page.locator('#pf-endDate-error').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Create programme' }).click();

    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('Programme created.').waitFor();
    expect(await storedProgrammes(page)).toBe(total + 1);
    const facts = page.locator('main dl').first();
    expect(await facts.textContent()).toMatch(/Nov 22\s*–\s*26, 2027/);
    expect(await facts.textContent()).toMatch(/America\/Bogota \(UTC-05:00 now\)/);
    expect(await facts.textContent()).toContain('Medellín, Colombia');
    await expect.poll(() => facts.textContent()).toContain('Museo de Antioquia');
    expect(await facts.textContent()).toContain('25 places');
    // The passcode shows only on demand.
    expect(await page.getByText('Antioquia27').count()).toBe(0);
    await page.getByRole('button', { name: 'Show passcode' }).click();
    await page.getByText('Antioquia27').waitFor();
    expect(session.errors).toEqual([]);
  });

  it('finds it in the list by kind, status and an accent-free search, with the count of matches', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'All programmes' }).click();
    const table = page.getByRole('table');
    await table.getByRole('rowheader', { name: TITLE }).waitFor();
    const count = page.locator('.pl-count');

    await page.getByLabel('Kind', { exact: true }).selectOption('webinar-cycle');
    await page.getByText('1 programme shown of 10').waitFor();
    expect(await table.getByRole('rowheader', { name: TITLE }).count()).toBe(0);

    await page.getByLabel('Kind', { exact: true }).selectOption('regional-training');
    await page.getByLabel('Status', { exact: true }).selectOption('draft');
    await page.getByText('1 programme shown of 10').waitFor();
    expect(await table.getByRole('rowheader').allTextContents()).toEqual([TITLE]);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('medellin');
    await page.getByText('1 programme shown of 10').waitFor();
    const row = table.getByRole('row', { name: /Medellín/ });
    expect(await row.textContent()).toContain('Draft');
    expect(await row.getByRole('cell').last().textContent()).toBe('0');

    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.getByText('10 programmes', { exact: true }).waitFor();
    expect(await count.textContent()).toBe('10 programmes');
    // Oldest first at a click on the Dates header.
    await page.getByRole('button', { name: /Dates/ }).click();
    expect(await table.getByRole('rowheader').first().textContent()).toMatch(/Doha 2018/);
    await page.getByRole('button', { name: /Dates/ }).click();
    expect(await table.getByRole('rowheader').first().textContent()).toBe(TITLE);
    expect(session.errors).toEqual([]);
  });

  it('opens it, edits it and keeps the change', async () => {
    const { page } = session;
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { level: 1, name: `Edit “${TITLE}”` }).waitFor();
    expect(await page.getByLabel('Country', { exact: true }).inputValue()).toBe('Colombia');
    await page.getByLabel('Title in Spanish', { exact: true }).fill('Formación regional — Medellín 2027');
    await page.getByLabel('Capacity', { exact: true }).fill('30');
    await page.getByRole('button', { name: 'Add a partner or sponsor' }).click();
    await page.getByLabel('Organisation 1', { exact: true }).fill('International Council of Museums');
    await page.getByLabel('Role of organisation 1', { exact: true }).selectOption('organiser');
    await page.getByLabel('Status', { exact: true }).selectOption('call-open');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const facts = () => page.locator('main dl').first().textContent();
    await expect.poll(facts).toContain('International Council of Museums — Organiser');
    expect(await facts()).toContain('30 places');
    expect(await page.locator('.pp-status .status').textContent()).toBe('Call open');
    expect(session.errors).toEqual([]);
  });

  it('cancels it and Undo puts the status back', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Cancel programme' }).click();
    const notice = page.locator('.notice', { hasText: 'is cancelled' });
    await notice.waitFor();
    await page.locator('.pp-status .status', { hasText: 'Cancelled' }).waitFor();
    await notice.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.pp-status .status', { hasText: 'Call open' }).waitFor();
    expect(session.errors).toEqual([]);
  });

  it('duplicates it for next year as a draft, on the same weekday when asked', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Duplicate for next year' }).click();
    const dialog = page.getByRole('dialog', { name: 'Duplicate for next year' });
    await dialog.waitFor();
    const start = dialog.getByLabel('New start date', { exact: true });
    expect(await start.inputValue()).toBe('2028-11-22');
    expect(await dialog.textContent()).toContain('The original started on a Monday; this date is a Wednesday.');
    await dialog.getByRole('button', { name: 'Start on Monday, November 20, 2028 instead' }).click();
    expect(await start.inputValue()).toBe('2028-11-20');
    expect(await dialog.textContent()).toContain('It will end on Friday, November 24, 2028.');
    const original = page.url();
    await dialog.getByRole('button', { name: 'Duplicate' }).click();

    await page.waitForURL((url) => url.toString() !== original);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.locator('.pp-status .status', { hasText: 'Draft' }).waitFor();
    expect(await page.locator('main dl').first().textContent()).toMatch(/Nov 20\s*–\s*24, 2028/);
    expect(await storedProgrammes(page)).toBe(total + 2);
    expect(session.errors).toEqual([]);
  });

  it('deletes the copy after asking, and Undo brings it back', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('You can undo this.');
    await dialog.getByRole('button', { name: 'Delete' }).click();

    await page.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
    const notice = page.locator('.notice', { hasText: 'was deleted' });
    await notice.waitFor();
    await page.getByText('10 programmes', { exact: true }).waitFor();
    expect(await storedProgrammes(page)).toBe(total + 1);

    await notice.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('11 programmes', { exact: true }).waitFor();
    expect(await page.getByRole('table').getByRole('rowheader', { name: TITLE }).count()).toBe(2);
    expect(session.errors).toEqual([]);
  });

  it('says what is wrong in French', async () => {
    const { page } = session;
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('fr');
    await page.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
    await page.getByRole('link', { name: 'Nouveau programme' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouveau programme' }).waitFor();
    await page.getByRole('radio', { name: 'En ligne', exact: true }).check();
    await page.getByLabel('Lien de la réunion', { exact: true }).fill('zoom');
    await page.getByLabel('Date de début', { exact: true }).fill('2027-03-10');
    await page.getByLabel('Date de fin', { exact: true }).fill('2027-03-01');
    await page.getByLabel('Capacité', { exact: true }).fill('0');
    await page.getByLabel('Au moins', { exact: true }).fill('30');
    await page.getByLabel('Au plus', { exact: true }).fill('25');
    await page.getByRole('button', { name: 'Créer le programme' }).click();

    await page.getByRole('alert').filter({ hasText: 'champs sont à corriger' }).waitFor();
    const errorOf = (id: string) => page.locator(`#pf-${id}-error`).textContent();
    expect(await errorOf('title')).toBe('Indiquez le titre dans au moins une langue.');
    expect(await errorOf('link')).toBe('« zoom » n’est pas une adresse web. Collez le lien complet de la réunion, commençant par https://');
    expect(await errorOf('endDate')).toBe('La date de fin est antérieure à la date de début.');
    expect(await errorOf('capacity')).toBe('La capacité doit être d’au moins 1 place.');
    expect(await errorOf('grantsMin')).toBe('Le nombre minimal (30) dépasse le nombre maximal (25).');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pf-title-en');
    expect(await storedProgrammes(page)).toBe(total + 2);
    expect(session.errors).toEqual([]);
  });
});
