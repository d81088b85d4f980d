import { Temporal } from 'temporal-polyfill';
import type { MessageKey } from '../i18n';
import { isIsoDate } from './dates';
import { isDomainError, type DomainError } from './errors';
import { expandSeries, validateRecurrence } from './recurrence';
import { draftTimes, isTimeOfDay, parseWhole, recurrenceFromDraft, type SessionDraft } from './session-draft';
import { SESSION_KINDS, UI_LANGUAGES, type IsoInstant, type Programme, type Recurrence, type Session } from './types';

/** The parts of the session form a message can stand beside. */
export const SESSION_FIELDS = [
  'title',
  'kind',
  'date',
  'startTime',
  'endTime',
  'room',
  'link',
  'language',
  'interpretation',
  'repeatInterval',
  'repeatDays',
  'repeatMonthly',
  'repeatEnds',
] as const;
export type SessionField = (typeof SESSION_FIELDS)[number];

/** A problem with one field: a message key (sessions.errors.* or errors.*) and its parameters. */
export type FieldError = { field: SessionField; key: MessageKey; params: Record<string, string | number> };

export const MAX_TITLE_LENGTH = 200;
export const MAX_ROOM_LENGTH = 120;

// shared/ is built without the DOM lib; URL is a global of every JS runtime we run in.
type UrlParser = new (text: string) => { protocol: string; hostname: string };
const UrlCtor = (globalThis as unknown as { URL: UrlParser }).URL;

