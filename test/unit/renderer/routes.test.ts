import { describe, expect, it } from 'vitest';
import { ROUTES, hashFor, locationFromHash, routeFromHash } from '../../../renderer/app/routes';

describe('routes', () => {
  it('round-trips every route through its hash', () => {
    for (const route of ROUTES) expect(routeFromHash(hashFor(route))).toBe(route);
  });
  it('opens the dashboard for an empty or unknown hash', () => {
    expect(routeFromHash('')).toBe('dashboard');
    expect(routeFromHash('#/nowhere')).toBe('dashboard');
    expect(routeFromHash('#/__proto__')).toBe('dashboard');
  });
  it('ignores what follows the page name', () => {
    expect(routeFromHash('#/grants/123')).toBe('grants');
  });

  it('carries parameters after the page, encoded', () => {
    expect(hashFor('programmes', '01HABC', 'edit')).toBe('#/programmes/01HABC/edit');
    expect(locationFromHash('#/programmes/01HABC/edit')).toEqual({ route: 'programmes', params: ['01HABC', 'edit'] });
    expect(locationFromHash(hashFor('calendar', 'Europe/Paris'))).toEqual({ route: 'calendar', params: ['Europe/Paris'] });
    expect(locationFromHash('#/programmes/%E0%A4')).toEqual({ route: 'programmes', params: ['%E0%A4'] });
  });
});
