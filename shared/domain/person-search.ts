import { buildDictionary, forEachPrefixMatch, type Dictionary } from './person-search-dictionary';
import { SearchOrders } from './person-search-orders';
import { indexPerson, searchWords, type IndexedPerson } from './person-search-words';
import { countryRegion } from './selection';
import type { CountryCode, EnrolmentStatus, Id, IsoInstant, LanguageTag, Region } from './types';

export { searchEntry, searchWords } from './person-search-words';

/**
 * The people directory's in-memory search index: what the search worker keeps
 * for 100,000 people so that each keystroke answers in a few milliseconds.
 *
 * - Text: names, emails, institution and position are folded and cut into words
 *   (person-search-words.ts); the distinct words are kept sorted with their
 *   people (person-search-dictionary.ts). A query word matches every word it is
 *   a prefix of (binary search, then a scan of the range); all query words must
 *   match ("garcia lop" finds "García López").
 * - Updates are cheap: a changed person is "stale" and tested directly until the
 *   word list is rebuilt, after STALE_LIMIT changes.
 * - Orders are permutations of slots, built once per key and patched on change
 *   (person-search-orders.ts).
 */

/** One person as the directory shows and searches them: the record without notes, needs and derived keys. */
export type PersonSearchEntry = {
  id: Id;
  givenName: string;
  familyName: string;
  emails: readonly string[];
  phone?: string;
  country?: CountryCode;
  organisationId?: Id;
  /** The organisation's name when the person is linked to one, else the institution as written. */
  institution?: string;
  position?: string;
  languages: readonly LanguageTag[];
  tags: readonly string[];
  membershipNumber?: string;
  updatedAt: IsoInstant;
  sortKey: string;
};

/** What an enrolment contributes to the directory's filters. */
export type EnrolmentLink = { id: Id; personId: Id; programmeId: Id; status: EnrolmentStatus };

export const DIRECTORY_SORT_KEYS = ['family', 'given', 'country', 'institution', 'updated'] as const;
export type DirectorySortKey = (typeof DIRECTORY_SORT_KEYS)[number];
export type DirectorySort = { key: DirectorySortKey; direction: 'asc' | 'desc' };

/** Filters combine (AND). `status` without a programme means "with that status in any programme". */
export type DirectoryFilters = {
  country?: CountryCode;
  region?: Region;
  programmeId?: Id;
  status?: EnrolmentStatus;
  tag?: string;
};

export type DirectoryQuery = {
  text: string;
  filters: DirectoryFilters;
  sort: DirectorySort;
  /** The UI language: countries sort by their name in it. */
  lang: string;
  offset: number;
  limit: number;
};

export type DirectoryResult = {
  /** People matching the text and filters. */
  total: number;
  /** People in the directory. */
  all: number;
  offset: number;
  ids: Id[];
  rows: PersonSearchEntry[];
};

/** The default order: family name, then given name, as the database's sortKey index. */
export const DEFAULT_SORT: DirectorySort = { key: 'family', direction: 'asc' };

/** Changes tested directly before the word list is rebuilt. */
const STALE_LIMIT = 2000;

/** The search index. Pure: no I/O; the worker feeds it and asks it. */
export class PersonSearchIndex {
  private slots: (IndexedPerson | undefined)[] = [];
  private slotOf = new Map<Id, number>();
  private free: number[] = [];
  private dictionary: Dictionary | undefined;
  private stale = new Set<number>();
  private orders = new SearchOrders(() => this.slots);
  private stamps = new Uint32Array(0);
  private generation = 0;
  private enrolments = new Map<Id, EnrolmentLink>();
  private enrolled = new Map<string, Set<Id>>();
  private lastResult: { key: string; slots: Uint32Array } | undefined;

  /** Entries given in directory order (sortKey, then id) make the first build fastest. */
  constructor(entries: Iterable<PersonSearchEntry> = [], enrolments: Iterable<EnrolmentLink> = []) {
    for (const entry of entries) this.place(entry);
    for (const link of enrolments) this.enrolments.set(link.id, link);
  }

  /** How many people the index holds. */
  get size(): number {
    return this.slotOf.size;
  }

