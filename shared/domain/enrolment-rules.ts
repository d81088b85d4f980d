import { DomainError, isDomainError } from './errors';
import { personName } from './person-rules';
import { assertTransition, SEATED_ENROLMENT_STATUSES } from './transitions';
import type { Enrolment, EnrolmentRole, EnrolmentStatus, Id, IsoDate, IsoInstant, Person, Programme } from './types';

/**
 * Enrolment status changes with their side effects: seats against capacity and
 * the waiting list's ranks. Functions return the records to write as
 * before → after pairs, for the renderer to commit as one changeset; nothing is
 * changed in place.
 *
 * Seats: only participants take one (trainers, organisers, observers do not), in
 * the seated statuses accepted, confirmed, attended. Waiting list: participants
 * only, ranks 1..n without holes, 1 = next in line.
 */

export type EnrolmentChange = { before: Enrolment; after: Enrolment };

export type StatusContext = {
  now: IsoInstant;
  programme: Pick<Programme, 'id' | 'capacity'>;
  /** Every enrolment of the programme (others are ignored). */
  enrolments: readonly Enrolment[];
};

/** Statuses a new enrolment may start in (an application, or a direct invitation). */
export const START_STATUSES: readonly EnrolmentStatus[] = ['applied', 'shortlisted', 'accepted', 'waitlisted', 'confirmed'];

const takesSeat = (e: Pick<Enrolment, 'role' | 'status'>): boolean =>
  e.role === 'participant' && SEATED_ENROLMENT_STATUSES.includes(e.status);

const onWaitlist = (e: Pick<Enrolment, 'role' | 'status'>): boolean => e.role === 'participant' && e.status === 'waitlisted';

/** Seats taken by participants among `enrolments`. */
export function seatsTaken(enrolments: readonly Enrolment[]): number {
  return enrolments.filter(takesSeat).length;
}

/** Refuses a participant moving into a seat when every seat is taken by `others`. */
function assertSeat(role: EnrolmentRole, from: EnrolmentStatus | undefined, to: EnrolmentStatus, capacity: number | undefined, others: readonly Enrolment[]): void {
  if (role !== 'participant' || capacity === undefined || !SEATED_ENROLMENT_STATUSES.includes(to)) return;
  // Moving between seated statuses (accepted → confirmed) keeps the seat it has.
  if (from !== undefined && SEATED_ENROLMENT_STATUSES.includes(from)) return;
  if (seatsTaken(others) >= capacity) {
    throw new DomainError('errors.capacityFull', { capacity }, `All ${capacity} places are taken.`);
  }
}

function assertWaitlistRole(role: EnrolmentRole, to: EnrolmentStatus): void {
  // The waiting list is a queue for seats, and only participants take seats.
  if (to === 'waitlisted' && role !== 'participant') {
    throw new DomainError('errors.waitlistParticipantsOnly', { role }, `Only participants can be wait-listed, not a ${role}.`);
  }
}

/** The waiting list in order: by rank, then (for imported data without ranks) by when they were wait-listed. */
function waitlistOrder(enrolments: readonly Enrolment[]): Enrolment[] {
  return enrolments
    .filter(onWaitlist)
    .sort(
      (a, b) =>
        (a.waitlistRank ?? Infinity) - (b.waitlistRank ?? Infinity) ||
        a.statusChangedAt.localeCompare(b.statusChangedAt) ||
        a.id.localeCompare(b.id),
    );
}

const lastRank = (enrolments: readonly Enrolment[]): number =>
  Math.max(0, ...enrolments.filter(onWaitlist).map((e) => e.waitlistRank ?? 0));

/** Renumbers the waiting list 1..n in its order; returns only the enrolments whose rank changed. */
function closeRanks(others: readonly Enrolment[], now: IsoInstant): EnrolmentChange[] {
  return waitlistOrder(others).flatMap((before, index) =>
    before.waitlistRank === index + 1 ? [] : [{ before, after: { ...before, waitlistRank: index + 1, updatedAt: now } }],
  );
}

function withStatus(enrolment: Enrolment, status: EnrolmentStatus, now: IsoInstant, rank?: number): Enrolment {
  const { waitlistRank: _rank, ...rest } = enrolment;
  return { ...rest, status, statusChangedAt: now, updatedAt: now, ...(rank !== undefined ? { waitlistRank: rank } : {}) };
}

/**
 * Moves one enrolment to `to`: checks the transition table, the programme's
 * capacity (DomainError 'errors.capacityFull' with {capacity}) and that only
 * participants are wait-listed. Entering the waiting list puts the enrolment last
 * (rank = highest + 1); leaving it renumbers the rest 1..n, and those rank changes
 * come back as changes too. The first change is always `enrolment` itself.
 */
export function changeStatus(enrolment: Enrolment, to: EnrolmentStatus, ctx: StatusContext): EnrolmentChange[] {
  if (enrolment.programmeId !== ctx.programme.id) {
    throw new Error(`Enrolment ${enrolment.id} belongs to programme ${enrolment.programmeId}, not ${ctx.programme.id}.`);
  }
  assertTransition('enrolment', enrolment.status, to);
  // The caller's copy of `enrolment` wins over the one in the list, which may be stale.
  const others = ctx.enrolments.filter((e) => e.programmeId === ctx.programme.id && e.id !== enrolment.id);
  assertSeat(enrolment.role, enrolment.status, to, ctx.programme.capacity, others);
  assertWaitlistRole(enrolment.role, to);
  const after = withStatus(enrolment, to, ctx.now, to === 'waitlisted' ? lastRank(others) + 1 : undefined);
  const changes: EnrolmentChange[] = [{ before: enrolment, after }];
  if (enrolment.status === 'waitlisted') changes.push(...closeRanks(others, ctx.now));
  return changes;
}

