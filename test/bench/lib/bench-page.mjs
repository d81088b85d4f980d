// The bench page (test/bench/page): built with Vite, opened by the floors.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { START_TIMEOUT } from './timeouts.mjs';
import { launch, newProfile, removeProfile } from './chromium.mjs';
import { PAGE_OUT, PAGE_SRC } from './paths.mjs';

/** Builds test/bench/page into .bench/page (served at /bench/). */
export async function buildBenchPage() {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: PAGE_SRC,
    base: './',
    logLevel: 'warn',
    build: { outDir: PAGE_OUT, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
  });
  if (!existsSync(join(PAGE_OUT, 'index.html'))) throw new Error('The bench page build produced no index.html.');
}

/**
 * Opens the bench page in a NEW browser process on a NEW empty profile and
 * waits until it is ready. `close()` closes the browser and removes the profile.
 */
export async function openBenchPage(origin) {
  const profile = newProfile();
  const session = await launch(profile);
  const close = async () => {
    try {
      await session.close();
    } finally {
      removeProfile(profile);
    }
  };
  try {
    await session.page.goto(`${origin}/bench/`, { timeout: START_TIMEOUT });
    await session.page.waitForFunction(() => window.benchReady === true, undefined, { timeout: START_TIMEOUT });
  } catch (error) {
    await close();
    throw error;
  }
  return { ...session, close };
}
