import { DomainError } from './errors';
import type { CurrencyCode, Fund, Grant, GrantStatus } from './types';

/**
 * Money is integer minor units plus an ISO 4217 code; these functions never
 * touch floats except to format for display.
 */

/** Throws unless `amount` is a safe whole number of minor units. */
export function assertMinorUnits(amount: number): void {
  if (!Number.isSafeInteger(amount)) {
    throw new DomainError('errors.invalidAmount', { value: String(amount) }, `Not whole minor units: ${amount}`);
  }
}

/** Sum of a grant's components, in minor units of the grant's currency. */
export function grantTotal(grant: Pick<Grant, 'components'>): number {
  return grant.components.reduce((sum, c) => {
    assertMinorUnits(c.amountMinor);
    return sum + c.amountMinor;
  }, 0);
}

/** Sum of what has been paid out on a grant. */
export function grantPaid(grant: Pick<Grant, 'payments'>): number {
  return grant.payments.reduce((sum, p) => {
    assertMinorUnits(p.amountMinor);
    return sum + p.amountMinor;
  }, 0);
}

/** Grant statuses whose amount is promised from the fund. */
export const COMMITTED_GRANT_STATUSES: readonly GrantStatus[] = ['offered', 'accepted', 'paid', 'reported'];

export type FundPosition = {
  currency: CurrencyCode;
  budget: number;
  /** Promised: grants offered, accepted, paid or reported. */
  committed: number;
  /** Asked for but not yet offered. */
  requested: number;
  paid: number;
  /** Budget less committed; negative when over-committed. */
  remaining: number;
  grantCount: number;
};

/**
 * Where a fund stands: budget, committed, requested, paid and remaining, from its
 * grants. Refuses grants in another currency rather than adding apples to pears.
 */
export function fundPosition(fund: Pick<Fund, 'id' | 'currency' | 'budgetMinor'>, grants: readonly Grant[]): FundPosition {
  assertMinorUnits(fund.budgetMinor);
  let committed = 0;
  let requested = 0;
  let paid = 0;
  let grantCount = 0;
  for (const grant of grants) {
    if (grant.fundId !== fund.id) continue;
    if (grant.currency !== fund.currency) {
      throw new DomainError(
        'errors.currencyMismatch',
        { a: fund.currency, b: grant.currency },
        `Grant ${grant.id} is in ${grant.currency}, its fund in ${fund.currency}.`,
      );
    }
    grantCount += 1;
    const total = grantTotal(grant);
    if (COMMITTED_GRANT_STATUSES.includes(grant.status)) committed += total;
    else if (grant.status === 'requested') requested += total;
    paid += grantPaid(grant);
  }
  return {
    currency: fund.currency,
    budget: fund.budgetMinor,
    committed,
    requested,
    paid,
    remaining: fund.budgetMinor - committed,
    grantCount,
  };
}

/** Digits after the decimal point for a currency (USD 2, JPY 0, TND 3), from Intl. */
export function currencyDigits(currency: CurrencyCode): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Formats minor units for display in `locale`: 12000000 USD → "$120,000.00" (en). */
export function formatMoney(amountMinor: number, currency: CurrencyCode, locale: string): string {
  assertMinorUnits(amountMinor);
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amountMinor / 10 ** digits);
}