  /** The entry of one person, if indexed. */
  get(id: Id): PersonSearchEntry | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.slots[slot]?.entry;
  }

  /** Builds what the first queries need (word list, name order) ahead of them, and runs one so the first keystroke finds it warm. */
  prepare(): void {
    this.wordList();
    this.orders.get('family', 'en');
    this.query({ text: 'a', filters: {}, sort: DEFAULT_SORT, lang: 'en', offset: 0, limit: 1 });
    this.lastResult = undefined;
  }

  /** Adds a person or replaces their entry. */
  upsert(entry: PersonSearchEntry): void {
    const existing = this.slotOf.get(entry.id);
    if (existing !== undefined) this.orders.remove(existing);
    this.orders.insert(this.place(entry));
    this.changed();
  }

  /** Removes a person (unknown ids are ignored). */
  remove(id: Id): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.orders.remove(slot);
    this.slots[slot] = undefined;
    this.slotOf.delete(id);
    this.stale.delete(slot);
    this.free.push(slot);
    this.changed();
  }

  /** Adds or replaces an enrolment (for the programme and status filters). */
  upsertEnrolment(link: EnrolmentLink): void {
    this.enrolments.set(link.id, link);
    this.enrolmentsChanged();
  }

  /** Replaces every enrolment. */
  setEnrolments(links: Iterable<EnrolmentLink>): void {
    this.enrolments = new Map([...links].map((l) => [l.id, l]));
    this.enrolmentsChanged();
  }

  /** Removes an enrolment by its id. */
  removeEnrolment(id: Id): void {
    if (this.enrolments.delete(id)) this.enrolmentsChanged();
  }

  /** The people matching `query`, in its order, and the window `offset…offset+limit` of them. */
  query(query: DirectoryQuery): DirectoryResult {
    const key = JSON.stringify([query.text, query.filters, query.sort, query.sort.key === 'country' ? query.lang : '']);
    if (this.lastResult?.key !== key) this.lastResult = { key, slots: this.match(query) };
    const { slots } = this.lastResult;
    const offset = Math.max(0, Math.min(query.offset, slots.length));
    const rows: PersonSearchEntry[] = [];
    for (const slot of slots.subarray(offset, offset + Math.max(0, query.limit))) rows.push((this.slots[slot] as IndexedPerson).entry);
    return { total: slots.length, all: this.size, offset, ids: rows.map((r) => r.id), rows };
  }

  private place(entry: PersonSearchEntry): number {
    let slot = this.slotOf.get(entry.id);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.slots.length;
      this.slotOf.set(entry.id, slot);
    }
    this.slots[slot] = indexPerson(entry);
    // Until the word list is rebuilt, its postings for this slot may be out of date.
    if (this.dictionary) this.stale.add(slot);
    return slot;
  }

  private changed(): void {
    this.lastResult = undefined;
    if (this.stale.size > STALE_LIMIT) this.dictionary = undefined;
  }

  private enrolmentsChanged(): void {
    this.enrolled.clear();
    this.lastResult = undefined;
  }

  private wordList(): Dictionary {
    if (!this.dictionary) {
      this.dictionary = buildDictionary(this.slots);
      this.stale.clear();
    }
    return this.dictionary;
  }

  /** Stamps every slot matching all `words`; returns the stamp a full match carries. */
  private stampText(words: readonly string[]): number {
    const dictionary = this.wordList();
    if (this.stamps.length < this.slots.length) this.stamps = new Uint32Array(Math.max(1024, this.slots.length * 2));
    if (this.generation > 0xfff00000) {
      this.stamps.fill(0);
      this.generation = 0;
    }
    const base = this.generation + 1;
    this.generation += words.length + 1;
    const { stamps, stale } = this;
    words.forEach((word, k) => {
      // Word k keeps only the slots word k-1 kept: stamps say how far each slot got.
      const want = k === 0 ? -1 : base + k - 1;
      const mark = base + k;
      forEachPrefixMatch(dictionary, word, (slot) => {
        if ((k === 0 || stamps[slot] === want) && !stale.has(slot)) stamps[slot] = mark;
      });
      for (const slot of stale) {
        const s = this.slots[slot];
        if (s && (k === 0 || stamps[slot] === want) && s.words.some((x) => x.startsWith(word))) stamps[slot] = mark;
      }
    });
    return base + words.length - 1;
  }

  private match(query: DirectoryQuery): Uint32Array {
    // Longest words first: they match fewest, so later words scan less.
    const words = [...new Set(searchWords(query.text))].sort((a, b) => b.length - a.length);
    const full = words.length > 0 ? this.stampText(words) : 0;
    const keep = this.filterOf(query.filters);
    const order = this.orders.get(query.sort.key, query.lang);
    const out = new Uint32Array(order.length);
    let n = 0;
    const stamps = this.stamps;
    const take = (slot: number) => {
      if ((full === 0 || stamps[slot] === full) && (keep === null || keep(slot))) out[n++] = slot;
    };
    if (query.sort.direction === 'asc') for (const slot of order) take(slot);
    else for (let i = order.length - 1; i >= 0; i -= 1) take(order[i] as number);
    return out.subarray(0, n);
  }

  private filterOf(filters: DirectoryFilters): ((slot: number) => boolean) | null {
    const tests: ((e: PersonSearchEntry) => boolean)[] = [];
    const { country, region, tag, programmeId, status } = filters;
    if (country) tests.push((e) => e.country === country);
    if (region) tests.push((e) => e.country !== undefined && countryRegion(e.country) === region);
    if (tag) tests.push((e) => e.tags.includes(tag));
    if (programmeId || status) {
      const people = this.enrolledPeople(programmeId, status);
      tests.push((e) => people.has(e.id));
    }
    if (tests.length === 0) return null;
    return (slot) => {
      const entry = (this.slots[slot] as IndexedPerson).entry;
      return tests.every((test) => test(entry));
    };
  }

  private enrolledPeople(programmeId: Id | undefined, status: EnrolmentStatus | undefined): Set<Id> {
    const key = `${programmeId ?? ''}|${status ?? ''}`;
    let people = this.enrolled.get(key);
    if (!people) {
      people = new Set();
      for (const e of this.enrolments.values()) {
        if ((!programmeId || e.programmeId === programmeId) && (!status || e.status === status)) people.add(e.personId);
      }
      this.enrolled.set(key, people);
    }
    return people;
  }
}
