import { columnName, megabytes, readError, type ReadLimits } from './sheet-read-limits';
import type { Cell } from './sheet-types';

/**
 * Delimited text (csv, tsv, txt) as partners send it: decoded from its bytes
 * (UTF-8 with or without BOM, UTF-16 with BOM as Excel's "Unicode text" writes,
 * else Windows-1252 as French Excel writes), its delimiter guessed, and parsed
 * here rather than by SheetJS so that every field stays the text it was:
 * "0803 000 0000", "+234…", "00123" and dates are never turned into numbers.
 */

/** The text encodings the reader recognises. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The field delimiters the reader recognises. */
export type Delimiter = ',' | ';' | '\t' | '|';

/** Decoded text and how it was decoded. */
export type DecodedText = { text: string; encoding: TextEncodingName; bom: boolean };

// shared/ has no DOM typings, but TextDecoder is a global of every host we run in
// (browsers, workers, Node): reach it through the narrow type we need.
type TextDecoderLike = { decode(input: Uint8Array): string };
type TextDecoderConstructor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;

function decoder(label: string, fatal: boolean): TextDecoderLike {
  const Decoder = (globalThis as unknown as { TextDecoder?: TextDecoderConstructor }).TextDecoder;
  if (!Decoder) throw new Error('TextDecoder is not available in this environment');
  return new Decoder(label, { fatal, ignoreBOM: true });
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

/** Decodes text bytes: BOM first, then strict UTF-8, then Windows-1252 (which decodes anything). */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeOr1252(bytes.subarray(3), 'utf-8'), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decoder('utf-16le', false).decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decoder('utf-16be', false).decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { text: decoder(utf16, false).decode(bytes), encoding: utf16, bom: false };
  try {
    return { text: decoder('utf-8', true).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
  }
}

// A BOM says UTF-8, but a file saved with one can still hold stray cp1252 bytes: keep them readable.
function decodeOr1252(bytes: Uint8Array, label: string): string {
  try {
    return decoder(label, true).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
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

/** True when decoded text looks like text: no NUL, and almost no other control characters. */
export function looksLikeText(text: string): boolean {
  const sample = Math.min(text.length, 65_536);
  let controls = 0;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return false;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) controls++;
  }
  return controls <= sample * 0.01;
}

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t', '|'];
const SAMPLE_CHARS = 65_536;
const SAMPLE_RECORDS = 100;

/**
 * Guesses the delimiter: the candidate that splits the most of the first records
 * into the same number (≥ 2) of fields, quotes respected; ties go to more fields,
 * then to tab for .tsv, then to comma. Excel's "sep=;" first line wins outright.
 */
export function detectDelimiter(text: string, fileName: string): Delimiter {
  const hint = /^sep=(.)\r?\n/i.exec(text)?.[1];
  if (hint && (CANDIDATES as readonly string[]).includes(hint)) return hint as Delimiter;
  const truncated = text.length > SAMPLE_CHARS;
  let sample = truncated ? text.slice(0, SAMPLE_CHARS) : text;
  if (truncated) sample = sample.slice(0, Math.max(sample.lastIndexOf('\n'), 0));
  const preferred: Delimiter = /\.tsv$/i.test(fileName) ? '\t' : ',';
  let best: { delimiter: Delimiter; score: number; fields: number } = { delimiter: preferred, score: 0, fields: 0 };
  for (const delimiter of [preferred, ...CANDIDATES.filter((d) => d !== preferred)]) {
    const counts = splitRecords(sample, delimiter, SAMPLE_RECORDS);
    const tally = new Map<number, number>();
    for (const n of counts) if (n >= 2) tally.set(n, (tally.get(n) ?? 0) + 1);
    for (const [fields, score] of tally) {
      if (score > best.score || (score === best.score && fields > best.fields)) best = { delimiter, score, fields };
    }
  }
  return best.delimiter;
}

/** Field counts of the first records that have any delimiter or text, quotes respected (";;;" counts 4 fields). */
function splitRecords(text: string, delimiter: Delimiter, max: number): number[] {
  const unlimited = { maxRows: Infinity, maxColumns: Infinity, maxCellChars: Infinity };
  const rows = parseDelimited(text, delimiter, { limits: unlimited, sheet: 'sample', maxRecords: max, keepEmpty: true });
  return rows.filter((row) => row.length > 1 || row[0] != null).map((row) => row.length);
}

/** Options of parseDelimited. */
export type ParseOptions = {
  limits: Pick<ReadLimits, 'maxRows' | 'maxColumns' | 'maxCellChars'>;
  /** The sheet's name, for messages. */
  sheet: string;
  /** Stop after this many rows (for sampling). */
  maxRecords?: number;
  /** Keep each row's trailing empty fields (for counting fields). */
  keepEmpty?: boolean;
  onProgress?: (done: number, total: number) => void;
};

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Parses delimited text into rows of cells (RFC 4180 quoting, CRLF/LF/CR line
 * ends, newlines inside quotes). Every field stays text; an empty field is null
 * and a row's trailing empty fields are dropped, so a blank line is []. Lenient
 * as Excel is: a stray quote inside an unquoted field is kept, an unclosed quote
 * runs to the end.
 */
export function parseDelimited(text: string, delimiter: Delimiter, options: ParseOptions): Cell[][] {
  const { limits, sheet, maxRecords = Infinity, keepEmpty = false, onProgress } = options;
  const rows: Cell[][] = [];
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  let row: Cell[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const hint = /^sep=.\r?\n/i.exec(text.slice(i, i + 8));
  if (hint) i += hint[0].length;
  let nextReport = 1 << 20;

  const endRow = () => {
    let end = row.length;
    while (!keepEmpty && end > 0 && row[end - 1] === null) end--;
    if (end < row.length) row.length = end;
    if (end > limits.maxColumns) {
      throw readError('import.errors.tooManyColumns', { sheet, limit: limits.maxColumns }, `Row ${rows.length + 1} has more than ${limits.maxColumns} columns.`);
    }
    if (end > 0 && rows.length >= limits.maxRows) {
      throw readError('import.errors.tooManyRows', { sheet, limit: limits.maxRows }, `The file has more than ${limits.maxRows} rows.`);
    }
    rows.push(row);
    row = [];
  };

  while (rows.length < maxRecords) {
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      let parts = '';
      let start = i + 1;
      let j = start;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          parts += text.slice(start);
          j = n;
          break;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          parts += text.slice(start, q + 1);
          j = start = q + 2;
          continue;
        }
        parts += text.slice(start, q);
        j = q + 1;
        break;
      }
      const k = fieldEnd(text, j, d);
      value = k > j ? parts + text.slice(j, k) : parts;
      i = k;
    } else {
      const k = fieldEnd(text, i, d);
      value = text.slice(i, k);
      i = k;
    }
    if (value.length > limits.maxCellChars) {
      const cell = `${columnName(row.length)}${rows.length + 1}`;
      throw readError('import.errors.cellTooLarge', { sheet, cell, limitMb: megabytes(limits.maxCellChars) }, `Cell ${cell} holds more than ${limits.maxCellChars} characters.`);
    }
    row.push(value === '' ? null : value);
    if (i >= n) {
      endRow();
      break;
    }
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    endRow();
    if (i >= n) break;
    if (onProgress && i > nextReport) {
      onProgress(i, n);
      nextReport = i + (1 << 20);
    }
  }
  if (!keepEmpty) while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

function fieldEnd(text: string, from: number, d: number): number {
  let k = from;
  const n = text.length;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c === d || c === LF || c === CR) break;
    k++;
  }
  return k;
}