/** The participant next in line: the wait-listed one ranked first (rank 1), or undefined for an empty list. */
export function nextInLine(enrolments: readonly Enrolment[]): Enrolment | undefined {
  return waitlistOrder(enrolments)[0];
}

/** A place freed by a withdrawal, offered to the next in line; staff confirm it with changeStatus. */
export type FreedPlaceOffer = { enrolment: Enrolment; wouldBecome: 'accepted' };

/**
 * After an accepted or confirmed participant withdrew (`withdrawal`, the change
 * changeStatus returned), proposes the place to the waiting list's rank 1.
 * Nothing changes here: staff confirm (often after asking the person), then call
 * changeStatus(offer.enrolment, 'accepted', …). No offer when nobody is waiting
 * or when the programme is still full (it was over capacity before).
 */
export function offerFreedPlace(
  withdrawal: EnrolmentChange,
  ctx: { programme: Pick<Programme, 'id' | 'capacity'>; enrolments: readonly Enrolment[] },
): FreedPlaceOffer | undefined {
  const { before, after } = withdrawal;
  if (before.role !== 'participant' || after.status !== 'withdrawn') return undefined;
  if (before.status !== 'accepted' && before.status !== 'confirmed') return undefined;
  const others = ctx.enrolments.filter((e) => e.programmeId === ctx.programme.id && e.id !== after.id);
  const capacity = ctx.programme.capacity;
  if (capacity !== undefined && seatsTaken(others) >= capacity) return undefined;
  const next = nextInLine(others);
  return next ? { enrolment: next, wouldBecome: 'accepted' } : undefined;
}

export type EnrolContext = {
  now: IsoInstant;
  newId: () => Id;
  /** Every enrolment of the programme. */
  enrolments: readonly Enrolment[];
  appliedOn?: IsoDate;
};

/**
 * A new enrolment of `person` in `programme`. Refuses a second enrolment of the
 * same person in the same programme, whatever its status ('errors.alreadyEnrolled'
 * with {name}: a withdrawn or rejected one is reopened, not duplicated), a start
 * status outside START_STATUSES, a full programme, and a non-participant on the
 * waiting list. Wait-listed, it goes last.
 */
export function enrol(
  person: Pick<Person, 'id' | 'givenName' | 'familyName'>,
  programme: Pick<Programme, 'id' | 'capacity'>,
  role: EnrolmentRole,
  status: EnrolmentStatus,
  ctx: EnrolContext,
): Enrolment {
  const others = ctx.enrolments.filter((e) => e.programmeId === programme.id);
  if (others.some((e) => e.personId === person.id)) {
    const name = personName(person);
    throw new DomainError('errors.alreadyEnrolled', { name }, `${name} is already enrolled in this programme.`);
  }
  if (!START_STATUSES.includes(status)) {
    throw new DomainError('errors.enrolmentStartStatus', { status }, `A new enrolment cannot start as "${status}".`);
  }
  assertSeat(role, undefined, status, programme.capacity, others);
  assertWaitlistRole(role, status);
  const enrolment: Enrolment = {
    id: ctx.newId(),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    personId: person.id,
    programmeId: programme.id,
    role,
    status,
    statusChangedAt: ctx.now,
    attendance: [],
  };
  if (status === 'waitlisted') enrolment.waitlistRank = lastRank(others) + 1;
  if (ctx.appliedOn !== undefined) enrolment.appliedOn = ctx.appliedOn;
  return enrolment;
}

/** Why one enrolment of a bulk change was refused: which enrolment and person, and a message key. */
export type BulkProblem = {
  enrolmentId: Id;
  /** Undefined when the enrolment no longer exists. */
  personId?: Id;
  key: string;
  params: Record<string, string | number>;
};

export type BulkResult = { ok: true; changes: EnrolmentChange[] } | { ok: false; problems: BulkProblem[] };

/**
 * Moves several enrolments to `to`, all or nothing: either every change (one
 * before → after per record touched, ranks included) or the list of every
 * enrolment that cannot move and why, with nothing to apply. Each is checked
 * against the state the earlier ones leave, so capacity is counted cumulatively
 * ("accept these 5" with 2 seats free refuses the last 3) and wait-listed ones
 * queue in the order given. Enrolments already in `to` are left alone.
 */
export function bulkChangeStatus(enrolmentIds: readonly Id[], to: EnrolmentStatus, ctx: StatusContext): BulkResult {
  const current = new Map(ctx.enrolments.filter((e) => e.programmeId === ctx.programme.id).map((e) => [e.id, e]));
  const original = new Map(current);
  const touched: Id[] = [];
  const problems: BulkProblem[] = [];
  for (const id of new Set(enrolmentIds)) {
    const enrolment = current.get(id);
    if (!enrolment) {
      problems.push({ enrolmentId: id, key: 'errors.enrolmentGone', params: {} });
      continue;
    }
    if (enrolment.status === to) continue;
    try {
      for (const { after } of changeStatus(enrolment, to, { ...ctx, enrolments: [...current.values()] })) {
        current.set(after.id, after);
        if (!touched.includes(after.id)) touched.push(after.id);
      }
    } catch (error) {
      if (!isDomainError(error)) throw error;
      problems.push({ enrolmentId: id, personId: enrolment.personId, key: error.key, params: error.params });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  // One change per record, from its stored state to its final one, even when
  // several steps moved it (a rank closed twice).
  const changes = touched.flatMap((id) => {
    const before = original.get(id);
    const after = current.get(id);
    return before && after ? [{ before, after }] : [];
  });
  return { ok: true, changes };
}
