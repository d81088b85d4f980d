import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newProfile, removeProfile, type Session } from './support/browser';
import { startWebServer } from './support/server';

/** Sample data: load it, see it, keep it across a browser restart, remove it and undo that. */
describe('sample data in Chromium', () => {
  let server: Awaited<ReturnType<typeof startWebServer>>;
  let profile: string;
  let session: Session | undefined;

  beforeAll(async () => {
    server = await startWebServer();
    profile = newProfile();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    removeProfile(profile);
  });

  it('"Load sample data" fills the programmes, grants and dashboard', async () => {
    session = await launch(profile, 'en-GB');
    const { page } = session;
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Load sample data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

    await page.getByRole('link', { name: 'Programmes', exact: true }).click();
    const table = page.getByRole('table');
    await table.getByRole('rowheader', { name: /Lagos/ }).waitFor();
    for (const place of [/Lagos/, /Cape Town/, /Cali/, /Marrakesh|Marrakech/, /Doha/, /Harare/, /Koper/, /Rakvere/]) {
      expect(await table.getByRole('row', { name: place }).count(), String(place)).toBeGreaterThan(0);
    }
    // The French-only webinar title shows in French to an English reader rather than not at all.
    await table.getByRole('rowheader', { name: /Solidarit/ }).waitFor();
    const lagos = table.getByRole('row', { name: /Lagos/ }).first();
    expect(await lagos.textContent()).toMatch(/Nov 21\s*[–-]\s*25, 2022/);

    await page.getByRole('link', { name: 'Grants', exact: true }).click();
    const funds = page.getByRole('table');
    await funds.getByRole('row', { name: /National Museum of African American History/ }).waitFor();
    expect(await funds.textContent()).toContain('$');
    expect(await funds.textContent()).toContain('€');
    expect(session.errors).toEqual([]);
  });

  it('keeps the data after the browser is closed and opened again on the same profile', async () => {
    await session?.close();
    session = await launch(profile, 'en-GB');
    const { page } = session;
    await page.goto(`${server.url}#/programmes`);
    await page.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
    await page.getByRole('table').getByRole('rowheader', { name: /Lagos/ }).waitFor();
    // No first-run screen on a desk that has data.
    expect(await page.getByRole('button', { name: 'Load sample data' }).count()).toBe(0);
    expect(session.errors).toEqual([]);
  });

  it('removes the sample data after asking, and Undo brings it back', async () => {
    const page = session!.page;
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('button', { name: 'Remove sample data' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('You can undo this');
    await dialog.getByRole('button', { name: 'Remove sample data' }).click();
    await page.getByText('Sample data removed.').waitFor();

    await page.getByRole('link', { name: 'Programmes', exact: true }).click();
    await page.getByText('No programmes yet', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('table').getByRole('rowheader', { name: /Lagos/ }).waitFor();
    expect(session!.errors).toEqual([]);
  });
});
