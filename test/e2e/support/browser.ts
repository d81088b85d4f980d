import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import flags from './chromium-flags.json';

/** Debian's Chromium, or the one $CHROMIUM_PATH names. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags of GUIDE §4: no sandbox (root in CI), no GPU, no network chatter. */
export const CHROMIUM_ARGS: readonly string[] = flags.args;

export type Session = {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  close: () => Promise<void>;
};

/** A fresh, empty profile directory; removed by `removeProfile`. */
export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), 'training-desk-e2e-'));
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Launches Chromium on `profile` (a real user-data-dir, so IndexedDB persists
 * across launches as it would for a person) with the UI language `locale`.
 */
export async function launch(profile: string, locale = 'en-GB'): Promise<Session> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM}. Install it (Debian/Ubuntu: sudo apt-get install chromium) ` +
        'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, `--lang=${locale}`],
    locale,
    viewport: { width: 1280, height: 860 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { context, page, errors, close: () => context.close() };
}
