import { describe, expect, it } from 'vitest';
import { formatDateRange, isIsoDate, isTimeZone } from '../../../shared/domain/dates';

describe('isIsoDate', () => {
  it('accepts real dates and refuses impossible ones', () => {
    expect(isIsoDate('2022-11-21')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2022-13-01')).toBe(false);
    expect(isIsoDate('21/11/2022')).toBe(false);
    expect(isIsoDate(20221121)).toBe(false);
  });
});

describe('isTimeZone', () => {
  it('knows IANA zones and refuses made-up ones', () => {
    expect(isTimeZone('Africa/Lagos')).toBe(true);
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('formatDateRange', () => {
  it('writes a five-day training as one range, in the language', () => {
    expect(formatDateRange('2022-11-21', '2022-11-25', 'en')).toMatch(/^Nov 21\s*[–-]\s*25, 2022$/);
    expect(formatDateRange('2022-11-21', '2022-11-25', 'fr')).toMatch(/^21\s*[–-]\s*25 nov\. 2022$/);
  });
  it('writes a one-day event as one date', () => {
    expect(formatDateRange('2023-09-25', '2023-09-25', 'es')).toBe('25 sept 2023');
  });
});
