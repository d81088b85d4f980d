import type { ExtractedSheet } from './sheet-read-book';
import { decodeEntities } from './sheet-read-entities';
import { columnName, megabytes, readError, type ReadLimits } from './sheet-read-limits';
import type { Cell, MergeRange } from './sheet-types';

/**
 * HTML tables, as web systems' "Export to Excel" write them under an .xls
 * name (`<html>…<table>`). Read here as data, never as a page: a scanner of
 * tags and text with no DOM, that skips scripts, styles and comments and
 * runs nothing. Every cell is text, as in CSV ("00123" stays "00123"); cells
 * and rows whose end tags are left out are closed as browsers close them;
 * colspan and rowspan place the cells after them and become merges (clamped
 * as browsers clamp them: 1000 columns, 65534 rows). Each table with data is
 * a sheet; the limits on rows, columns and cell text hold as for any sheet.
 */

type Table = {
  rows: Cell[][];
  merges: MergeRange[];
  /** The last row each column is covered to by a rowspan above (columns under the column limit only). */
  coveredTo: number[];
  /** The current row (-1 before the first), and whether it is open. */
  r: number;
  inRow: boolean;
  /** The next column to fill in the current row. */
  c: number;
  cell?: { parts: string[]; colspan: number; rowspan: number };
};

// Elements whose content is not text of the page.
const SKIPPED = new Set(['script', 'style', 'title', 'template', 'textarea', 'xml']);
// Elements that end a line of text inside a cell.
const LINE_ENDS = new Set(['br', 'p', 'div', 'li']);

/** The tables of an HTML document that hold data, as sheets named after `baseName`. */
export function readHtmlTables(html: string, baseName: string, limits: ReadLimits): ExtractedSheet[] {
  const finished: { order: number; table: Table }[] = [];
  const open: { order: number; table: Table }[] = [];
  let started = 0;
  const current = () => open[open.length - 1]?.table;

  const onTag = (name: string, closing: boolean, attributes: string) => {
    const table = current();
    if (name === 'table') {
      if (!closing) open.push({ order: started++, table: { rows: [], merges: [], coveredTo: [], r: -1, inRow: false, c: 0 } });
      else if (table) {
        endCell(table, limits, baseName);
        finished.push(open.pop()!);
      }
      return;
    }
    if (!table) return;
    if (name === 'tr') {
      endCell(table, limits, baseName);
      table.inRow = false;
      if (!closing) startRow(table);
    } else if (name === 'td' || name === 'th') {
      endCell(table, limits, baseName);
      if (closing) return;
      if (!table.inRow) startRow(table);
      table.cell = { parts: [], colspan: span(attributes, 'colspan', 1000), rowspan: span(attributes, 'rowspan', 65534) };
    } else if (table.cell && (name === 'br' || (closing && LINE_ENDS.has(name)))) {
      table.cell.parts.push('\n');
    }
  };
  const onText = (text: string) => {
    const cell = current()?.cell;
    if (cell) cell.parts.push(text.replace(/[ \t\r\n\f]+/g, ' '));
  };
  scan(html, onTag, onText);
  // A table left open at the end of the file (a download cut short) keeps what it has.
  while (open.length > 0) {
    endCell(current()!, limits, baseName);
    finished.push(open.pop()!);
  }

  const sheets = finished
    .sort((a, b) => a.order - b.order)
    .map(({ table }) => toSheet(table))
    .filter((sheet) => sheet.rows.length > 0);
  return sheets.map((sheet, i) => ({ ...sheet, name: sheets.length === 1 ? baseName : `${baseName} (${i + 1})` }));
}

function startRow(table: Table): void {
  table.r++;
  table.c = 0;
  table.inRow = true;
}

