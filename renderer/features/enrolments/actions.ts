import { clearAttendance, markAttendance, suggestedFinalStatus, type CompletionRule } from '../../../shared/domain/attendance';
import {
  changeStatus,
  enrol,
  offerFreedPlace,
  type EnrolmentChange,
  type FreedPlaceOffer,
  type StatusContext,
} from '../../../shared/domain/enrolment-rules';
import { isDomainError } from '../../../shared/domain/errors';
import { cleanName, cleanTags } from '../../../shared/domain/person-rules';
import type {
  AttendanceMark,
  Enrolment,
  EnrolmentRole,
  EnrolmentStatus,
  Id,
  IsoDate,
  IsoInstant,
  Person,
  Programme,
} from '../../../shared/domain/types';
import type { Change } from '../../db/changes';

/**
 * The changesets of the enrolment feature. Each function only computes: the
 * caller commits the changes with commitChanges (one transaction, audited,
 * refused when a record changed meanwhile) and keeps the inverse for Undo.
 */

/** Enrolment changes as the changeset commitChanges takes. */
export function asChanges(changes: readonly EnrolmentChange[]): Change[] {
  return changes.map(({ before, after }) => ({ table: 'enrolments', before, after }));
}

/** Applies before → after pairs to a list of enrolments (new ones appended). */
export function applyChanges(enrolments: readonly Enrolment[], changes: readonly EnrolmentChange[]): Enrolment[] {
  const byId = new Map(enrolments.map((e) => [e.id, e]));
  for (const { after } of changes) byId.set(after.id, after);
  return [...byId.values()];
}

/**
 * After `changes` are saved, the place freed by the first withdrawal of an
 * accepted or confirmed participant, offered to the waiting list's rank 1.
 */
export function offerAfter(
  changes: readonly EnrolmentChange[],
  programme: Pick<Programme, 'id' | 'capacity'>,
  enrolmentsAfter: readonly Enrolment[],
): FreedPlaceOffer | undefined {
  for (const change of changes) {
    const offer = offerFreedPlace(change, { programme, enrolments: enrolmentsAfter });
    if (offer) return offer;
  }
  return undefined;
}

/** Why one person could not be enrolled: who, and the domain's message key. */
export type EnrolProblem = { personId: Id; key: string; params: Record<string, string | number> };

export type EnrolResult = { ok: true; created: Enrolment[] } | { ok: false; problems: EnrolProblem[] };

/** One person to enrol, and in what role. */
export type EnrolRequest = { person: Pick<Person, 'id' | 'givenName' | 'familyName'>; role: EnrolmentRole };

/**
 * Enrols each requested person in `programme`, all or nothing: every
 * enrolment, or the reason each refused one was refused (already enrolled,
 * full, a role that cannot wait). Each is checked against the ones before it,
 * so capacity is counted cumulatively.
 */
