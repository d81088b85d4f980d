import type { MatchInput } from '../../../../shared/domain/person-matching';
import { parseEmails, type PersonDraft } from '../../../../shared/domain/person-rules';

/** What the matcher reads of a row's person: names, addresses, country and institution. */
export function matchInputOf(person: PersonDraft): MatchInput {
  const input: MatchInput = { givenName: person.givenName, familyName: person.familyName, emails: parseEmails(person.emails ?? '').emails };
  if (person.country !== undefined && /^[A-Z]{2}$/.test(person.country)) input.country = person.country;
  if (person.institution !== undefined) input.institution = person.institution;
  return input;
}
