import { describe, expect, it } from 'vitest';
import { bulkChangeStatus, enrol, seatsTaken, type EnrolContext } from '../../../shared/domain/enrolment-rules';
import { DomainError } from '../../../shared/domain/errors';
import type { Enrolment } from '../../../shared/domain/types';
import { applyChanges, byId, lagos, lagosEnrolments, NOW, people, person, waitlist } from './enrolment-fixtures';

const enrolCtx = (enrolments: Enrolment[]): EnrolContext => ({ now: NOW, newId: () => 'E-NEW', enrolments });
const statusCtx = (enrolments: Enrolment[], capacity = 30) => ({ now: NOW, programme: { id: 'LAGOS', capacity }, enrolments });

const who = (id: string) => people.find((p) => p.id === id)!;

function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('enrol', () => {
  it('creates an application with no attendance and the time of the change', () => {
    const thu = person('NEW', 'Thu', 'Trần', 'VN', 'female');
    const created = enrol(thu, lagos, 'participant', 'applied', { ...enrolCtx(lagosEnrolments()), appliedOn: '2022-10-03' });
    expect(created).toEqual({
      id: 'E-NEW',
      createdAt: NOW,
      updatedAt: NOW,
      personId: 'NEW',
      programmeId: 'LAGOS',
      role: 'participant',
      status: 'applied',
      statusChangedAt: NOW,
      appliedOn: '2022-10-03',
      attendance: [],
    });
  });

  it('refuses a second enrolment of the same person, naming them as written', () => {
    const error = thrown(() => enrol(who('P01'), lagos, 'participant', 'applied', enrolCtx(lagosEnrolments())));
    expect(error.key).toBe('errors.alreadyEnrolled');
    expect(error.params).toEqual({ name: 'Adébáyọ̀ Ògúnlẹ́sì' });
    // A mononym is named by its one name; a trainer role does not make a second enrolment acceptable.
    expect(thrown(() => enrol(who('P14'), lagos, 'trainer', 'confirmed', enrolCtx(lagosEnrolments()))).params).toEqual({ name: 'Fotso' });
  });

  it('refuses a person whose earlier enrolment was withdrawn: that one is reopened instead', () => {
    const all = lagosEnrolments().map((e) => (e.id === 'E-AP1' ? { ...e, status: 'withdrawn' as const } : e));
    expect(thrown(() => enrol(who('AP1'), lagos, 'participant', 'applied', enrolCtx(all))).key).toBe('errors.alreadyEnrolled');
  });

  it('allows the same person in another programme', () => {
    const paris = { id: 'PARIS', capacity: 25 };
    expect(enrol(who('P01'), paris, 'participant', 'applied', enrolCtx(lagosEnrolments())).programmeId).toBe('PARIS');
  });

  it('starts only as applied, shortlisted, accepted, wait-listed or confirmed', () => {
    const newcomer = person('NEW', 'Ana', 'Silva', 'AO');
    for (const status of ['rejected', 'attended', 'no-show', 'withdrawn'] as const) {
      const error = thrown(() => enrol(newcomer, lagos, 'participant', status, enrolCtx([])));
      expect(error.key).toBe('errors.enrolmentStartStatus');
      expect(error.params).toEqual({ status });
    }
  });

  it('seats a participant while there is room, and refuses one when all 30 are taken', () => {
    const all = lagosEnrolments();
    const first = enrol(person('N1', 'Ama', 'Darko', 'GH'), lagos, 'participant', 'accepted', enrolCtx(all));
    const second = enrol(person('N2', 'Issa', 'Koné', 'ML'), lagos, 'participant', 'confirmed', enrolCtx([...all, first]));
    const full = [...all, first, second];
    expect(seatsTaken(full)).toBe(30);
    const error = thrown(() => enrol(person('N3', 'Ifeoma', 'Obi', 'NG'), lagos, 'participant', 'accepted', enrolCtx(full)));
    expect(error).toMatchObject({ key: 'errors.capacityFull', params: { capacity: 30 } });
    // A trainer added late takes no seat.
    expect(enrol(person('N4', 'Lucía', 'Pérez', 'ES'), lagos, 'trainer', 'confirmed', enrolCtx(full)).status).toBe('confirmed');
  });

  it('puts a wait-listed newcomer last, and refuses to wait-list an observer', () => {
    expect(enrol(person('N1', 'Ama', 'Darko', 'GH'), lagos, 'participant', 'waitlisted', enrolCtx(lagosEnrolments())).waitlistRank).toBe(6);
    const error = thrown(() => enrol(person('N2', 'Jo', 'Ng', 'SG'), lagos, 'observer', 'waitlisted', enrolCtx(lagosEnrolments())));
    expect(error.key).toBe('errors.waitlistParticipantsOnly');
  });
});

