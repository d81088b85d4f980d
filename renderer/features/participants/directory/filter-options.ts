import { useLiveQuery } from 'dexie-react-hooks';
import type { Programme } from '../../../../shared/domain/types';
import { getDatabase } from '../../../db/database';

export type FilterOptions = { countries: string[]; tags: string[]; programmes: Programme[] };

/**
 * What the filters offer: the countries and tags people actually have (read
 * from the indexes, no record is read: fast with 100,000 people), and every
 * programme, newest first. Live: a new tag or country appears at once.
 */
export function useFilterOptions(): FilterOptions | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const [countries, tags, programmes] = await Promise.all([
      db.people.orderBy('country').uniqueKeys(),
      db.people.orderBy('tags').uniqueKeys(),
      db.programmes.orderBy('startDate').reverse().toArray(),
    ]);
    return { countries: countries.map(String), tags: tags.map(String), programmes };
  });
}
