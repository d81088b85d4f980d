import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, newProfile, removeProfile, type Session } from './browser';
import { startWebServer } from './server';

/** What a test file works in: the built app served, one browser on a new profile, its page. */
export type Desk = { server: Awaited<ReturnType<typeof startWebServer>>; profile: string; session: Session; page: Page };

export type DeskOptions = {
  /** How the first run is answered: the sample data loaded, or an empty desk. */
  start: 'sample' | 'empty';
  /** The page's default timeout for waits and clicks, in ms. */
  timeout?: number;
};

/**
 * A desk for the tests of one file, as staff first see it: the app served, a
 * new browser (en-GB) on a new profile, the first-run question answered and
 * the dashboard shown, before the file's own beforeAll hooks; closed and
 * removed after its tests. Read its fields inside hooks and tests.
 */
export function useDesk({ start, timeout }: DeskOptions): Desk {
  const desk = {} as Desk;
  beforeAll(async () => {
    desk.server = await startWebServer();
    desk.profile = newProfile();
    desk.session = await launch(desk.profile, 'en-GB');
    desk.page = desk.session.page;
    if (timeout !== undefined) desk.page.setDefaultTimeout(timeout);
    await desk.page.goto(desk.server.url);
    if (start === 'sample') {
      await desk.page.getByRole('button', { name: 'Load sample data' }).click();
    } else {
      await desk.page.getByRole('heading', { level: 1, name: 'Welcome to Training Desk' }).waitFor();
      await desk.page.getByRole('button', { name: 'Start empty' }).click();
    }
    await desk.page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  });
  afterAll(async () => {
    await desk.session?.close();
    await desk.server?.close();
    if (desk.profile) removeProfile(desk.profile);
  });
  return desk;
}
