import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../../shared/domain/errors';
import {
  ENROLMENT_STATUS_PRECEDENCE,
  planMerge,
  survivingEnrolment,
  unionAttendance,
  type MergePlan,
} from '../../../shared/domain/person-merge';
import { ENROLMENT_STATUSES, type Enrolment, type Grant, type Person } from '../../../shared/domain/types';
import { person } from './person-fixtures';

const NOW = '2026-05-04T10:00:00.000Z';

const keep = person('P-KEEP', 'María José', 'García López', {
  emails: ['mjgarcia@museodelprado.es'],
  country: 'ES',
  organisationId: 'ORG-PRADO',
  position: 'Conservadora',
  languages: ['es', 'en'],
  tags: ['member'],
  notes: 'Prefiere recibir las cartas en español.',
});
const other = person('P-OTHER', 'Maria Jose', 'Garcia', {
  emails: ['MJGarcia@museodelprado.es', 'mariajose.garcia@gmail.com'],
  phone: '+34 600 123 456',
  country: 'ES',
  institution: 'Museo del Prado',
  languages: ['ES', 'fr'],
  tags: ['alumni-2022', 'Member'],
  needs: { diet: 'vegetariana' },
  notes: 'Met at the Lagos training.',
});

function enrolment(id: string, personId: string, programmeId: string, status: Enrolment['status'], fields: Partial<Enrolment> = {}): Enrolment {
  return {
    id,
    createdAt: '2025-01-10T00:00:00.000Z',
    updatedAt: '2025-01-10T00:00:00.000Z',
    personId,
    programmeId,
    role: 'participant',
    status,
    statusChangedAt: '2025-02-01T00:00:00.000Z',
    attendance: [],
    ...fields,
  };
}

function grant(id: string, enrolmentId: string, personId: string, programmeId: string, fundId: string): Grant {
  return {
    id,
    createdAt: '2025-01-12T00:00:00.000Z',
    updatedAt: '2025-01-12T00:00:00.000Z',
    enrolmentId,
    fundId,
    personId,
    programmeId,
    currency: 'EUR',
    components: [{ kind: 'travel', amountMinor: 85_000 }],
    status: 'paid',
    payments: [],
  };
}

// Both records applied to the Lagos training; the duplicate went and attended.
const enrolments: Enrolment[] = [
  enrolment('E-K-LAGOS', 'P-KEEP', 'LAGOS', 'applied', {
    appliedOn: '2022-06-01',
    attendance: [
      { sessionId: 'S2', mark: 'present' },
      { sessionId: 'S3', mark: 'excused' },
    ],
    notes: 'Applied through ICOM Spain.',
  }),
  enrolment('E-O-LAGOS', 'P-OTHER', 'LAGOS', 'attended', {
    appliedOn: '2022-06-15',
    attendance: [
      { sessionId: 'S1', mark: 'present' },
      { sessionId: 'S2', mark: 'absent' },
    ],
  }),
  enrolment('E-O-WEBINAR', 'P-OTHER', 'WEBINAR', 'confirmed'),
  enrolment('E-K-CONF', 'P-KEEP', 'CONF', 'withdrawn'),
  enrolment('E-O-CONF', 'P-OTHER', 'CONF', 'rejected'),
  enrolment('E-SOMEONE', 'P-SOMEONE', 'LAGOS', 'attended'),
];
const grants: Grant[] = [
  grant('G-O-LAGOS', 'E-O-LAGOS', 'P-OTHER', 'LAGOS', 'FUND-MINCULTURA'),
  grant('G-K-LAGOS', 'E-K-LAGOS', 'P-KEEP', 'LAGOS', 'FUND-MINCULTURA'),
  grant('G-O-WEBINAR', 'E-O-WEBINAR', 'P-OTHER', 'WEBINAR', 'FUND-GETTY'),
  grant('G-SOMEONE', 'E-SOMEONE', 'P-SOMEONE', 'LAGOS', 'FUND-MINCULTURA'),
];

function plan(choices: Parameters<typeof planMerge>[2] = {}): MergePlan {
  return planMerge(keep, other, choices, { enrolments, grants }, { now: NOW });
}

describe('planMerge: the person', () => {
  it('keeps the kept values, fills the blanks from the other record, and unions the lists', () => {
    const { person: merged, removed } = plan();
    expect(removed).toBe(other);
    expect(merged).toMatchObject({
      id: 'P-KEEP',
      createdAt: keep.createdAt,
      updatedAt: NOW,
      givenName: 'María José',
      familyName: 'García López',
      position: 'Conservadora',
      phone: '+34 600 123 456',
      institution: 'Museo del Prado',
      needs: { diet: 'vegetariana' },
      emails: ['mjgarcia@museodelprado.es', 'mariajose.garcia@gmail.com'],
      emailKeys: ['mjgarcia@museodelprado.es', 'mariajose.garcia@gmail.com'],
      languages: ['es', 'en', 'fr'],
      tags: ['member', 'alumni-2022'],
      notes: 'Prefiere recibir las cartas en español.\n\nMet at the Lagos training.',
      sortKey: 'garcia lopez maria jose',
    });
  });

  it('takes each field from the side chosen, and recomputes the sort key', () => {
    const { person: merged } = plan({ givenName: 'keep', familyName: 'other', position: 'other', notes: 'other', phone: 'keep' });
    expect([merged.givenName, merged.familyName]).toEqual(['María José', 'Garcia']);
    expect(merged.sortKey).toBe('garcia maria jose');
    expect(merged).not.toHaveProperty('position');
    expect(merged).not.toHaveProperty('phone');
    expect(merged.notes).toBe('Met at the Lagos training.');
  });

  it('does not change the records it was given', () => {
    const before = structuredClone({ keep, other, enrolments, grants });
    plan({ givenName: 'other' });
    expect({ keep, other, enrolments, grants }).toEqual(before);
  });
});

