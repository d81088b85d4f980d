import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT } from '../../../shared/domain/person-search';
import {
  columnLayout,
  DEFAULT_COLUMNS,
  parseColumns,
  visibleColumns,
} from '../../../renderer/features/participants/directory/columns';
import { cleanFilters, isNarrowed, isPlainList, nextSort } from '../../../renderer/features/participants/directory/spec';
import { changedKeys } from '../../../renderer/workers/people-search-store';

describe('the column choice', () => {
  it('is read back in the table order, unknown columns dropped', () => {
    expect(parseColumns(JSON.stringify(['tags', 'email', 'shoeSize']))).toEqual(['email', 'tags']);
    expect(parseColumns(JSON.stringify([]))).toEqual([]);
  });

  it('falls back to the default on a first visit or anything unreadable', () => {
    expect(parseColumns(null)).toEqual(DEFAULT_COLUMNS);
    expect(parseColumns('{not json')).toEqual(DEFAULT_COLUMNS);
    expect(parseColumns('{"email":true}')).toEqual(DEFAULT_COLUMNS);
  });

  it('always shows the names first, then the chosen columns', () => {
    expect(visibleColumns(['phone', 'country']).map((c) => c.id)).toEqual(['familyName', 'givenName', 'phone', 'country']);
    const layout = columnLayout(visibleColumns([]));
    expect(layout.template).toBe('minmax(9rem, 1.2fr) minmax(8rem, 1fr)');
    expect(layout.minWidth).toBe('17rem');
  });
});

describe('the directory spec', () => {
  it('is narrowed by words or filters, not by blanks or the order', () => {
    expect(isNarrowed({ text: '  ', filters: {}, sort: DEFAULT_SORT })).toBe(false);
    expect(isNarrowed({ text: 'ng', filters: {}, sort: DEFAULT_SORT })).toBe(true);
    expect(isNarrowed({ text: '', filters: { tag: 'alumni' }, sort: DEFAULT_SORT })).toBe(true);
    expect(isNarrowed({ text: '', filters: { tag: undefined }, sort: { key: 'updated', direction: 'desc' } })).toBe(false);
  });

  it('is the plain list (served by the sortKey index) only in name order, unfiltered', () => {
    expect(isPlainList({ text: '', filters: {}, sort: DEFAULT_SORT })).toBe(true);
    expect(isPlainList({ text: '', filters: {}, sort: { key: 'family', direction: 'desc' } })).toBe(false);
    expect(isPlainList({ text: 'a', filters: {}, sort: DEFAULT_SORT })).toBe(false);
  });

  it('flips the direction on a second click, and starts "updated" with the most recent', () => {
    expect(nextSort(DEFAULT_SORT, 'family')).toEqual({ key: 'family', direction: 'desc' });
    expect(nextSort(DEFAULT_SORT, 'country')).toEqual({ key: 'country', direction: 'asc' });
    expect(nextSort(DEFAULT_SORT, 'updated')).toEqual({ key: 'updated', direction: 'desc' });
  });

  it('drops empty filters', () => {
    expect(cleanFilters({ country: 'FR', tag: '', region: undefined })).toEqual({ country: 'FR' });
  });
});

describe('change notices from Dexie', () => {
  const leaf = (key: string) => ({ from: key, to: key, d: 1 });

  it('give the written keys of the watched tables', () => {
    const parts = {
      'idb://training-desk/people/': { ...leaf('B'), l: leaf('A'), r: leaf('C'), d: 2 },
      'idb://training-desk/people/sortKey': leaf('nguyen van an'),
      'idb://training-desk/enrolments/': leaf('E1'),
      'idb://training-desk/sessions/': leaf('S1'),
      'idb://other-db/people/': leaf('X'),
    };
    expect(changedKeys(parts, 'training-desk')).toEqual({ people: ['B', 'A', 'C'], enrolments: ['E1'] });
  });

  it('say "all" for a range (bulk writes, clear) or Dexie\'s everything signal', () => {
    expect(changedKeys({ 'idb://training-desk/people/': { from: 'A', to: 'Z', d: 1 } }, 'training-desk')).toEqual({ people: 'all' });
    expect(changedKeys({ all: { from: -Infinity, to: [[]], d: 1 } }, 'training-desk')).toEqual({
      people: 'all',
      enrolments: 'all',
      organisations: 'all',
    });
    expect(changedKeys({ 'idb://training-desk/people/': { d: 0 } }, 'training-desk')).toEqual({ people: [] });
  });
});
