// Development: the Vite dev server for the renderer (127.0.0.1 only), esbuild
// watching electron/, and Electron restarted after each main/preload rebuild.
// Electron gets the dev server URL through TD_DEV_SERVER_URL, which main
// honours only when unpackaged.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { context } from 'esbuild';
import { createServer } from 'vite';
import { electronBuildOptions } from './build-electron.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const vite = await createServer({ configFile: path.join(root, 'vite.config.ts') });
await vite.listen();
const devUrl = vite.resolvedUrls?.local.find((url) => new URL(url).hostname === '127.0.0.1');
if (!devUrl) {
  await vite.close();
  throw new Error('The Vite dev server must listen on 127.0.0.1 (see vite.config.ts server.host).');
}
vite.printUrls();

// The electron package's main export is the path of its binary.
const electronBinary = createRequire(import.meta.url)('electron');

let child = null;
let stopping = false;

function startElectron() {
  child = spawn(electronBinary, ['.'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TD_DEV_SERVER_URL: devUrl },
  });
  const started = child;
  started.on('exit', (code) => {
    // Closing the app window ends the dev session; a restart below does not.
    if (child === started && !stopping) void stop(code ?? 0);
  });
}

function restartElectron() {
  const previous = child;
  child = null;
  if (previous && previous.exitCode === null) {
    previous.once('exit', startElectron);
    previous.kill('SIGTERM');
  } else {
    startElectron();
  }
}

const restartOnBuild = {
  name: 'restart-electron',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length > 0) {
        console.error('Electron build failed; keeping the running app.');
        return;
      }
      restartElectron();
    });
  },
};

const esbuild = await context({ ...electronBuildOptions({ dev: true }), plugins: [restartOnBuild] });
await esbuild.watch();

async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (child && child.exitCode === null) child.kill('SIGTERM');
  await esbuild.dispose();
  await vite.close();
  process.exit(code);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
