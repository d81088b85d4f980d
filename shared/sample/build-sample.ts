import type { Enrolment, Fund, Grant, Organisation, Person, Programme, Session } from '../domain/types';
import { buildEnrolments } from './enrolments';
import { buildFundsAndGrants } from './grants';
import { buildOrganisations } from './organisations';
import { buildPeople } from './people';
import { buildProgrammes } from './programmes';
import { buildSessions } from './sessions';
import type { SampleOptions } from './support';

export type SampleData = {
  organisations: Organisation[];
  programmes: Programme[];
  sessions: Session[];
  people: Person[];
  enrolments: Enrolment[];
  funds: Fund[];
  grants: Grant[];
};

/**
 * The sample data a new user can load to try Training Desk: regional trainings
 * (Doha 2018, Marrakesh, Cali and Cape Town 2019, Lagos 2022), member events,
 * the ICOM France webinar cycle of 2026 and the CIMAM 2026 conference, with
 * their partners, people, enrolments, funds and grants.
 *
 * Deterministic apart from ids: the same options give the same records, and
 * every id (payments included) comes from `options.newId`, called in a fixed order.
 */
export function buildSampleData(options: SampleOptions): SampleData {
  const orgs = buildOrganisations(options);
  const people = buildPeople(options, orgs);
  const programmes = buildProgrammes(options, orgs);
  const sessions = buildSessions(options, programmes, people);
  const enrolments = buildEnrolments(options, programmes, sessions, people);
  const { funds, grants } = buildFundsAndGrants(options, orgs, programmes, enrolments);
  return {
    organisations: orgs.records,
    programmes: programmes.programmes.map((p) => p.record),
    sessions: sessions.map((s) => s.record),
    people: people.people.map((p) => p.record),
    enrolments: enrolments.map((e) => e.record),
    funds,
    grants,
  };
}
