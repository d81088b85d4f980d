// Where the harness reads and writes, from the repository root.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The built app (`vite build`). */
export const APP_DIR = join(REPO, 'dist/renderer');
/** Everything the harness generates (git-ignored). */
export const BENCH_OUT = join(REPO, '.bench');
export const PAGE_SRC = join(REPO, 'test/bench/page');
export const PAGE_OUT = join(BENCH_OUT, 'page');
