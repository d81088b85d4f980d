import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';

/**
 * Serves the built renderer (dist/renderer) on a free loopback port, exactly as
 * `npm run web` does. `npm run test:e2e` builds it first.
 */
export async function startWebServer(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync('dist/renderer/index.html')) {
    throw new Error('dist/renderer is missing: run `npm run test:e2e` (it builds first) or `npx vite build`.');
  }
  const server: PreviewServer = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local?.[0];
  if (!url) throw new Error('The preview server did not report its address.');
  return { url, close: () => server.close() };
}
