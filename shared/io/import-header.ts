import { foldText } from '../domain/text';
import { cellText } from './import-normalise';
import { HEADER_LEVEL_SEPARATOR, matchHeader, type ImportField } from './import-synonyms';
import type { Cell, Confidence, ImportMessage, MergeRange, Sheet } from './sheet-types';

/** The header is looked for in the first rows only: lists put it at the top, under a title at most. */
export const HEADER_SCAN_ROWS = 30;

/** Where the header is, how sure the guess is, and why, in messages for the user (rows numbered from 1). */
export type HeaderDetection = {
  /** 0-based index of the header row (the lower one of a two-row header); -1 for an empty sheet. */
  headerRow: number;
  /** The upper row of a two-row header ("Name" over "First | Last"), when there is one. */
  groupRow?: number;
  confidence: Confidence;
  reasons: ImportMessage[];
};

/** The number of columns: one past the last non-empty cell of any row (at least the whole sheet's `columnCount` on a head). */
export function sheetWidth(sheet: Sheet): number {
  let width = sheet.columnCount ?? 0;
  for (const row of sheet.rows) {
    for (let c = row.length - 1; c >= width; c--) {
      if (cellText(row[c] ?? null) !== '') {
        width = c + 1;
        break;
      }
    }
  }
  return width;
}

const isIndex = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

function validMerge(merge: MergeRange): boolean {
  const { s, e } = merge ?? {};
  return !!s && !!e && isIndex(s.r) && isIndex(s.c) && isIndex(e.r) && isIndex(e.c) && s.r <= e.r && s.c <= e.c;
}

/**
 * A copy of the sheet with every merged range filled with its top-left value,
 * so a header merged across columns names each of them and a value merged down
 * rows (one institution for three people) belongs to each row. Ranges are
 * clamped to the sheet (a file cannot make this allocate beyond its own size);
 * malformed ranges are ignored. The input is not changed; filling twice is the
 * same as once.
 */
export function fillMerges(sheet: Sheet): Sheet {
  const merges = (sheet.merges ?? []).filter(validMerge);
  if (merges.length === 0) return sheet;
  const width = sheetWidth(sheet);
  const rows = sheet.rows.slice();
  const copied = new Set<number>();
  for (const { s, e } of merges) {
    const value = rows[s.r]?.[s.c] ?? null;
    if (cellText(value) === '') continue;
    const lastRow = Math.min(e.r, rows.length - 1);
    const lastColumn = Math.min(e.c, width - 1);
    for (let r = s.r; r <= lastRow; r++) {
      if (!copied.has(r)) {
        rows[r] = [...(rows[r] ?? [])];
        copied.add(r);
      }
      const row = rows[r] ?? [];
      for (let c = s.c; c <= lastColumn; c++) {
        while (row.length < c) row.push(null);
        row[c] = value;
      }
    }
  }
  return { ...sheet, rows };
}

type RowFacts = { texts: string[]; nonEmpty: number; blank: boolean; title: boolean; textual: number; fields: number };

function rowFacts(row: readonly Cell[] | undefined, width: number, merges: readonly MergeRange[], r: number): RowFacts {
  const cells = Array.from({ length: width }, (_, c) => row?.[c] ?? null);
  const texts = cells.map(cellText);
  const present = texts.filter((t) => t !== '');
  const distinct = new Set(present).size;
  const merged = merges.some((m) => validMerge(m) && m.s.r === r && m.e.c > m.s.c);
  // A title: one text across the row (one cell, or one merged cell across the width).
  const title = width > 1 && distinct === 1 && (present.length === 1 || merged);
  const textual = cells.filter((cell, c) => typeof cell === 'string' && looksLikeLabel(texts[c] ?? '')).length;
  return { texts, nonEmpty: present.length, blank: present.length === 0, title, textual, fields: fieldsOf(texts).size };
}

/** Header labels are words: not numbers, emails, dates or phone numbers. */
function looksLikeLabel(text: string): boolean {
  return text !== '' && !text.includes('@') && !/^[\d\s+()./:-]+$/.test(text);
}

/** The header of each column; a two-row header joins both levels with HEADER_LEVEL_SEPARATOR. */
export function headerTexts(sheet: Sheet, headerRow: number, groupRow?: number): string[] {
  const filled = fillMerges(sheet);
  const width = sheetWidth(filled);
  const lower = Array.from({ length: width }, (_, c) => cellText(filled.rows[headerRow]?.[c] ?? null));
  if (groupRow === undefined) return lower;
  const upper = Array.from({ length: width }, (_, c) => cellText(filled.rows[groupRow]?.[c] ?? null));
  return combineLevels(upper, lower);
}

// Without merges (CSV), "Name,,Email" over "First,Last," still groups: a group
// label carries to the empty cells after it while the lower row goes on.
function combineLevels(upper: readonly string[], lower: readonly string[]): string[] {
  let carry = '';
  return lower.map((sub, c) => {
    const top = upper[c] ?? '';
    let group: string;
    if (top !== '') {
      group = top;
      carry = sub !== '' ? top : '';
    } else {
      group = sub !== '' ? carry : '';
      if (sub === '') carry = '';
    }
    if (sub === '') return group;
    return group === '' || foldText(group) === foldText(sub) ? sub : `${group}${HEADER_LEVEL_SEPARATOR}${sub}`;
  });
}

