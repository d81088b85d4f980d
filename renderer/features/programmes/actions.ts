import { newId } from '../../../shared/domain/ids';
import { buildProgramme, type ProgrammeDraft } from '../../../shared/domain/programme-draft';
import { duplicateProgramme } from '../../../shared/domain/programme-rules';
import { assertTransition } from '../../../shared/domain/transitions';
import type { IsoDate, Organisation, Programme, ProgrammeStatus } from '../../../shared/domain/types';
import { touched, type Change } from '../../db/changes';
import type { DeskDatabase } from '../../db/schema';
import { programmeSessions } from './queries';

/**
 * The changesets of the programme feature. Each function only READS and returns
 * the changes; the caller commits them with commitChanges (one transaction, audited,
 * refused if a record changed meanwhile) and keeps the inverse for Undo.
 */

/** Creating or editing a programme: the programme and any organisation typed as a new name. */
export function saveProgrammeChanges(
  draft: ProgrammeDraft,
  organisations: readonly Organisation[],
  existing?: Programme,
  now: string = new Date().toISOString(),
): { changes: Change[]; programme: Programme } {
  const { programme, newOrganisations } = buildProgramme(draft, {
    id: existing?.id ?? newId(),
    now,
    organisations,
    newId,
    ...(existing && { existing }),
  });
  const changes: Change[] = [
    ...newOrganisations.map((o): Change => ({ table: 'organisations', before: null, after: o })),
    { table: 'programmes', before: existing ?? null, after: programme },
  ];
  return { changes, programme };
}

/** Moving a programme to another status; refuses a move the rules do not allow. */
export function statusChanges(programme: Programme, status: ProgrammeStatus): Change[] {
  assertTransition('programme', programme.status, status);
  return [{ table: 'programmes', before: programme, after: touched({ ...programme, status }) }];
}

export type DeletePlan = {
  changes: Change[];
  sessions: number;
  enrolments: number;
  grants: number;
};

/**
 * Deleting a programme with everything that belongs to it: its sessions,
 * enrolments, and the grants of those enrolments. Sponsor funds tied to it are
 * kept (the money is the sponsor's) and only lose the link. One changeset, so the
 * inverse puts every record back.
 */
export async function deleteProgrammePlan(db: DeskDatabase, programme: Programme): Promise<DeletePlan> {
  return db.transaction('r', [db.sessions, db.enrolments, db.grants, db.funds], async () => {
    const [sessions, enrolments, grantsByProgramme, funds] = await Promise.all([
      db.sessions.where('programmeId').equals(programme.id).toArray(),
      db.enrolments.where('programmeId').equals(programme.id).toArray(),
      db.grants.where('programmeId').equals(programme.id).toArray(),
      db.funds.where('programmeId').equals(programme.id).toArray(),
    ]);
    // Grants are found by programme and by enrolment: a grant is never left pointing at nothing.
    const byEnrolment = enrolments.length
      ? await db.grants.where('enrolmentId').anyOf(enrolments.map((e) => e.id)).toArray()
      : [];
    const grants = [...new Map([...grantsByProgramme, ...byEnrolment].map((g) => [g.id, g])).values()];
    const now = new Date().toISOString();
    const changes: Change[] = [
      ...grants.map((g): Change => ({ table: 'grants', before: g, after: null })),
      ...enrolments.map((e): Change => ({ table: 'enrolments', before: e, after: null })),
      ...sessions.map((s): Change => ({ table: 'sessions', before: s, after: null })),
      ...funds.map((f): Change => {
        const { programmeId: _unlinked, ...rest } = f;
        return { table: 'funds', before: f, after: touched(rest, now) };
      }),
      { table: 'programmes', before: programme, after: null },
    ];
    return { changes, sessions: sessions.length, enrolments: enrolments.length, grants: grants.length };
  });
}

/** Duplicating a programme from `newStart`: the copy and its sessions, nobody enrolled. */
export async function duplicateChanges(
  db: DeskDatabase,
  programme: Programme,
  newStart: IsoDate,
): Promise<{ changes: Change[]; programme: Programme; sessions: number }> {
  const sessions = await programmeSessions(db, programme.id);
  const copy = duplicateProgramme(programme, sessions, { newStart, newId, now: new Date().toISOString() });
  const changes: Change[] = [
    { table: 'programmes', before: null, after: copy.programme },
    ...copy.sessions.map((s): Change => ({ table: 'sessions', before: null, after: s })),
  ];
  return { changes, programme: copy.programme, sessions: copy.sessions.length };
}
