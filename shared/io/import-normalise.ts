import { cleanName, isPlausiblePhone, parseEmails } from '../domain/person-rules';
import { foldText } from '../domain/text';
import type { CountryCode } from '../domain/types';
import { matchCountry, type CountryMatch } from './import-countries';
import type { Cell, ImportMessage } from './sheet-types';

export { normaliseDate, inferDateOrder, serialToIsoDate, type DateOrder } from './import-dates';

/**
 * Normalisers: one cell in, the value to store out, with a warning (kept, but
 * look) or an error (the row cannot be imported as it is). Values are kept as
 * typed: names and phones are never re-cased or reformatted, emails never
 * lower-cased; only ends are trimmed and inner runs of spaces made one.
 * Cells are data: a cell that looks like a formula ("=HYPERLINK(…)") is kept
 * as text, never evaluated, and flagged (formulaWarning).
 */
export type Normalised<T> = { value: T | undefined; warning?: ImportMessage; error?: ImportMessage };

const message = (key: ImportMessage['key'], params: ImportMessage['params']): ImportMessage => ({ key, params });

/**
 * A cell as text: strings trimmed (spaces, no-break spaces and a BOM pasted
 * with them), numbers written in full (2348030000000, not 2.348e12, up to
 * 10^21), booleans as "TRUE"/"FALSE" the way spreadsheets show them, empty as "".
 */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return Number.isFinite(cell) ? String(cell) : '';
}

/** True when the cell holds nothing but spaces. */
export function isEmptyCell(cell: Cell | undefined): boolean {
  return cell === undefined || cellText(cell) === '';
}

/**
 * A warning for text that a spreadsheet would run as a formula if it were
 * written back: it starts with "=". It is kept as text (the import stores
 * values, it evaluates nothing). "+33 1…", "-", "@home" are ordinary data here;
 * exports neutralise all of = + - @ (GUIDE §5).
 */
export function formulaWarning(cell: Cell): ImportMessage | undefined {
  return typeof cell === 'string' && cell.trim().startsWith('=') ? message('import.warnings.looksLikeFormula', { value: cell.trim() }) : undefined;
}

/** A name as typed (cleanName: ends trimmed, spaces collapsed; case and letters untouched). */
export function normaliseName(cell: Cell): Normalised<string> {
  const value = cleanName(cellText(cell));
  return { value: value === '' ? undefined : value };
}

/** Free text (institution, position, diet…): trimmed; inner line breaks kept when `multiline` (notes). */
export function normaliseText(cell: Cell, multiline = false): Normalised<string> {
  const text = cellText(cell);
  const value = multiline ? text.replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n') : cleanName(text);
  return { value: value === '' ? undefined : value };
}

/**
 * Email addresses as typed, split on commas, semicolons and spaces, repeats
 * dropped case-insensitively (first spelling kept), never lower-cased. A
 * "mailto:" prefix and the display name of "María García <maria@museo.es>" are
 * dropped. Addresses that fail isPlausibleEmail make the error; the good ones stay.
 */
export function normaliseEmails(cell: Cell): Normalised<string[]> {
  const text = cellText(cell)
    .split(/[,;]/)
    .map(addressPart)
    .join(', ')
    .replace(/\bmailto:/gi, ' ');
  const { emails, invalid } = parseEmails(text);
  if (emails.length === 0 && invalid.length === 0) return { value: undefined };
  const result: Normalised<string[]> = { value: emails.length > 0 ? emails : undefined };
  if (invalid.length > 0) result.error = message('import.errors.emailInvalid', { value: invalid.join(', ') });
  return result;
}

// "María García <maria@museo.es>" → "maria@museo.es" (indexOf, not a regex: linear on any cell).
function addressPart(piece: string): string {
  const open = piece.lastIndexOf('<');
  const close = open >= 0 ? piece.indexOf('>', open) : -1;
  return close > open ? piece.slice(open + 1, close) : piece;
}

// "8.03E+09", "2,34803E+12": what Excel writes in a CSV for a long number it
// displays in scientific form; the digits beyond the first few are gone.
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i;

/**
 * A number-like identifier (phone, membership number) kept as TEXT exactly as
 * typed, leading "+" and zeros included. A number cell means the spreadsheet
 * already read it as a number: its leading zero or "+" may be lost, so it is
 * kept in digits with a warning. A number shown in scientific form has lost
 * digits: it is left out, with a warning saying to fix the file or the cell.
 */
