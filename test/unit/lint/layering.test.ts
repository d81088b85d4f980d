import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layering of GUIDE §2 is enforced by lint; these cases prove the rules bite
 * (a rule that never fires would let the layers grow into each other unnoticed).
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering rules', () => {
  it.each([
    ["import { app } from 'electron';", 'Electron'],
    ["import { readFileSync } from 'node:fs';", 'Node'],
    ["import { useState } from 'react';", 'React'],
    ["import { Dexie } from 'dexie';", 'Dexie'],
    ["import { getDatabase } from '../../renderer/db/database';", 'nothing of ours'],
  ])('shared/ refuses %s', async (code, why) => {
    const errors = await importErrors('shared/domain/example.ts', `${code}\nexport const x = 1;\n`);
    expect(errors.join(' ')).toContain(why);
  });

  it('renderer/ may not import electron/ or Node', async () => {
    expect(await importErrors('renderer/features/x.ts', "import { APP_ORIGIN } from '../../electron/app-origin';\n")).toHaveLength(1);
    expect(await importErrors('renderer/features/x.ts', "import { ipcRenderer } from 'electron';\n")).toHaveLength(1);
    expect(await importErrors('renderer/features/x.ts', "import path from 'node:path';\n")).toHaveLength(1);
  });

  it('electron/ may not import renderer/ or hold domain data in Dexie', async () => {
    expect(await importErrors('electron/x.ts', "import { getDatabase } from '../renderer/db/database';\n")).toHaveLength(1);
    expect(await importErrors('electron/x.ts', "import { Dexie } from 'dexie';\n")).toHaveLength(1);
  });

  it('lets each layer import shared/', async () => {
    expect(await importErrors('renderer/features/x.ts', "import { foldText } from '../../shared/domain/text';\n")).toEqual([]);
    expect(await importErrors('electron/x.ts', "import { translate } from '../shared/i18n';\n")).toEqual([]);
  });
});
