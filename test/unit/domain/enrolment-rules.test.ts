import { describe, expect, it } from 'vitest';
import { changeStatus, nextInLine, offerFreedPlace, seatsTaken, type StatusContext } from '../../../shared/domain/enrolment-rules';
import { DomainError } from '../../../shared/domain/errors';
import type { Enrolment, EnrolmentStatus } from '../../../shared/domain/types';
import { applyChanges, byId, enrolment, lagos, lagosEnrolments, NOW, T0, waitlist } from './enrolment-fixtures';

/** Lagos as it is (30 places), with another capacity, or with 'none' for no limit. */
const ctx = (enrolments: Enrolment[], capacity: number | 'none' = 30): StatusContext => ({
  now: NOW,
  programme: capacity === 'none' ? { id: 'LAGOS' } : { id: 'LAGOS', capacity },
  enrolments,
});

/** Runs changeStatus and returns the enrolments with its changes applied. */
function move(enrolments: Enrolment[], id: string, to: EnrolmentStatus, capacity?: number | 'none'): Enrolment[] {
  return applyChanges(enrolments, changeStatus(byId(enrolments, id), to, ctx(enrolments, capacity)));
}

function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('capacity', () => {
  it('counts only participants in accepted, confirmed or attended as seated', () => {
    const all = lagosEnrolments();
    // 28 participants; two confirmed trainers and an accepted observer take no seat.
    expect(seatsTaken(all)).toBe(28);
  });

  it('fills the last two places, then refuses the 31st with the capacity in the message', () => {
    let all = lagosEnrolments();
    all = move(all, 'E-AP1', 'accepted');
    all = move(all, 'E-AP2', 'accepted');
    expect(seatsTaken(all)).toBe(30);
    const error = thrown(() => changeStatus(byId(all, 'E-AP3'), 'accepted', ctx(all)));
    expect(error.key).toBe('errors.capacityFull');
    expect(error.params).toEqual({ capacity: 30 });
    // Also from the waiting list.
    expect(thrown(() => changeStatus(byId(all, 'E-W1'), 'accepted', ctx(all))).key).toBe('errors.capacityFull');
  });

  it('lets a seated participant confirm, and trainers join, when the programme is full', () => {
    const full = move(move(lagosEnrolments(), 'E-AP1', 'accepted'), 'E-AP2', 'accepted');
    const [confirm] = changeStatus(byId(full, 'E-P21'), 'confirmed', ctx(full));
    expect(confirm?.after.status).toBe('confirmed');
    const guest = { ...enrolment('E-TR3', 'TR3', 'trainer', 'accepted') };
    expect(changeStatus(guest, 'confirmed', ctx([...full, guest]))[0]?.after.status).toBe('confirmed');
  });

  it('has no limit when the programme has no capacity', () => {
    const all = move(move(move(lagosEnrolments(), 'E-AP1', 'accepted', 'none'), 'E-AP2', 'accepted', 'none'), 'E-AP3', 'accepted', 'none');
    expect(seatsTaken(all)).toBe(31);
  });
});

describe('changeStatus', () => {
  it('follows the transition table', () => {
    const all = lagosEnrolments();
    const error = thrown(() => changeStatus(byId(all, 'E-AP1'), 'attended', ctx(all)));
    expect(error.key).toBe('errors.transition');
    expect(error.params).toEqual({ entity: 'enrolment', from: 'applied', to: 'attended' });
  });

  it('stamps the change time and leaves the original record untouched', () => {
    const all = lagosEnrolments();
    const before = byId(all, 'E-AP1');
    const [change] = changeStatus(before, 'shortlisted', ctx(all));
    expect(change?.before).toBe(before);
    expect(change?.after).toMatchObject({ status: 'shortlisted', statusChangedAt: NOW, updatedAt: NOW });
    expect(before).toMatchObject({ status: 'applied', statusChangedAt: T0 });
  });

  it('refuses an enrolment of another programme: that is a bug, not a user mistake', () => {
    const other = { ...enrolment('E-X', 'AP1', 'participant', 'applied'), programmeId: 'PARIS' };
    expect(() => changeStatus(other, 'shortlisted', ctx(lagosEnrolments()))).toThrow(/PARIS/);
  });
});

