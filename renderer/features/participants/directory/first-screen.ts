import { searchEntry, type PersonSearchEntry } from '../../../../shared/domain/person-search';
import type { Id } from '../../../../shared/domain/types';
import type { DeskDatabase } from '../../../db/schema';

export type FirstScreen = { all: number; rows: PersonSearchEntry[] };

/**
 * The first rows in name order and the number of people, straight from
 * IndexedDB (the sortKey index and a count, no record beyond the first screen
 * is read): what the directory shows at once, before the search index is built.
 */
export async function readFirstScreen(db: DeskDatabase, rows: number): Promise<FirstScreen> {
  const [people, all] = await db.transaction('r', [db.people, db.organisations], async () => {
    return Promise.all([db.people.orderBy('sortKey').limit(rows).toArray(), db.people.count()]);
  });
  const orgIds = [...new Set(people.flatMap((p) => (p.organisationId ? [p.organisationId] : [])))];
  const organisations = orgIds.length ? await db.organisations.bulkGet(orgIds) : [];
  const names = new Map<Id, string>(organisations.flatMap((o) => (o ? [[o.id, o.name] as const] : [])));
  return { all, rows: people.map((p) => searchEntry(p, p.organisationId ? names.get(p.organisationId) : undefined)) };
}
