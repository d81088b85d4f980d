import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../../shared/domain/errors';
import { assertTransition, canTransition, nextStatuses } from '../../../shared/domain/transitions';
import { ENROLMENT_STATUSES, GRANT_STATUSES, PROGRAMME_STATUSES } from '../../../shared/domain/types';

describe('programme status', () => {
  it('follows draft → call open → selection → confirmed → running → completed', () => {
    const path = ['draft', 'call-open', 'selection', 'confirmed', 'running', 'completed'] as const;
    for (let i = 1; i < path.length; i++) expect(canTransition('programme', path[i - 1]!, path[i]!)).toBe(true);
  });
  it('can be cancelled before it ends, not after', () => {
    for (const s of ['draft', 'call-open', 'selection', 'confirmed', 'running'] as const) {
      expect(canTransition('programme', s, 'cancelled')).toBe(true);
    }
    expect(canTransition('programme', 'completed', 'cancelled')).toBe(false);
  });
  it('does not jump from draft to completed', () => {
    expect(canTransition('programme', 'draft', 'completed')).toBe(false);
  });
  it('lists a next status for every status, and only known ones', () => {
    for (const s of PROGRAMME_STATUSES) for (const n of nextStatuses('programme', s)) expect(PROGRAMME_STATUSES).toContain(n);
  });
});

describe('enrolment status', () => {
  it('runs applied → shortlisted → accepted → confirmed → attended', () => {
    expect(canTransition('enrolment', 'applied', 'shortlisted')).toBe(true);
    expect(canTransition('enrolment', 'shortlisted', 'accepted')).toBe(true);
    expect(canTransition('enrolment', 'accepted', 'confirmed')).toBe(true);
    expect(canTransition('enrolment', 'confirmed', 'attended')).toBe(true);
  });
  it('allows withdrawal from every active state', () => {
    for (const s of ['applied', 'shortlisted', 'accepted', 'waitlisted', 'confirmed'] as const) {
      expect(canTransition('enrolment', s, 'withdrawn')).toBe(true);
    }
  });
  it('refuses attendance for someone never confirmed', () => {
    expect(canTransition('enrolment', 'applied', 'attended')).toBe(false);
    expect(canTransition('enrolment', 'rejected', 'confirmed')).toBe(false);
  });
  it('never lists a status outside the model', () => {
    for (const s of ENROLMENT_STATUSES) for (const n of nextStatuses('enrolment', s)) expect(ENROLMENT_STATUSES).toContain(n);
  });
});

describe('grant status', () => {
  it('runs requested → offered → accepted → paid → reported, and reported is final', () => {
    expect(canTransition('grant', 'requested', 'offered')).toBe(true);
    expect(canTransition('grant', 'offered', 'accepted')).toBe(true);
    expect(canTransition('grant', 'accepted', 'paid')).toBe(true);
    expect(canTransition('grant', 'paid', 'reported')).toBe(true);
    expect(nextStatuses('grant', 'reported')).toEqual([]);
  });
  it('cannot be paid before it is accepted', () => {
    expect(canTransition('grant', 'offered', 'paid')).toBe(false);
  });
  it('never lists a status outside the model', () => {
    for (const s of GRANT_STATUSES) for (const n of nextStatuses('grant', s)) expect(GRANT_STATUSES).toContain(n);
  });
});

describe('assertTransition', () => {
  it('throws a translatable error naming both statuses', () => {
    try {
      assertTransition('grant', 'requested', 'paid');
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error)).toBe(true);
      if (isDomainError(error)) {
        expect(error.key).toBe('errors.transition');
        expect(error.params).toEqual({ entity: 'grant', from: 'requested', to: 'paid' });
      }
    }
  });
  it('passes an allowed change', () => {
    expect(() => assertTransition('enrolment', 'waitlisted', 'accepted')).not.toThrow();
  });
});
