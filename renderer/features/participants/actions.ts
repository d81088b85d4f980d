import { newId } from '../../../shared/domain/ids';
import { cleanName, personFromDraft, type PersonDraft } from '../../../shared/domain/person-rules';
import { isCountryCode } from '../../../shared/domain/programme-countries';
import { foldText } from '../../../shared/domain/text';
import type { Id, Organisation, OrganisationKind, Person, Session } from '../../../shared/domain/types';
import { touched, type Change } from '../../db/changes';
import type { DeskDatabase } from '../../db/schema';

/**
 * The changesets of the participants feature. Each function only READS and
 * returns changes; the caller commits them with commitChanges (one transaction,
 * audited, refused if a record changed meanwhile) and keeps the inverse for Undo.
 */

/** Where the person works, as the form has it: a name, and what to do when it is no organisation yet. */
export type InstitutionChoice = {
  name: string;
  /** Add a name that matches no organisation as a new one (else it is kept as text on the person). */
  addToOrganisations: boolean;
  kind: OrganisationKind;
};

/** The organisation called `name` (its name or short name, ignoring case and accents), if any. */
export function findOrganisation(name: string, organisations: readonly Organisation[]): Organisation | undefined {
  const key = foldText(name);
  if (key === '') return undefined;
  return organisations.find((o) => foldText(o.name) === key || (o.shortName !== undefined && foldText(o.shortName) === key));
}

/**
 * Creating or editing a person. The institution links to the organisation of
 * that name; a new name becomes a new organisation in the same changeset (of
 * `kind`, in the person's country) unless the user chose to keep it as text.
 * Throws a DomainError if the draft is not valid: validate first.
 */
export function savePersonChanges(
  draft: Omit<PersonDraft, 'organisationId' | 'institution'>,
  institution: InstitutionChoice,
  organisations: readonly Organisation[],
  existing?: Person,
  now: string = new Date().toISOString(),
): { changes: Change[]; person: Person; organisation?: Organisation } {
  const name = cleanName(institution.name);
  const match = findOrganisation(name, organisations);
  let organisation: Organisation | undefined;
  let link: Pick<PersonDraft, 'organisationId' | 'institution'> = { organisationId: '', institution: '' };
  if (match) link = { organisationId: match.id, institution: '' };
  else if (name !== '' && institution.addToOrganisations) {
    const country = draft.country?.trim().toUpperCase();
    organisation = {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      name,
      kind: institution.kind,
      ...(country && isCountryCode(country) ? { country } : {}),
    };
    link = { organisationId: organisation.id, institution: '' };
  } else if (name !== '') link = { organisationId: '', institution: name };
  const person = personFromDraft({ ...draft, ...link }, { newId, now }, existing);
  const changes: Change[] = [
    ...(organisation ? [{ table: 'organisations', before: null, after: organisation } satisfies Change] : []),
    { table: 'people', before: existing ?? null, after: person },
  ];
  return { changes, person, ...(organisation ? { organisation } : {}) };
}

export type PersonDeletePlan = {
  changes: Change[];
  enrolments: number;
  grants: number;
  /** Sessions the person speaks at or moderates: they stay, without this person. */
  sessions: number;
};

/**
 * Deleting a person with what belongs to them: their enrolments, their grants
 * (found by person and by enrolment, so none is left pointing at nothing), and
 * their place as speaker or moderator of sessions. One changeset: its inverse
 * (Undo) puts every record back.
 */
export async function deletePersonPlan(db: DeskDatabase, person: Person): Promise<PersonDeletePlan> {
  return db.transaction('r', [db.people, db.enrolments, db.grants, db.sessions], async () => {
    const current = (await db.people.get(person.id)) ?? person;
    const enrolments = await db.enrolments.where('personId').equals(person.id).toArray();
    const byPerson = await db.grants.where('personId').equals(person.id).toArray();
    const byEnrolment = enrolments.length ? await db.grants.where('enrolmentId').anyOf(enrolments.map((e) => e.id)).toArray() : [];
    const grants = [...new Map([...byPerson, ...byEnrolment].map((g) => [g.id, g])).values()];
    // Sessions have no index on their people: a scan, fine for the thousands a desk holds.
    const sessions = await db.sessions
      .filter((s) => s.speakerIds.includes(person.id) || s.moderatorIds.includes(person.id))
      .toArray();
    const now = new Date().toISOString();
    const without = (ids: readonly Id[]) => ids.filter((id) => id !== person.id);
    const changes: Change[] = [
      ...grants.map((g): Change => ({ table: 'grants', before: g, after: null })),
      ...enrolments.map((e): Change => ({ table: 'enrolments', before: e, after: null })),
      ...sessions.map(
        (s): Change => ({
          table: 'sessions',
          before: s,
          after: touched<Session>({ ...s, speakerIds: without(s.speakerIds), moderatorIds: without(s.moderatorIds) }, now),
        }),
      ),
      { table: 'people', before: current, after: null },
    ];
    return { changes, enrolments: enrolments.length, grants: grants.length, sessions: sessions.length };
  });
}
