import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Session } from './support/browser';
import { useDesk } from './support/desk';

type StoredPerson = { givenName: string; familyName: string; phone?: string; organisationId?: string; institution?: string };

/** People in IndexedDB whose family name is `family` (or all of them), read from the page as the app stores them. */
function storedPeople(page: Page, family?: string): Promise<StoredPerson[]> {
  return page.evaluate(
    (wanted) =>
      new Promise<StoredPerson[]>((resolve, reject) => {
        const open = indexedDB.open('training-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('people').objectStore('people').getAll();
          all.onsuccess = () => {
            resolve((all.result as StoredPerson[]).filter((p) => wanted === null || p.familyName === wanted));
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    family ?? null,
  );
}

const format = (n: number) => new Intl.NumberFormat('en').format(n);

/**
 * The directory as staff use it: searching names without their accents,
 * filtering, opening a person with their enrolments; then a person created
 * (after being told what is wrong), edited, deleted and put back with Undo.
 */
describe('participants in Chromium', () => {
  const desk = useDesk({ start: 'sample', timeout: 10_000 });
  let session: Session;
  let total = 0;

  beforeAll(async () => {
    session = desk.session;
    const { page } = desk;
    total = (await storedPeople(page)).length;
    await page.getByRole('link', { name: 'Participants', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Participants' }).waitFor();
  });

  it('finds people by names typed without accents, and filters by country, with the count of matches', async () => {
    const { page } = session;
    const grid = page.getByRole('grid', { name: 'People' });
    const count = page.locator('#pd-count');
    await page.getByText(`${format(total)} people in the directory`).waitFor();
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(total + 1));
    // Only the rows on screen (plus a few) are drawn, however long the list.
    expect(await grid.getByRole('row').count()).toBeLessThan(total);

    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill('nguyen');
    await page.getByText(`2 of ${format(total)} people`).waitFor();
    const names = await grid.locator('.pd-body [role="row"]').allInnerTexts();
    expect(names.join('\n')).toContain('Nguyễn');
    expect(names.join('\n')).toContain('Văn An');

    await search.fill('garcia');
    await expect.poll(() => count.getAttribute('data-results-for')).toBe('garcia');
    expect(await grid.getByRole('link').allTextContents()).toContain('García López');
    await search.fill('garcia lop');
    await expect.poll(() => count.textContent()).toBe(`1 of ${format(total)} people`);

    await search.fill('');
    await page.getByRole('combobox', { name: 'Country', exact: true }).selectOption({ label: 'Vietnam' });
    await expect.poll(() => count.textContent()).toMatch(new RegExp(`^\\d of ${format(total)} people$`));
    const countries = await grid.locator('.pd-body .pd-country').allTextContents();
    expect(countries.length).toBeGreaterThan(0);
    expect(new Set(countries)).toEqual(new Set(['Vietnam']));
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByText(`${format(total)} people in the directory`).waitFor();
    expect(session.errors).toEqual([]);
  });

  it('opens a person from the keyboard and shows every enrolment with its programme', async () => {
    const { page } = session;
    await page.getByRole('searchbox', { name: 'Search' }).fill('maria jose garcia');
    await page.getByText(`1 of ${format(total)} people`).waitFor();
    const grid = page.getByRole('grid', { name: 'People' });
    await grid.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'María José García López' }).waitFor();
    const enrolments = page.getByRole('table', { name: 'Enrolments' });
    const cali = enrolments.getByRole('row', { name: /Cali 2019/ });
    expect(await cali.textContent()).toMatch(/Organiser.*Attended/);
    const link = cali.getByRole('link');
    expect(await link.getAttribute('href')).toMatch(/^#\/programmes\/[0-9A-Z]{26}$/);
    expect(await enrolments.getByRole('row').count()).toBeGreaterThan(2);
    expect(await page.locator('main dl').textContent()).toContain('Colombia (CO)');
    await page.getByRole('link', { name: 'All participants' }).click();
    // The directory kept the search.
    await page.getByText(`1 of ${format(total)} people`).waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    expect(session.errors).toEqual([]);
  });

  it('explains a bad email and an unknown country and saves nothing, then adds the person as typed', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'New person' }).click();
    await page.getByRole('heading', { level: 1, name: 'New person' }).waitFor();
    await page.getByLabel('Given name', { exact: true }).fill('ngozi');
    await page.getByLabel('Family name', { exact: true }).fill('okafor');
    await page.getByLabel('Email', { exact: true }).fill('ngozi.okafor@museum');
    await page.getByLabel('Country', { exact: true }).fill('Wakanda');
    await page.getByLabel('Phone', { exact: true }).fill('+234 (0)803 555 0101');
    await page.getByLabel('Institution', { exact: true }).fill('Lagos Heritage Centre');
    await page.getByText('“Lagos Heritage Centre” is not in your organisations yet.').waitFor();
    expect(await page.getByLabel('Kind of organisation').inputValue()).toBe('museum');
    await page.getByRole('button', { name: 'Add person' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'need your attention' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('2 fields need your attention');
    const email = page.getByLabel('Email', { exact: true });
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.getAttribute('aria-describedby')).toContain('pe-emails-error');
    expect(await page.locator('#pe-emails-error').textContent()).toBe(
      '“ngozi.okafor@museum” is not an email address. Check for a missing @ or dot, or a space.',
    );
    expect(await page.locator('#pe-country-error').textContent()).toBe('“Wakanda” is not a country we know. Choose it from the list.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pe-emails');
    expect(await storedPeople(page, 'okafor')).toEqual([]);
    expect(page.url()).toMatch(/#\/participants\/new$/);

    await email.fill('ngozi.okafor@museum.example');
    await page.getByLabel('Country', { exact: true }).fill('Nigeria');
    await page.locator('#pe-emails-error').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Add person' }).click();

    await page.getByRole('heading', { level: 1, name: 'ngozi okafor' }).waitFor();
    await page.getByText('ngozi okafor added to the directory.').waitFor();
    const facts = page.locator('main dl');
    expect(await facts.textContent()).toContain('Nigeria (NG)');
    expect(await facts.textContent()).toContain('+234 (0)803 555 0101');
    await expect.poll(() => facts.textContent()).toContain('Lagos Heritage Centre — Museum');
    const [stored] = await storedPeople(page, 'okafor');
    expect(stored).toMatchObject({ givenName: 'ngozi', familyName: 'okafor', phone: '+234 (0)803 555 0101' });
    expect(stored?.organisationId).toBeTruthy();
    expect(await page.getByText('Added to the directory', { exact: true }).count()).toBe(1);

    // The directory's search index picks up the new person.
    await page.getByRole('link', { name: 'All participants' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('okafor');
    await page.getByText(`1 of ${format(total + 1)} people`).waitFor();
    await page.getByRole('grid', { name: 'People' }).getByRole('link', { name: 'okafor' }).click();
    await page.getByRole('heading', { level: 1, name: 'ngozi okafor' }).waitFor();
    expect(session.errors).toEqual([]);
  });

  it('edits the person, with the change in the history, then deletes them and Undo puts them back', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit ngozi okafor' }).waitFor();
    expect(await page.getByLabel('Given name', { exact: true }).inputValue()).toBe('ngozi');
    await page.getByLabel('Phone', { exact: true }).fill('0803 555 0101 ext 12');
    await page.getByLabel('Needs an invitation letter for a visa').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes to ngozi okafor saved.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'ngozi okafor' }).waitFor();
    expect(await page.locator('main dl').textContent()).toContain('0803 555 0101 ext 12');
    await page.getByText('Changed: Phone, Needs').waitFor();

    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Delete ngozi okafor? Their 0 enrolments and 0 grants are deleted too');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('heading', { level: 1, name: 'Participants' }).waitFor();
    await page.getByText('ngozi okafor deleted.').waitFor();
    expect(await storedPeople(page, 'okafor')).toEqual([]);
    await page.getByRole('searchbox', { name: 'Search' }).fill('okafor');
    await page.getByText(`0 of ${format(total)} people`).waitFor();

    await page.locator('.notice', { hasText: 'ngozi okafor deleted.' }).getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Undone.').waitFor();
    await page.getByText(`1 of ${format(total + 1)} people`).waitFor();
    expect(await storedPeople(page, 'okafor')).toHaveLength(1);
    expect(session.errors).toEqual([]);
  });
});