describe('planMerge: enrolments and grants', () => {
  it('moves every enrolment of the other record to the kept person, deletions first', () => {
    const changes = plan().enrolmentChanges.map((c) => [c.before.id, c.after?.personId ?? 'deleted']);
    expect(changes).toEqual([
      ['E-K-LAGOS', 'deleted'],
      ['E-K-CONF', 'deleted'],
      ['E-O-LAGOS', 'P-KEEP'],
      ['E-O-WEBINAR', 'P-KEEP'],
      ['E-O-CONF', 'P-KEEP'],
    ]);
  });

  it('keeps the more advanced enrolment of a programme both were in, with both attendances', () => {
    const { enrolmentChanges, conflicts } = plan();
    const lagos = enrolmentChanges.find((c) => c.before.id === 'E-O-LAGOS')?.after;
    expect(lagos).toMatchObject({
      status: 'attended',
      appliedOn: '2022-06-01',
      updatedAt: NOW,
      notes: 'Applied through ICOM Spain.',
      attendance: [
        { sessionId: 'S1', mark: 'present' },
        { sessionId: 'S2', mark: 'present' },
        { sessionId: 'S3', mark: 'excused' },
      ],
    });
    expect(conflicts).toEqual([
      { programmeId: 'LAGOS', keptEnrolmentId: 'E-O-LAGOS', removedEnrolmentId: 'E-K-LAGOS', keptStatus: 'attended', removedStatus: 'applied' },
      { programmeId: 'CONF', keptEnrolmentId: 'E-O-CONF', removedEnrolmentId: 'E-K-CONF', keptStatus: 'rejected', removedStatus: 'withdrawn' },
    ]);
  });

  it('moves the grants: to the kept person, and off a deleted enrolment onto the one kept', () => {
    const { grantChanges, sharedFundGrants } = plan();
    expect(grantChanges.map((c) => [c.before.id, c.after.personId, c.after.enrolmentId, c.after.updatedAt])).toEqual([
      ['G-O-LAGOS', 'P-KEEP', 'E-O-LAGOS', NOW],
      ['G-K-LAGOS', 'P-KEEP', 'E-O-LAGOS', NOW],
      ['G-O-WEBINAR', 'P-KEEP', 'E-O-WEBINAR', NOW],
    ]);
    // Both records were funded for Lagos by the same fund: kept, and pointed out.
    expect(sharedFundGrants).toEqual([{ enrolmentId: 'E-O-LAGOS', fundId: 'FUND-MINCULTURA', grantIds: ['G-O-LAGOS', 'G-K-LAGOS'] }]);
  });

  it('leaves everyone else’s enrolments and grants alone', () => {
    const { enrolmentChanges, grantChanges } = plan();
    expect(enrolmentChanges.some((c) => c.before.personId === 'P-SOMEONE')).toBe(false);
    expect(grantChanges.some((c) => c.before.personId === 'P-SOMEONE')).toBe(false);
  });

  it('ends with at most one enrolment per programme for the kept person', () => {
    const { enrolmentChanges } = plan();
    const after = new Map(enrolments.map((e) => [e.id, e] as const));
    for (const c of enrolmentChanges) {
      if (c.after) after.set(c.before.id, c.after);
      else after.delete(c.before.id);
    }
    const programmes = [...after.values()].filter((e) => e.personId === 'P-KEEP').map((e) => e.programmeId);
    expect(programmes.sort()).toEqual(['CONF', 'LAGOS', 'WEBINAR']);
  });
});

describe('status precedence', () => {
  it('ranks attended > confirmed > accepted > waitlisted > shortlisted > applied > no-show > rejected > withdrawn', () => {
    const order = [...ENROLMENT_STATUSES].sort((a, b) => ENROLMENT_STATUS_PRECEDENCE[b] - ENROLMENT_STATUS_PRECEDENCE[a]);
    expect(order).toEqual(['attended', 'confirmed', 'accepted', 'waitlisted', 'shortlisted', 'applied', 'no-show', 'rejected', 'withdrawn']);
  });

  it('keeps the kept record’s enrolment on a tie', () => {
    const a = enrolment('A', 'P-KEEP', 'LAGOS', 'waitlisted', { waitlistRank: 2 });
    const b = enrolment('B', 'P-OTHER', 'LAGOS', 'waitlisted', { waitlistRank: 1 });
    expect(survivingEnrolment(a, b)).toBe(a);
  });

  it('prefers present, then excused, then absent for one session', () => {
    expect(unionAttendance([{ sessionId: 'S1', mark: 'absent' }], [{ sessionId: 'S1', mark: 'excused' }])).toEqual([
      { sessionId: 'S1', mark: 'excused' },
    ]);
  });
});

describe('planMerge: refusals', () => {
  function refusal(run: () => unknown): string | undefined {
    try {
      run();
    } catch (error) {
      return isDomainError(error) ? error.key : 'not a DomainError';
    }
    return undefined;
  }

  it('refuses to merge a person into themself', () => {
    expect(refusal(() => planMerge(keep, { ...keep } satisfies Person, {}, { enrolments, grants }, { now: NOW }))).toBe('errors.mergeSelf');
  });

  it('refuses when either person no longer exists', () => {
    expect(refusal(() => planMerge(undefined, other, {}, { enrolments, grants }, { now: NOW }))).toBe('errors.mergeMissing');
    expect(refusal(() => planMerge(keep, undefined, {}, { enrolments, grants }, { now: NOW }))).toBe('errors.mergeMissing');
  });
});