describe('bulkChangeStatus', () => {
  it('accepts two shortlisted people into the two free places', () => {
    const all = lagosEnrolments();
    const result = bulkChangeStatus(['E-AP1', 'E-AP2'], 'accepted', statusCtx(all));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.changes.map((c) => `${c.before.id}:${c.before.status}→${c.after.status}`)).toEqual([
      'E-AP1:applied→accepted',
      'E-AP2:shortlisted→accepted',
    ]);
    expect(seatsTaken(applyChanges(all, result.changes))).toBe(30);
  });

  it('counts capacity cumulatively and applies nothing when one cannot move', () => {
    const all = lagosEnrolments();
    const result = bulkChangeStatus(['E-AP1', 'E-AP2', 'E-AP3'], 'accepted', statusCtx(all));
    expect(result).toEqual({
      ok: false,
      problems: [{ enrolmentId: 'E-AP3', personId: 'AP3', key: 'errors.capacityFull', params: { capacity: 30 } }],
    });
  });

  it('lists every refusal, each with its person and reason', () => {
    const all = lagosEnrolments();
    // Confirming: the applicant cannot skip acceptance; a confirmed person is left alone.
    const result = bulkChangeStatus(['E-P21', 'E-AP1', 'E-P01', 'E-GONE'], 'confirmed', statusCtx(all));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { enrolmentId: 'E-AP1', personId: 'AP1', key: 'errors.transition', params: { entity: 'enrolment', from: 'applied', to: 'confirmed' } },
      { enrolmentId: 'E-GONE', key: 'errors.enrolmentGone', params: {} },
    ]);
  });

  it('takes people off the waiting list in one go, with one change per record and ranks closed', () => {
    const all = lagosEnrolments();
    const result = bulkChangeStatus(['E-W1', 'E-W2'], 'accepted', statusCtx(all));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // W2 moved up (2 → 1) then left, W3 moved up twice (3 → 2 → 1): each is written
    // once, from its stored state to its final one, in the order first touched.
    expect(result.changes.map((c) => `${c.after.id}:${c.before.waitlistRank}→${c.after.waitlistRank}`)).toEqual([
      'E-W1:1→undefined',
      'E-W2:2→undefined',
      'E-W3:3→1',
      'E-W4:4→2',
      'E-W5:5→3',
    ]);
    expect(new Set(result.changes.map((c) => c.after.id)).size).toBe(result.changes.length);
    expect(waitlist(applyChanges(all, result.changes))).toEqual(['E-W3:1', 'E-W4:2', 'E-W5:3']);
  });

  it('refuses the third from the waiting list when only two places are free', () => {
    const result = bulkChangeStatus(['E-W1', 'E-W2', 'E-W3'], 'accepted', statusCtx(lagosEnrolments()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.personId}:${p.key}`)).toEqual(['W3:errors.capacityFull']);
  });

  it('wait-lists several in the order given, ignoring a repeated id', () => {
    const all = lagosEnrolments();
    const result = bulkChangeStatus(['E-AP3', 'E-AP1', 'E-AP3'], 'waitlisted', statusCtx(all));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(waitlist(applyChanges(all, result.changes)).slice(-2)).toEqual(['E-AP3:6', 'E-AP1:7']);
    expect(byId(all, 'E-AP3').status).toBe('applied');
  });
});
