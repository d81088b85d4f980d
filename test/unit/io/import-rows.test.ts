import { describe, expect, it } from 'vitest';
import { personFromDraft } from '../../../shared/domain/person-rules';
import { detectHeader, headerTexts } from '../../../shared/io/import-header';
import { suggestMapping } from '../../../shared/io/import-mapping';
import { buildPreview, editCell, importableRows, setRowSkipped, type Preview } from '../../../shared/io/import-rows';
import type { Sheet } from '../../../shared/io/sheet-types';
import { bogotaSpanish, englishWithTitle, lagosFrench, twoRowHeader } from './import-fixtures';

/** The preview the import screen would show by default: detected header, suggested mapping. */
function previewOf(sheet: Sheet, options: Parameters<typeof buildPreview>[3] = {}): Preview {
  const { headerRow, groupRow } = detectHeader(sheet);
  const headers = headerTexts(sheet, headerRow, groupRow);
  const mapping = suggestMapping(headers, sheet.rows.slice(headerRow + 1, headerRow + 21));
  return buildPreview(sheet, headerRow, mapping, { ...options, groupRow });
}

const ctx = { newId: () => 'P1', now: '2026-03-02T09:00:00.000Z' };

describe('buildPreview', () => {
  it('counts the Lagos list: ok, warnings, errors and the blank row; trailing empty rows are not rows', () => {
    const preview = previewOf(lagosFrench);
    expect(preview.counts).toEqual({ rows: 6, ok: 2, warnings: 2, errors: 1, skipped: 0, blank: 1 });
    expect(preview.rows.map((row) => [row.sheetRow, row.status])).toEqual([
      [3, 'warning'],
      [4, 'ok'],
      [5, 'ok'],
      [6, 'blank'],
      [7, 'error'],
      [8, 'warning'],
    ]);
  });

  it('shows each cell as in the file and as it will be stored, with what is wrong', () => {
    const [folake, , kouassi, , kwame, awa] = previewOf(lagosFrench).rows;
    expect(folake?.cells[7]).toEqual({
      column: 7,
      field: 'phone',
      raw: 2348030000000,
      value: '2348030000000',
      normalised: '2348030000000',
      warning: { key: 'import.warnings.phoneWasNumber', params: { value: '2348030000000' } },
    });
    expect(folake?.cells[4]).toMatchObject({ value: 'Nigéria', normalised: 'NG' });
    expect(kouassi?.cells[3]?.normalised).toEqual(['JM.Kouassi@Example.ci']);
    expect(kwame?.cells[3]?.error).toEqual({ key: 'import.errors.emailInvalid', params: { value: 'kwame.mensah@gmail' } });
    expect(awa?.cells[4]?.warning?.key).toBe('import.warnings.countryGuessed');
    // The row-number column is not mapped and not checked.
    expect(folake?.cells[0]).toEqual({ column: 0, field: null, raw: 1, value: '1', normalised: undefined });
  });

  it('makes person drafts that personFromDraft accepts, names and phones as typed', () => {
    const [folake] = previewOf(lagosFrench).rows;
    expect(folake?.person).toEqual({
      givenName: 'Folake',
      familyName: 'ADEYEMI',
      emails: 'folake.adeyemi@museum.example.ng',
      phone: '2348030000000',
      country: 'NG',
      institution: 'National Museum Lagos',
      position: 'Conservatrice',
    });
    const person = personFromDraft(folake!.person!, ctx);
    expect(person).toMatchObject({ givenName: 'Folake', familyName: 'ADEYEMI', country: 'NG', phone: '2348030000000' });
  });

  it('reads the enrolment columns of the Spanish list', () => {
    const rows = previewOf(bogotaSpanish).rows;
    expect(rows.map((row) => row.enrolment)).toEqual([
      { status: 'accepted', appliedOn: '2022-11-21' },
      { status: 'waitlisted', appliedOn: '2022-11-03' },
      { status: 'shortlisted', appliedOn: '2022-11-04' },
    ]);
    expect(rows.every((row) => row.status === 'ok')).toBe(true);
  });

  it('splits full names with the row country as hint, and fills yes/no and gender', () => {
    const rows = previewOf(englishWithTitle).rows;
    expect(rows.map((row) => [row.person?.givenName, row.person?.familyName, row.nameSplit])).toEqual([
      ['Văn An', 'Nguyễn', 'family-first'],
      ['Αθηνά', 'Παπαδοπούλου', 'last-word'],
      ['Jean-Marc', 'Le Goff', 'particle'],
    ]);
    expect(rows[0]?.person).toMatchObject({ country: 'VN', gender: 'male', needs: { visaLetter: true } });
  });

  it('reads a two-row header list', () => {
    const preview = previewOf(twoRowHeader);
    expect(preview.headers[0]).toBe('Name › First');
    expect(preview.counts).toMatchObject({ rows: 2, ok: 2 });
  });

  it('reads a column of month-first dates as such, and a date column order can be fixed by the caller', () => {
    const sheet: Sheet = { name: 's', rows: [['Name', 'Applied on'], ['Ana Silva', '03/04/2022'], ['Li Wei', '11/21/2022']] };
    expect(previewOf(sheet).rows.map((row) => row.enrolment?.appliedOn)).toEqual(['2022-03-04', '2022-11-21']);
    const fixed: Sheet = { name: 's', rows: [['Name', 'Applied on'], ['Ana Silva', '03/04/2022']] };
    expect(previewOf(fixed).rows[0]?.enrolment?.appliedOn).toBe('2022-04-03');
    expect(previewOf(fixed, { dateOrder: 'month-first' }).rows[0]?.enrolment?.appliedOn).toBe('2022-03-04');
    expect(previewOf({ ...fixed, rows: [['Name', 'Applied on'], ['Ana', 43424]], date1904: true }).rows[0]?.enrolment?.appliedOn).toBe('2022-11-21');
  });

  it('is an error when the person has no name at all, with the form message', () => {
    const sheet: Sheet = { name: 's', rows: [['First name', 'Last name', 'Email'], ['', '', 'someone@example.org']] };
    const [row] = previewOf(sheet).rows;
    expect(row?.status).toBe('error');
    expect(row?.messages).toEqual([{ key: 'participants.errors.nameRequired', params: {} }]);
  });

  it('skips a repeated header and rows with data only in unmapped columns', () => {
    const sheet: Sheet = {
      name: 's',
      rows: [
        ['First name', 'Last name', 'Email', 'Favourite colour'],
        ['Ana', 'Silva', 'ana@example.pt', 'blue'],
        ['First name', 'Last name', 'Email', ''],
        ['', '', '', 'Total: 2'],
        ['Li', 'Wei', 'li@example.cn', ''],
      ],
    };
    const preview = previewOf(sheet);
    expect(preview.rows.map((row) => row.status)).toEqual(['ok', 'skipped', 'skipped', 'ok']);
    expect(preview.rows[1]?.messages[0]?.key).toBe('import.rows.skippedHeaderRepeat');
    expect(preview.rows[2]?.messages[0]).toEqual({ key: 'import.rows.skippedNoData', params: { row: 4 } });
    expect(preview.counts).toEqual({ rows: 4, ok: 2, warnings: 0, errors: 0, skipped: 2, blank: 0 });
  });

  it('keeps a formula-looking cell as text, with a warning', () => {
    const sheet: Sheet = {
      name: 's',
      rows: [['Name', 'Institution', 'Phone'], ['Ana Silva', '=HYPERLINK("http://x.example","Museu")', '+33 1 00 00 00 00']],
    };
    const [row] = previewOf(sheet).rows;
    expect(row?.status).toBe('warning');
    expect(row?.cells[1]?.warning?.key).toBe('import.warnings.looksLikeFormula');
    expect(row?.person?.institution).toBe('=HYPERLINK("http://x.example","Museu")');
    expect(row?.cells[2]?.warning).toBeUndefined();
  });
});

