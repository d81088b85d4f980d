import { columnName, megabytes, readError, type ReadLimits } from './sheet-read-limits';
import type { Cell } from './sheet-types';

export { decodeMacRoman, decodeText, decodeWindows1252, type DecodedText, type TextEncodingName } from './sheet-read-decode';

/**
 * Delimited text (csv, tsv, txt) as partners send it: decoded from its bytes
 * (sheet-read-decode.ts: UTF-8, UTF-16, Windows-1252, Mac Roman), its delimiter guessed, and parsed
 * here rather than by SheetJS so that every field stays the text it was:
 * "0803 000 0000", "+234…", "00123" and dates are never turned into numbers.
 */

/** The field delimiters the reader recognises. */
export type Delimiter = ',' | ';' | '\t' | '|';

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
