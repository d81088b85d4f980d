import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newProfile, removeProfile, type Session } from './support/browser';
import { startWebServer } from './support/server';

/**
 * The app shell as a person meets it: a first-run choice, a navigation that
 * opens every page, and a language switch that translates everything.
 */
describe('the app shell in Chromium', () => {
  let server: Awaited<ReturnType<typeof startWebServer>>;
  let session: Session;
  let profile: string;

  beforeAll(async () => {
    server = await startWebServer();
    profile = newProfile();
    session = await launch(profile, 'en-GB');
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    removeProfile(profile);
  });

  it('loads with no console error and offers the first-run choice', async () => {
    const { page } = session;
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'Welcome to Training Desk' }).waitFor();
    await expectVisible(page.getByRole('button', { name: 'Start empty' }));
    await expectVisible(page.getByRole('button', { name: 'Load sample data' }));
    expect(session.errors).toEqual([]);
  });

  it('starts empty and opens every page from the navigation, each with its heading', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Start empty' }).click();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.waitFor();
    const pages: [string, string][] = [
      ['Programmes', 'Programmes'],
      ['Calendar', 'Calendar'],
      ['Participants', 'Participants'],
      ['Grants', 'Grants'],
      ['Import', 'Import'],
      ['Export', 'Export'],
      ['Settings', 'Settings'],
      ['Dashboard', 'Dashboard'],
    ];
    for (const [link, heading] of pages) {
      await nav.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
      await expect(nav.getByRole('link', { name: link, exact: true }).getAttribute('aria-current')).resolves.toBe('page');
      // Each page says what it holds or will hold.
      expect((await page.locator('main p').first().textContent())?.length).toBeGreaterThan(20);
    }
    expect(await page.getByText('No programmes yet', { exact: false }).count()).toBe(0); // on Dashboard
    expect(session.errors).toEqual([]);
  });

  it('translates navigation and headings into French, then Spanish, and remembers the choice', async () => {
    const { page } = session;
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Réglages' }).click();
    await page.getByRole('heading', { level: 1, name: 'Réglages' }).waitFor();
    for (const label of ['Tableau de bord', 'Programmes', 'Calendrier', 'Participants', 'Bourses', 'Importer', 'Exporter']) {
      await expectVisible(nav.getByRole('link', { name: label, exact: true }));
    }
    await nav.getByRole('link', { name: 'Bourses' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bourses' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');

    await page.getByRole('combobox', { name: 'Langue' }).first().selectOption('es');
    const navEs = page.getByRole('navigation', { name: 'Navegación principal' });
    await page.getByRole('heading', { level: 1, name: 'Becas' }).waitFor();
    for (const label of ['Panel', 'Programas', 'Calendario', 'Participantes', 'Becas', 'Importar', 'Exportar', 'Ajustes']) {
      await expectVisible(navEs.getByRole('link', { name: label, exact: true }));
    }
    await navEs.getByRole('link', { name: 'Calendario' }).click();
    await page.getByRole('heading', { level: 1, name: 'Calendario' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Calendario' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(session.errors).toEqual([]);
  });
});

async function expectVisible(locator: { isVisible: () => Promise<boolean> }): Promise<void> {
  expect(await locator.isVisible()).toBe(true);
}