const SPAN = { colspan: /(?:^|\s)colspan\s*=\s*["']?\s*(\d+)/i, rowspan: /(?:^|\s)rowspan\s*=\s*["']?\s*(\d+)/i };

/** A colspan or rowspan: a whole number from 1 to `max`, 1 when absent or not a number. */
function span(attributes: string, name: keyof typeof SPAN, max: number): number {
  if (attributes.length < 8) return 1;
  const match = SPAN[name].exec(attributes);
  const n = match ? parseInt(match[1]!, 10) : 1;
  return n >= 1 ? Math.min(n, max) : 1;
}

function endCell(table: Table, limits: ReadLimits, sheet: string): void {
  const cell = table.cell;
  if (!cell) return;
  table.cell = undefined;
  const { r } = table;
  let c = table.c;
  while (c < limits.maxColumns && (table.coveredTo[c] ?? -1) >= r) c++;
  const value = cellText(cell.parts);
  if (value !== null) {
    if (value.length > limits.maxCellChars) {
      const at = `${columnName(c)}${r + 1}`;
      throw readError('import.errors.cellTooLarge', { sheet, cell: at, limitMb: megabytes(limits.maxCellChars) }, `Cell ${at} holds more than ${limits.maxCellChars} characters.`);
    }
    if (c >= limits.maxColumns) throw readError('import.errors.tooManyColumns', { sheet, limit: limits.maxColumns }, `The table has more than ${limits.maxColumns} columns.`);
    if (r >= limits.maxRows) throw readError('import.errors.tooManyRows', { sheet, limit: limits.maxRows }, `The table has more than ${limits.maxRows} rows.`);
    const row = (table.rows[r] ??= []);
    row[c] = value;
    if (cell.colspan > 1 || cell.rowspan > 1) table.merges.push({ s: { r, c }, e: { r: r + cell.rowspan - 1, c: c + cell.colspan - 1 } });
  }
  if (cell.rowspan > 1) for (let k = c; k < Math.min(c + cell.colspan, limits.maxColumns); k++) table.coveredTo[k] = r + cell.rowspan - 1;
  table.c = c + cell.colspan;
}

/** A cell's text: references decoded, spaces collapsed as a browser shows them, line breaks kept; null when blank. */
function cellText(parts: string[]): string | null {
  // Spaces around line breaks and at both ends dropped by plain loops: a regex such as / *\n */ or
  // [ \n]+$ backtracks quadratically on a long run of spaces or <br>s, and a hostile file has them.
  const lines = decodeEntities(parts.join('')).replace(/\u00a0/g, ' ').split('\n').map(trimSpaces);
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && lines[first] === '') first++;
  while (last >= first && lines[last] === '') last--;
  const text = lines.slice(first, last + 1).join('\n');
  return text === '' ? null : text;
}

function trimSpaces(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && line.charCodeAt(start) === 0x20) start++;
  while (end > start && line.charCodeAt(end - 1) === 0x20) end--;
  return line.slice(start, end);
}

function toSheet(table: Table): ExtractedSheet {
  const rows: Cell[][] = [];
  let columnCount = 0;
  for (let r = 0; r < table.rows.length; r++) {
    const source = table.rows[r] ?? [];
    const row: Cell[] = Array.from({ length: source.length }, (_, c) => source[c] ?? null);
    rows.push(row);
    columnCount = Math.max(columnCount, row.length);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  const merges = table.merges
    .filter((m) => m.s.r < rows.length && m.s.c < columnCount)
    .map((m) => ({ s: m.s, e: { r: Math.min(m.e.r, rows.length - 1), c: Math.min(m.e.c, columnCount - 1) } }));
  return { name: '', rows, merges, formulaCells: 0, columnCount, hidden: false };
}

const TAG_NAME = /(\/?)([A-Za-z][A-Za-z0-9:-]{0,62})/y;

/**
 * Walks the document once: tags (name in lower case, closing or not, the
 * attribute text) and the text between them. Comments, doctypes, processing
 * instructions and the content of skipped elements (script, style…) are
 * passed over. Linear: every search moves forward.
 */
function scan(html: string, onTag: (name: string, closing: boolean, attributes: string) => void, onText: (text: string) => void): void {
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      onText(html.slice(i));
      return;
    }
    if (lt > i) onText(html.slice(i, lt));
    const next = html.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      // <!-- comment -->, <![CDATA[…]]> and Excel's <![if …]>, <!DOCTYPE …>, <?xml …?>
      const close = html.startsWith('<!--', lt) ? '-->' : '>';
      const end = html.indexOf(close, lt + 2);
      i = end === -1 ? n : end + close.length;
      continue;
    }
    TAG_NAME.lastIndex = lt + 1;
    const name = TAG_NAME.exec(html);
    if (!name) {
      onText('<');
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt);
    if (gt === -1) return;
    const tag = name[2]!.toLowerCase();
    const closing = name[1] === '/';
    i = gt + 1;
    if (!closing && SKIPPED.has(tag) && html.charCodeAt(gt - 1) !== 0x2f /* / */) {
      const end = new RegExp(`</${tag}\\s*>`, 'gi');
      end.lastIndex = i;
      const found = end.exec(html);
      i = found ? found.index + found[0].length : n;
      continue;
    }
    onTag(tag, closing, html.slice(lt + 1 + name[0].length, gt));
  }
}
