// Bundles the Electron main process and preload into dist-electron/.
// Both are single CommonJS files: the sandboxed preload can require nothing but
// 'electron', and a bundled main needs no node_modules inside the package.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** esbuild options for main and preload; scripts/dev.mjs reuses them in watch mode. */
export function electronBuildOptions({ dev = false } = {}) {
  return {
    absWorkingDir: root,
    entryPoints: {
      main: 'electron/main.ts',
      preload: 'electron/preload.ts',
    },
    outdir: 'dist-electron',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Electron 45 runs Node 22.
    target: 'node22',
    external: ['electron'],
    sourcemap: dev ? 'inline' : 'linked',
    minify: false,
    logLevel: 'info',
    define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await build(electronBuildOptions());
}
