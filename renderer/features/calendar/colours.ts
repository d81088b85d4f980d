import type { Programme } from '../../../shared/domain/types';

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * The programme's calendar colour: its own `colour` when it is a valid hex
 * colour, otherwise one derived from its id, so a programme keeps the same
 * colour on every screen and every start without anyone choosing one.
 */
export function programmeColour(programme: Pick<Programme, 'id' | 'colour'>): string {
  if (programme.colour && HEX.test(programme.colour)) return programme.colour;
  return colourFromId(programme.id);
}

/**
 * A stable colour for an id: a hue from a string hash (FNV-1a), with a
 * saturation and lightness dark enough for white text to stay readable.
 */
export function colourFromId(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const hue = hash % 360;
  return hslToHex(hue, 0.55, 0.36);
}

/** White or near-black, whichever reads better on `hex` (WCAG relative luminance). */
export function textColourOn(hex: string): string {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white is (1.05) / (L + 0.05); with #1c2430 roughly (L + 0.05) / 0.067.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.067 ? '#ffffff' : '#1c2430';
}

/**
 * `hex` mixed with white: programme spans are drawn in a light tint of their
 * colour, so the sessions (in the full colour) stand out on top of a
 * nine-month webinar cycle running under every week.
 */
export function tint(hex: string, whiteShare = 0.6): string {
  return `#${rgb(hex)
    .map((c) => Math.round(c + (255 - c) * whiteShare).toString(16).padStart(2, '0'))
    .join('')}`;
}

function rgb(hex: string): [number, number, number] {
  const full = hex.length === 4 ? `#${hex[1]}${hex[1]}${hex[2]}${hex[2]}${hex[3]}${hex[3]}` : hex;
  const n = Number.parseInt(full.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}
