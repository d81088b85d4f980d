// Node 20 runs no TypeScript: the harness bundles the TypeScript it needs
// (the people generator and, through it, the app's shared/domain code) with
// esbuild in memory and imports the result, so Node and the bench page run
// the same source and nothing is copied by hand.
import { join } from 'node:path';
import { REPO } from './paths.mjs';

/**
 * Imports the TypeScript module at `path` (relative to the repository root),
 * bundled with its imports into one ES module.
 */
export async function importTypeScript(path) {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    entryPoints: [join(REPO, path)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const code = Buffer.from(out.outputFiles[0].contents).toString('base64');
  return import(`data:text/javascript;base64,${code}`);
}
