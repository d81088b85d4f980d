import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Session } from './support/browser';
import { useDesk } from './support/desk';
import { countRecords, stored } from './support/stored';

/**
 * Importing people straight into places: the wizard says how many are free
 * before, the import that does not fit is refused whole after, and the same
 * file goes in on the waiting list.
 */
describe('importing into a programme with few places left, in Chromium', () => {
  const desk = useDesk({ start: 'sample', timeout: 15_000 });
  let session: Session | undefined;
  let page: Page;

  beforeAll(async () => {
    ({ page, session } = desk);
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    // The wizard is loaded when it is first shown: wait for it before dropping a file on the page.
    await page.getByRole('heading', { level: 2, name: 'Step 1 of 7: File' }).waitFor();
  });

  const wizard = () => page.getByRole('region', { name: /^Step \d of 7/ });
  const stepHeading = (name: string) => page.getByRole('heading', { level: 2, name: new RegExp(`^Step \\d of 7: ${name}$`) });
  const next = () => wizard().getByRole('button', { name: 'Next', exact: true }).click();

  it('says before and after that a file does not fit in the places left, and imports it on the waiting list instead', async () => {
    await page.evaluate(() => {
      const data = new DataTransfer();
      const csv = 'Prénom;Nom;Courriel;Pays\r\nAdaeze;Okonkwo;adaeze@lagos.example;Nigeria\r\nEfua;Asantewaa;efua@kumasi.example;Ghana\r\nRokhaya;Faye;rokhaya@saint-louis.example;Sénégal\r\n';
      data.items.add(new File([csv], 'lagos-extra.csv', { type: 'text/csv' }));
      for (const type of ['dragenter', 'dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
    });
    await stepHeading('Sheet and header').waitFor();
    await next();
    await stepHeading('Columns').waitFor();
    await next();
    await stepHeading('What to do').waitFor();
    await page.getByLabel('Also enrol them in a programme').check();
    await page.getByLabel('Programme', { exact: true }).selectOption({ label: 'Regional training for African museum professionals — Lagos 2022' });
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Accepted' });
    // Lagos 2022 has 28 of its 30 places taken: three people do not fit, and staff are told before importing.
    const warning = wizard().getByRole('alert');
    await expect.poll(() => warning.textContent()).toContain('2 of the programme’s 30 places are free.');
    expect(await warning.textContent()).toContain('The file has 3 rows ready to import: if more than 2 of them take a place, they will not fit, and nothing will be imported.');

    const before = await countRecords(page);
    await next();
    await stepHeading('Check the rows').waitFor();
    await page.getByRole('list', { name: 'What the import will do' }).getByText('0 in error').waitFor();
    await next();
    await stepHeading('People already here').waitFor();
    await page.getByText('No row looks like someone already in the directory').waitFor();
    await next();
    await wizard().getByRole('button', { name: 'Import 3 rows' }).click();
    const refused = wizard().getByRole('alert');
    await expect.poll(() => refused.textContent()).toContain('This import would give 3 people a place, but only 2 of the programme’s 30 places are free. Nothing was saved.');
    expect(await countRecords(page)).toEqual(before);

    // Back to "What to do": on the waiting list they fit, and go in.
    await page.getByRole('navigation', { name: 'Import steps' }).getByRole('button', { name: /What to do/ }).click();
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Wait-listed' });
    expect(await wizard().getByRole('alert').count()).toBe(0);
    await page.getByRole('navigation', { name: 'Import steps' }).getByRole('button', { name: /Import/ }).click();
    await wizard().getByRole('button', { name: 'Import 3 rows' }).click();
    await page.getByText('lagos-extra.csv is imported.').waitFor();
    const after = await stored(page);
    const lagos = after.programmes.find((p) => p.title.en?.includes('Lagos 2022'));
    const added = after.people.filter((p) => ['Okonkwo', 'Asantewaa', 'Faye'].includes(p.familyName));
    expect(added.map((p) => after.enrolments.find((e) => e.personId === p.id && e.programmeId === lagos?.id)?.status)).toEqual(['waitlisted', 'waitlisted', 'waitlisted']);
    await wizard().getByRole('button', { name: 'Import another file' }).click();
    await stepHeading('File').waitFor();
    expect(session?.errors).toEqual([]);
  });
});
