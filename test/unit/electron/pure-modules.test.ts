import path from 'node:path';
import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

// Electron cannot run here, and importing the 'electron' package in Node tries
// to download it. The logic therefore lives in modules that import Electron
// for types only; these few files do the wiring and are the only ones that may
// import it at run time.
const WIRING = [
  'electron/ipc/index.ts',
  'electron/main.ts',
  'electron/menu.ts',
  'electron/preload.ts',
  'electron/protocol.ts',
  'electron/window.ts',
];

const root = path.resolve(import.meta.dirname, '../../..');
const RUNTIME_IMPORT = /^\s*import\s+(?!type\b)[^;]*?\bfrom\s+['"]electron['"]|require\(\s*['"]electron['"]\s*\)/m;

describe('electron/ layering', () => {
  it('only the wiring files import Electron at run time', async () => {
    const files = (await readdir(path.join(root, 'electron'), { recursive: true }))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => `electron/${file.split(path.sep).join('/')}`);
    const runtimeImporters: string[] = [];
    for (const file of files) {
      if (RUNTIME_IMPORT.test(await readFile(path.join(root, file), 'utf8'))) runtimeImporters.push(file);
    }
    expect(runtimeImporters.sort()).toEqual(WIRING);
  });

  it('recognises a runtime import and ignores a type-only one', () => {
    expect(RUNTIME_IMPORT.test("import { app } from 'electron';")).toBe(true);
    expect(RUNTIME_IMPORT.test("import { app, type BrowserWindow } from 'electron';")).toBe(true);
    expect(RUNTIME_IMPORT.test("import type { WebPreferences } from 'electron';")).toBe(false);
  });
});
