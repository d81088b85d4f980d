// Draws the app icon (a deep teal rounded square with a white calendar) and
// writes it as PNG files into resources/icons. No image tools needed: shapes
// are tested per sub-pixel (4×4 supersampling for smooth edges) and encoded
// with zlib. Run: node scripts/generate-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const TEAL = [13, 92, 99, 255];
const WHITE = [255, 255, 255, 255];
const AMBER = [242, 177, 52, 255];
const CLEAR = [0, 0, 0, 0];

/** A rounded rectangle in unit coordinates (0..1 across the icon). */
function roundedRect(x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hw = (x1 - x0) / 2 - r;
  const hh = (y1 - y0) / 2 - r;
  return (x, y) => {
    const dx = Math.max(Math.abs(x - cx) - hw, 0);
    const dy = Math.max(Math.abs(y - cy) - hh, 0);
    return dx * dx + dy * dy <= r * r;
  };
}

// Painted in order; the last shape containing a point gives its colour.
const cells = [];
for (let row = 0; row < 2; row += 1) {
  for (let col = 0; col < 3; col += 1) {
    const x0 = 0.32 + col * 0.13;
    const y0 = 0.5 + row * 0.12;
    // One highlighted day: the training on the calendar.
    cells.push([roundedRect(x0, y0, x0 + 0.1, y0 + 0.09, 0.018), row === 0 && col === 1 ? AMBER : TEAL]);
  }
}
const layers = [
  [roundedRect(0.0625, 0.0625, 0.9375, 0.9375, 0.19), TEAL],
  [roundedRect(0.25, 0.3, 0.75, 0.77, 0.055), WHITE],
  [roundedRect(0.25, 0.415, 0.75, 0.44, 0), TEAL],
  [roundedRect(0.34, 0.22, 0.395, 0.35, 0.0275), WHITE],
  [roundedRect(0.605, 0.22, 0.66, 0.35, 0.0275), WHITE],
  ...cells,
];

function colourAt(x, y) {
  let colour = CLEAR;
  for (const [contains, fill] of layers) if (contains(x, y)) colour = fill;
  return colour;
}

/** RGBA pixels of the icon at `size`×`size`, premultiplied-free straight alpha. */
export function renderIcon(size, samples = 4) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          // Weight colour by alpha so edges against transparency do not darken.
          sum[0] += c[0] * c[3];
          sum[1] += c[1] * c[3];
          sum[2] += c[2] * c[3];
          sum[3] += c[3];
        }
      }
      const offset = (py * size + px) * 4;
      const alpha = sum[3] / (samples * samples);
      pixels[offset] = sum[3] ? Math.round(sum[0] / sum[3]) : 0;
      pixels[offset + 1] = sum[3] ? Math.round(sum[1] / sum[3]) : 0;
      pixels[offset + 2] = sum[3] ? Math.round(sum[2] / sum[3]) : 0;
      pixels[offset + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no filtering) for `size`×`size` RGBA pixels. */
export function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icons');
mkdirSync(outDir, { recursive: true });
for (const [file, size] of [
  ['512x512.png', 512],
  ['256x256.png', 256],
  ['icon.png', 512],
]) {
  writeFileSync(path.join(outDir, file), encodePng(size, renderIcon(size)));
  console.log(`resources/icons/${file} (${size}×${size})`);
}
