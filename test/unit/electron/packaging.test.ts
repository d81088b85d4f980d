import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);

type BuilderConfig = Record<string, unknown> & { electronFuses?: Record<string, boolean> };

async function loadBuilderConfig(): Promise<BuilderConfig> {
  // electron-builder's own loader and schema validator: a misspelt key fails here, not at release time.
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = require('builder-util');
  const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('electron-builder.yml', () => {
  it('is valid for electron-builder and sets the fuses GUIDE §5 asks for', async () => {
    const config = await loadBuilderConfig();
    expect(config.appId).toBe('org.trainingdesk.app');
    expect(config.productName).toBe('Training Desk');
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });
});

function readPng(bytes: Buffer): { width: number; height: number; pixel(x: number, y: number): number[] } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9]]).toEqual([8, 6]); // 8-bit RGBA
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  // The generator writes filter type 0 on every row.
  return { width, height, pixel: (x, y) => [...raw.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 5 + x * 4)] };
}

describe('resources/icons', () => {
  it.each([
    ['icon.png', 512],
    ['512x512.png', 512],
    ['256x256.png', 256],
  ])('%s is a %i px RGBA PNG: transparent corners, teal square, white calendar', async (file, size) => {
    const png = readPng(await readFile(path.join(root, 'resources', 'icons', file)));
    expect([png.width, png.height]).toEqual([size, size]);
    expect(png.pixel(0, 0)[3]).toBe(0);
    expect(png.pixel(Math.round(size * 0.12), Math.round(size * 0.5))).toEqual([13, 92, 99, 255]);
    expect(png.pixel(Math.round(size * 0.5), Math.round(size * 0.36))).toEqual([255, 255, 255, 255]);
  });
});
