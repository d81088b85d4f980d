import type {
  AttendanceMark,
  Enrolment,
  EnrolmentRole,
  EnrolmentStatus,
  GrantStatus,
  IsoDate,
  IsoInstant,
  Programme,
} from '../domain/types';
import type { PeopleIndex, SeededPerson } from './people';
import type { ProgrammeIndex } from './programmes';
import type { SeededSession } from './sessions';
import { PROGRAMME_KEYS, type EnrolmentSpec, type ProgrammeKey } from './seed-types';
import { addDays, recordMeta, zonedInstant, type SampleOptions } from './support';

/** An enrolment spec with its defaults filled in. */
export type EnrolmentPlan = { status: EnrolmentStatus; role: EnrolmentRole; grant?: GrantStatus | 'none'; note?: string };

export type SeededEnrolment = { programmeKey: ProgrammeKey; person: SeededPerson; plan: EnrolmentPlan; record: Enrolment };

function planOf(spec: EnrolmentSpec): EnrolmentPlan {
  return typeof spec === 'string' ? { status: spec, role: 'participant' } : { ...spec, role: spec.role ?? 'participant' };
}

/** How long before the start people applied: calls open months ahead; webinars a few days. */
function applicationLead(programme: Programme, n: number): number {
  switch (programme.kind) {
    case 'webinar-cycle':
      return 5 + ((n * 3) % 40);
    case 'conference':
      return 130 + ((n * 7) % 60);
    case 'event':
      return 20 + ((n * 3) % 20);
    default:
      return 80 + ((n * 11) % 40);
  }
}

/** When the enrolment reached its status, derived from the programme's calendar. */
function statusChangedAt(plan: EnrolmentPlan, programme: Programme, appliedOn: IsoDate | undefined): IsoInstant {
  const zone = programme.timeZone;
  const before = (days: number, time: string) => zonedInstant(addDays(programme.startDate, -days), time, zone);
  switch (plan.status) {
    case 'attended':
    case 'no-show':
      return zonedInstant(programme.endDate, '18:00', zone);
    case 'withdrawn':
      return before(12, '11:00');
    case 'rejected':
      return before(60, '16:00');
    case 'accepted':
    case 'waitlisted':
      return before(75, '16:00');
    case 'shortlisted':
      return before(95, '16:00');
    case 'applied':
      return appliedOn === undefined ? before(30, '10:00') : zonedInstant(appliedOn, '10:00', zone);
    case 'confirmed':
      return appliedOn === undefined ? before(30, '09:30') : zonedInstant(addDays(appliedOn, 2), '09:30', zone);
  }
}

/** Mostly present; now and then absent or excused, the same on every load. No-shows are absent throughout. */
function markFor(status: EnrolmentStatus, n: number, sessionIndex: number): AttendanceMark {
  if (status === 'no-show') return 'absent';
  const h = (n * 7 + sessionIndex * 13) % 37;
  if (h === 0) return 'absent';
  if (h === 5) return 'excused';
  return 'present';
}

/**
 * Builds every enrolment the person seeds ask for, programme by programme.
 * Participants of past programmes get one attendance mark per session (breaks
 * excepted); the waiting list is ranked 1..n in the order people appear.
 */
export function buildEnrolments(
  options: SampleOptions,
  programmes: ProgrammeIndex,
  sessions: readonly SeededSession[],
  people: PeopleIndex,
): SeededEnrolment[] {
  const enrolments: SeededEnrolment[] = [];
  for (const key of PROGRAMME_KEYS) {
    const programme = programmes.get(key);
    const markable = sessions.filter((s) => s.programmeKey === key && s.record.kind !== 'break').map((s) => s.record);
    let n = 0;
    let waitlistRank = 0;
    for (const person of people.people) {
      const spec = person.seed.e?.[key];
      if (spec === undefined) continue;
      const plan = planOf(spec);
      n += 1;
      const participant = plan.role === 'participant';
      const appliedOn = participant ? addDays(programme.startDate, -applicationLead(programme, n)) : undefined;
      const marked = participant && (plan.status === 'attended' || plan.status === 'no-show');
      const attendance = marked
        ? markable.map((s, j) => ({ sessionId: s.id, mark: markFor(plan.status, n, j) }))
        : [];
      const record: Enrolment = {
        ...recordMeta(options),
        personId: person.record.id,
        programmeId: programme.id,
        role: plan.role,
        status: plan.status,
        ...(plan.status === 'waitlisted' && { waitlistRank: ++waitlistRank }),
        ...(appliedOn !== undefined && { appliedOn }),
        statusChangedAt: statusChangedAt(plan, programme, appliedOn),
        attendance,
        ...(plan.note !== undefined && { notes: plan.note }),
      };
      enrolments.push({ programmeKey: key, person, plan, record });
    }
  }
  return enrolments;
}
