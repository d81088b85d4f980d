import { describe, expect, it } from 'vitest';
import { changeStatus } from '../../../shared/domain/enrolment-rules';
import {
  applyChanges,
  asChanges,
  enrolAll,
  finalStatusChanges,
  finalStatusPlan,
  clearMarkChanges,
  markChanges,
  moveOnWaitlist,
  offerAfter,
  tagChanges,
} from '../../../renderer/features/enrolments/actions';
import { byId, enrolment, lagos, lagosEnrolments, NOW, people, person, waitlist } from '../domain/enrolment-fixtures';

let counter = 0;
const newId = () => `NEW${++counter}`;

describe('moveOnWaitlist', () => {
  it('swaps a person with the one above and keeps ranks 1..n, returning only the ranks that changed', () => {
    const all = lagosEnrolments();
    const changes = moveOnWaitlist(all, 'E-W3', 'up', NOW);
    expect(changes.map((c) => `${c.after.id}:${c.after.waitlistRank}`)).toEqual(['E-W3:2', 'E-W2:3']);
    expect(waitlist(applyChanges(all, changes))).toEqual(['E-W1:1', 'E-W3:2', 'E-W2:3', 'E-W4:4', 'E-W5:5']);
    expect(changes.every((c) => c.after.updatedAt === NOW && c.before.updatedAt !== NOW)).toBe(true);
  });

  it('moves down, and does nothing at either end of the list', () => {
    const all = lagosEnrolments();
    expect(waitlist(applyChanges(all, moveOnWaitlist(all, 'E-W1', 'down', NOW)))).toEqual(['E-W2:1', 'E-W1:2', 'E-W3:3', 'E-W4:4', 'E-W5:5']);
    expect(moveOnWaitlist(all, 'E-W1', 'up', NOW)).toEqual([]);
    expect(moveOnWaitlist(all, 'E-W5', 'down', NOW)).toEqual([]);
    expect(moveOnWaitlist(all, 'E-P01', 'up', NOW)).toEqual([]);
  });

  it('closes holes in imported ranks while moving', () => {
    const all = [enrolment('A', 'x', 'participant', 'waitlisted', 2), enrolment('B', 'y', 'participant', 'waitlisted', 7), enrolment('C', 'z', 'participant', 'waitlisted')];
    expect(waitlist(applyChanges(all, moveOnWaitlist(all, 'C', 'up', NOW)))).toEqual(['A:1', 'C:2', 'B:3']);
  });
});

describe('offerAfter', () => {
  it('offers the freed place of a withdrawn accepted participant to rank 1', () => {
    const all = lagosEnrolments();
    const withdrawal = changeStatus(byId(all, 'E-P25'), 'withdrawn', { now: NOW, programme: lagos, enrolments: all });
    const offer = offerAfter(withdrawal, lagos, applyChanges(all, withdrawal));
    expect(offer?.enrolment.id).toBe('E-W1');
    expect(offer?.wouldBecome).toBe('accepted');
  });

  it('offers nothing when a wait-listed or applied person withdraws', () => {
    const all = lagosEnrolments();
    const withdrawal = changeStatus(byId(all, 'E-W2'), 'withdrawn', { now: NOW, programme: lagos, enrolments: all });
    expect(offerAfter(withdrawal, lagos, applyChanges(all, withdrawal))).toBeUndefined();
  });
});

describe('enrolAll', () => {
  const ap = (id: string) => people.find((p) => p.id === id)!;

  it('enrols everyone or no one, with each refused person and the reason', () => {
    const all = lagosEnrolments();
    const fresh = person('NEW-P', 'Mathieu', 'Lefèvre', 'FR');
    const result = enrolAll(
      [
        { person: fresh, role: 'participant' },
        { person: ap('AP1'), role: 'participant' },
      ],
      lagos,
      'applied',
      { now: NOW, newId, enrolments: all },
    );
    expect(result).toEqual({ ok: false, problems: [{ personId: 'AP1', key: 'errors.alreadyEnrolled', params: { name: 'Nguyễn Văn An' } }] });
  });

  it('counts capacity cumulatively: two free places take two people, not three', () => {
    const all = lagosEnrolments(); // 28 of 30 places taken
    const three = ['X1', 'X2', 'X3'].map((id) => ({ person: person(id, id, 'Test'), role: 'participant' as const }));
    const result = enrolAll(three, lagos, 'accepted', { now: NOW, newId, enrolments: all });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => [p.personId, p.key])).toEqual([['X3', 'errors.capacityFull']]);
    const two = enrolAll(three.slice(0, 2), lagos, 'accepted', { now: NOW, newId, enrolments: all });
    expect(two.ok && two.created.map((e) => [e.personId, e.status])).toEqual([
      ['X1', 'accepted'],
      ['X2', 'accepted'],
    ]);
  });

  it('puts wait-listed newcomers last, in the order given', () => {
    const result = enrolAll(
      ['Y1', 'Y2'].map((id) => ({ person: person(id, id, 'Test'), role: 'participant' as const })),
      lagos,
      'waitlisted',
      { now: NOW, newId, enrolments: lagosEnrolments() },
    );
    expect(result.ok && result.created.map((e) => e.waitlistRank)).toEqual([6, 7]);
  });
});

