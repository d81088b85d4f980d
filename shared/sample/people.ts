import { emailKeys, personSortKey } from '../domain/text';
import type { Gender, Id, Person } from '../domain/types';
import { COUNTRIES } from './countries';
import { foldForSort } from './fold';
import type { OrganisationIndex } from './organisations';
import { ARAB_STATES } from './people-arab-states';
import { ASIA_PACIFIC_NORTH_AMERICA } from './people-asia-pacific-north-america';
import { EAST_SOUTHERN_AFRICA } from './people-east-southern-africa';
import { EUROPE } from './people-europe';
import { LATIN_AMERICA } from './people-latin-america';
import { WEST_CENTRAL_AFRICA } from './people-west-central-africa';
import type { PersonSeed, ProgrammeKey } from './seed-types';
import { digitStream, pick, recordMeta, type SampleOptions } from './support';

/** Every sample person as written, in a stable order (the waiting list follows it). */
export const PERSON_SEEDS: readonly PersonSeed[] = [
  ...WEST_CENTRAL_AFRICA,
  ...EAST_SOUTHERN_AFRICA,
  ...ARAB_STATES,
  ...LATIN_AMERICA,
  ...EUROPE,
  ...ASIA_PACIFIC_NORTH_AMERICA,
];

const GENDERS: Record<PersonSeed['gender'], Gender> = { f: 'female', m: 'male', x: 'non-binary', u: 'undisclosed' };

/** Programmes whose past participants are tagged 'alumni'. */
const TRAININGS: readonly ProgrammeKey[] = ['doha', 'marrakesh', 'cali', 'capeTown', 'lagos'];

export type SeededPerson = { seed: PersonSeed; record: Person };
export type PeopleIndex = { people: SeededPerson[]; idOf: (key: string) => Id };

/** ASCII letters and digits only, for mailbox names built from a name. */
function mailboxPart(text: string): string {
  return foldForSort(text).replace(/[^a-z0-9]/g, '');
}

/** "kwame.mensah", or the seed's own Latin form for names in other scripts. */
function mailbox(seed: PersonSeed): string {
  if (seed.latin !== undefined) return seed.latin;
  const given = mailboxPart(seed.given);
  const family = mailboxPart(seed.family);
  if (given === '' || family === '') {
    throw new Error(`Sample data: ${seed.given} ${seed.family} needs a Latin mailbox name.`);
  }
  return `${given}.${family}`;
}

/** Fills each `#` of a national pattern with a digit drawn from the person's name. */
function fillDigits(pattern: string, seed: string): string {
  const next = digitStream(seed);
  return pattern.replace(/#/g, () => String(next()));
}

/**
 * The emails people gave: an institutional one, some typed with capitals (as
 * people do, so emailKeys differ from emails), some with a personal address too.
 */
function emailsOf(seed: PersonSeed, index: number): string[] {
  const box = mailbox(seed);
  const typed = index % 9 === 4 ? box.replace(/(^|\.)([a-z])/g, (_m, dot: string, ch: string) => dot + ch.toUpperCase()) : box;
  const emails = [`${typed}@${seed.at.domain}`];
  if (index % 7 === 2) emails.push(`${box.replace(/\./g, '')}${10 + (index % 80)}@example.net`);
  return emails;
}

function isAlumnus(seed: PersonSeed): boolean {
  return TRAININGS.some((key) => {
    const spec = seed.e?.[key];
    if (spec === undefined) return false;
    return typeof spec === 'string' ? spec === 'attended' : spec.status === 'attended' && (spec.role ?? 'participant') === 'participant';
  });
}

function personFrom(seed: PersonSeed, index: number, options: SampleOptions, orgs: OrganisationIndex): Person {
  const country = pick(COUNTRIES, seed.country, 'country');
  const organisationId = seed.at.org === undefined ? undefined : orgs.idOf(seed.at.org);
  const orgName = orgs.records.find((o) => o.id === organisationId)?.name;
  const emails = emailsOf(seed, index);
  const member = index % 4 !== 3;
  const tags = [...(seed.tags ?? []), ...(isAlumnus(seed) ? ['alumni'] : [])];
  const committee = seed.committee ?? (member ? `ICOM ${country.name}` : undefined);
  return {
    ...recordMeta(options),
    givenName: seed.given,
    familyName: seed.family,
    emails,
    ...(index % 10 !== 7 && { phone: fillDigits(country.phone, `phone:${seed.given}|${seed.family}`) }),
    country: seed.country,
    ...(organisationId !== undefined && { organisationId }),
    // The institution as written is kept when there is no record for it, or when it names a branch.
    ...(seed.at.name !== orgName && { institution: seed.at.name }),
    position: seed.position,
    languages: [...(seed.langs ?? country.languages)],
    gender: GENDERS[seed.gender],
    ...(member && { membershipNumber: fillDigits('######', `member:${seed.given}|${seed.family}`) }),
    ...(committee !== undefined && { committee }),
    ...(seed.needs !== undefined && { needs: { ...seed.needs } }),
    tags,
    ...(seed.notes !== undefined && { notes: seed.notes }),
    sortKey: personSortKey(seed.given, seed.family),
    emailKeys: emailKeys(emails),
  };
}

/** Builds the sample people, with the seed each came from and a way to find ids by handle. */
export function buildPeople(options: SampleOptions, orgs: OrganisationIndex): PeopleIndex {
  const keys = new Map<string, Id>();
  const people = PERSON_SEEDS.map((seed, index): SeededPerson => {
    const record = personFrom(seed, index, options, orgs);
    if (seed.key !== undefined) {
      if (keys.has(seed.key)) throw new Error(`Sample data: person handle "${seed.key}" used twice.`);
      keys.set(seed.key, record.id);
    }
    return { seed, record };
  });
  return { people, idOf: (key) => pick(keys, key, 'person') };
}
