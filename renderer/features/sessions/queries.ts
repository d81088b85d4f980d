import { useLiveQuery } from 'dexie-react-hooks';
import { foldText } from '../../../shared/domain/text';
import type { Id, Organisation, Person, Session } from '../../../shared/domain/types';
import { getDatabase } from '../../db/database';
import type { DeskDatabase } from '../../db/schema';

/** The session records of a programme (series once each, not expanded), live. */
export function useProgrammeSessions(programmeId: Id): Session[] | undefined {
  return useLiveQuery(() => getDatabase().sessions.where('programmeId').equals(programmeId).toArray(), [programmeId]);
}

/** People by id, live; ids no longer in the directory are absent from the map. */
export function usePeople(ids: readonly Id[]): Map<Id, Person> | undefined {
  const key = [...new Set(ids)].sort().join(',');
  return useLiveQuery(async () => {
    const wanted = key === '' ? [] : key.split(',');
    const found = await getDatabase().people.bulkGet(wanted);
    return new Map(found.filter((p): p is Person => p !== undefined).map((p) => [p.id, p]));
  }, [key]);
}

export type PersonChoice = { person: Person; institution?: string };

/** Shortest query the picker searches for: one letter would list half the directory. */
export const MIN_SEARCH_LENGTH = 2;

/**
 * People whose directory key ("family given", folded) starts with what was
 * typed, accents and case aside: "lefev" finds Mathieu Lefèvre, "bensaid"
 * Yasmine Bensaïd. "Mathieu Lefevre" (given name first) is tried the other way
 * round too. Uses the sortKey index, so it stays quick with 44,000 people.
 */
export async function searchPeople(db: DeskDatabase, text: string, limit = 8): Promise<PersonChoice[]> {
  const query = foldText(text);
  if (query.length < MIN_SEARCH_LENGTH) return [];
  const words = query.split(' ');
  const prefixes = words.length > 1 ? [query, [...words.slice(1), words[0]].join(' ')] : [query];
  const people = await db.people.where('sortKey').startsWithAnyOf(prefixes).limit(limit).toArray();
  people.sort((a, b) => a.sortKey.localeCompare(b.sortKey));
  const orgIds = [...new Set(people.map((p) => p.organisationId).filter((id): id is Id => id !== undefined))];
  const orgs = new Map((await db.organisations.bulkGet(orgIds)).filter((o): o is Organisation => o !== undefined).map((o) => [o.id, o]));
  return people.map((person) => {
    const institution = person.institution ?? (person.organisationId !== undefined ? orgs.get(person.organisationId)?.name : undefined);
    return institution !== undefined ? { person, institution } : { person };
  });
}
