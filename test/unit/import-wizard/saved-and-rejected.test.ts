import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../shared/io/import-mapping';
import { buildPreview } from '../../../shared/io/import-rows';
import type { Sheet } from '../../../shared/io/sheet-types';
import { rejectedFileName, rejectedRows } from '../../../renderer/features/import/finish/rejected';
import { fileSizeText, messageText } from '../../../renderer/features/import/messages';
import { readMappings } from '../../../renderer/features/import/saved-mappings';
import { withDisplayedNumbers } from '../../../renderer/features/import/state/displayed-numbers';
import { bestSavedMapping } from '../../../renderer/features/import/state/sheet-setup';

describe('saved mappings as stored', () => {
  it('keeps well-formed mappings and drops anything else', () => {
    const stored = [
      { name: 'ICOM Nigeria', columns: [{ header: 'Surname', field: 'familyName' }, { header: '__proto__', field: null }, { header: 3, field: 'email' }] },
      { name: '', columns: [] },
      { name: 'No columns' },
      'junk',
      null,
    ];
    expect(readMappings(stored)).toEqual([{ name: 'ICOM Nigeria', columns: [{ header: 'Surname', field: 'familyName' }, { header: '__proto__', field: null }] }]);
    expect(readMappings({ name: 'x' })).toEqual([]);
  });

  it('offers the saved mapping that fits these columns best, from 80% of its columns found', () => {
    const saved = [
      { name: 'Partner A', columns: ['Nom', 'Prénom', 'Courriel', 'Pays', 'Ville'].map((header) => ({ header, field: null })) },
      { name: 'Partner B', columns: ['Nom', 'Prénom', 'Courriel'].map((header) => ({ header, field: null })) },
      { name: 'Partner C', columns: ['Apellidos', 'Nombre', 'Correo'].map((header) => ({ header, field: null })) },
    ];
    expect(bestSavedMapping(['Nom', 'Prénom', 'E-mail', 'Courriel', 'Pays'], saved)?.mapping.name).toBe('Partner B');
    expect(bestSavedMapping(['Nom', 'Prénom', 'Pays', 'Téléphone'], saved)).toBeUndefined();
  });
});

describe('rejected rows', () => {
  const sheet: Sheet = {
    name: 'List',
    rows: [
      ['Surname', 'First name', 'Email', 'Notes column'],
      ['Diallo', 'Aminata', 'aminata@musee.example.ci'],
      ['Kouassi', 'Yao', 'yao@musee-bingerville'],
      ['Surname', 'First name', 'Email'],
      [null, null, null, 'only a note'],
    ],
  };
  const headers = sheet.rows[0] as string[];
  const mapping = suggestMapping(headers, sheet.rows.slice(1)).map((m) => (m.column === 3 ? { ...m, field: null } : m));
  const preview = buildPreview(sheet, 0, mapping);

  it('are the rows in error and the rows left out, with the reasons, but not a repeated header', () => {
    const rows = rejectedRows(preview, 'en');
    expect(rows.map((r) => r.sheetRow)).toEqual([3, 5]);
    expect(rows[0]?.cells).toEqual(['Kouassi', 'Yao', 'yao@musee-bingerville', null]);
    expect(rows[0]?.reason).toContain('Not an email address: yao@musee-bingerville');
    expect(rows[1]?.reason).toBe('Row 5 has data only in columns that are not imported; skipped.');
  });

  it('are saved next to the original name', () => {
    expect(rejectedFileName('participants-lagos.xlsx')).toBe('participants-lagos-rejected.xlsx');
    expect(rejectedFileName('liste.final.csv')).toBe('liste.final-rejected.xlsx');
    expect(rejectedFileName('.xlsx')).toBe('import-rejected.xlsx');
  });
});

describe('import messages in the UI language', () => {
  it('name countries instead of codes', () => {
    expect(messageText({ key: 'import.warnings.countryGuessed', params: { value: 'Cote Divoire', country: 'CI' } }, 'fr')).toMatch(/a été lu comme Côte d.Ivoire/);
    expect(messageText({ key: 'import.errors.countryAmbiguous', params: { value: 'Congo', countries: 'CG, CD' } }, 'en')).toMatch(/Congo - Brazzaville or Congo - Kinshasa/);
  });

  it('give sizes in the language’s units', () => {
    expect(fileSizeText(512, 'en')).toBe('512 byte');
    expect(fileSizeText(12_800, 'en')).toBe('13 kB');
    expect(fileSizeText(3.4 * 1024 * 1024, 'fr')).toMatch(/^3,4\s?Mo$/);
  });
});

describe('numbers the spreadsheet showed as text', () => {
  it('keep the leading 0 of a phone or membership number shown by a cell format, and nothing else changes', () => {
    const sheet = {
      name: 'List',
      rows: [
        ['Name', 'Phone', 'Member no', 'Applied'],
        ['Folake', 8030000000, 42, 44886],
        ['Kofi', '+233 20 000 0000', 7, 44887],
      ],
      formatted: [null, [null, '08030000000', '00042', '21/11/2022'], null] as (string | null)[][],
    } as const;
    const mapping = suggestMapping(['Name', 'Phone', 'Member no', 'Applied'], sheet.rows.slice(1)).map((m) =>
      m.column === 2 ? { ...m, field: 'membershipNumber' as const } : m,
    );
    const shown = withDisplayedNumbers({ ...sheet, rows: sheet.rows.map((r) => [...r]), formatted: sheet.formatted }, mapping);
    expect(shown.rows[1]).toEqual(['Folake', '08030000000', '00042', 44886]);
    expect(shown.rows[2]).toEqual(['Kofi', '+233 20 000 0000', 7, 44887]);
    const preview = buildPreview(shown, 0, mapping);
    expect(preview.rows[0]?.person?.phone).toBe('08030000000');
    expect(preview.rows[0]?.cells[1]?.warning).toBeUndefined();
  });
});