/** True when `text` is an absolute http(s) address with a host: what a meeting link must be. */
export function isMeetingLink(text: string): boolean {
  if (/\s/.test(text)) return false;
  try {
    const url = new UrlCtor(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** True when `tag` is a well-formed BCP 47 language tag ("fr", "pt-BR"). */
export function isLanguageTag(tag: string): boolean {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Where the form shows each recurrence problem found by validateRecurrence or expandSeries. */
const RECURRENCE_FIELDS: Record<string, SessionField> = {
  'errors.recurrenceInterval': 'repeatInterval',
  'errors.recurrenceByDay': 'repeatDays',
  'errors.recurrenceBySetPos': 'repeatMonthly',
  'errors.recurrenceBySetPosNeedsMonthlyDay': 'repeatMonthly',
  'errors.recurrenceCount': 'repeatEnds',
  'errors.recurrenceUntil': 'repeatEnds',
  'errors.recurrenceUntilBeforeStart': 'repeatEnds',
  'errors.recurrenceCountAndUntil': 'repeatEnds',
  'errors.recurrenceUnbounded': 'repeatEnds',
  'errors.recurrenceTooLong': 'repeatEnds',
  'errors.recurrenceException': 'repeatEnds',
};

/**
 * Recurrence problems as form errors. A first session that is not on the rule
 * ("the third Tuesday" chosen for a Monday) is shown beside the days that were
 * chosen; anything unexpected beside the end of the series.
 */
export function recurrenceFieldErrors(errors: readonly DomainError[], freq: Recurrence['freq']): FieldError[] {
  return errors.map((e) => {
    const field = e.key === 'errors.recurrenceStartMismatch' ? (freq === 'monthly' ? 'repeatMonthly' : 'repeatDays') : (RECURRENCE_FIELDS[e.key] ?? 'repeatEnds');
    return { field, key: e.key as MessageKey, params: e.params };
  });
}

function titleErrors(draft: SessionDraft): FieldError[] {
  const texts = UI_LANGUAGES.map((lang) => draft.title[lang].trim());
  if (texts.every((t) => t === '')) return [{ field: 'title', key: 'sessions.errors.titleRequired', params: {} }];
  if (texts.some((t) => t.length > MAX_TITLE_LENGTH)) return [{ field: 'title', key: 'sessions.errors.titleTooLong', params: { max: MAX_TITLE_LENGTH } }];
  return [];
}

function timeErrors(draft: SessionDraft): FieldError[] {
  const errors: FieldError[] = [];
  const date = draft.date.trim();
  if (date === '') errors.push({ field: 'date', key: 'sessions.errors.dateRequired', params: {} });
  else if (!isIsoDate(date)) errors.push({ field: 'date', key: 'sessions.errors.dateInvalid', params: { value: date } });
  const times = [
    ['startTime', draft.startTime, 'sessions.errors.startTimeRequired'],
    ['endTime', draft.endTime, 'sessions.errors.endTimeRequired'],
  ] as const;
  for (const [field, value, required] of times) {
    if (value.trim() === '') errors.push({ field, key: required, params: {} });
    else if (!isTimeOfDay(value)) errors.push({ field, key: 'sessions.errors.timeInvalid', params: { value } });
  }
  if (isTimeOfDay(draft.startTime) && isTimeOfDay(draft.endTime)) {
    const length = Temporal.PlainTime.from(draft.startTime).until(Temporal.PlainTime.from(draft.endTime));
    if (length.sign <= 0) {
      errors.push({ field: 'endTime', key: 'sessions.errors.endNotAfterStart', params: { start: draft.startTime, end: draft.endTime } });
    }
  }
  return errors;
}

function placeErrors(draft: SessionDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (draft.room.trim().length > MAX_ROOM_LENGTH) errors.push({ field: 'room', key: 'sessions.errors.roomTooLong', params: { max: MAX_ROOM_LENGTH } });
  const link = draft.link.trim();
  if (link !== '' && !isMeetingLink(link)) errors.push({ field: 'link', key: 'sessions.errors.linkInvalid', params: { value: link } });
  return errors;
}

function languageErrors(draft: SessionDraft): FieldError[] {
  const errors: FieldError[] = [];
  const language = draft.language.trim();
  if (language !== '' && !isLanguageTag(language)) {
    errors.push({ field: 'language', key: 'sessions.errors.languageInvalid', params: { value: language } });
  }
  const bad = draft.interpretation.map((t) => t.trim()).find((t) => t !== '' && !isLanguageTag(t));
  if (bad !== undefined) errors.push({ field: 'interpretation', key: 'sessions.errors.languageInvalid', params: { value: bad } });
  return errors;
}

/** A throw-away session with the draft's times and rule, for expandSeries to measure. */
function probe(times: { start: IsoInstant; end: IsoInstant }, recurrence: Recurrence, programme: Programme): Session {
  return {
    ...times,
    id: 'draft',
    createdAt: times.start,
    updatedAt: times.start,
    programmeId: programme.id,
    timeZone: programme.timeZone,
    title: {},
    kind: 'lecture',
    speakerIds: [],
    moderatorIds: [],
    interpretation: [],
    recurrence,
  };
}

/**
 * Recurrence problems. What the person typed is named in the message (not the
 * NaN a blank box parses to); the rule itself is then checked by
 * validateRecurrence, and its length by expanding it (at most 1000 sessions in 10 years).
 */
function repeatErrors(draft: SessionDraft, programme: Programme): FieldError[] {
  const repeat = draft.repeat;
  if (repeat.mode === 'none') return [];
  const typed: FieldError[] = [];
  if (!(parseWhole(repeat.interval) >= 1)) {
    typed.push({ field: 'repeatInterval', key: 'errors.recurrenceInterval', params: { value: repeat.interval.trim() || '—' } });
  }
  if (repeat.ends === 'count' && repeat.count.trim() !== '' && !(parseWhole(repeat.count) >= 1)) {
    typed.push({ field: 'repeatEnds', key: 'errors.recurrenceCount', params: { value: repeat.count.trim() } });
  }
  const rule = recurrenceFromDraft(repeat)!;
  const date = isIsoDate(draft.date) ? draft.date : undefined;
  const domain = recurrenceFieldErrors(validateRecurrence(rule, date), rule.freq).filter(
    (e) => !typed.some((t) => t.field === e.field),
  );
  const errors = [...typed, ...domain];
  const times = draftTimes(draft, programme.timeZone);
  if (errors.length === 0 && times) {
    try {
      // max 0: nothing is listed, but a `count` rule is still walked to its end to find one that is too long.
      expandSeries(probe(times, rule, programme), undefined, { max: 0 });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      errors.push(...recurrenceFieldErrors([error], rule.freq));
    }
  }
  return errors;
}

/**
 * Everything wrong with a session form, in the order of the form, each beside
 * its field: a title in at least one language, a kind, a real date and times
 * with the end after the start, an http(s) meeting link, well-formed language
 * tags, and a repeat rule that ends and stays within 1000 sessions and 10 years.
 * A speaker who also moderates is fine. An empty list means the draft can be saved.
 */
export function validateSessionDraft(draft: SessionDraft, programme: Programme): FieldError[] {
  const kind: FieldError[] = (SESSION_KINDS as readonly string[]).includes(draft.kind)
    ? []
    : [{ field: 'kind', key: 'sessions.errors.kindRequired', params: {} }];
  return [
    ...titleErrors(draft),
    ...kind,
    ...timeErrors(draft),
    ...placeErrors(draft),
    ...languageErrors(draft),
    ...repeatErrors(draft, programme),
  ];
}
