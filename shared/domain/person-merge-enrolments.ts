import type { AttendanceMark, Enrolment, EnrolmentStatus, Grant, Id, IsoInstant } from './types';

/**
 * Which enrolment survives when both records of a merged person were enrolled in
 * the same programme (one enrolment per person and programme: a unique index).
 * Higher wins. The order is "how far the person got, and what the secretariat
 * has already promised or recorded":
 * - attended: a fact; certificates and funders' reports rest on it;
 * - confirmed > accepted: a seat (and often a grant) is committed, confirmed
 *   being the person's own answer on top of the offer;
 * - waitlisted: a place in a queue that staff manage by rank;
 * - shortlisted > applied: a live application, further along or not yet read;
 * - then the closed outcomes, below any live one, so a merge never closes an
 *   application still awaiting a decision: no-show (was accepted, a seat was
 *   held: matters for future selection), rejected (a decision by the
 *   secretariat), withdrawn (the person's own choice, the least to keep).
 * The losing enrolment is deleted, its history stays in the audit log.
 */
export const ENROLMENT_STATUS_PRECEDENCE: Readonly<Record<EnrolmentStatus, number>> = {
  attended: 9,
  confirmed: 8,
  accepted: 7,
  waitlisted: 6,
  shortlisted: 5,
  applied: 4,
  'no-show': 3,
  rejected: 2,
  withdrawn: 1,
};

/**
 * Which mark wins when both enrolments marked one session: present is a fact
 * someone saw; excused carries a reason someone recorded; absent is the default.
 */
const MARK_PRECEDENCE: Readonly<Record<AttendanceMark, number>> = { present: 3, excused: 2, absent: 1 };

/** An enrolment before and after the merge; `after: null` deletes it. */
export type EnrolmentChange = { before: Enrolment; after: Enrolment | null };
export type GrantChange = { before: Grant; after: Grant };

/** A programme both records were enrolled in, and which enrolment was kept. */
export type EnrolmentConflict = {
  programmeId: Id;
  keptEnrolmentId: Id;
  removedEnrolmentId: Id;
  keptStatus: EnrolmentStatus;
  removedStatus: EnrolmentStatus;
};

/**
 * Two or more grants from one fund now hang on one enrolment (each record had
 * been funded for the same programme): the merge keeps them all, as money may
 * have been paid on either, and staff should look.
 */
export type SharedFundGrants = { enrolmentId: Id; fundId: Id; grantIds: Id[] };

export type EnrolmentMoves = {
  enrolmentChanges: EnrolmentChange[];
  grantChanges: GrantChange[];
  conflicts: EnrolmentConflict[];
  sharedFundGrants: SharedFundGrants[];
};

/**
 * The enrolment of a same-programme pair that survives: the more advanced
 * status (ENROLMENT_STATUS_PRECEDENCE); on a tie, `kept`'s, the record the
 * person chose to keep.
 */
export function survivingEnrolment(kept: Enrolment, other: Enrolment): Enrolment {
  return ENROLMENT_STATUS_PRECEDENCE[other.status] > ENROLMENT_STATUS_PRECEDENCE[kept.status] ? other : kept;
}

/**
 * Attendance of two enrolments in one: one mark per session, the first
 * enrolment's order, and where both marked a session, present > excused > absent.
 */
export function unionAttendance(first: Enrolment['attendance'], second: Enrolment['attendance']): Enrolment['attendance'] {
  const marks = new Map<Id, AttendanceMark>();
  for (const { sessionId, mark } of [...first, ...second]) {
    const current = marks.get(sessionId);
    if (current === undefined || MARK_PRECEDENCE[mark] > MARK_PRECEDENCE[current]) marks.set(sessionId, mark);
  }
  return [...marks].map(([sessionId, mark]) => ({ sessionId, mark }));
}

/**
 * Moves every enrolment and grant of `otherId` to `keepId`. Where both were
 * enrolled in one programme, the surviving enrolment takes both attendances
 * and notes, the earlier application date, and the grants of the deleted one.
 * Deletions come first in `enrolmentChanges`: applied in order, the unique
 * [personId+programmeId] index never sees two enrolments of one person.
 * Records of anyone else in `related` are ignored.
 */
