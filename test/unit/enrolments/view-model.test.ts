import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../../shared/domain/types';
import {
  buildRows,
  exportTable,
  filterRows,
  hasRowFilters,
  NO_ROW_FILTERS,
  rowCountries,
  sortRows,
} from '../../../renderer/features/enrolments/view-model';
import { enrolment, person } from '../domain/enrolment-fixtures';

const museum: Organisation = { id: 'ORG', createdAt: '', updatedAt: '', name: 'Musée des Arts et Métiers', kind: 'museum' };
const people = new Map(
  [
    { ...person('P1', 'Mathieu', 'Lefèvre', 'FR', 'male'), sortKey: 'lefevre mathieu', organisationId: 'ORG', emailKeys: ['m.lefevre@arts.example'] },
    { ...person('P2', 'Nguyễn Văn', 'An', 'VN', 'male'), sortKey: 'an nguyen van', institution: 'Bảo tàng Lịch sử' },
    { ...person('P3', 'Ana', 'Zúñiga', 'CO', 'female'), sortKey: 'zuniga ana', phone: '+57 1' },
  ].map((p) => [p.id, p]),
);
const enrolments = [
  { ...enrolment('E1', 'P1', 'participant', 'accepted'), appliedOn: '2022-08-01' },
  { ...enrolment('E2', 'P2', 'participant', 'waitlisted', 2), appliedOn: '2022-07-01' },
  enrolment('E3', 'P3', 'trainer', 'confirmed'),
  enrolment('E4', 'GONE', 'participant', 'waitlisted', 1),
];
const rows = buildRows(enrolments, people, new Map([[museum.id, museum]]));
const names = (list: typeof rows) => list.map((r) => r.enrolment.id);
const collator = new Intl.Collator('en');
const countryName = (code: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;

describe('buildRows', () => {
  it('names each person as written, with the institution typed or their organisation’s name', () => {
    expect(rows.map((r) => [r.name, r.institution])).toEqual([
      ['Mathieu Lefèvre', 'Musée des Arts et Métiers'],
      ['Nguyễn Văn An', 'Bảo tàng Lịch sử'],
      ['Ana Zúñiga', undefined],
      ['', undefined],
    ]);
  });
});

describe('filterRows', () => {
  it('finds people by name without accents, either order, and by institution or e-mail', () => {
    expect(names(filterRows(rows, { ...NO_ROW_FILTERS, query: 'lefevre' }))).toEqual(['E1']);
    expect(names(filterRows(rows, { ...NO_ROW_FILTERS, query: 'Nguyen Van' }))).toEqual(['E2']);
    expect(names(filterRows(rows, { ...NO_ROW_FILTERS, query: 'metiers' }))).toEqual(['E1']);
    expect(names(filterRows(rows, { ...NO_ROW_FILTERS, query: 'arts.example' }))).toEqual(['E1']);
  });

  it('combines status, role and country', () => {
    expect(names(filterRows(rows, { ...NO_ROW_FILTERS, status: 'waitlisted' }))).toEqual(['E2', 'E4']);
    expect(names(filterRows(rows, { ...NO_ROW_FILTERS, status: 'waitlisted', country: 'VN' }))).toEqual(['E2']);
    expect(names(filterRows(rows, { ...NO_ROW_FILTERS, role: 'trainer' }))).toEqual(['E3']);
    expect(hasRowFilters(NO_ROW_FILTERS)).toBe(false);
    expect(hasRowFilters({ ...NO_ROW_FILTERS, country: 'FR' })).toBe(true);
  });
});

describe('sortRows', () => {
  it('sorts by status in selection order, the waiting list by rank', () => {
    expect(names(sortRows(rows, { key: 'status', direction: 'ascending' }, countryName, collator))).toEqual(['E1', 'E4', 'E2', 'E3']);
  });

  it('sorts by name (folded family name), people no longer in the directory last, and can reverse', () => {
    expect(names(sortRows(rows, { key: 'name', direction: 'ascending' }, countryName, collator))).toEqual(['E2', 'E1', 'E3', 'E4']);
    expect(names(sortRows(rows, { key: 'name', direction: 'descending' }, countryName, collator))).toEqual(['E4', 'E3', 'E1', 'E2']);
  });

  it('sorts countries by the name shown, and application dates oldest first', () => {
    expect(names(sortRows(rows, { key: 'country', direction: 'ascending' }, countryName, collator))).toEqual(['E3', 'E1', 'E2', 'E4']);
    expect(names(sortRows(rows, { key: 'applied', direction: 'ascending' }, countryName, collator))).toEqual(['E2', 'E1', 'E3', 'E4']);
  });

  it('lists the countries present once each', () => {
    expect(rowCountries(rows).sort()).toEqual(['CO', 'FR', 'VN']);
  });
});

describe('exportTable', () => {
  it('writes a header and one line per row in the user’s words', () => {
    const table = exportTable(rows.slice(0, 2), {
      headers: ['Given', 'Family', 'E-mail', 'Country', 'Institution', 'Position', 'Role', 'Status', 'Rank', 'Applied', 'Tags'],
      role: (r) => `role:${r}`,
      status: (s) => `status:${s}`,
      country: countryName,
    });
    expect(table).toEqual([
      ['Given', 'Family', 'E-mail', 'Country', 'Institution', 'Position', 'Role', 'Status', 'Rank', 'Applied', 'Tags'],
      ['Mathieu', 'Lefèvre', '', 'France', 'Musée des Arts et Métiers', '', 'role:participant', 'status:accepted', '', '2022-08-01', ''],
      ['Nguyễn Văn', 'An', '', 'Vietnam', 'Bảo tàng Lịch sử', '', 'role:participant', 'status:waitlisted', '2', '2022-07-01', ''],
    ]);
  });
});
