import type {
  CountryCode,
  EnrolmentRole,
  EnrolmentStatus,
  GrantStatus,
  LanguageTag,
  PersonNeeds,
} from '../domain/types';
import type { OrgKey } from './organisations';

/** Handles of the sample programmes, oldest first. */
export const PROGRAMME_KEYS = [
  'doha',
  'marrakesh',
  'cali',
  'capeTown',
  'lagos',
  'koper',
  'rakvere',
  'webinar',
  'cimam',
] as const;
export type ProgrammeKey = (typeof PROGRAMME_KEYS)[number];

/**
 * How a person takes part in a programme: a status (as a participant), or a
 * status with a role, a grant decision that overrides the programme's default
 * ('none' = no grant) and a note.
 */
export type EnrolmentSpec =
  | EnrolmentStatus
  | { status: EnrolmentStatus; role?: EnrolmentRole; grant?: GrantStatus | 'none'; note?: string };

/** Where a person works, as written, with the mail domain and the organisation record if there is one. */
export type InstitutionSeed = { name: string; domain: string; org?: OrgKey };

/** A sample person as written by hand; see people.ts for what is derived from it. */
export type PersonSeed = {
  /** Handle for sessions (speakers, moderators) to point at this person. */
  key?: string;
  given: string;
  family: string;
  /** ASCII mailbox name for people whose name is not in Latin script ("fatima.alzahraa"). */
  latin?: string;
  country: CountryCode;
  gender: 'f' | 'm' | 'x' | 'u';
  at: InstitutionSeed;
  position: string;
  /** Overrides the country's usual languages. */
  langs?: LanguageTag[];
  tags?: string[];
  /** Overrides the "ICOM <country>" committee derived for members. */
  committee?: string;
  needs?: PersonNeeds;
  notes?: string;
  e?: Partial<Record<ProgrammeKey, EnrolmentSpec>>;
};

/** An institution for a person seed. */
export function inst(name: string, domain: string, org?: OrgKey): InstitutionSeed {
  return org === undefined ? { name, domain } : { name, domain, org };
}

/** A trainer's (or speaker's) enrolment. */
export function trainer(status: EnrolmentStatus = 'attended'): EnrolmentSpec {
  return { status, role: 'trainer' };
}

/** An organiser's enrolment (secretariat or host staff). */
export function organiser(status: EnrolmentStatus = 'attended'): EnrolmentSpec {
  return { status, role: 'organiser' };
}

/** A participant's enrolment with a grant decision other than the programme's default. */
export function withGrant(status: EnrolmentStatus, grant: GrantStatus | 'none', note?: string): EnrolmentSpec {
  return note === undefined ? { status, grant } : { status, grant, note };
}
