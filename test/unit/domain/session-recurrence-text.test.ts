import { describe, expect, it } from 'vitest';
import { describeRecurrence } from '../../../shared/domain/session-recurrence-text';
import type { Recurrence } from '../../../shared/domain/types';

const webinar: Recurrence = { freq: 'monthly', interval: 1, byDay: ['TU'], bySetPos: 3, count: 10 };

describe('describeRecurrence', () => {
  it('reads the webinar rule in English, French and Spanish', () => {
    expect(describeRecurrence(webinar, 'en', '2026-01-20')).toBe('Every third Tuesday, 10 times');
    expect(describeRecurrence(webinar, 'fr', '2026-01-20')).toBe('Le troisième mardi de chaque mois, 10 fois');
    expect(describeRecurrence(webinar, 'es', '2026-01-20')).toBe('El tercer martes de cada mes, 10 veces');
  });

  it('says "last", one occurrence, and an end date in words', () => {
    const last: Recurrence = { freq: 'monthly', interval: 1, byDay: ['FR'], bySetPos: -1, until: '2026-10-30' };
    expect(describeRecurrence(last, 'en', '2026-01-30')).toBe('Every last Friday, until October 30, 2026');
    expect(describeRecurrence(last, 'fr', '2026-01-30')).toBe('Le dernier vendredi de chaque mois, jusqu’au 30 octobre 2026');
    expect(describeRecurrence(last, 'es', '2026-01-30')).toBe('El último viernes de cada mes, hasta el 30 de octubre de 2026');
    expect(describeRecurrence({ ...webinar, bySetPos: 1, count: 1 }, 'fr', '2026-01-06')).toBe('Le premier mardi de chaque mois, une fois');
    expect(describeRecurrence({ ...webinar, bySetPos: 1, count: 1 }, 'es', '2026-01-06')).toBe('El primer martes de cada mes, una vez');
  });

  it('reads weekly rules with their days, in each language’s own way', () => {
    const weekly: Recurrence = { freq: 'weekly', interval: 1, byDay: ['TH', 'TU'], count: 8 };
    expect(describeRecurrence(weekly, 'en', '2026-03-03')).toBe('Every Tuesday and Thursday, 8 times');
    expect(describeRecurrence(weekly, 'fr', '2026-03-03')).toBe('Tous les mardis et jeudis, 8 fois');
    expect(describeRecurrence(weekly, 'es', '2026-03-03')).toBe('Todos los martes y jueves, 8 veces');
    const fortnightly: Recurrence = { freq: 'weekly', interval: 2, byDay: ['SA'], count: 3 };
    expect(describeRecurrence(fortnightly, 'en', '2026-03-07')).toBe('Every 2 weeks on Saturday, 3 times');
    expect(describeRecurrence(fortnightly, 'fr', '2026-03-07')).toBe('Toutes les 2 semaines, les samedis, 3 fois');
    expect(describeRecurrence(fortnightly, 'es', '2026-03-07')).toBe('Cada 2 semanas, los sábados, 3 veces');
  });

  it('reads daily and same-date monthly rules', () => {
    expect(describeRecurrence({ freq: 'daily', interval: 1, count: 5 }, 'en', '2022-11-21')).toBe('Every day, 5 times');
    expect(describeRecurrence({ freq: 'daily', interval: 2, count: 5 }, 'fr', '2022-11-21')).toBe('Tous les 2 jours, 5 fois');
    expect(describeRecurrence({ freq: 'monthly', interval: 1, count: 6 }, 'en', '2026-01-15')).toBe('Every month on day 15, 6 times');
    expect(describeRecurrence({ freq: 'monthly', interval: 3, count: 4 }, 'es', '2026-01-15')).toBe('El día 15, cada 3 meses, 4 veces');
  });
});
