import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The renderer is built once and runs in two hosts: Electron (loaded from the
 * packaged files through the app:// protocol) and a plain browser (`npm run web`).
 * Relative asset paths (`base: './'`) make both work.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
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
