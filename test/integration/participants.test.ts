import { Dexie, type ObservabilitySet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDomainError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import { DEFAULT_SORT, type DirectoryQuery } from '../../shared/domain/person-search';
import { personFromDraft } from '../../shared/domain/person-rules';
import type { Person } from '../../shared/domain/types';
import { commitChanges, touched } from '../../renderer/db/changes';
import { createDatabase, type DeskDatabase } from '../../renderer/db/schema';
import { deletePersonPlan, savePersonChanges } from '../../renderer/features/participants/actions';
import { changedKeys, DirectoryStore } from '../../renderer/workers/people-search-store';
import { sampleRecords } from './records';

let db: DeskDatabase;
beforeEach(async () => {
  db = createDatabase(`participants-${newId()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function seed() {
  const target = sampleRecords();
  const other = sampleRecords();
  for (const set of [target, other]) {
    await db.organisations.bulkAdd(set.organisations);
    await db.programmes.bulkAdd(set.programmes);
    await db.sessions.bulkAdd(set.sessions);
    await db.people.bulkAdd(set.people);
    await db.enrolments.bulkAdd(set.enrolments);
    await db.funds.bulkAdd(set.funds);
    await db.grants.bulkAdd(set.grants);
  }
  return { target, other };
}

const draft = { givenName: 'ngozi', familyName: 'Okonkwo', emails: 'ngozi@museum.example', country: 'NG' };

describe('saving a person', () => {
  it('creates a typed-in institution as a museum in the same changeset, and Undo removes both', async () => {
    const { changes, person, organisation } = savePersonChanges(draft, { name: ' National Museum  Lagos ', addToOrganisations: true, kind: 'museum' }, []);
    const inverse = await commitChanges(db, changes);
    const stored = await db.people.get(person.id);
    expect(stored?.givenName).toBe('ngozi');
    expect(stored?.organisationId).toBe(organisation?.id);
    expect(stored?.institution).toBeUndefined();
    expect(await db.organisations.get(organisation!.id)).toMatchObject({ name: 'National Museum Lagos', kind: 'museum', country: 'NG' });
    const audit = await db.audit.where('[table+recordId]').equals(['people', person.id]).toArray();
    expect(audit.map((a) => a.action)).toEqual(['create']);

    await commitChanges(db, inverse);
    expect(await db.people.count()).toBe(0);
    expect(await db.organisations.count()).toBe(0);
  });

  it('links to an existing organisation by name or short name, whatever the case and accents', async () => {
    const { target } = await seed();
    const museum = target.organisations[0]!;
    const organisations = await db.organisations.toArray();
    const linked = savePersonChanges(draft, { name: 'yemisi shyllon museum of art', addToOrganisations: true, kind: 'museum' }, organisations);
    expect(linked.organisation).toBeUndefined();
    expect(linked.person.organisationId).toBe(museum.id);
    expect(linked.changes).toHaveLength(1);
  });

  it('keeps an institution as text when asked not to add it', async () => {
    const { person, changes } = savePersonChanges(draft, { name: 'Musée de la Femme', addToOrganisations: false, kind: 'museum' }, []);
    await commitChanges(db, changes);
    expect((await db.people.get(person.id))?.institution).toBe('Musée de la Femme');
    expect(await db.organisations.count()).toBe(0);
  });

  it('edits keep what the form does not show, and the history names the changed fields', async () => {
    const { target } = await seed();
    const before = target.people[0]!;
    const { changes } = savePersonChanges(
      { givenName: before.givenName, familyName: before.familyName, emails: before.emails.join(', '), phone: '+30 210 999 9999', country: 'GR' },
      { name: '', addToOrganisations: true, kind: 'museum' },
      [],
      before,
    );
    await commitChanges(db, changes);
    const after = await db.people.get(before.id);
    expect(after?.phone).toBe('+30 210 999 9999');
    expect(after?.tags).toEqual(before.tags);
    const audit = await db.audit.where('[table+recordId]').equals(['people', before.id]).toArray();
    expect(audit[0]?.fields).toEqual(['phone']);
  });

  it('is refused whole when the person changed elsewhere meanwhile', async () => {
    const { target } = await seed();
    const stale = target.people[0]!;
    await db.people.put(touched(stale, '2027-01-01T00:00:00.000Z'));
    const { changes } = savePersonChanges({ ...draft }, { name: 'New Museum', addToOrganisations: true, kind: 'museum' }, [], stale);
    const error = await commitChanges(db, changes).catch((e: unknown) => e);
    expect(isDomainError(error) && error.key).toBe('errors.staleRecord');
    expect(await db.organisations.where('name').equals('New Museum').count()).toBe(0);
  });
});

describe('deleting a person', () => {
  it('removes their enrolments and grants and takes them off sessions, in one changeset that Undo restores', async () => {
    const { target, other } = await seed();
    const person = target.people[0]!;
    const session = target.sessions[0]!;
    await db.sessions.put({ ...session, speakerIds: [person.id, other.people[0]!.id] });
    const before = { people: await db.people.toArray(), enrolments: await db.enrolments.toArray(), grants: await db.grants.toArray(), sessions: await db.sessions.toArray() };

    const plan = await deletePersonPlan(db, person);
    expect([plan.enrolments, plan.grants, plan.sessions]).toEqual([1, 1, 1]);
    const inverse = await commitChanges(db, plan.changes);
    expect(await db.people.get(person.id)).toBeUndefined();
    expect(await db.enrolments.where('personId').equals(person.id).count()).toBe(0);
    expect(await db.grants.where('personId').equals(person.id).count()).toBe(0);
    expect((await db.sessions.get(session.id))?.speakerIds).toEqual([other.people[0]!.id]);
    // The other person's records are untouched.
    expect(await db.enrolments.where('personId').equals(other.people[0]!.id).count()).toBe(1);

    await commitChanges(db, inverse);
    expect({ people: await db.people.toArray(), enrolments: await db.enrolments.toArray(), grants: await db.grants.toArray(), sessions: await db.sessions.toArray() }).toEqual(before);
  });
});

describe('the search worker\'s store', () => {
  const query = (text: string, extra: Partial<DirectoryQuery> = {}): DirectoryQuery => ({
    text,
    filters: {},
    sort: DEFAULT_SORT,
    lang: 'en',
    offset: 0,
    limit: 50,
    ...extra,
  });
  let notices: ObservabilitySet[] = [];
  const listen = (parts: ObservabilitySet) => void notices.push(parts);
  beforeEach(() => {
    notices = [];
    Dexie.on('storagemutated', listen);
  });
  afterEach(() => Dexie.on.storagemutated.unsubscribe(listen));

  /** Applies what Dexie reported since the last call, as the worker does. */
  async function catchUp(store: DirectoryStore): Promise<void> {
    const parts = notices.splice(0);
    for (const part of parts) await store.apply(changedKeys(part, db.name));
  }

  /** Both sample people work at their sample museum. */
  async function seedLinked() {
    const sets = await seed();
    for (const set of [sets.target, sets.other]) await db.people.update(set.people[0]!.id, { organisationId: set.organisations[0]!.id });
    notices = [];
    return sets;
  }

  it('loads people with their organisation names and answers by institution', async () => {
    const { target } = await seedLinked();
    const store = new DirectoryStore(db);
    const stats = await store.load();
    expect(stats).toMatchObject({ people: 2, enrolments: 2 });
    const result = store.query(query('yemisi'));
    expect(result.total).toBe(2);
    expect(result.rows[0]?.institution).toBe(target.organisations[0]!.name);
    expect(store.query(query('', { filters: { programmeId: target.programmes[0]!.id } })).total).toBe(1);
  });

  it('follows creations, edits, deletions and undos made through commitChanges', async () => {
    await seed();
    const store = new DirectoryStore(db);
    await store.load();
    const { changes, person } = savePersonChanges(draft, { name: '', addToOrganisations: false, kind: 'museum' }, []);
    const inverse = await commitChanges(db, changes);
    await catchUp(store);
    expect(store.query(query('okonkwo')).ids).toEqual([person.id]);

    const renamed: Person = personFromDraft({ ...draft, familyName: 'Adeyemi' }, { newId, now: '2027-02-01T00:00:00.000Z' }, person);
    const undoRename = await commitChanges(db, [{ table: 'people', before: person, after: renamed }]);
    await catchUp(store);
    expect(store.query(query('okonkwo')).total).toBe(0);
    expect(store.query(query('adeyemi')).total).toBe(1);

    // Undo puts back the record as it was, with its older updatedAt: still seen.
    await commitChanges(db, undoRename);
    await catchUp(store);
    expect(store.query(query('okonkwo')).total).toBe(1);
    await commitChanges(db, inverse);
    await catchUp(store);
    expect(store.query(query('okonkwo')).total).toBe(0);
    expect(store.size).toBe(2);
  });

  it('follows enrolments, organisation renames and bulk imports', async () => {
    const { target } = await seedLinked();
    const store = new DirectoryStore(db);
    await store.load();
    const programmeId = target.programmes[0]!.id;
    await db.enrolments.delete(target.enrolments[0]!.id);
    await catchUp(store);
    expect(store.query(query('', { filters: { programmeId } })).total).toBe(0);

    await db.organisations.update(target.organisations[0]!.id, { name: 'Musée Renommé' });
    await catchUp(store);
    expect(store.query(query('renomme')).total).toBe(1);

    const imported = Array.from({ length: 120 }, (_, i) =>
      personFromDraft({ givenName: `Ada ${i}`, familyName: 'Lovelace' }, { newId, now: '2027-01-01T00:00:00.000Z' }),
    );
    await db.people.bulkAdd(imported);
    await catchUp(store);
    expect(store.query(query('lovelace')).total).toBe(120);
  });
});
