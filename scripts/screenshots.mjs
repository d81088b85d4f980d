// Regenerates the README's screenshots: builds nothing, so run `npx vite build` first.
// Usage: node scripts/screenshots.mjs [locale]   (needs Chromium, like the e2e tests)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const locale = process.argv[2] ?? 'en-GB';
const suffix = locale.startsWith('en') ? '' : `-${locale.slice(0, 2)}`;
const profile = mkdtempSync(join(tmpdir(), 'training-desk-shots-'));
const server = await preview({ configFile: 'vite.config.ts', logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  locale,
  viewport: { width: 1280, height: 720 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.resolvedUrls.local[0]);
  await page.locator('.first-run button.primary').click();
  await page.locator('.stats').getByText(/^\d{3}$/).first().waitFor();
  // Let the "loaded" notice fade so it does not cover the page.
  await page.waitForTimeout(6500);
  await page.screenshot({ path: `resources/screenshots/dashboard${suffix}.png` });
  await page.goto(`${server.resolvedUrls.local[0]}#/programmes`);
  await page.getByRole('table').waitFor();
  await page.screenshot({ path: `resources/screenshots/programmes${suffix}.png` });
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
