import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './electron/csp.ts';

/**
 * The built page carries the same strict Content Security Policy as Electron
 * sends (one definition, in electron/csp.ts), so it is safe when served
 * by `npm run web` too. `frame-ancestors` is dropped: browsers ignore it in a
 * <meta> tag, with a console error. Only in the build: the dev server injects an
 * inline script for hot reload.
 */
const META_CSP = contentSecurityPolicy()
  .split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

function cspMetaTag(): Plugin {
  return {
    name: 'training-desk-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CSP }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The renderer is built once and runs in two hosts: Electron (loaded from the
 * packaged files through the app:// protocol) and a plain browser (`npm run web`).
 * Relative asset paths (`base: './'`) make both work.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  // The app icon doubles as the page's favicon.
  publicDir: '../resources/icons',
  plugins: [react(), cspMetaTag()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
