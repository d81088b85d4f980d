import { describe, expect, it } from 'vitest';
import { inferDateOrder, normaliseDate, parseDateText, serialToIsoDate } from '../../../shared/io/import-dates';

describe('normaliseDate', () => {
  it.each([
    ['21/11/2022', '2022-11-21'],
    ['21.11.2022', '2022-11-21'],
    ['21-11-22', '2022-11-21'],
    ['2022-11-21', '2022-11-21'],
    ['2022-11-21T14:30:00Z', '2022-11-21'],
    ['2022/11/21', '2022-11-21'],
    ['21 nov. 2022', '2022-11-21'],
    ['21 novembre 2022', '2022-11-21'],
    ['lundi 21 novembre 2022', '2022-11-21'],
    ['1er décembre 2022', '2022-12-01'],
    ['21 de noviembre de 2022', '2022-11-21'],
    ['3 de sept. de 2022', '2022-09-03'],
    ['Nov 21, 2022', '2022-11-21'],
    ['Monday, November 21st 2022', '2022-11-21'],
    ['21 févr. 2023', '2023-02-21'],
    ['21/11/2022 10:32:15', '2022-11-21'],
  ])('%s → %s', (text, iso) => {
    expect(normaliseDate(text)).toEqual({ value: iso });
  });

  it('reads numeric dates day first by default, month first when the second part is above 12 or when told', () => {
    expect(normaliseDate('03/04/2022').value).toBe('2022-04-03');
    expect(normaliseDate('11/21/2022').value).toBe('2022-11-21');
    expect(normaliseDate('03/04/2022', { order: 'month-first' }).value).toBe('2022-03-04');
    // The day over 12 proves day first even in a month-first file.
    expect(normaliseDate('21/11/2022', { order: 'month-first' }).value).toBe('2022-11-21');
  });

  it('refuses dates that do not exist instead of rolling them over', () => {
    for (const text of ['31/02/2022', '2022-02-29', '29 février 2023', '32/01/2022', '00/01/2022', '2022-13-01', 'soon', '21 nov']) {
      expect(normaliseDate(text), text).toEqual({ value: undefined, error: { key: 'import.errors.dateInvalid', params: { value: text } } });
    }
    expect(normaliseDate('29/02/2024').value).toBe('2024-02-29');
    expect(normaliseDate(true).error?.key).toBe('import.errors.dateInvalid');
  });

  it('reads spreadsheet serials in the 1900 system, around its leap-year bug', () => {
    expect(normaliseDate(44886)).toEqual({ value: '2022-11-21' });
    expect(normaliseDate(44886.75).value).toBe('2022-11-21');
    expect(serialToIsoDate(1)).toBe('1900-01-01');
    expect(serialToIsoDate(59)).toBe('1900-02-28');
    // Serial 60 is 29 February 1900, which Excel counts and the calendar never had.
    expect(serialToIsoDate(60)).toBeUndefined();
    expect(normaliseDate(60).error).toEqual({ key: 'import.errors.dateExcelBug', params: { value: '60' } });
    expect(serialToIsoDate(61)).toBe('1900-03-01');
    expect(serialToIsoDate(0)).toBeUndefined();
    expect(serialToIsoDate(-3)).toBeUndefined();
    expect(serialToIsoDate(2_958_465)).toBe('9999-12-31');
    expect(serialToIsoDate(2_958_466)).toBeUndefined();
  });

  it('reads serials in the 1904 system when the workbook says so', () => {
    expect(serialToIsoDate(0, true)).toBe('1904-01-01');
    expect(normaliseDate(43424, { date1904: true })).toEqual({ value: '2022-11-21' });
    expect(normaliseDate(60, { date1904: true }).value).toBe('1904-03-01');
  });

  it('keeps an unlikely year with a warning (a number typed in a date column)', () => {
    expect(normaliseDate(2022)).toEqual({
      value: '1905-07-14',
      warning: { key: 'import.warnings.dateUnlikely', params: { value: '2022', date: '1905-07-14' } },
    });
  });

  it('leaves an empty cell empty', () => {
    expect(normaliseDate(null)).toEqual({ value: undefined });
    expect(normaliseDate('  ')).toEqual({ value: undefined });
  });
});

describe('inferDateOrder', () => {
  it('takes the order a column proves, and nothing when it proves none or both', () => {
    expect(inferDateOrder(['03/04/2022', '21/11/2022'])).toBe('day-first');
    expect(inferDateOrder(['03/04/2022', '11/21/2022', 44886])).toBe('month-first');
    expect(inferDateOrder(['03/04/2022', '05/06/2022'])).toBeUndefined();
    expect(inferDateOrder(['21/11/2022', '11/21/2022'])).toBeUndefined();
  });

  it('is what parseDateText uses when a value is ambiguous', () => {
    expect(parseDateText('05/06/2022', 'month-first')).toBe('2022-05-06');
    expect(parseDateText('05/06/2022')).toBe('2022-06-05');
  });
});
