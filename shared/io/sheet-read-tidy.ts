import { decodeUtf8 } from './sheet-read-decode';
import { megabytes, readError, type ReadLimits } from './sheet-read-limits';

/**
 * The parts of a checked zip (xlsx, xlsm, ods), inflated, made ready for
 * SheetJS. A sheet whose rows or columns were formatted whole is mostly
 * nothing: Excel writes a styled empty <row> for each of a million rows, or a
 * styled empty <c> for each cell of a bordered range; LibreOffice writes one
 * row repeated a million times. SheetJS would read tens of MB of XML to find
 * no data, so the empty elements are dropped from worksheets here, in place,
 * before it parses them. And an OpenDocument cell with a value repeated over
 * many rows and columns is made a cell per copy by SheetJS: a 1 KB file can
 * ask for billions; the repeats are counted here first and held to the limits.
 */

/** One entry of an inflated zip, as SheetJS's CFB gives it. */
export type ZipPart = { name: string; type: number; content?: Uint8Array };
/** An inflated zip, as SheetJS's CFB gives it (paths start "Root Entry/"). */
export type ZipContainer = { FullPaths: string[]; FileIndex: ZipPart[] };

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

/** The parts at paths matching `pattern` (paths without the "Root Entry/" prefix). */
function parts(zip: ZipContainer, pattern: RegExp): ZipPart[] {
  return zip.FileIndex.filter((part, i) => part.type === 2 && part.content && pattern.test(zip.FullPaths[i]!.replace(/^Root Entry\//, '')));
}

/** A tag found in XML bytes: its local name (prefix dropped), whether it closes or is empty, and where it ends. */
type Tag = { local: string; closing: boolean; empty: boolean; end: number };

function tagAt(bytes: Uint8Array, at: number): Tag | undefined {
  let i = at + 1;
  const closing = bytes[i] === SLASH;
  if (closing) i++;
  const start = i;
  let colon = -1;
  for (; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x3a) colon = i;
    else if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === SLASH || b === GT) break;
  }
  if (i === start || i - start > 40) return undefined;
  const end = bytes.indexOf(GT, i);
  if (end === -1) return undefined;
  let local = '';
  for (let k = colon === -1 ? start : colon + 1; k < i; k++) local += String.fromCharCode(bytes[k]!);
  return { local, closing, empty: bytes[end - 1] === SLASH, end };
}

/** The text of a tag's attributes, one byte per character (ASCII is all that is looked for in it). */
function attributes(bytes: Uint8Array, at: number, end: number): string {
  let text = '';
  for (let k = at; k < end; k++) text += String.fromCharCode(bytes[k]!);
  return text;
}

/** The bytes of a double-quoted attribute's value (`name="…"`), empty when absent. */
function attributeBytes(bytes: Uint8Array, at: number, end: number, name: string): Uint8Array {
  const match = new RegExp(`[\\s:]${name}\\s*=\\s*"([^"]*)"`).exec(attributes(bytes, at, end));
  if (!match) return new Uint8Array(0);
  const start = at + match.index + match[0].length - match[1]!.length - 1;
  return bytes.subarray(start, start + match[1]!.length);
}

/** True when a <row> or <c> tag says where it is (` r="…"`), read from its bytes. */
function placed(bytes: Uint8Array, at: number, end: number): boolean {
  for (let k = at + 2; k < end - 1; k++) {
    if (bytes[k] === 0x72 /* r */ && bytes[k + 1] === 0x3d /* = */ && (bytes[k - 1] === 0x20 || bytes[k - 1] === 0x09 || bytes[k - 1] === 0x0a || bytes[k - 1] === 0x0d)) return true;
  }
  return false;
}

/** True when every row and cell of a worksheet names its place (r="…"): only then may empty ones go. */
function everyRowAndCellPlaced(bytes: Uint8Array): boolean {
  for (let at = bytes.indexOf(LT); at !== -1; at = bytes.indexOf(LT, at + 1)) {
    const tag = tagAt(bytes, at);
    if (!tag) continue;
    if (!tag.closing && (tag.local === 'row' || tag.local === 'c') && !placed(bytes, at, tag.end)) return false;
    at = tag.end;
  }
  return true;
}

/** Below this many self-closing elements, a worksheet is left as it is: a few thousand empty rows cost SheetJS nothing much. */
export const TIDY_FROM = 5000;

/** True when the XML has at least TIDY_FROM self-closing elements ("/>"). */
function manySelfClosing(bytes: Uint8Array): boolean {
  let count = 0;
  for (let at = bytes.indexOf(GT); at !== -1; at = bytes.indexOf(GT, at + 1)) {
    if (bytes[at - 1] === SLASH && ++count >= TIDY_FROM) return true;
  }
  return false;
}

/**
 * A worksheet's XML without its empty rows and cells: self-closing <row r="…"/>
 * (SheetJS reads nothing from one) and, when every row and cell says where
 * it is, self-closing <c/> and rows left with no cell. Returns the same
 * bytes when nothing was dropped.
 */
export function dropEmptyRows(bytes: Uint8Array): Uint8Array {
  // A sheet with few self-closing elements has little to drop, and SheetJS reads it fast as it is:
  // counting them is a tenth of what walking every tag costs on a 100,000-row sheet.
  if (!manySelfClosing(bytes)) return bytes;
  const cellsToo = everyRowAndCellPlaced(bytes);
  // Bytes before `copyFrom` are settled; those kept are compacted to before `write`.
  let write = 0;
  let copyFrom = 0;
  let dropped = false;
  let rowStart = -1;
  let rowHasData = false;
  const flush = (to: number) => {
    if (write !== copyFrom) bytes.copyWithin(write, copyFrom, to);
    write += to - copyFrom;
    copyFrom = to;
  };
  const drop = (at: number, end: number) => {
    flush(at);
    copyFrom = end + 1;
    dropped = true;
  };
  for (let at = bytes.indexOf(LT); at !== -1; at = bytes.indexOf(LT, at + 1)) {
    const tag = tagAt(bytes, at);
    if (!tag) continue;
    if (tag.local === 'row' && !tag.closing) {
      // A <row/> that says where it is can go; one that does not still counts as a row (the next is numbered after it).
      if (tag.empty && placed(bytes, at, tag.end)) drop(at, tag.end);
      else {
        flush(at);
        rowStart = write;
        rowHasData = false;
      }
    } else if (tag.local === 'row' && tag.closing) {
      if (cellsToo && rowStart !== -1 && !rowHasData) {
        drop(at, tag.end);
        write = rowStart;
      }
      rowStart = -1;
    } else if (tag.local === 'c' && tag.empty && cellsToo) {
      drop(at, tag.end);
    } else if (rowStart !== -1) {
      rowHasData = true;
    }
    at = tag.end;
  }
  if (!dropped) return bytes;
  flush(bytes.length);
  // A copy, so the large inflated part can be let go (Buffer.slice would keep it).
  const tidy = new Uint8Array(write);
  tidy.set(bytes.subarray(0, write));
  return tidy;
}

/** Drops the empty rows and cells of every worksheet of an xlsx/xlsm, in place. */
export function tidyWorkbook(zip: ZipContainer): void {
  for (const part of parts(zip, /^xl\/worksheets\/[^/]+\.xml$/i)) part.content = dropEmptyRows(part.content!);
}

const ODS_STYLES = '<?xml version="1.0" encoding="UTF-8"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"/>';

type CfbUtils = { cfb_add(zip: ZipContainer, path: string, content: Uint8Array): void };

/**
 * Gets an ods ready: counts the cells SheetJS would make of repeated rows and
 * columns (throws 'import.errors.tooManyRows', 'tooManyColumns' or
 * 'tooLargeExpanded' before it makes them), and gives a package without a
 * styles.xml (it is optional) an empty one, which SheetJS insists on.
 */
export function tidyOpenDocument(zip: ZipContainer, limits: ReadLimits, utils: CfbUtils): void {
  for (const part of parts(zip, /^content\.xml$/i)) checkRepeats(part.content!, limits);
  if (parts(zip, /^styles\.xml$/i).length === 0 && parts(zip, /^content\.xml$/i).length > 0) {
    utils.cfb_add(zip, 'styles.xml', Uint8Array.from(ODS_STYLES, (ch) => ch.charCodeAt(0)));
  }
}

const repeat = (text: string, name: string) => {
  const match = new RegExp(`${name}\\s*=\\s*["'](\\d+)`).exec(text);
  return match ? Math.max(1, parseInt(match[1]!, 10)) : 1;
};

/**
 * Walks an OpenDocument content.xml as SheetJS will: rows repeated
 * (number-rows-repeated) and cells repeated (number-columns-repeated). An
 * empty cell costs nothing however often it repeats; a cell SheetJS keeps (a
 * typed value, or a paragraph of text) is made once per row and column it
 * repeats over. Those copies are held to the row and column limits and,
 * together, to what the expanded-size limit allows (a cell written out takes
 * about 100 bytes of XML).
 */
function checkRepeats(bytes: Uint8Array, limits: ReadLimits): void {
  const budget = limits.maxExpandedBytes / 100;
  let copies = 0;
  let sheet = '';
  let r = 0;
  let rowRepeat = 1;
  let c = 0;
  let cell: { c: number; repeat: number; kept: boolean } | undefined;
  let annotation = 0;
  for (let at = bytes.indexOf(LT); at !== -1; at = bytes.indexOf(LT, at + 1)) {
    const tag = tagAt(bytes, at);
    if (!tag) continue;
    const { local, closing, empty } = tag;
    if (local === 'table' && !closing) {
      sheet = decodeUtf8(attributeBytes(bytes, at, tag.end, 'name'));
      r = 0;
    } else if (local === 'table-row') {
      if (!closing) {
        rowRepeat = repeat(attributes(bytes, at, tag.end), 'number-rows-repeated');
        c = 0;
      }
      if (closing || empty) {
        r += rowRepeat;
        rowRepeat = 1;
      }
    } else if ((local === 'table-cell' || local === 'covered-table-cell') && !closing) {
      const text = attributes(bytes, at, tag.end);
      const columnRepeat = repeat(text, 'number-columns-repeated');
      if (!empty && local === 'table-cell') cell = { c, repeat: columnRepeat, kept: /value-type\s*=\s*["'](?!string)/.test(text) };
      c += columnRepeat;
    } else if (local === 'annotation') {
      if (!closing && !empty) annotation++;
      else if (closing) annotation--;
    } else if (local === 'p' && cell && !closing && !empty && annotation === 0) {
      cell.kept = true;
    } else if (local === 'table-cell' && closing && cell) {
      if (cell.kept && rowRepeat * cell.repeat > 1) {
        if (r + rowRepeat > limits.maxRows) throw readError('import.errors.tooManyRows', { sheet, limit: limits.maxRows }, `Sheet ${sheet} repeats a value past row ${limits.maxRows}.`);
        if (cell.c + cell.repeat > limits.maxColumns) throw readError('import.errors.tooManyColumns', { sheet, limit: limits.maxColumns }, `Sheet ${sheet} repeats a value past column ${limits.maxColumns}.`);
        copies += rowRepeat * cell.repeat;
        if (copies > budget) {
          throw readError('import.errors.tooLargeExpanded', { limitMb: megabytes(limits.maxExpandedBytes) }, `Sheet ${sheet} repeats cells more than ${budget} times.`);
        }
      }
      cell = undefined;
    }
    at = tag.end;
  }
}
