/**
 * Text bytes to text, as partners' files come: UTF-8 with or without BOM,
 * UTF-16 with BOM (Excel's "Unicode text") or without, Windows-1252 (Excel's
 * "CSV" on Windows, French, Spanish and English alike), Mac Roman (old Mac
 * Excel's "CSV"). A UTF-8 file with a few bytes that are not UTF-8 (one
 * character typed in another program) keeps its UTF-8 and reads those bytes
 * as Windows-1252: never a U+FFFD in a name, never "Ã©" for every "é".
 */

/** The text encodings the reader recognises. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'macintosh';

/**
 * Decoded text and how it was decoded. `strayBytes` counts the bytes of a
 * UTF-8 file that were not UTF-8 and were read as Windows-1252 (absent when none).
 */
export type DecodedText = { text: string; encoding: TextEncodingName; bom: boolean; strayBytes?: number };

// shared/ has no DOM typings, but TextDecoder is a global of every host we run in
// (browsers, workers, Node): reach it through the narrow type we need.
type TextDecoderLike = { decode(input: Uint8Array): string };
type TextDecoderConstructor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;

function decoder(label: string, fatal: boolean): TextDecoderLike {
  const Decoder = (globalThis as unknown as { TextDecoder?: TextDecoderConstructor }).TextDecoder;
  if (!Decoder) throw new Error('TextDecoder is not available in this environment');
  return new Decoder(label, { fatal, ignoreBOM: true });
}

/** Decodes UTF-8 bytes (invalid sequences become U+FFFD): for names inside a workbook's XML. */
export function decodeUtf8(bytes: Uint8Array): string {
  return decoder('utf-8', false).decode(bytes);
}

/** The encoding of UTF-16 text without a byte-order mark, told by where its zero bytes fall; undefined when it is not. */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Decodes text bytes: BOM first, then UTF-16 by its zeros, then UTF-8 (stray
 * bytes read as Windows-1252 when the rest is UTF-8), else a single-byte
 * encoding: Windows-1252, or Mac Roman when its letters read better.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { ...utf8WithStrays(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decoder('utf-16le', false).decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decoder('utf-16be', false).decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { text: decoder(utf16, false).decode(bytes), encoding: utf16, bom: false };
  const { valid, invalid } = utf8Census(bytes);
  // Windows-1252 text almost never holds a valid UTF-8 sequence; UTF-8 text with a stray byte holds many.
  if (invalid === 0 || valid > invalid) return { ...utf8WithStrays(bytes), encoding: 'utf-8', bom: false };
  return macRomanReadsBetter(bytes)
    ? { text: decodeMacRoman(bytes), encoding: 'macintosh', bom: false }
    : { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
}

/** The length of the valid UTF-8 sequence at `i` (2–4), or 0 when the byte there does not start one. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number) => ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f)) return 0;
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * Walks the bytes as UTF-8: `stray` is called with the index of each byte that
 * is part of no valid sequence. Returns how many valid multi-byte sequences there are.
 */
function walkUtf8(bytes: Uint8Array, stray: (i: number) => void): number {
  let valid = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const length = sequenceAt(bytes, i);
    if (length > 0) {
      valid++;
      i += length;
    } else {
      stray(i);
      i++;
    }
  }
  return valid;
}

/** Valid multi-byte UTF-8 sequences and bytes that belong to none. */
function utf8Census(bytes: Uint8Array): { valid: number; invalid: number } {
  let invalid = 0;
  const valid = walkUtf8(bytes, () => invalid++);
  return { valid, invalid };
}

/** UTF-8, with each byte that is not part of a valid sequence read as Windows-1252. */
function utf8WithStrays(bytes: Uint8Array): { text: string; strayBytes?: number } {
  try {
    return { text: decoder('utf-8', true).decode(bytes) };
  } catch {
    // Decode the valid runs as UTF-8 and each stray byte on its own.
  }
  const utf8 = decoder('utf-8', false);
  const parts: string[] = [];
  let strays = 0;
  let start = 0;
  walkUtf8(bytes, (i) => {
    if (i > start) parts.push(utf8.decode(bytes.subarray(start, i)));
    parts.push(decodeWindows1252(bytes.subarray(i, i + 1)));
    strays++;
    start = i + 1;
  });
  if (start < bytes.length) parts.push(utf8.decode(bytes.subarray(start)));
  return { text: parts.join(''), strayBytes: strays };
}

// Windows-1252 is Latin-1 but for 0x80–0x9F (WHATWG's table; its five holes stay C1 controls).
// Node before 22 decodes 'windows-1252' as Latin-1 (C1 controls where € ’ – œ should be): mapped again here.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes Windows-1252 (what French, Spanish and English Excel on Windows write as "CSV"). */
export function decodeWindows1252(bytes: Uint8Array): string {
  // TextDecoder is fast; where it decodes as Latin-1 the C1 range is mapped again here.
  return decoder('windows-1252', false)
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]!));
}

// Mac Roman's upper half (WHATWG's "macintosh"), written out: not every host's TextDecoder knows it.
const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

/** Decodes Mac Roman (what Excel for Mac wrote as "CSV" until 2016). */
export function decodeMacRoman(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const codes = new Uint16Array(chunk.length);
    for (let k = 0; k < chunk.length; k++) codes[k] = chunk[k]! < 0x80 ? chunk[k]! : MAC_ROMAN_HIGH.charCodeAt(chunk[k]! - 0x80);
    text += String.fromCharCode(...codes);
  }
  return text;
}

/**
 * True for old Mac Excel's CSV: line ends are CR alone (never CRLF), and the
 * letters inside words read as lower-case letters more often in Mac Roman
 * than in Windows-1252. Accented letters in names are mostly lower case
 * (é è à ç ñ ü): Windows-1252 puts them at 0xE0–0xFF, where Mac Roman has
 * capitals and signs; Mac Roman puts them at 0x87–0x9F, where Windows-1252
 * has punctuation. Windows files (CRLF) are never taken for Mac ones.
 */
function macRomanReadsBetter(bytes: Uint8Array): boolean {
  let bareCr = 0;
  for (let i = bytes.indexOf(0x0d); i !== -1; i = bytes.indexOf(0x0d, i + 1)) {
    if (bytes[i + 1] === 0x0a) return false;
    bareCr++;
  }
  if (bareCr === 0) return false;
  let score = 0;
  for (let i = 1; i < bytes.length - 1; i++) {
    const b = bytes[i]!;
    if (b < 0x80 || !asciiLetter(bytes[i - 1]!) || !asciiLetter(bytes[i + 1]!)) continue;
    score += (LOWER_MAC[b - 0x80] ? 1 : -1) - (LOWER_1252[b - 0x80] ? 1 : -1);
  }
  return score > 0;
}

const asciiLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
const isLower = (c: string) => /\p{Ll}/u.test(c);
const LOWER_MAC = Array.from({ length: 128 }, (_, i) => isLower(MAC_ROMAN_HIGH[i]!));
const LOWER_1252 = Array.from({ length: 128 }, (_, i) => isLower(String.fromCharCode(i < 32 ? CP1252_HIGH[i]! : 0x80 + i)));
