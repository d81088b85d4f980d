import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Session } from './support/browser';
import { useDesk } from './support/desk';
import { countRecords, stored, type StoredPerson } from './support/stored';

const FRENCH_LIST = 'test/fixtures/e2e-import/participants-cimam-fr.xlsx';

const NEW_PEOPLE = ['Aminata DIALLO', 'Thu Hà Lê', 'Yao Serge Kouassi', 'Hélène Mbarga', 'Fanja Rakotomalala', 'Karim Benali'];
const fullName = (p: StoredPerson) => `${p.givenName} ${p.familyName}`;

/**
 * Importing a partner's spreadsheet as staff do it: a French list with a title
 * and a blank row above its column names, one bad email, countries written in
 * French, into the CIMAM 2026 conference as applicants; then undoing it. And a
 * 50,000-row import cancelled while it is written, leaving the database as it was.
 */
describe('spreadsheet import in Chromium', () => {
  const desk = useDesk({ start: 'sample', timeout: 15_000 });
  let session: Session | undefined;
  let page: Page;
  const temp = mkdtempSync(join(tmpdir(), 'training-desk-import-'));

  beforeAll(async () => {
    ({ page, session } = desk);
  });

  afterAll(() => {
    rmSync(temp, { recursive: true, force: true });
  });

  const wizard = () => page.getByRole('region', { name: /^Step \d of 7/ });
  const stepHeading = (name: string) => page.getByRole('heading', { level: 2, name: new RegExp(`^Step \\d of 7: ${name}$`) });
  const next = () => wizard().getByRole('button', { name: 'Next', exact: true }).click();

  async function openFile(path: string) {
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /^Choose (a|another) file/ }).click();
    await (await chooser).setFiles(path);
  }

  it('finds the header under the title and the blank row, and suggests every column from its French name', async () => {
    await openFile(FRENCH_LIST);
    await stepHeading('Sheet and header').waitFor();
    expect(await page.locator('[aria-current="step"]').textContent()).toContain('Sheet and header');
    const panel = await wizard().textContent();
    expect(panel).toContain('Row 1 looks like a title (“Liste des candidats — Conférence annuelle du CIMAM 2026”) and was skipped.');
    expect(panel).toContain('Row 2 is empty and was skipped.');
    expect(panel).toContain('Row 3 holds the column names (7 recognised).');
    expect(await page.getByLabel('Column names are on').inputValue()).toBe('2');
    const headerRow = page.getByRole('table', { name: /first 10 rows/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: '3', exact: true }) });
    expect(await headerRow.textContent()).toContain('Column names');

    await next();
    await stepHeading('Columns').waitFor();
    // The step's heading takes focus, so keyboard users start reading the new step.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Step 3 of 7: Columns');
    const fields = { Nom: 'familyName', Prénom: 'givenName', Courriel: 'email', Pays: 'country', Établissement: 'institution', Fonction: 'position', Téléphone: 'phone' };
    for (const [column, field] of Object.entries(fields)) {
      expect(await page.getByLabel(`Imported as, for the column ${column}`).inputValue(), column).toBe(field);
    }
    expect(session?.errors).toEqual([]);
  });

  it('enrols them in CIMAM 2026 as applicants, after fixing the bad email in the preview', async () => {
    await next();
    await stepHeading('What to do').waitFor();
    await page.getByLabel('Also enrol them in a programme').check();
    await page.getByLabel('Programme', { exact: true }).selectOption({ label: 'CIMAM 2026 Annual Conference' });
    expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe('applied');
    expect(await page.getByLabel('Role', { exact: true }).inputValue()).toBe('participant');

    await next();
    await stepHeading('Check the rows').waitFor();
    const counts = page.getByRole('list', { name: 'What the import will do' });
    await expect.poll(() => counts.textContent()).toContain('1 in error');
    await page.getByLabel(/^Errors \(1\)/).check();
    const grid = page.getByRole('table', { name: 'Rows of the file' });
    const badRow = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Row 7' }) });
    expect(await badRow.textContent()).toContain('Error: Not an email address: serge.kouassi@musee-bingerville.');
    // Country names written in French were understood, and are shown in English.
    expect(await badRow.textContent()).toContain("Côte d'Ivoire");
    await badRow.getByRole('button', { name: /^Correct Courriel, row 7/ }).click();
    const input = page.getByRole('textbox', { name: 'Correct Courriel, row 7' });
    await input.fill('serge.kouassi@musee-bingerville.example');
    await input.press('Enter');
    await expect.poll(() => counts.textContent()).toContain('0 in error');
    // Whether "7 will be added" or already "6 … 1 merged" depends on whether the
    // background match has come back yet; the match step below settles it.

    await next();
    await stepHeading('People already here').waitFor();
    await page.getByText('1 row looks like someone already in the directory.').waitFor();
    const card = page.getByRole('article', { name: /Row 5: Văn An Nguyễn/ });
    expect(await card.textContent()).toContain('same name and country');
    expect(await card.getByLabel('Update: fill their empty fields only').isChecked()).toBe(true);
    await expect.poll(() => counts.textContent()).toContain('6 will be added');

    const before = await stored(page);
    await next();
    await stepHeading('Import').waitFor();
    await wizard().getByRole('button', { name: 'Import 7 rows' }).click();
    await page.getByText('participants-cimam-fr.xlsx is imported.').waitFor();
    const done = await page.getByRole('list', { name: 'What the import did' }).textContent();
    expect(done).toContain('6 added');
    expect(done).toContain('1 merged into someone already here');
    expect(await wizard().textContent()).toContain('6 people enrolled in the programme.');

    const after = await stored(page);
    const cimam = after.programmes.find((p) => p.title.en?.includes('CIMAM 2026'));
    const added = after.people.filter((p) => NEW_PEOPLE.includes(fullName(p)));
    expect(added.map(fullName).sort()).toEqual([...NEW_PEOPLE].sort());
    expect(after.people.length).toBe(before.people.length + 6);
    expect(added.find((p) => p.familyName === 'Kouassi')).toMatchObject({ country: 'CI', emails: ['serge.kouassi@musee-bingerville.example'] });
    expect(added.find((p) => p.familyName === 'Lê')?.country).toBe('VN');
    for (const person of added) {
      expect(after.enrolments.filter((e) => e.personId === person.id && e.programmeId === cimam?.id).map((e) => [e.status, e.role])).toEqual([['applied', 'participant']]);
    }
    expect(session?.errors).toEqual([]);
  });

  it('shows them on the programme page', async () => {
    await page.getByRole('link', { name: 'Programmes', exact: true }).click();
    await page.getByRole('table').getByRole('link', { name: /CIMAM 2026/ }).click();
    const list = page.getByRole('region', { name: 'Participants and selection' }).getByRole('table', { name: 'People enrolled in this programme' });
    for (const name of ['Aminata DIALLO', 'Yao Serge Kouassi', 'Karim Benali']) {
      await list.getByRole('rowheader', { name }).waitFor();
    }
  });

  it('undoes the import from the history: the new people are gone, the person already here stays', async () => {
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    // The wizard kept its place while staff looked at the programme.
    await stepHeading('Import').waitFor();
    // The same file again: the wizard asks first.
    await wizard().getByRole('button', { name: 'Import another file' }).click();
    await stepHeading('File').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a file…' }).click();
    await (await chooser).setFiles(FRENCH_LIST);
    await wizard().getByText(/^This file was imported on .+ \(7 people\)\. Import it again\?$/).waitFor();
    expect(await wizard().getByRole('button', { name: 'Next', exact: true }).isDisabled()).toBe(true);
    await wizard().getByRole('button', { name: 'Cancel import' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Leave the import' }).click();

    await page.getByRole('button', { name: 'Undo the import of participants-cimam-fr.xlsx' }).click();
    await page.getByText(/^Undone on /).first().waitFor();
    await expect.poll(async () => (await stored(page)).people.filter((p) => NEW_PEOPLE.includes(fullName(p))).length).toBe(0);
    const after = await stored(page);
    expect(after.people.some((p) => p.familyName === 'Nguyễn' && p.givenName === 'Văn An')).toBe(true);
    await stepHeading('File').waitFor();
    expect(session?.errors).toEqual([]);
  });

  it('says in words why a damaged file cannot be imported, and writes nothing', async () => {
    const path = join(temp, 'liste-abimee.xlsx');
    // A zip signature and then nonsense: what a truncated download looks like.
    writeFileSync(path, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(2048, 7)]));
    const before = await countRecords(page);
    await openFile(path);
    const alert = wizard().getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('This file cannot be imported. Nothing was written.');
    expect(await alert.textContent()).toMatch(/damaged|cannot be read/);
    expect(await wizard().getByRole('button', { name: 'Next', exact: true }).isDisabled()).toBe(true);
    expect(await countRecords(page)).toEqual(before);
  });

  it('takes a file dropped anywhere on the page', async () => {
    await page.evaluate(() => {
      const data = new DataTransfer();
      // UTF-8, but for one name typed in another program: its "é" is the single Windows-1252 byte 0xE9.
      const utf8 = new TextEncoder().encode('Prénom;Nom;Courriel\r\nAwa;Ouédraogo;awa@musee.example.bf\r\nRen');
      const rest = new TextEncoder().encode(';Kaboré;rene@musee.example.bf\r\n');
      data.items.add(new File([utf8, new Uint8Array([0xe9]), rest], 'liste-ouaga.csv', { type: 'text/csv' }));
      const target = document.querySelector('.page-intro') ?? document.body;
      target.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: data }));
      target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    });
    await stepHeading('Sheet and header').waitFor();
    expect(await wizard().textContent()).toContain('Row 1 holds the column names (3 recognised).');
    // How the file was read, and the one character that was not UTF-8, for staff to check.
    expect(await wizard().textContent()).toContain('Read as: text (CSV) · characters in UTF-8 · separated by semicolons.');
    expect(await wizard().getByRole('status').filter({ hasText: 'not in UTF-8' }).textContent()).toBe(
      '1 character of this file was not in UTF-8 like the rest, and was read as Windows-1252: check the accents in the rows.',
    );
    expect(await wizard().getByRole('table', { name: /first 3 rows/ }).textContent()).toContain('René');
    await wizard().getByRole('button', { name: 'Cancel import' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Leave the import' }).click();
    await stepHeading('File').waitFor();
    expect(session?.errors).toEqual([]);
  });

  it('cancels a 50,000-row import while it is written, and the database is exactly as before', async () => {
    const path = join(temp, 'membres-50000.csv');
    const lines = ['Given name,Family name,Email,Country'];
    for (let i = 0; i < 50_000; i++) lines.push(`Membre${i},Essai${i},membre${i}@bulk.example,France`);
    // One row the partner must correct: it goes to the rejected-rows file.
    lines.splice(3, 0, '=HYPERLINK("http://x.example"),Ouédraogo,awa@bulk,Burkina Faso');
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    const before = await countRecords(page);

    await openFile(path);
    await stepHeading('Sheet and header').waitFor();
    await next();
    await stepHeading('Columns').waitFor();
    await next();
    await stepHeading('What to do').waitFor();
    await next();
    await stepHeading('Check the rows').waitFor();
    await page.getByRole('list', { name: 'What the import will do' }).getByText('50,000 will be added').waitFor({ timeout: 30_000 });
    // Only the rows in view are in the page.
    expect(await page.getByRole('table', { name: 'Rows of the file' }).getByRole('row').count()).toBeLessThan(100);
    await next();
    await stepHeading('People already here').waitFor();
    await page.getByText('No row looks like someone already in the directory').waitFor({ timeout: 30_000 });
    await next();
    await wizard().getByRole('button', { name: 'Import 50,000 rows' }).click();
    const bar = page.getByRole('progressbar', { name: 'Import progress' });
    await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 30_000, interval: 20 }).toBeGreaterThan(0);
    await wizard().getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.getByText('Import cancelled. Nothing was written.').waitFor({ timeout: 30_000 });
    expect(await countRecords(page)).toEqual(before);

    // The row in error is saved for the partner, with the reason, its formula made harmless.
    const download = page.waitForEvent('download');
    await wizard().getByRole('button', { name: 'Save the rejected row' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('membres-50000-rejected.xlsx');
    const book = XLSX.read(readFileSync(await saved.path()), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1 });
    expect(rows[0]).toEqual(['Given name', 'Family name', 'Email', 'Country', 'Why it was not imported']);
    expect(rows[1]?.slice(0, 4)).toEqual(["'=HYPERLINK(\"http://x.example\")", 'Ouédraogo', 'awa@bulk', 'Burkina Faso']);
    expect(rows[1]?.[4]).toContain('Not an email address: awa@bulk.');

    // Cancel at any step goes back to the start, still without writing anything.
    await wizard().getByRole('button', { name: 'Cancel import' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Leave the import' }).click();
    await stepHeading('File').waitFor();
    expect(await countRecords(page)).toEqual(before);
    expect(session?.errors).toEqual([]);
  });
});
