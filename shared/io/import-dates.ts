import { Temporal } from 'temporal-polyfill';
import { foldText } from '../domain/text';
import type { IsoDate } from '../domain/types';
import type { Cell, ImportMessage } from './sheet-types';

/**
 * Dates as spreadsheets hold them: serial numbers (Excel's 1900 system with its
 * leap-year bug, or the 1904 system of old Mac workbooks), ISO text, numeric
 * day/month/year (day first unless proven or told otherwise), and written
 * dates in English, French and Spanish ("21 nov. 2022", "21 de noviembre de
 * 2022", "Nov 21, 2022"). A date that does not exist is refused, never rolled
 * over (31/02 is not 3 March).
 */

/** Which part comes first in 03/04/2022: the day (most of the world) or the month (US). */
export type DateOrder = 'day-first' | 'month-first';

/** How to read dates in one column. */
export type DateOptions = { order?: DateOrder; date1904?: boolean };

/** A date read from a cell: `value` is YYYY-MM-DD; `error` when the cell is not a date. */
export type DateResult = { value: IsoDate | undefined; warning?: ImportMessage; error?: ImportMessage };

const MONTHS = new Map<string, number>();
[
  ['jan', 'january', 'janv', 'janvier', 'ene', 'enero'],
  ['feb', 'february', 'fev', 'fevr', 'fevrier', 'febrero'],
  ['mar', 'march', 'mars', 'marzo'],
  ['apr', 'april', 'avr', 'avril', 'abr', 'abril'],
  ['may', 'mai', 'mayo'],
  ['jun', 'june', 'juin', 'junio'],
  ['jul', 'july', 'juil', 'juillet', 'julio'],
  ['aug', 'august', 'aou', 'aout', 'ago', 'agosto'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setiembre', 'set'],
  ['oct', 'october', 'octobre', 'octubre'],
  ['nov', 'november', 'novembre', 'noviembre'],
  ['dec', 'december', 'decembre', 'dic', 'diciembre'],
].forEach((names, i) => names.forEach((name) => MONTHS.set(name, i + 1)));

// Words around a written date that carry nothing: weekdays, "de", "the", "le".
const FILLER = new Set([
  'de', 'del', 'the', 'of', 'le', 'el', 'on',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lun', 'mer', 'jeu', 'ven', 'sam', 'dim',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo',
]);

const ONE_DAY_MS = 86_400_000;
// Excel's last date, 9999-12-31.
const LAST_SERIAL = 2_958_465;

/**
 * The calendar date of a spreadsheet serial number. In the 1900 system serial 1
 * is 1900-01-01 and serial 60 is 29 February 1900, a day that never was (Lotus
 * 1-2-3 thought 1900 a leap year and Excel kept the bug): it is refused, and
 * serials from 61 on are counted from 1899-12-30. In the 1904 system serial 0
 * is 1904-01-01. A time of day (the fraction) is dropped.
 */
export function serialToIsoDate(serial: number, date1904 = false): IsoDate | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const day = Math.floor(serial);
  if (date1904) {
    if (day < 0 || day > LAST_SERIAL - 1462) return undefined;
    return isoFromUtc(Date.UTC(1904, 0, 1) + day * ONE_DAY_MS);
  }
  if (day < 1 || day === 60 || day > LAST_SERIAL) return undefined;
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return isoFromUtc(epoch + day * ONE_DAY_MS);
}

function isoFromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The ISO date of year/month/day when that day exists; two-digit years are 19xx from 30, else 20xx (as Excel reads them). */
function realDate(year: number, month: number, day: number): IsoDate | undefined {
  const fullYear = year < 100 ? (year < 30 ? 2000 + year : 1900 + year) : year;
  try {
    return Temporal.PlainDate.from({ year: fullYear, month, day }, { overflow: 'reject' }).toString();
  } catch {
    return undefined;
  }
}

const NUMERIC = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?:[ T,]+\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?$/i;
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Which order a column's numeric dates use, when its values prove it: one
 * "21/11/2022" proves day first, one "11/21/2022" month first. Undefined when
 * every value is ambiguous (both parts ≤ 12) or the values disagree.
 */
export function inferDateOrder(values: readonly Cell[]): DateOrder | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const match = typeof value === 'string' ? NUMERIC.exec(value.trim()) : null;
    if (!match) continue;
    const a = Number(match[1]);
    const b = Number(match[2]);
    if (a > 12 && b <= 12) dayFirst = true;
    if (b > 12 && a <= 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? undefined : dayFirst ? 'day-first' : 'month-first';
}

/**
 * Reads a cell as a calendar date (see the module comment). Numeric dates are
 * day first by default; month first when `order` says so. A single value
 * proves its own order when one part is above 12. Years before 1950 or after
 * 2100 are kept with a warning: they are usually a number typed in a date column.
 */
export function normaliseDate(cell: Cell, options: DateOptions = {}): DateResult {
  if (cell === null || cell === '' || typeof cell === 'boolean') {
    return cell === null || cell === '' ? { value: undefined } : invalid(String(cell));
  }
  const text = typeof cell === 'number' ? String(cell) : cell.trim();
  if (text === '') return { value: undefined };
  const date = typeof cell === 'number' ? serialToIsoDate(cell, options.date1904) : parseDateText(text, options.order ?? 'day-first');
  if (date === undefined) {
    if (typeof cell === 'number' && !options.date1904 && Math.floor(cell) === 60) {
      return { value: undefined, error: { key: 'import.errors.dateExcelBug', params: { value: text } } };
    }
    return invalid(text);
  }
  const year = Number(date.slice(0, 4));
  if (year < 1950 || year > 2100) return { value: date, warning: { key: 'import.warnings.dateUnlikely', params: { value: text, date } } };
  return { value: date };
}

function invalid(value: string): DateResult {
  return { value: undefined, error: { key: 'import.errors.dateInvalid', params: { value } } };
}

/** A date written as text, or undefined when it is not one or the day does not exist. */
export function parseDateText(text: string, order: DateOrder = 'day-first'): IsoDate | undefined {
  // The longest date written out is about 40 characters; longer text is not a date.
  if (text.length > 64) return undefined;
  const iso = ISO.exec(text);
  if (iso) return realDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    const year = Number(numeric[3]);
    const dayFirst = a > 12 ? true : b > 12 ? false : order === 'day-first';
    return dayFirst ? realDate(year, b, a) : realDate(year, a, b);
  }
  return writtenDate(text);
}

// "21 nov. 2022", "21 novembre 2022", "21 de noviembre de 2022", "Nov 21, 2022",
// "Monday, November 21st 2022", "1er décembre 2022", "2022 Nov 21".
function writtenDate(text: string): IsoDate | undefined {
  const words = foldText(text)
    .replace(/(\d+)(?:st|nd|rd|th|er|re|eme|o|a)\b/g, '$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !FILLER.has(word));
  if (words.length !== 3) return undefined;
  const monthAt = words.findIndex((word) => MONTHS.has(word));
  if (monthAt < 0) return undefined;
  const month = MONTHS.get(words[monthAt] ?? '') ?? 0;
  const numbers = words.filter((_, i) => i !== monthAt);
  if (!numbers.every((word) => /^\d{1,4}$/.test(word))) return undefined;
  // The year is the four-digit number, or the last one ("21 nov 22").
  const yearFirst = (numbers[0] ?? '').length === 4;
  const [dayText = '', yearText = ''] = yearFirst ? [numbers[1], numbers[0]] : numbers;
  if (dayText.length > 2) return undefined;
  return realDate(Number(yearText), month, Number(dayText));
}
