import { describe, expect, it } from 'vitest';
import { currencyDigits, formatMoney, fundPosition, grantTotal } from '../../../shared/domain/money';
import type { Grant, GrantStatus } from '../../../shared/domain/types';

const fund = { id: 'F1', currency: 'USD', budgetMinor: 12_000_000 };

function grant(status: GrantStatus, amounts: number[], paid: number[] = [], over: Partial<Grant> = {}): Grant {
  return {
    id: `G-${status}-${amounts.join('-')}`,
    createdAt: '2022-10-01T00:00:00.000Z',
    updatedAt: '2022-10-01T00:00:00.000Z',
    enrolmentId: 'E',
    fundId: 'F1',
    personId: 'P',
    programmeId: 'PR',
    currency: 'USD',
    components: amounts.map((amountMinor) => ({ kind: 'travel', amountMinor })),
    status,
    payments: paid.map((amountMinor, i) => ({ id: `pay${i}`, date: '2022-11-01', amountMinor })),
    ...over,
  };
}

describe('fundPosition', () => {
  it('adds offered, accepted, paid and reported grants as committed, in minor units', () => {
    const grants = [
      grant('offered', [85_000, 45_000]),
      grant('accepted', [100_000]),
      grant('paid', [120_000, 30_000], [150_000]),
      grant('reported', [99_999], [99_999]),
      grant('requested', [70_000]),
      grant('declined', [50_000]),
      grant('cancelled', [10_000]),
    ];
    const p = fundPosition(fund, grants);
    expect(p.committed).toBe(85_000 + 45_000 + 100_000 + 150_000 + 99_999);
    expect(p.requested).toBe(70_000);
    expect(p.paid).toBe(249_999);
    expect(p.remaining).toBe(12_000_000 - p.committed);
    expect(p.grantCount).toBe(7);
  });

  it('ignores grants of other funds', () => {
    expect(fundPosition(fund, [grant('paid', [500], [], { fundId: 'F2' })]).grantCount).toBe(0);
  });

  it('shows an over-committed fund as a negative remainder', () => {
    expect(fundPosition({ ...fund, budgetMinor: 1000 }, [grant('offered', [1500])]).remaining).toBe(-500);
  });

  it('refuses to add a grant in another currency', () => {
    expect(() => fundPosition(fund, [grant('paid', [100], [], { currency: 'EUR' })])).toThrow(/EUR/);
  });

  it('refuses fractional minor units (floats)', () => {
    expect(() => grantTotal(grant('offered', [10.5]))).toThrow();
  });

  it('stays exact where floats would drift (0.1 + 0.2)', () => {
    expect(fundPosition(fund, [grant('offered', [10]), grant('offered', [20])]).committed).toBe(30);
  });
});

describe('formatMoney', () => {
  it('uses the currency’s own number of decimals', () => {
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('TND')).toBe(3);
  });
  it('formats in the UI language', () => {
    expect(formatMoney(12_000_000, 'USD', 'en')).toBe('$120,000.00');
    expect(formatMoney(12_000_000, 'EUR', 'fr').replace(/\s/g, ' ')).toBe('120 000,00 €');
    expect(formatMoney(5000, 'JPY', 'en')).toBe('¥5,000');
  });
});