describe('editCell', () => {
  it('re-checks only the edited row and updates the counts', () => {
    const preview = previewOf(lagosFrench);
    const fixed = editCell(preview, 4, 3, ' kwame.mensah@gmail.com ');
    expect(fixed.rows[4]?.status).toBe('ok');
    expect(fixed.rows[4]?.cells[3]).toMatchObject({ raw: ' kwame.mensah@gmail.com ', normalised: ['kwame.mensah@gmail.com'], edited: true });
    expect(fixed.rows[4]?.person?.emails).toBe('kwame.mensah@gmail.com');
    expect(fixed.counts).toEqual({ rows: 6, ok: 3, warnings: 2, errors: 0, skipped: 0, blank: 1 });
    // Other rows are the same objects: nothing else was read again.
    expect(fixed.rows[0]).toBe(preview.rows[0]);
    // The preview given is not changed.
    expect(preview.rows[4]?.status).toBe('error');
  });

  it('lets the user force a name split with a comma, and keeps earlier edits of the row', () => {
    const preview = previewOf(englishWithTitle);
    const once = editCell(preview, 2, 0, 'Le Goff Jean-Marc');
    const twice = editCell(once, 2, 0, 'LE GOFF, Jean-Marc');
    expect(twice.rows[2]?.person).toMatchObject({ givenName: 'Jean-Marc', familyName: 'LE GOFF' });
    expect(twice.rows[2]?.nameSplit).toBe('comma');
    const other = editCell(twice, 2, 5, '+33 2 00 00 00 00');
    expect(other.rows[2]?.cells.filter((cell) => cell.edited).map((cell) => cell.column)).toEqual([0, 5]);
  });

  it('refuses a row or column that is not there (a bug in the caller)', () => {
    const preview = previewOf(twoRowHeader);
    expect(() => editCell(preview, 9, 0, 'x')).toThrow(RangeError);
    expect(() => editCell(preview, 0, 99, 'x')).toThrow(RangeError);
  });
});

describe('setRowSkipped and importableRows', () => {
  it('leaves a row out and puts it back; only ok and warning rows are importable', () => {
    const preview = previewOf(lagosFrench);
    const skipped = setRowSkipped(preview, 1, true);
    expect(skipped.rows[1]).toMatchObject({ status: 'skipped', skippedByUser: true });
    expect(skipped.counts.skipped).toBe(1);
    expect(importableRows(skipped).map((row) => row.sheetRow)).toEqual([3, 5, 8]);
    expect(setRowSkipped(skipped, 1, false).rows[1]?.status).toBe('ok');
    expect(importableRows(preview)[0]).toMatchObject({ sheetRow: 3, person: { givenName: 'Folake' }, enrolment: {} });
  });
});
