import { useLiveQuery } from 'dexie-react-hooks';
import type { Enrolment, Fund, Grant, Id, Organisation, Person, Programme } from '../../../shared/domain/types';
import { getDatabase } from '../../db/database';
import type { DeskDatabase } from '../../db/schema';

/** Everything the enrolment views of one programme read, in one live query. */
export type EnrolmentData = {
  enrolments: Enrolment[];
  /** The enrolled people, by id; people no longer in the directory are absent. */
  people: Map<Id, Person>;
  /** Their organisations and the sponsors of the programme's funds, by id. */
  organisations: Map<Id, Organisation>;
  grants: Grant[];
  funds: Fund[];
};

const defined = <T>(x: T | undefined): x is T => x !== undefined;

/** Reads a programme's enrolments with their people, grants, funds and organisations. */
export async function readEnrolmentData(db: DeskDatabase, programmeId: Id): Promise<EnrolmentData> {
  return db.transaction('r', [db.enrolments, db.people, db.organisations, db.grants, db.funds], async () => {
    const [enrolments, grants] = await Promise.all([
      db.enrolments.where('programmeId').equals(programmeId).toArray(),
      db.grants.where('programmeId').equals(programmeId).toArray(),
    ]);
    const fundIds = [...new Set(grants.map((g) => g.fundId))];
    const [people, funds] = await Promise.all([
      db.people.bulkGet([...new Set(enrolments.map((e) => e.personId))]),
      db.funds.bulkGet(fundIds),
    ]);
    const found = people.filter(defined);
    const knownFunds = funds.filter(defined);
    const orgIds = [...new Set([...found.flatMap((p) => (p.organisationId ? [p.organisationId] : [])), ...knownFunds.map((f) => f.sponsorOrganisationId)])];
    const organisations = (await db.organisations.bulkGet(orgIds)).filter(defined);
    return {
      enrolments,
      people: new Map(found.map((p) => [p.id, p])),
      organisations: new Map(organisations.map((o) => [o.id, o])),
      grants,
      funds: knownFunds,
    };
  });
}

/** A programme's enrolment data, live; undefined while loading. */
export function useEnrolmentData(programmeId: Id): EnrolmentData | undefined {
  return useLiveQuery(() => readEnrolmentData(getDatabase(), programmeId), [programmeId]);
}

/** Every programme but `programmeId`, newest first: where selected people can be enrolled next. */
export function useOtherProgrammes(programmeId: Id): Programme[] | undefined {
  return useLiveQuery(
    async () => (await getDatabase().programmes.orderBy('startDate').reverse().toArray()).filter((p) => p.id !== programmeId),
    [programmeId],
  );
}
