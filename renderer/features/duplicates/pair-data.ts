import { useLiveQuery } from 'dexie-react-hooks';
import type { Enrolment, Fund, Grant, Id, Organisation, Person, Programme } from '../../../shared/domain/types';
import { getDatabase } from '../../db/database';
import type { DeskDatabase } from '../../db/schema';

/** The enrolments and grants of a set of people: what a merge of them moves. */
export type Related = { enrolments: Enrolment[]; grants: Grant[] };

/**
 * Two people as they were when the comparison opened, with everything a merge
 * reads: their enrolments and grants, and the names of the programmes, funds
 * and organisations those point at. A person missing is `undefined`.
 */
export type PairSnapshot = Related & {
  left: Person | undefined;
  right: Person | undefined;
  programmes: ReadonlyMap<Id, Programme>;
  funds: ReadonlyMap<Id, Fund>;
  organisations: ReadonlyMap<Id, Organisation>;
};

function byId<T extends { id: Id }>(rows: readonly (T | undefined)[]): Map<Id, T> {
  return new Map(rows.filter((r): r is T => r !== undefined).map((r) => [r.id, r]));
}

/**
 * The enrolments of these people, and their grants found both by person and
 * by enrolment (a grant is never missed because one of its links is off).
 */
export async function relatedRecords(db: DeskDatabase, personIds: readonly Id[]): Promise<Related> {
  const enrolments = await db.enrolments.where('personId').anyOf([...personIds]).toArray();
  const [byPerson, byEnrolment] = await Promise.all([
    db.grants.where('personId').anyOf([...personIds]).toArray(),
    enrolments.length ? db.grants.where('enrolmentId').anyOf(enrolments.map((e) => e.id)).toArray() : [],
  ]);
  return { enrolments, grants: [...byId([...byPerson, ...byEnrolment]).values()] };
}

/** Reads both people and all a merge needs, in one read transaction (a consistent snapshot). */
export async function loadPair(db: DeskDatabase, leftId: Id, rightId: Id): Promise<PairSnapshot> {
  return db.transaction('r', [db.people, db.enrolments, db.grants, db.programmes, db.funds, db.organisations], async () => {
    const [left, right] = await db.people.bulkGet([leftId, rightId]);
    const ids = [left?.id, right?.id].filter((id): id is Id => id !== undefined);
    const related = await relatedRecords(db, ids);
    const orgIds = [left?.organisationId, right?.organisationId].filter((id): id is Id => id !== undefined);
    const [programmes, funds, organisations] = await Promise.all([
      db.programmes.bulkGet([...new Set(related.enrolments.map((e) => e.programmeId))]),
      db.funds.bulkGet([...new Set(related.grants.map((g) => g.fundId))]),
      db.organisations.bulkGet(orgIds),
    ]);
    return {
      left,
      right,
      ...related,
      programmes: byId(programmes),
      funds: byId(funds),
      organisations: byId(organisations),
    };
  });
}

/** The people of the pairs on screen, and their organisations, live: a merge or an edit shows at once. */
export function usePeople(ids: readonly Id[]): { people: Map<Id, Person>; organisations: Map<Id, Organisation> } | undefined {
  const key = ids.join(',');
  return useLiveQuery(async () => {
    const db = getDatabase();
    const people = byId(await db.people.bulkGet([...new Set(ids)]));
    const orgIds = [...new Set([...people.values()].flatMap((p) => (p.organisationId ? [p.organisationId] : [])))];
    const organisations = byId(await db.organisations.bulkGet(orgIds));
    return { people, organisations };
    // `key` stands for `ids`: a new array with the same ids must not re-run the query.
  }, [key]);
}