describe('waiting list', () => {
  it('puts a newly wait-listed participant last', () => {
    const changes = changeStatus(byId(lagosEnrolments(), 'E-AP2'), 'waitlisted', ctx(lagosEnrolments()));
    expect(changes).toHaveLength(1);
    expect(changes[0]?.after.waitlistRank).toBe(6);
  });

  it('closes the gap when someone leaves it, and returns each rank change', () => {
    const all = lagosEnrolments();
    const changes = changeStatus(byId(all, 'E-W2'), 'rejected', ctx(all));
    expect(changes.map((c) => `${c.after.id}:${c.before.waitlistRank}→${c.after.waitlistRank}`)).toEqual([
      'E-W2:2→undefined',
      'E-W3:3→2',
      'E-W4:4→3',
      'E-W5:5→4',
    ]);
    expect(changes[0]?.after).not.toHaveProperty('waitlistRank');
    expect(changes[1]?.after.updatedAt).toBe(NOW);
    expect(waitlist(applyChanges(all, changes))).toEqual(['E-W1:1', 'E-W3:2', 'E-W4:3', 'E-W5:4']);
  });

  it('keeps ranks 1..n through a morning of removals and additions', () => {
    let all = lagosEnrolments();
    all = move(all, 'E-W1', 'withdrawn'); // rank 1 leaves
    all = move(all, 'E-AP1', 'waitlisted'); // joins last
    all = move(all, 'E-W4', 'rejected'); // from the middle
    all = move(all, 'E-P01', 'withdrawn'); // frees a seat…
    all = move(all, 'E-W2', 'accepted'); // …for the first in line
    all = move(all, 'E-AP3', 'waitlisted');
    all = move(all, 'E-W5', 'withdrawn'); // the last one
    expect(waitlist(all)).toEqual(['E-W3:1', 'E-AP1:2', 'E-AP3:3']);
  });

  it('heals ranks with holes (an older import) when someone leaves', () => {
    const all = [
      enrolment('A', 'PA', 'participant', 'waitlisted', 2),
      enrolment('B', 'PB', 'participant', 'waitlisted', 5),
      enrolment('C', 'PC', 'participant', 'waitlisted', 9),
    ];
    expect(waitlist(move(all, 'B', 'withdrawn'))).toEqual(['A:1', 'C:2']);
  });

  it('is for participants only: observers and trainers take no seat to wait for', () => {
    const all = lagosEnrolments();
    const observer = { ...byId(all, 'E-OBS'), status: 'applied' as const };
    const error = thrown(() => changeStatus(observer, 'waitlisted', ctx(all)));
    expect(error.key).toBe('errors.waitlistParticipantsOnly');
    expect(error.params).toEqual({ role: 'observer' });
  });

  it('names rank 1 as next in line, and nobody for an empty list', () => {
    expect(nextInLine(lagosEnrolments())?.id).toBe('E-W1');
    expect(nextInLine(lagosEnrolments().filter((e) => e.status !== 'waitlisted'))).toBeUndefined();
  });
});

describe('a freed place', () => {
  it('is proposed to rank 1 when a confirmed participant withdraws; nothing changes until staff accept', () => {
    let all = lagosEnrolments();
    all = move(all, 'E-AP1', 'accepted');
    all = move(all, 'E-AP2', 'accepted'); // full: 30 of 30
    const withdrawal = changeStatus(byId(all, 'E-P05'), 'withdrawn', ctx(all));
    all = applyChanges(all, withdrawal);
    const offer = offerFreedPlace(withdrawal[0]!, { programme: lagos, enrolments: all });
    expect(offer?.enrolment.id).toBe('E-W1');
    expect(offer?.wouldBecome).toBe('accepted');
    expect(byId(all, 'E-W1')).toMatchObject({ status: 'waitlisted', waitlistRank: 1 });

    // Staff accept the offer: the seat is taken and the list moves up.
    all = move(all, offer!.enrolment.id, offer!.wouldBecome);
    expect(seatsTaken(all)).toBe(30);
    expect(waitlist(all)).toEqual(['E-W2:1', 'E-W3:2', 'E-W4:3', 'E-W5:4']);
  });

  it('is proposed for an accepted participant too, but not for a trainer or an applicant', () => {
    const all = lagosEnrolments();
    const proposal = (id: string) => {
      const [change] = changeStatus(byId(all, id), 'withdrawn', ctx(all));
      return offerFreedPlace(change!, { programme: lagos, enrolments: applyChanges(all, [change!]) });
    };
    expect(proposal('E-P22')?.enrolment.id).toBe('E-W1');
    expect(proposal('E-TR1')).toBeUndefined();
    expect(proposal('E-AP1')).toBeUndefined();
  });

  it('is not proposed when the programme is still full after the withdrawal, or nobody waits', () => {
    const all = lagosEnrolments(); // 28 seated
    const [change] = changeStatus(byId(all, 'E-P01'), 'withdrawn', ctx(all));
    const after = applyChanges(all, [change!]);
    expect(offerFreedPlace(change!, { programme: { id: 'LAGOS', capacity: 27 }, enrolments: after })).toBeUndefined();
    const noQueue = after.filter((e) => e.status !== 'waitlisted');
    expect(offerFreedPlace(change!, { programme: lagos, enrolments: noQueue })).toBeUndefined();
  });
});
