import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../../shared/domain/programme-countries';
import { countryRegion, selectionQuotas } from '../../../shared/domain/selection';
import type { Fund, Grant, GrantStatus } from '../../../shared/domain/types';
import { REGIONS } from '../../../shared/domain/types';
import { lagos, lagosEnrolments, people, T0 } from './enrolment-fixtures';

describe('countryRegion', () => {
  it('places the countries of the trainings', () => {
    expect(countryRegion('NG')).toBe('africa');
    expect(countryRegion('MA')).toBe('arab-states');
    expect(countryRegion('GR')).toBe('europe');
    expect(countryRegion('CO')).toBe('latin-america-caribbean');
    expect(countryRegion('VN')).toBe('asia-pacific');
    expect(countryRegion('CA')).toBe('north-america');
  });

  it('follows the documented choices for the ambiguous ones', () => {
    for (const c of ['EG', 'SD', 'DZ', 'TN', 'LY', 'MR', 'EH', 'PS']) expect(countryRegion(c), c).toBe('arab-states');
    for (const c of ['DJ', 'SO', 'KM', 'SS', 'RE']) expect(countryRegion(c), c).toBe('africa');
    for (const c of ['IL', 'TR', 'CY', 'AM', 'GE', 'RU', 'XK']) expect(countryRegion(c), c).toBe('europe');
    for (const c of ['MX', 'PR', 'VI', 'MQ', 'GP', 'CW', 'GF', 'FK']) expect(countryRegion(c), c).toBe('latin-america-caribbean');
    for (const c of ['IR', 'AF', 'KZ', 'NC', 'GU']) expect(countryRegion(c), c).toBe('asia-pacific');
    for (const c of ['US', 'BM', 'GL', 'PM']) expect(countryRegion(c), c).toBe('north-america');
  });

  it('gives every inhabited country and territory one of the six regions, and reads lower case', () => {
    const unplaced = COUNTRY_CODES.filter((c) => countryRegion(c) === undefined);
    expect(unplaced.sort()).toEqual(['AQ', 'BV', 'GS', 'HM', 'IO', 'TF', 'UM']);
    for (const c of COUNTRY_CODES) {
      const region = countryRegion(c);
      if (region) expect(REGIONS.filter((r) => r !== 'global')).toContain(region);
    }
    expect(countryRegion('ng')).toBe('africa');
    expect(countryRegion('Atlantis')).toBeUndefined();
  });
});

describe('selectionQuotas for Lagos', () => {
  it('counts the 28 seated participants, not trainers, observers, applicants or the waiting list', () => {
    const q = selectionQuotas(lagosEnrolments(), people, lagos, []);
    expect(q.statuses).toEqual(['accepted', 'confirmed', 'attended']);
    expect(q.counted).toBe(28);
    expect(q.seats).toEqual({ taken: 28, capacity: 30, free: 2 });
    expect(q.countries).toBe(16);
  });

  it('breaks them down by country, region and gender, most first', () => {
    const q = selectionQuotas(lagosEnrolments(), people, lagos, []);
    expect(q.byCountry.slice(0, 2)).toEqual([
      { key: 'NG', count: 5 },
      { key: 'GH', count: 3 },
    ]);
    expect(q.byRegion).toEqual([
      { key: 'africa', count: 26 },
      { key: 'arab-states', count: 2 },
    ]);
    // The two from Morocco are outside the Africa region the training is for.
    expect(q.outsideRegion).toBe(2);
    expect(q.byGender).toEqual([
      { key: 'female', count: 13 },
      { key: 'male', count: 13 },
      { key: 'non-binary', count: 1 },
      { key: 'undisclosed', count: 1 },
    ]);
  });

  it('counts the statuses asked for: the waiting list by country', () => {
    const q = selectionQuotas(lagosEnrolments(), people, lagos, [], undefined, { statuses: ['waitlisted'] });
    expect(q.counted).toBe(5);
    expect(q.byCountry.map((t) => t.key)).toEqual(['GH', 'NG', 'RW', 'SN', 'ZA']);
    expect(q.seats.taken).toBe(28);
  });

  it('counts a participant with no directory record, or no country, as unknown', () => {
    const withoutP01 = people.filter((p) => p.id !== 'P01').map((p) => (p.id === 'P02' ? { ...p, country: undefined } : p));
    const q = selectionQuotas(lagosEnrolments(), withoutP01, lagos, []);
    expect(q.byCountry).toContainEqual({ key: 'unknown', count: 2 });
    expect(q.byRegion).toContainEqual({ key: 'unknown', count: 2 });
    expect(q.byGender).toContainEqual({ key: 'unknown', count: 1 });
  });

  it('has no region quota for a global programme and no free seats without a capacity', () => {
    const q = selectionQuotas(lagosEnrolments(), people, { id: 'LAGOS', region: 'global' }, []);
    expect(q.outsideRegion).toBe(0);
    expect(q.seats).toEqual({ taken: 28 });
  });
});