describe('tagChanges', () => {
  it('adds the tag as typed to people who lack it, whatever its case elsewhere', () => {
    const a = { ...person('A', 'Ana', 'Zúñiga'), tags: ['alumni'] };
    const b = { ...person('B', 'Kofi', 'Asante'), tags: ['Grantee 2026'] };
    const changes = tagChanges([a, b], '  grantee   2026 ', NOW);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ table: 'people', before: a, after: { id: 'A', tags: ['alumni', 'grantee 2026'], updatedAt: NOW } });
    expect(tagChanges([a], '   ', NOW)).toEqual([]);
  });
});

describe('markChanges', () => {
  it('marks confirmed people for one key, replacing an earlier mark, skipping those already so', () => {
    const c1 = { ...enrolment('C1', 'x', 'participant', 'confirmed'), attendance: [{ sessionId: 'S1', mark: 'absent' as const }] };
    const c2 = { ...enrolment('C2', 'y', 'participant', 'confirmed'), attendance: [{ sessionId: 'S1', mark: 'present' as const }] };
    const changes = markChanges([c1, c2], 'S1', 'present', NOW);
    expect(changes.map((c) => c.after && (c.after as typeof c1).attendance)).toEqual([[{ sessionId: 'S1', mark: 'present' }]]);
  });

  it('refuses anyone not confirmed', () => {
    expect(() => markChanges([enrolment('A', 'x', 'participant', 'accepted')], 'S1', 'present', NOW)).toThrow(/confirmed/);
  });
});

describe('clearMarkChanges', () => {
  it('takes back the mark of one key only, from those who have one', () => {
    const c1 = { ...enrolment('C1', 'x', 'participant', 'confirmed'), attendance: [{ sessionId: 'S1', mark: 'absent' as const }, { sessionId: 'S2', mark: 'present' as const }] };
    const c2 = enrolment('C2', 'y', 'participant', 'confirmed');
    const changes = clearMarkChanges([c1, c2], 'S1', NOW);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ table: 'enrolments', before: c1, after: { id: 'C1', attendance: [{ sessionId: 'S2', mark: 'present' }], updatedAt: NOW } });
    expect(clearMarkChanges([c2], 'S1', NOW)).toEqual([]);
  });
});

describe('final statuses', () => {
  const keys = ['S1', 'S2', 'S3', 'S4', 'S5'];
  const marked = (id: string, marks: ('present' | 'absent' | 'excused')[]) => ({
    ...enrolment(id, id, 'participant', 'confirmed'),
    attendance: marks.map((mark, i) => ({ sessionId: keys[i]!, mark })),
  });
  const all = [
    marked('FULL', ['present', 'present', 'present', 'present', 'present']),
    marked('NONE', ['absent', 'absent', 'absent', 'absent', 'absent']),
    marked('HALF', ['present', 'present', 'absent', 'absent', 'absent']),
    marked('EXC', ['present', 'present', 'present', 'present', 'excused']),
    enrolment('UNMARKED', 'u', 'participant', 'confirmed'),
  ];
  const ctx = (today: string, excusedCounts: 'present' | 'absent' | 'ignored') => ({ programme: lagos, today, rule: { minimumShare: 0.8, excusedCounts } });

  it('suggests attended or no-show after the end, nothing for short attendance or no marks', () => {
    const plan = finalStatusPlan(all, keys, ctx('2022-11-26', 'absent'));
    expect(plan.map((p) => `${p.enrolment.id}:${p.to}`)).toEqual(['FULL:attended', 'NONE:no-show', 'EXC:attended']);
    expect(finalStatusPlan(all, keys, ctx('2022-11-25', 'absent'))).toEqual([]);
  });

  it('follows the rule on excused absences', () => {
    const strict = { ...ctx('2022-11-26', 'absent'), rule: { minimumShare: 1, excusedCounts: 'absent' as const } };
    expect(finalStatusPlan(all, keys, strict).map((p) => p.enrolment.id)).toEqual(['FULL', 'NONE']);
    const lenient = { ...strict, rule: { minimumShare: 1, excusedCounts: 'ignored' as const } };
    expect(finalStatusPlan(all, keys, lenient).map((p) => p.enrolment.id)).toEqual(['FULL', 'NONE', 'EXC']);
  });

  it('turns the plan into one change per participant, checked by the rules', () => {
    const plan = finalStatusPlan(all, keys, ctx('2022-11-26', 'absent'));
    const changes = finalStatusChanges(plan, { now: NOW, programme: lagos, enrolments: all });
    expect(changes.map((c) => `${c.before.status}>${c.after.status}`)).toEqual(['confirmed>attended', 'confirmed>no-show', 'confirmed>attended']);
    expect(asChanges(changes).every((c) => c.table === 'enrolments')).toBe(true);
  });
});
