import { useLiveQuery } from 'dexie-react-hooks';
import type { EnrolmentStatus, Id, Organisation, Programme, Session } from '../../../shared/domain/types';
import { getDatabase } from '../../db/database';
import type { DeskDatabase } from '../../db/schema';

/** Enrolment statuses that count as "enrolled" in the list: everyone not turned down or gone. */
export const ENROLLED_STATUSES: readonly EnrolmentStatus[] = [
  'applied',
  'shortlisted',
  'accepted',
  'waitlisted',
  'confirmed',
  'attended',
  'no-show',
];

export type ProgrammeListRow = Programme & { sessions: number; enrolled: number; grants: number };

/**
 * Every programme with its numbers of sessions, enrolled people and grants. Each
 * number is an index count (no record is read), so the list stays quick with
 * thousands of enrolments.
 */
export function useProgrammeRows(): ProgrammeListRow[] | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const programmes = await db.programmes.toArray();
    return Promise.all(
      programmes.map(async (p) => {
        const [sessions, enrolled, grants] = await Promise.all([
          db.sessions.where('programmeId').equals(p.id).count(),
          db.enrolments
            .where('[programmeId+status]')
            .anyOf(ENROLLED_STATUSES.map((s) => [p.id, s]))
            .count(),
          db.grants.where('programmeId').equals(p.id).count(),
        ]);
        return { ...p, sessions, enrolled, grants };
      }),
    );
  });
}

/** One programme, live; `null` when there is none with that id, `undefined` while loading. */
export function useProgramme(id: Id): Programme | null | undefined {
  return useLiveQuery(async () => (await getDatabase().programmes.get(id)) ?? null, [id]);
}

/** Every organisation, by name, for the partner pickers and the partner filter. */
export function useOrganisations(): Organisation[] | undefined {
  return useLiveQuery(() => getDatabase().organisations.orderBy('name').toArray());
}

/** A programme's sessions, in time order. */
export function programmeSessions(db: DeskDatabase, programmeId: Id): Promise<Session[]> {
  return db.sessions.where('[programmeId+start]').between([programmeId, ''], [programmeId, '\uffff']).toArray();
}