function numberLike(cell: Cell, wasNumber: 'import.warnings.phoneWasNumber' | 'import.warnings.idWasNumber'): Normalised<string> {
  const text = cellText(cell);
  if (text === '') return { value: undefined };
  if (typeof cell === 'number') {
    // Beyond 2^53 a number's last digits are not the ones typed.
    if (Math.abs(cell) > Number.MAX_SAFE_INTEGER) return { value: undefined, warning: message('import.warnings.numberScientific', { value: text }) };
    return { value: text, warning: message(wasNumber, { value: text }) };
  }
  if (SCIENTIFIC.test(text)) return { value: undefined, warning: message('import.warnings.numberScientific', { value: text }) };
  return { value: text };
}

/** A phone number as text (see numberLike); an error when it is not dialable (isPlausiblePhone). */
export function normalisePhone(cell: Cell): Normalised<string> {
  const result = numberLike(cell, 'import.warnings.phoneWasNumber');
  if (result.value !== undefined && !isPlausiblePhone(result.value)) {
    return { value: result.value, error: message('import.errors.phoneInvalid', { value: result.value }) };
  }
  return result;
}

/** A membership number or other identifier as text (see numberLike); anything goes. */
export function normaliseIdentifier(cell: Cell): Normalised<string> {
  return numberLike(cell, 'import.warnings.idWasNumber');
}

const YES = new Set(['yes', 'y', 'oui', 'o', 'si', 's', 'x', 'true', 'vrai', 'verdadero', '1', 'ok', '✓', '✔', '☑', '☒']);
const NO = new Set(['no', 'n', 'non', 'false', 'faux', 'falso', '0', '-', '✗', '✘', '☐', 'none', 'aucun', 'aucune', 'ninguno', 'ninguna']);

/**
 * Yes or no (the visa letter column): yes / oui / sí / si / x / true / 1 / ✓,
 * and no / non / false / 0 / - ; the first word decides ("Oui (urgent)").
 * Anything else is left out with a warning.
 */
export function normaliseYesNo(cell: Cell): Normalised<boolean> {
  if (typeof cell === 'boolean') return { value: cell };
  if (typeof cell === 'number' && (cell === 0 || cell === 1)) return { value: cell === 1 };
  const text = cellText(cell);
  if (text === '') return { value: undefined };
  const folded = foldText(text);
  const first = /^[\p{L}\p{N}]+/u.exec(folded)?.[0] ?? folded.slice(0, 1);
  if (YES.has(first) || YES.has(folded)) return { value: true };
  if (NO.has(first) || NO.has(folded)) return { value: false };
  return { value: undefined, warning: message('import.warnings.yesNoUnknown', { value: text }) };
}

/** Tags separated by commas, semicolons, vertical bars or line breaks, each tidied with cleanName. */
export function normaliseTags(cell: Cell): Normalised<string[]> {
  const tags = cellText(cell)
    .split(/[,;|\n]/)
    .map(cleanName)
    .filter((tag) => tag !== '');
  return { value: tags.length > 0 ? tags : undefined };
}

// Partner lists repeat the same few countries on every row: remember answers.
const countryCache = new Map<string, CountryMatch>();

/**
 * A country as an ISO alpha-2 code, from a name in English, French or Spanish,
 * a code or an alias (import-countries.ts). A near match ("Frnace") is taken
 * with a warning naming the country, so it is seen, never silent; a name that
 * fits several countries ("Congo") or none is an error.
 */
export function normaliseCountry(cell: Cell): Normalised<CountryCode> {
  const text = cleanName(cellText(cell));
  let match = countryCache.get(text);
  if (!match) {
    match = matchCountry(text);
    if (countryCache.size > 5000) countryCache.clear();
    countryCache.set(text, match);
  }
  switch (match.kind) {
    case 'empty':
      return { value: undefined };
    case 'exact':
      return { value: match.code };
    case 'guess':
      return { value: match.code, warning: message('import.warnings.countryGuessed', { value: text, country: match.code }) };
    case 'ambiguous':
      return { value: undefined, error: message('import.errors.countryAmbiguous', { value: text, countries: match.suggestions.join(', ') }) };
    case 'unknown':
      return { value: undefined, error: message('import.errors.countryUnknown', { value: text }) };
  }
}
