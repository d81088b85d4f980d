import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newProfile, removeProfile, type Session } from './support/browser';
import { startWebServer } from './support/server';

/** Restore from a backup: the file a person saved comes back through Settings, and Undo takes it out again. */
describe('restoring a backup in Chromium', () => {
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

  it('saves a backup, restores it after the data is gone, and Undo removes it again', async () => {
    session = await launch(profile, 'en-GB');
    const { page } = session;
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Load sample data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

    // Back up: the browser downloads the file; keep it as a person would.
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Back up to a file…' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^training-desk-backup-.*\.json$/);
    const backupPath = join(profile, download.suggestedFilename());
    await download.saveAs(backupPath);
    expect(JSON.parse(readFileSync(backupPath, 'utf8')).format).toBe('training-desk-backup');

    // A file that is not a backup is refused in words, and nothing is asked.
    const notBackup = join(profile, 'notes.json');
    writeFileSync(notBackup, '{"hello": "world"}');
    let choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Restore from a backup…' }).click();
    await (await choosing).setFiles(notBackup);
    await page.getByRole('alert').filter({ hasText: 'is not a Training Desk backup' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);

    await page.getByRole('button', { name: 'Remove sample data' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove sample data' }).click();
    await page.getByText('Sample data removed.').waitFor();
    await page.getByRole('link', { name: 'Programmes', exact: true }).click();
    await page.getByText('No programmes yet', { exact: false }).waitFor();

    // Restore through the browser's file chooser; the question shows both sides.
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Restore from a backup…' }).click();
    await (await choosing).setFiles(backupPath);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Everything now in the desk');
    const compare = dialog.getByRole('table', { name: 'What the file holds, and what the desk holds now' });
    const programmes = (await compare.getByRole('row', { name: /^Programmes/ }).getByRole('cell').allTextContents()).map(Number);
    expect(programmes[0]).toBeGreaterThan(5);
    expect(programmes[1]).toBe(0);
    const people = (await compare.getByRole('row', { name: /^People/ }).getByRole('cell').allTextContents()).map((n) => Number(n.replace(/\D/g, '')));
    expect(people[0]).toBeGreaterThan(100);
    await dialog.getByRole('button', { name: 'Replace everything' }).click();
    await page.getByText(`Desk restored from ${download.suggestedFilename()}.`).waitFor();
    // The sample removal's Undo would act on a desk that is gone: its offer was withdrawn.
    expect(await page.getByText('Sample data removed.').count()).toBe(0);

    await page.getByRole('link', { name: 'Programmes', exact: true }).click();
    await page.getByRole('table').getByRole('rowheader', { name: /Lagos/ }).waitFor();

    // Undo (on the restore's notice, not the sample removal's) puts back the desk as it was just before.
    const restored = page.getByRole('status').locator('div', { hasText: 'Desk restored from' });
    await restored.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('No programmes yet', { exact: false }).waitFor();
    await page.getByText('Restore undone', { exact: false }).waitFor();
    expect(session.errors).toEqual([]);
  });
});
