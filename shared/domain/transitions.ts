import { DomainError } from './errors';
import type { EnrolmentStatus, GrantStatus, ProgrammeStatus } from './types';

/**
 * The allowed status changes of programmes, enrolments and grants. One table per
 * entity; anything not listed is refused. Cancelled/withdrawn/declined records can
 * be reopened to the state a real secretariat would go back to.
 */
const PROGRAMME: Record<ProgrammeStatus, readonly ProgrammeStatus[]> = {
  draft: ['call-open', 'confirmed', 'cancelled'],
  'call-open': ['draft', 'selection', 'cancelled'],
  selection: ['call-open', 'confirmed', 'cancelled'],
  confirmed: ['selection', 'running', 'cancelled'],
  running: ['completed', 'cancelled'],
  completed: ['running'],
  cancelled: ['draft'],
};

const ENROLMENT: Record<EnrolmentStatus, readonly EnrolmentStatus[]> = {
  applied: ['shortlisted', 'accepted', 'waitlisted', 'rejected', 'withdrawn'],
  shortlisted: ['accepted', 'waitlisted', 'rejected', 'applied', 'withdrawn'],
  // Back to shortlisted: a mistaken acceptance is corrected, not recorded as a withdrawal.
  accepted: ['confirmed', 'waitlisted', 'shortlisted', 'withdrawn'],
  waitlisted: ['accepted', 'rejected', 'withdrawn'],
  rejected: ['shortlisted', 'waitlisted'],
  confirmed: ['attended', 'no-show', 'withdrawn'],
  attended: ['no-show'],
  'no-show': ['attended'],
  withdrawn: ['applied'],
};

const GRANT: Record<GrantStatus, readonly GrantStatus[]> = {
  requested: ['offered', 'declined', 'cancelled'],
  offered: ['accepted', 'declined', 'cancelled'],
  accepted: ['paid', 'cancelled'],
  declined: ['requested'],
  paid: ['reported'],
  reported: [],
  cancelled: ['requested'],
};

const TABLES = { programme: PROGRAMME, enrolment: ENROLMENT, grant: GRANT } as const;
type Entity = keyof typeof TABLES;
type StatusOf<E extends Entity> = keyof (typeof TABLES)[E] & string;

/** The statuses an entity in `from` may move to. */
export function nextStatuses<E extends Entity>(entity: E, from: StatusOf<E>): readonly StatusOf<E>[] {
  const table = TABLES[entity] as Record<string, readonly string[]>;
  return (table[from] ?? []) as readonly StatusOf<E>[];
}

/** True when `from → to` is allowed for `entity`. */
export function canTransition<E extends Entity>(entity: E, from: StatusOf<E>, to: StatusOf<E>): boolean {
  return nextStatuses(entity, from).includes(to);
}

/** Throws a DomainError (`errors.transition`) unless `from → to` is allowed. */
export function assertTransition<E extends Entity>(entity: E, from: StatusOf<E>, to: StatusOf<E>): void {
  if (!canTransition(entity, from, to)) {
    throw new DomainError(
      'errors.transition',
      { entity, from, to },
      `A ${entity} cannot go from "${from}" to "${to}".`,
    );
  }
}

/** Enrolment statuses that still hold or seek a place (withdrawal is allowed from these). */
export const ACTIVE_ENROLMENT_STATUSES: readonly EnrolmentStatus[] = [
  'applied',
  'shortlisted',
  'accepted',
  'waitlisted',
  'confirmed',
];

/** Enrolment statuses that take a seat against the programme's capacity. */
export const SEATED_ENROLMENT_STATUSES: readonly EnrolmentStatus[] = ['accepted', 'confirmed', 'attended'];
