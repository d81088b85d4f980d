import { useLiveQuery } from 'dexie-react-hooks';
import type {
  AuditEntry,
  Enrolment,
  Fund,
  Grant,
  Id,
  ImportBatch,
  Organisation,
  Person,
  Programme,
} from '../../../../shared/domain/types';
import { getDatabase } from '../../../db/database';

export type PersonEnrolment = { enrolment: Enrolment; programme: Programme | undefined };
export type PersonGrant = { grant: Grant; fund: Fund | undefined; programme: Programme | undefined };

export type PersonPage = {
  person: Person;
  organisation: Organisation | undefined;
  enrolments: PersonEnrolment[];
  grants: PersonGrant[];
  /** Audit entries of this person, oldest first (ids are ULIDs: they sort by time). */
  history: AuditEntry[];
  /** The import (spreadsheet or sample) that brought the person in, if any. */
  batch: ImportBatch | undefined;
};

const byId = <T extends { id: Id }>(rows: readonly (T | undefined)[]) => new Map(rows.flatMap((r) => (r ? [[r.id, r] as const] : [])));

/**
 * Everything the person page shows, read together and live: the person, their
 * organisation, enrolments with programmes (newest first), grants with funds,
 * and their change history. `null` when there is no such person.
 */
export function usePersonPage(id: Id): PersonPage | null | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const person = await db.people.get(id);
    if (!person) return null;
    const [organisation, enrolments, grants, history, batch] = await Promise.all([
      person.organisationId ? db.organisations.get(person.organisationId) : undefined,
      db.enrolments.where('personId').equals(id).toArray(),
      db.grants.where('personId').equals(id).toArray(),
      db.audit.where('[table+recordId]').equals(['people', id]).sortBy('id'),
      person.importBatchId ? db.importBatches.get(person.importBatchId) : undefined,
    ]);
    const programmeIds = [...new Set([...enrolments, ...grants].map((r) => r.programmeId))];
    const [programmes, funds] = await Promise.all([
      db.programmes.bulkGet(programmeIds).then(byId),
      db.funds.bulkGet([...new Set(grants.map((g) => g.fundId))]).then(byId),
    ]);
    const start = (e: { programmeId: Id }) => programmes.get(e.programmeId)?.startDate ?? '';
    return {
      person,
      organisation,
      enrolments: enrolments
        .sort((a, b) => (start(a) < start(b) ? 1 : start(a) > start(b) ? -1 : 0))
        .map((enrolment) => ({ enrolment, programme: programmes.get(enrolment.programmeId) })),
      grants: grants
        .sort((a, b) => (start(a) < start(b) ? 1 : start(a) > start(b) ? -1 : 0))
        .map((grant) => ({ grant, fund: funds.get(grant.fundId), programme: programmes.get(grant.programmeId) })),
      history,
      batch,
    };
  }, [id]);
}
