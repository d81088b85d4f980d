import { describe, expect, it } from 'vitest';
import { ROUTES, hashFor, routeFromHash } from '../../../renderer/app/routes';

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
});