function groupable(upper: RowFacts | undefined, lower: RowFacts, merges: readonly MergeRange[], g: number): boolean {
  if (!upper || upper.blank || upper.title) return false;
  const merged = merges.some((m) => validMerge(m) && m.s.r === g && (m.e.c > m.s.c || m.e.r > g));
  const complementary =
    upper.texts.some((t, c) => t !== '' && lower.texts[c] === '') && upper.texts.some((t, c) => t === '' && lower.texts[c] !== '');
  return merged || complementary;
}

const fieldsOf = (headers: readonly string[]): Set<ImportField> =>
  new Set(headers.flatMap((header) => matchHeader(header)?.field ?? []));

type Candidate = { row: number; group?: number; fields: number; score: number; dataFollow: number };

/**
 * Finds the header row: skips blank rows and title rows (one text, or one cell
 * merged across), and scores each of the first HEADER_SCAN_ROWS rows by how
 * many cells name known fields (synonyms in three languages), how much it reads
 * like labels, and whether data-like rows follow. A row over it that groups its
 * columns (a merged "Name" over "First | Last") makes a two-row header when that
 * names more fields. The user can choose another row; headerTexts reads any.
 */
export function detectHeader(sheet: Sheet): HeaderDetection {
  const filled = fillMerges(sheet);
  const width = sheetWidth(filled);
  const merges = (sheet.merges ?? []).filter(validMerge);
  const limit = Math.min(filled.rows.length, HEADER_SCAN_ROWS);
  const facts = Array.from({ length: Math.min(filled.rows.length, limit + 6) }, (_, r) => rowFacts(filled.rows[r], width, merges, r));
  if (!facts.some((f) => !f.blank)) return { headerRow: -1, confidence: 'low', reasons: [{ key: 'import.header.emptySheet', params: {} }] };

  const candidates: Candidate[] = [];
  for (let r = 0; r < limit; r++) {
    const row = facts[r];
    if (!row || row.blank || (row.nonEmpty < 2 && width > 1 && !row.title)) continue;
    const dataFollow = dataAfter(facts, r);
    const base = 2 * (row.textual / row.nonEmpty) + 2 * dataFollow + Math.min(row.nonEmpty, 10) * 0.1 - (row.title ? 5 : 0);
    const fields = row.fields;
    candidates.push({ row: r, fields, score: base + 3 * fields, dataFollow });
    const upper = facts[r - 1];
    if (r > 0 && groupable(upper, row, merges, r - 1)) {
      const combined = fieldsOf(combineLevels(upper?.texts ?? [], row.texts)).size;
      if (combined > fields) candidates.push({ row: r, group: r - 1, fields: combined, score: base + 3 * combined, dataFollow });
    }
  }
  const best = candidates.reduce<Candidate | undefined>((a, b) => (!a || b.score > a.score ? b : a), undefined);
  const chosen = best && best.fields > 0 ? best : fallback(facts, limit);
  return explain(facts, chosen);
}

// A following row is data when it fills a fair share of the header's cells and does not itself read as a header.
function dataAfter(facts: readonly RowFacts[], r: number): number {
  const header = facts[r];
  if (!header) return 0;
  const next = facts.slice(r + 1).filter((f) => !f.blank).slice(0, 5);
  if (next.length === 0) return 0;
  const data = next.filter((f) => f.nonEmpty >= Math.max(1, Math.ceil(header.nonEmpty / 3)) && f.fields < 2 && !f.title);
  return data.length / next.length;
}

// No known column name: the first row that reads like labels, else the first non-blank row.
function fallback(facts: readonly RowFacts[], limit: number): Candidate {
  const rows = facts.slice(0, limit);
  const labels = rows.findIndex((f) => !f.blank && !f.title && f.nonEmpty >= 2 && f.textual / f.nonEmpty >= 0.8);
  const row = labels >= 0 ? labels : rows.findIndex((f) => !f.blank && !f.title);
  const index = row >= 0 ? row : rows.findIndex((f) => !f.blank);
  return { row: index, fields: 0, score: 0, dataFollow: 0 };
}

function explain(facts: readonly RowFacts[], chosen: Candidate): HeaderDetection {
  const reasons: ImportMessage[] = [];
  const top = chosen.group ?? chosen.row;
  for (let r = 0; r < top; r++) {
    const f = facts[r];
    if (!f) continue;
    if (f.blank) reasons.push({ key: 'import.header.blankRowSkipped', params: { row: r + 1 } });
    else if (f.title) reasons.push({ key: 'import.header.titleRowSkipped', params: { row: r + 1, text: f.texts.find((t) => t !== '') ?? '' } });
    else reasons.push({ key: 'import.header.rowSkipped', params: { row: r + 1 } });
  }
  if (chosen.group !== undefined) reasons.push({ key: 'import.header.twoRowHeader', params: { groupRow: chosen.group + 1, row: chosen.row + 1 } });
  reasons.push(
    chosen.fields > 0
      ? { key: 'import.header.fieldsRecognised', params: { row: chosen.row + 1, count: chosen.fields } }
      : { key: 'import.header.noKnownColumns', params: { row: chosen.row + 1 } },
  );
  const confidence: Confidence = chosen.fields >= 3 && chosen.dataFollow >= 0.5 ? 'high' : chosen.fields >= 2 || (chosen.fields === 1 && chosen.dataFollow >= 0.5) ? 'medium' : 'low';
  const detection: HeaderDetection = { headerRow: chosen.row, confidence, reasons };
  if (chosen.group !== undefined) detection.groupRow = chosen.group;
  return detection;
}
