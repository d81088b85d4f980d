import { describe, expect, it } from 'vitest';
import { emptySessionDraft, type SessionDraft } from '../../../shared/domain/session-draft';
import { validateSessionDraft, type FieldError } from '../../../shared/domain/session-rules';
import { UI_LANGUAGES } from '../../../shared/domain/types';
import { rawMessage } from '../../../shared/i18n';
import { webinarProgramme as programme } from './session-fixtures';

const valid = (): SessionDraft => ({
  ...emptySessionDraft(programme, '2026-03-17'),
  title: { en: 'Museums and communities', fr: '', es: '' },
  kind: 'online-debate',
  startTime: '13:00',
  endTime: '14:30',
});

const check = (patch: Partial<SessionDraft>) => validateSessionDraft({ ...valid(), ...patch }, programme);
const repeat = (patch: Partial<SessionDraft['repeat']>) =>
  validateSessionDraft({ ...valid(), repeat: { ...valid().repeat, mode: 'monthly', monthlyBy: 'weekday', setPos: 3, monthWeekday: 'TU', count: '10', ...patch } }, programme);
const summary = (errors: FieldError[]) => errors.map((e) => `${e.field}:${e.key}`);

/** Every message key a rule produced exists, non-empty, in English, French and Spanish. */
function expectTranslated(errors: FieldError[]) {
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) for (const lang of UI_LANGUAGES) expect(rawMessage(lang, e.key), `${lang}: ${e.key}`).toBeTruthy();
}

describe('validateSessionDraft', () => {
  it('accepts a complete session, and a monthly series that ends', () => {
    expect(check({})).toEqual([]);
    expect(repeat({})).toEqual([]);
  });

  it('asks for a title in at least one language, any of the three', () => {
    const errors = check({ title: { en: '  ', fr: '', es: '' } });
    expect(summary(errors)).toEqual(['title:sessions.errors.titleRequired']);
    expectTranslated(errors);
    expect(check({ title: { en: '', fr: '', es: 'Museos y comunidades' } })).toEqual([]);
    expectTranslated(check({ title: { en: 'x'.repeat(201), fr: '', es: '' } }));
  });

  it('asks for a kind', () => {
    const errors = check({ kind: '' });
    expect(summary(errors)).toEqual(['kind:sessions.errors.kindRequired']);
    expectTranslated(errors);
  });

  it('refuses a missing or impossible date and times that are not times of day', () => {
    expect(summary(check({ date: '' }))).toEqual(['date:sessions.errors.dateRequired']);
    const impossible = check({ date: '2026-02-30' });
    expect(impossible).toEqual([{ field: 'date', key: 'sessions.errors.dateInvalid', params: { value: '2026-02-30' } }]);
    expect(summary(check({ startTime: '25:00', endTime: '' }))).toEqual(['startTime:sessions.errors.timeInvalid', 'endTime:sessions.errors.endTimeRequired']);
    expectTranslated([...impossible, ...check({ startTime: '', endTime: '9h' })]);
  });

  it('refuses an end at or before the start, naming both times', () => {
    const before = check({ startTime: '14:00', endTime: '13:00' });
    expect(before).toEqual([{ field: 'endTime', key: 'sessions.errors.endNotAfterStart', params: { start: '14:00', end: '13:00' } }]);
    expect(summary(check({ startTime: '14:00', endTime: '14:00' }))).toEqual(['endTime:sessions.errors.endNotAfterStart']);
    expectTranslated(before);
  });

  it('accepts a start in the spring-forward gap: it is moved, not refused', () => {
    expect(check({ date: '2026-03-29', startTime: '02:30', endTime: '03:30' })).toEqual([]);
  });

  it('accepts only http(s) meeting links', () => {
    expect(check({ link: 'https://us02web.zoom.us/j/123?pwd=abc' })).toEqual([]);
    for (const link of ['zoom.us/j/123', 'javascript:alert(1)', 'ftp://files.example/x', 'https://', 'https://exa mple.org']) {
      const errors = check({ link });
      expect(summary(errors), link).toEqual(['link:sessions.errors.linkInvalid']);
      expectTranslated(errors);
    }
  });

  it('checks language tags', () => {
    expect(check({ language: 'pt-BR', interpretation: ['en', 'ar'] })).toEqual([]);
    const errors = check({ language: 'French', interpretation: ['en', 'e s'] });
    expect(errors).toEqual([
      { field: 'language', key: 'sessions.errors.languageInvalid', params: { value: 'French' } },
      { field: 'interpretation', key: 'sessions.errors.languageInvalid', params: { value: 'e s' } },
    ]);
    expectTranslated(errors);
  });

  it('lets a speaker also moderate', () => {
    expect(check({ speakerIds: ['P1', 'P2'], moderatorIds: ['P1'] })).toEqual([]);
  });

  it('refuses an endless series with the recurrence message', () => {
    const errors = repeat({ count: '' });
    expect(errors).toEqual([{ field: 'repeatEnds', key: 'errors.recurrenceUnbounded', params: {} }]);
    expectTranslated(errors);
    expect(summary(repeat({ ends: 'until', count: '', until: '' }))).toEqual(['repeatEnds:errors.recurrenceUnbounded']);
  });

  it('names what was typed in a bad interval or count', () => {
    expect(repeat({ interval: '0' })).toEqual([{ field: 'repeatInterval', key: 'errors.recurrenceInterval', params: { value: '0' } }]);
    expect(repeat({ interval: '' })).toEqual([{ field: 'repeatInterval', key: 'errors.recurrenceInterval', params: { value: '—' } }]);
    expect(repeat({ count: '2.5' })).toEqual([{ field: 'repeatEnds', key: 'errors.recurrenceCount', params: { value: '2.5' } }]);
  });

  it('refuses a series that is too long or ends before it starts', () => {
    const tooMany = repeat({ count: '1001' });
    expect(summary(tooMany)).toEqual(['repeatEnds:errors.recurrenceTooLong']);
    expectTranslated(tooMany);
    // 200 third Tuesdays need more than ten years.
    expect(summary(repeat({ count: '200' }))).toEqual(['repeatEnds:errors.recurrenceTooLong']);
    expect(summary(repeat({ ends: 'until', count: '', until: '2040-01-01' }))).toEqual(['repeatEnds:errors.recurrenceTooLong']);
    expect(summary(repeat({ ends: 'until', count: '', until: '2026-01-01' }))).toEqual(['repeatEnds:errors.recurrenceUntilBeforeStart']);
  });

  it('refuses a weekly series with no day, and a first session off the rule', () => {
    const weekly = { ...valid().repeat, mode: 'weekly' as const, weekdays: [], count: '4' };
    expect(summary(validateSessionDraft({ ...valid(), repeat: weekly }, programme))).toEqual(['repeatDays:errors.recurrenceByDay']);
    // 17 March 2026 is a Tuesday, not the second Tuesday.
    const offRule = repeat({ setPos: 2 });
    expect(summary(offRule)).toEqual(['repeatMonthly:errors.recurrenceStartMismatch']);
    expectTranslated(offRule);
  });
});