export function planEnrolmentMoves(
  keepId: Id,
  otherId: Id,
  related: { enrolments: readonly Enrolment[]; grants: readonly Grant[] },
  now: IsoInstant,
): EnrolmentMoves {
  const keptByProgramme = new Map<Id, Enrolment>();
  for (const e of related.enrolments) {
    if (e.personId === keepId && !keptByProgramme.has(e.programmeId)) keptByProgramme.set(e.programmeId, e);
  }
  const deletions: EnrolmentChange[] = [];
  const updates: EnrolmentChange[] = [];
  const conflicts: EnrolmentConflict[] = [];
  /** Deleted enrolment id → the enrolment its grants now belong to. */
  const redirect = new Map<Id, Id>();
  const moved = new Set<Id>();

  for (const o of related.enrolments) {
    if (o.personId !== otherId) continue;
    moved.add(o.id);
    const k = keptByProgramme.get(o.programmeId);
    if (!k) {
      updates.push({ before: o, after: { ...o, personId: keepId, updatedAt: now } });
      continue;
    }
    const winner = survivingEnrolment(k, o);
    const loser = winner === k ? o : k;
    const merged: Enrolment = {
      ...winner,
      personId: keepId,
      attendance: unionAttendance(winner.attendance, loser.attendance),
      updatedAt: now,
    };
    const appliedOn = earliest(winner.appliedOn, loser.appliedOn);
    if (appliedOn !== undefined) merged.appliedOn = appliedOn;
    const notes = joinNotes(winner.notes, loser.notes);
    if (notes !== undefined) merged.notes = notes;
    deletions.push({ before: loser, after: null });
    updates.push({ before: winner, after: merged });
    redirect.set(loser.id, winner.id);
    conflicts.push({
      programmeId: o.programmeId,
      keptEnrolmentId: winner.id,
      removedEnrolmentId: loser.id,
      keptStatus: winner.status,
      removedStatus: loser.status,
    });
  }

  const grantChanges: GrantChange[] = [];
  for (const g of related.grants) {
    const enrolmentId = redirect.get(g.enrolmentId) ?? g.enrolmentId;
    const belongsToOther = g.personId === otherId || moved.has(g.enrolmentId);
    if (!belongsToOther && enrolmentId === g.enrolmentId) continue;
    grantChanges.push({ before: g, after: { ...g, personId: keepId, enrolmentId, updatedAt: now } });
  }

  return {
    enrolmentChanges: [...deletions, ...updates],
    grantChanges,
    conflicts,
    sharedFundGrants: sharedFunds(conflicts, related.grants, grantChanges),
  };
}

function sharedFunds(
  conflicts: readonly EnrolmentConflict[],
  grants: readonly Grant[],
  changes: readonly GrantChange[],
): SharedFundGrants[] {
  const after = new Map<Id, Grant>(grants.map((g) => [g.id, g]));
  for (const change of changes) after.set(change.after.id, change.after);
  const result: SharedFundGrants[] = [];
  for (const { keptEnrolmentId } of conflicts) {
    const byFund = new Map<Id, Id[]>();
    for (const g of after.values()) {
      if (g.enrolmentId !== keptEnrolmentId) continue;
      byFund.set(g.fundId, [...(byFund.get(g.fundId) ?? []), g.id]);
    }
    for (const [fundId, grantIds] of byFund) {
      if (grantIds.length > 1) result.push({ enrolmentId: keptEnrolmentId, fundId, grantIds });
    }
  }
  return result;
}

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a <= b ? a : b;
}

/**
 * Both notes, the kept record's first, when they differ: notes are staff's own
 * words (a dietary remark, a visa story) and a merge must not drop either.
 */
export function joinNotes(first: string | undefined, second: string | undefined): string | undefined {
  const a = first?.trim() ? first : undefined;
  const b = second?.trim() ? second : undefined;
  if (a === undefined) return b;
  if (b === undefined || a.trim() === b.trim()) return a;
  return `${a}\n\n${b}`;
}
