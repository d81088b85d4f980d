import type { IntervalTree, ObservabilitySet } from 'dexie';
import {
  PersonSearchIndex,
  searchEntry,
  type DirectoryQuery,
  type DirectoryResult,
  type EnrolmentLink,
} from '../../shared/domain/person-search';
import type { Enrolment, Id, Person } from '../../shared/domain/types';
import type { DeskDatabase } from '../db/schema';

/** The tables the directory index reads. */
const WATCHED = ['people', 'enrolments', 'organisations'] as const;
type Watched = (typeof WATCHED)[number];

/** Per watched table: the ids that changed, or 'all' when Dexie reports a range (a bulk write, a clear). */
export type ChangedKeys = Partial<Record<Watched, Id[] | 'all'>>;

/** People read per transaction when loading. */
const LOAD_CHUNK = 20_000;

const link = (e: Enrolment): EnrolmentLink => ({ id: e.id, personId: e.personId, programmeId: e.programmeId, status: e.status });

/** The keys of an interval tree when it holds single string keys only; undefined when it holds a range. */
function singleKeys(tree: IntervalTree | null | undefined, into: Id[]): boolean {
  if (!tree || !('from' in tree)) return true;
  if (typeof tree.from !== 'string' || tree.from !== tree.to) return false;
  into.push(tree.from);
  return singleKeys(tree.l, into) && singleKeys(tree.r, into);
}

/**
 * Reads what changed from the parts Dexie reports after each committed
 * transaction, in this context or another (`Dexie.on('storagemutated')`, the
 * signal liveQuery itself runs on): the primary-key part of a table
 * (`idb://<db>/<table>/`) lists the keys written, or a range for bulk writes.
 * Anything not understood counts as "everything changed".
 */
export function changedKeys(parts: ObservabilitySet, dbName: string): ChangedKeys {
  const changed: ChangedKeys = {};
  for (const [part, tree] of Object.entries(parts)) {
    if (!part.startsWith('idb://')) {
      // Dexie's "everything" signal (a page restored from the back-forward cache).
      for (const table of WATCHED) changed[table] = 'all';
      continue;
    }
    const table = WATCHED.find((t) => part === `idb://${dbName}/${t}/`);
    if (!table || changed[table] === 'all') continue;
    const keys: Id[] = [];
    if (singleKeys(tree, keys)) changed[table] = [...new Set([...((changed[table] as Id[] | undefined) ?? []), ...keys])];
    else changed[table] = 'all';
  }
  return changed;
}

/**
 * The worker's copy of the directory: every person (display fields only),
 * every enrolment's person/programme/status, organisation names; loaded from
 * IndexedDB and kept up to date from change notices.
 */
export class DirectoryStore {
  private index = new PersonSearchIndex();
  private organisationNames = new Map<Id, string>();

  constructor(private readonly db: DeskDatabase) {}

  /** How many people are indexed. */
  get size(): number {
    return this.index.size;
  }

  /**
   * Loads everything and builds the index; returns how long reading and
   * building took. People are read by primary key in chunks, each its own
   * transaction: one read of 100,000 records would hold the database for
   * seconds, and the page's own reads (a person's page, a save) would wait
   * behind it. The next chunk is asked for before the current one is indexed,
   * so the database reads while the worker indexes. Changes made meanwhile
   * arrive as change notices.
   */
  async load(): Promise<{ people: number; enrolments: number; loadMs: number; buildMs: number }> {
    // loadMs: time spent waiting for the database; buildMs: the rest (reading the records, indexing).
    const t0 = performance.now();
    const { db } = this;
    const [organisations, enrolments] = await Promise.all([db.organisations.toArray(), db.enrolments.toArray()]);
    this.organisationNames = new Map(organisations.map((o) => [o.id, o.name]));
    const index = new PersonSearchIndex([], enrolments.map(link));
    let waited = 0;
    let next: Promise<Person[]> | null = db.people.toCollection().limit(LOAD_CHUNK).toArray();
    while (next) {
      const asked = performance.now();
      const chunk: Person[] = await next;
      waited += performance.now() - asked;
      const last = chunk.at(-1)?.id;
      next = chunk.length === LOAD_CHUNK && last !== undefined ? db.people.where(':id').above(last).limit(LOAD_CHUNK).toArray() : null;
      for (const person of chunk) index.upsert(this.entryOf(person));
    }
    index.prepare();
    this.index = index;
    const total = performance.now() - t0;
    return { people: index.size, enrolments: enrolments.length, loadMs: waited, buildMs: total - waited };
  }

  /** Answers a query from memory. */
  query(query: DirectoryQuery): DirectoryResult {
    return this.index.query(query);
  }

  /** Brings the index up to date with `changed`; true when anything was re-read. */
  async apply(changed: ChangedKeys): Promise<boolean> {
    const { db } = this;
    if (changed.people === 'all') {
      await this.load();
      return true;
    }
    let touched = false;
    if (changed.organisations) {
      const before = this.organisationNames;
      this.organisationNames = new Map((await db.organisations.toArray()).map((o) => [o.id, o.name]));
      const renamed = [...new Set([...before.keys(), ...this.organisationNames.keys()])].filter(
        (id) => before.get(id) !== this.organisationNames.get(id),
      );
      if (renamed.length > 0) {
        for (const person of await db.people.where('organisationId').anyOf(renamed).toArray()) this.index.upsert(this.entryOf(person));
      }
      touched = true;
    }
    if (Array.isArray(changed.people) && changed.people.length > 0) {
      const ids = changed.people;
      const people = await db.people.bulkGet(ids);
      people.forEach((person, i) => (person ? this.index.upsert(this.entryOf(person)) : this.index.remove(ids[i] as Id)));
      touched = true;
    }
    if (changed.enrolments === 'all') {
      this.index.setEnrolments((await db.enrolments.toArray()).map(link));
      touched = true;
    } else if (changed.enrolments && changed.enrolments.length > 0) {
      const ids = changed.enrolments;
      const enrolments = await db.enrolments.bulkGet(ids);
      enrolments.forEach((e, i) => (e ? this.index.upsertEnrolment(link(e)) : this.index.removeEnrolment(ids[i] as Id)));
      touched = true;
    }
    return touched;
  }

  private entryOf(person: Person) {
    const name = person.organisationId ? this.organisationNames.get(person.organisationId) : undefined;
    return searchEntry(person, name);
  }
}
