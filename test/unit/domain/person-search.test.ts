import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SORT,
  PersonSearchIndex,
  searchEntry,
  searchWords,
  type DirectoryQuery,
  type EnrolmentLink,
  type PersonSearchEntry,
} from '../../../shared/domain/person-search';
import { emailKeys, personSortKey } from '../../../shared/domain/text';
import type { Person } from '../../../shared/domain/types';

let seq = 0;
/** A stored person as the app writes them (derived keys from the app's own functions). */
function person(given: string, family: string, extra: Partial<Person> = {}): Person {
  seq += 1;
  const emails = extra.emails ?? [];
  return {
    id: `P${String(seq).padStart(4, '0')}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: `2026-01-${String(seq % 28 + 1).padStart(2, '0')}T00:00:00.000Z`,
    givenName: given,
    familyName: family,
    emails,
    languages: [],
    tags: [],
    ...extra,
    sortKey: personSortKey(given, family),
    emailKeys: emailKeys(emails),
  };
}

const PEOPLE: Person[] = [
  person('María José', 'García López', { country: 'CO', institution: 'Museo La Tertulia', tags: ['alumni'], emails: ['mj.garcia@tertulia.example'] }),
  person('Văn An', 'Nguyễn', { country: 'VN', position: 'Curator', emails: ['an.nguyen@baotang.example'] }),
  person('Marie', 'Nguyen', { country: 'FR', institution: 'Musée Guimet', tags: ['board'] }),
  person('Jürgen', 'Müller', { country: 'DE', position: 'Conservator' }),
  person('José', 'Lopez', { country: 'MX', institution: 'Museo Nacional de Antropología' }),
  person('Αθηνά', 'Παπαδοπούλου', { country: 'GR' }),
  person('秀英', '王', { country: 'CN' }),
  person('Seán', "O'Connor", { country: 'IE', tags: ['alumni'] }),
  person('Kwame', 'Mensah', { country: 'GH', emails: ['kwame.mensah@museum.gh'] }),
  person('Fatima', 'Al-Zahraa', { country: 'MA', position: 'Directrice' }),
];

const entries = (people: readonly Person[] = PEOPLE) =>
  [...people].sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0)).map((p) => searchEntry(p));

function ask(index: PersonSearchIndex, text: string, extra: Partial<DirectoryQuery> = {}) {
  return index.query({ text, filters: {}, sort: DEFAULT_SORT, lang: 'en', offset: 0, limit: 100, ...extra });
}
const names = (rows: readonly PersonSearchEntry[]) => rows.map((r) => `${r.givenName} ${r.familyName}`);

describe('search words', () => {
  it('fold case and accents, and split on anything but letters and digits', () => {
    expect(searchWords('  García LÓPEZ ')).toEqual(['garcia', 'lopez']);
    expect(searchWords('Nguyễn Văn An')).toEqual(['nguyen', 'van', 'an']);
    expect(searchWords('an.nguyen@baotang.example')).toEqual(['an', 'nguyen', 'baotang', 'example']);
    expect(searchWords('Παπαδοπούλου')).toEqual(['παπαδοπουλου']);
  });
});

describe('text search', () => {
  const index = new PersonSearchIndex(entries());

  it('ignores accents and case: "jose" finds José, "nguyen" finds Nguyễn, "muller" finds Müller', () => {
    expect(names(ask(index, 'jose').rows)).toEqual(['María José García López', 'José Lopez']);
    expect(names(ask(index, 'NGUYEN').rows)).toEqual(['Marie Nguyen', 'Văn An Nguyễn']);
    expect(names(ask(index, 'muller').rows)).toEqual(['Jürgen Müller']);
    expect(names(ask(index, 'παπαδο').rows)).toEqual(['Αθηνά Παπαδοπούλου']);
  });

  it('needs every word to begin a word of the person, in any field and any order', () => {
    expect(names(ask(index, 'garcia lop').rows)).toEqual(['María José García López']);
    expect(names(ask(index, 'lop garcia').rows)).toEqual(['María José García López']);
    expect(names(ask(index, 'lop').rows)).toEqual(['María José García López', 'José Lopez']);
    // "arcia" is inside a word, not at its start.
    expect(ask(index, 'arcia').total).toBe(0);
    expect(ask(index, 'garcia nguyen').total).toBe(0);
  });

  it('searches emails, institutions and positions too', () => {
    expect(names(ask(index, 'kwame.mensah@museum').rows)).toEqual(['Kwame Mensah']);
    expect(names(ask(index, 'tertulia').rows)).toEqual(['María José García López']);
    expect(names(ask(index, 'antropologia').rows)).toEqual(['José Lopez']);
    expect(names(ask(index, 'conserv').rows)).toEqual(['Jürgen Müller']);
  });

  it('finds names typed without spaces or punctuation, in scripts that write none', () => {
    expect(names(ask(index, 'nguyenvan').rows)).toEqual(['Văn An Nguyễn']);
    expect(names(ask(index, '王秀英').rows)).toEqual(['秀英 王']);
    expect(names(ask(index, 'oconnor').rows)).toEqual(["Seán O'Connor"]);
    expect(names(ask(index, "o'connor").rows)).toEqual(["Seán O'Connor"]);
    expect(names(ask(index, 'al-zahraa').rows)).toEqual(['Fatima Al-Zahraa']);
  });

  it('shows everyone for an empty or blank search', () => {
    expect(ask(index, '').total).toBe(PEOPLE.length);
    expect(ask(index, '  ,; ').total).toBe(PEOPLE.length);
    expect(ask(index, '').all).toBe(PEOPLE.length);
  });
});

describe('filters', () => {
  const links: EnrolmentLink[] = [
    { id: 'E1', personId: PEOPLE[0]!.id, programmeId: 'CALI', status: 'attended' },
    { id: 'E2', personId: PEOPLE[1]!.id, programmeId: 'CALI', status: 'waitlisted' },
    { id: 'E3', personId: PEOPLE[2]!.id, programmeId: 'LAGOS', status: 'attended' },
  ];
  const index = new PersonSearchIndex(entries(), links);

  it('by country, region and tag', () => {
    expect(names(ask(index, '', { filters: { country: 'FR' } }).rows)).toEqual(['Marie Nguyen']);
    expect(names(ask(index, '', { filters: { region: 'latin-america-caribbean' } }).rows)).toEqual(['María José García López', 'José Lopez']);
    // Morocco is in the Arab States, Ghana in Africa.
    expect(names(ask(index, '', { filters: { region: 'arab-states' } }).rows)).toEqual(['Fatima Al-Zahraa']);
    expect(names(ask(index, '', { filters: { tag: 'alumni' } }).rows)).toEqual(['María José García López', "Seán O'Connor"]);
  });

  it('by programme, by status in a programme, and by status in any programme', () => {
    expect(ask(index, '', { filters: { programmeId: 'CALI' } }).total).toBe(2);
    expect(names(ask(index, '', { filters: { programmeId: 'CALI', status: 'attended' } }).rows)).toEqual(['María José García López']);
    expect(names(ask(index, '', { filters: { status: 'attended' } }).rows)).toEqual(['María José García López', 'Marie Nguyen']);
  });

  it('combine with each other and with the search', () => {
    expect(names(ask(index, 'nguyen', { filters: { status: 'attended' } }).rows)).toEqual(['Marie Nguyen']);
    expect(ask(index, 'nguyen', { filters: { status: 'attended', country: 'VN' } }).total).toBe(0);
    expect(names(ask(index, 'm', { filters: { region: 'europe', tag: 'board' } }).rows)).toEqual(['Marie Nguyen']);
  });

  it('follow enrolment changes', () => {
    const live = new PersonSearchIndex(entries(), links);
    expect(ask(live, '', { filters: { programmeId: 'LAGOS' } }).total).toBe(1);
    live.upsertEnrolment({ id: 'E4', personId: PEOPLE[3]!.id, programmeId: 'LAGOS', status: 'applied' });
    expect(ask(live, '', { filters: { programmeId: 'LAGOS' } }).total).toBe(2);
    live.removeEnrolment('E3');
    expect(names(ask(live, '', { filters: { programmeId: 'LAGOS' } }).rows)).toEqual(['Jürgen Müller']);
    live.setEnrolments([]);
    expect(ask(live, '', { filters: { programmeId: 'LAGOS' } }).total).toBe(0);
  });
});

describe('orders', () => {
  const index = new PersonSearchIndex(entries());

  it('by family name then given name by default, as the sortKey index orders people', () => {
    const expected = [...PEOPLE].sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1)).map((p) => p.id);
    expect(ask(index, '').ids).toEqual(expected);
    expect(ask(index, '', { sort: { key: 'family', direction: 'desc' } }).ids).toEqual([...expected].reverse());
  });

  it('by given name, institution (none last) and last change', () => {
    expect(names(ask(index, 'nguyen', { sort: { key: 'given', direction: 'asc' } }).rows)).toEqual(['Marie Nguyen', 'Văn An Nguyễn']);
    const byInstitution = ask(index, '', { sort: { key: 'institution', direction: 'asc' } }).rows.map((r) => r.institution);
    expect(byInstitution.slice(0, 3)).toEqual(['Musée Guimet', 'Museo La Tertulia', 'Museo Nacional de Antropología']);
    expect(byInstitution.slice(3).every((i) => i === undefined)).toBe(true);
    const updated = ask(index, '', { sort: { key: 'updated', direction: 'desc' } }).rows.map((r) => r.updatedAt);
    expect(updated).toEqual([...updated].sort().reverse());
  });

  it('by country name in the UI language', () => {
    const countries = (lang: string) =>
      ask(index, '', { sort: { key: 'country', direction: 'asc' }, lang, filters: {} }).rows.map((r) => r.country);
    // Germany is "Allemagne" in French, first of these; in English it comes after Colombia.
    expect(countries('en').indexOf('DE')).toBeGreaterThan(countries('en').indexOf('CO'));
    expect(countries('fr')[0]).toBe('DE');
  });
});

describe('windows', () => {
  const index = new PersonSearchIndex(entries());

  it('returns the rows of the window asked for, with the total of matches', () => {
    const all = ask(index, '').ids;
    const window = ask(index, '', { offset: 3, limit: 4 });
    expect(window.total).toBe(PEOPLE.length);
    expect(window.offset).toBe(3);
    expect(window.ids).toEqual(all.slice(3, 7));
    expect(window.rows.map((r) => r.id)).toEqual(window.ids);
    expect(ask(index, '', { offset: 8, limit: 10 }).ids).toEqual(all.slice(8));
    expect(ask(index, '', { offset: 50, limit: 10 }).ids).toEqual([]);
  });
});

describe('updates', () => {
  it('finds a changed person by the new name only, and a removed one no more', () => {
    const index = new PersonSearchIndex(entries());
    const kwame = PEOPLE.find((p) => p.givenName === 'Kwame')!;
    expect(ask(index, 'mensah').total).toBe(1);
    index.upsert(searchEntry({ ...kwame, familyName: 'Boateng', emails: [], sortKey: personSortKey('Kwame', 'Boateng') }));
    expect(ask(index, 'mensah').total).toBe(0);
    expect(names(ask(index, 'boat').rows)).toEqual(['Kwame Boateng']);
    // In its new place in name order.
    expect(ask(index, '').rows[0]!.familyName).toBe('Al-Zahraa');
    expect(ask(index, '').rows[1]!.familyName).toBe('Boateng');
    index.remove(kwame.id);
    expect(ask(index, 'boat').total).toBe(0);
    expect(ask(index, '').total).toBe(PEOPLE.length - 1);
    expect(index.get(kwame.id)).toBeUndefined();
  });

  it('adds new people in order, also after many changes rebuild the word list', () => {
    const index = new PersonSearchIndex(entries());
    ask(index, 'a', { sort: { key: 'given', direction: 'asc' } });
    const added = Array.from({ length: 2500 }, (_, i) => person(`Ana ${i}`, `Zulu ${String(i).padStart(4, '0')}`));
    for (const p of added) index.upsert(searchEntry(p));
    expect(ask(index, 'zulu').total).toBe(2500);
    expect(ask(index, 'zulu 0042').rows[0]!.familyName).toBe('Zulu 0042');
    expect(ask(index, 'zulu', { offset: 2499 }).rows[0]!.familyName).toBe('Zulu 2499');
    const given = ask(index, 'ana', { sort: { key: 'given', direction: 'asc' }, limit: 3 });
    expect(given.rows.map((r) => r.givenName)).toEqual(['Ana 0', 'Ana 1', 'Ana 10']);
    for (const p of added.slice(0, 2400)) index.remove(p.id);
    expect(ask(index, 'zulu').total).toBe(100);
    // A slot freed by a removal is reused without leaking the old person's words.
    index.upsert(searchEntry(person('Nadia', 'Benali')));
    expect(ask(index, 'benali').total).toBe(1);
    expect(ask(index, 'zulu 0000').total).toBe(0);
  });

  it('answers a new query after a change (no stale cached answer)', () => {
    const index = new PersonSearchIndex(entries());
    expect(ask(index, 'lopez').total).toBe(2);
    index.upsert(searchEntry(person('Ana', 'Lopez')));
    expect(ask(index, 'lopez').total).toBe(3);
  });
});