export function enrolAll(
  requests: readonly EnrolRequest[],
  programme: Pick<Programme, 'id' | 'capacity'>,
  status: EnrolmentStatus,
  ctx: { now: IsoInstant; newId: () => Id; enrolments: readonly Enrolment[]; appliedOn?: IsoDate },
): EnrolResult {
  const all = [...ctx.enrolments];
  const created: Enrolment[] = [];
  const problems: EnrolProblem[] = [];
  for (const { person, role } of requests) {
    try {
      const enrolment = enrol(person, programme, role, status, { ...ctx, enrolments: all });
      all.push(enrolment);
      created.push(enrolment);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      problems.push({ personId: person.id, key: error.key, params: error.params });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, created };
}

/** The changeset that stores new enrolments. */
export function creations(enrolments: readonly Enrolment[]): Change[] {
  return enrolments.map((after) => ({ table: 'enrolments', before: null, after }));
}

/** The waiting list in the domain's order: by rank, then by when they were wait-listed. */
export function waitlistOrder(enrolments: readonly Enrolment[]): Enrolment[] {
  return enrolments
    .filter((e) => e.role === 'participant' && e.status === 'waitlisted')
    .sort(
      (a, b) =>
        (a.waitlistRank ?? Infinity) - (b.waitlistRank ?? Infinity) ||
        a.statusChangedAt.localeCompare(b.statusChangedAt) ||
        a.id.localeCompare(b.id),
    );
}

/**
 * Moves a wait-listed enrolment one place up (towards rank 1) or down, and
 * renumbers the list 1..n. Returns only the enrolments whose rank changed;
 * nothing at either end of the list.
 */
export function moveOnWaitlist(enrolments: readonly Enrolment[], id: Id, direction: 'up' | 'down', now: IsoInstant): EnrolmentChange[] {
  const order = waitlistOrder(enrolments);
  const index = order.findIndex((e) => e.id === id);
  const other = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || other < 0 || other >= order.length) return [];
  [order[index], order[other]] = [order[other]!, order[index]!];
  return order.flatMap((before, i) =>
    before.waitlistRank === i + 1 ? [] : [{ before, after: { ...before, waitlistRank: i + 1, updatedAt: now } }],
  );
}

/** People with `tag` added (spelled as typed, no repeat across case); people who have it already are left out. */
export function tagChanges(people: readonly Person[], tag: string, now: IsoInstant): Change[] {
  const clean = cleanName(tag);
  if (clean === '') return [];
  return people.flatMap((person): Change[] => {
    if (person.tags.some((t) => t.toLowerCase() === clean.toLowerCase())) return [];
    const after: Person = { ...person, tags: cleanTags([...person.tags, clean]), updatedAt: now };
    return [{ table: 'people', before: person, after }];
  });
}

/**
 * Attendance marks for one session (its attendance key) on several
 * enrolments, as one changeset. Enrolments that already have that mark are
 * left out; throws 'errors.attendanceNotConfirmed' for anyone not confirmed.
 */
export function markChanges(enrolments: readonly Enrolment[], key: string, mark: AttendanceMark, now: IsoInstant): Change[] {
  return enrolments.flatMap((before): Change[] => {
    if (before.attendance.some((a) => a.sessionId === key && a.mark === mark)) return [];
    return [{ table: 'enrolments', before, after: markAttendance(before, key, mark, now) }];
  });
}

/** Removes the mark for `key` from those who have one (a mark made by mistake), as one changeset. */
export function clearMarkChanges(enrolments: readonly Enrolment[], key: string, now: IsoInstant): Change[] {
  return enrolments.flatMap((before): Change[] => {
    const after = clearAttendance(before, key, now);
    return after === before ? [] : [{ table: 'enrolments', before, after }];
  });
}

export type FinalStatusPlan = { enrolment: Enrolment; to: 'attended' | 'no-show' };

/**
 * The final status each confirmed participant should get now that the
 * programme is over, from their attendance under `rule` (suggestedFinalStatus):
 * only those with a suggestion.
 */
export function finalStatusPlan(
  enrolments: readonly Enrolment[],
  programmeKeys: readonly string[],
  ctx: { programme: Pick<Programme, 'endDate'>; today: IsoDate; rule: CompletionRule },
): FinalStatusPlan[] {
  return enrolments.flatMap((enrolment) => {
    const to = suggestedFinalStatus(enrolment, programmeKeys, ctx);
    return to ? [{ enrolment, to }] : [];
  });
}

/** The changes of a final-status plan, each checked by changeStatus against the state the earlier ones leave. */
export function finalStatusChanges(plan: readonly FinalStatusPlan[], ctx: StatusContext): EnrolmentChange[] {
  let current = [...ctx.enrolments];
  const changes: EnrolmentChange[] = [];
  for (const { enrolment, to } of plan) {
    const step = changeStatus(current.find((e) => e.id === enrolment.id) ?? enrolment, to, { ...ctx, enrolments: current });
    current = applyChanges(current, step);
    changes.push(...step);
  }
  return changes;
}
