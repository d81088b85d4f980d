import { emailKeys, personSortKey } from '../../../shared/domain/text';
import type { Person } from '../../../shared/domain/types';

/**
 * A directory record as the app stores it: the name as typed, derived sortKey
 * and emailKeys from the app's own functions, and empty lists by default.
 */
export function person(id: string, givenName: string, familyName: string, fields: Partial<Person> = {}): Person {
  const emails = fields.emails ?? [];
  return {
    id,
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2024-03-01T09:00:00.000Z',
    givenName,
    familyName,
    emails,
    languages: [],
    tags: [],
    ...fields,
    sortKey: personSortKey(givenName, familyName),
    emailKeys: emailKeys(emails),
  };
}