describe('grants and sponsors', () => {
  const fund = (id: string, sponsorOrganisationId: string): Fund => ({
    id,
    createdAt: T0,
    updatedAt: T0,
    name: id,
    sponsorOrganisationId,
    programmeId: 'LAGOS',
    currency: 'USD',
    budgetMinor: 12_000_000,
  });
  const funds = [fund('F-MIN', 'ORG-MINISTRY'), fund('F-MUS', 'ORG-NMAAHC')];
  const grant = (personId: string, fundId: string, status: GrantStatus, programmeId = 'LAGOS'): Grant => ({
    id: `G-${personId}-${fundId}`,
    createdAt: T0,
    updatedAt: T0,
    enrolmentId: `E-${personId}`,
    fundId,
    personId,
    programmeId,
    currency: 'USD',
    components: [{ kind: 'travel', amountMinor: 80_000 }],
    status,
    payments: [],
  });
  const seated = (n: number) => `P${String(n).padStart(2, '0')}`;
  const statuses: GrantStatus[] = ['offered', 'offered', 'offered', 'offered', 'offered', ...Array<GrantStatus>(10).fill('accepted'), 'paid', 'paid', 'paid', 'reported', 'reported'];
  const grants: Grant[] = [
    ...statuses.map((status, i) => grant(seated(i + 1), 'F-MIN', status)), // P01–P20 by the ministry
    grant('P21', 'F-MUS', 'offered'),
    grant('P22', 'F-MUS', 'offered'),
    grant('P23', 'F-MUS', 'offered'),
    grant('P01', 'F-MUS', 'accepted'), // P01's visa, from the second sponsor
    grant('P24', 'F-MIN', 'requested'), // asked, not yet promised
    grant('P25', 'F-MIN', 'declined'),
    grant('P26', 'F-MIN', 'offered', 'PARIS'), // another programme's
  ];

  it('counts grants by status and people funded against the target of 25–30', () => {
    const q = selectionQuotas(lagosEnrolments(), people, lagos, grants, funds);
    expect(q.grants.byStatus).toEqual({ requested: 1, offered: 8, accepted: 11, declined: 1, paid: 3, reported: 2, cancelled: 0 });
    // 24 promised grants, but P01 holds two: 23 people funded.
    expect(q.grants.grantees).toBe(23);
    expect(q.grants.target).toEqual({ min: 25, max: 30 });
    expect(q.grants.vsTarget).toBe('below');
  });

  it('says within and above the target as grants are offered', () => {
    const more = (n: number) => Array.from({ length: n }, (_, i) => grant(`X${i}`, 'F-MUS', 'offered'));
    expect(selectionQuotas(lagosEnrolments(), people, lagos, [...grants, ...more(2)], funds).grants.vsTarget).toBe('within');
    expect(selectionQuotas(lagosEnrolments(), people, lagos, [...grants, ...more(8)], funds).grants.vsTarget).toBe('above');
    expect(selectionQuotas(lagosEnrolments(), people, { ...lagos, grantsTarget: undefined }, grants, funds).grants).not.toHaveProperty('vsTarget');
  });

  it('counts participants by sponsor, twice for someone with two sponsors, none without a promised grant', () => {
    const q = selectionQuotas(lagosEnrolments(), people, lagos, grants, funds);
    expect(q.bySponsor).toEqual([
      { key: 'ORG-MINISTRY', count: 20 },
      { key: 'none', count: 5 },
      { key: 'ORG-NMAAHC', count: 4 },
    ]);
  });

  it('marks a grant from an unknown fund, and leaves sponsors out without funds', () => {
    const orphan = grant('P24', 'F-GONE', 'offered');
    expect(selectionQuotas(lagosEnrolments(), people, lagos, [...grants, orphan], funds).bySponsor).toContainEqual({ key: 'unknown', count: 1 });
    expect(selectionQuotas(lagosEnrolments(), people, lagos, grants).bySponsor).toEqual([]);
  });
});
