import { Temporal } from 'temporal-polyfill';
import { isIsoDate, isTimeZone } from './dates';
import { DomainError } from './errors';
import { canonicalLanguageTag } from './languages';
import { isCountryCode } from './programme-countries';
import type { ProgrammeDraft } from './programme-draft';
import { canTransition } from './transitions';
import {
  PROGRAMME_KINDS,
  REGIONS,
  UI_LANGUAGES,
  WEEKDAYS,
  type Id,
  type IsoDate,
  type IsoInstant,
  type Programme,
  type Recurrence,
  type Session,
} from './types';

/** Message keys of the programme form's errors (programmes.errors.* in every catalogue). */
export type ProgrammeErrorKey = `programmes.errors.${
  | 'titleRequired'
  | 'kindRequired'
  | 'regionRequired'
  | 'cityRequired'
  | 'countryRequired'
  | 'countryUnknown'
  | 'linkInvalid'
  | 'timeZoneRequired'
  | 'timeZoneUnknown'
  | 'startDateRequired'
  | 'startDateInvalid'
  | 'endDateRequired'
  | 'endDateInvalid'
  | 'endBeforeStart'
  | 'workingLanguagesRequired'
  | 'languageTagInvalid'
  | 'capacityWhole'
  | 'capacityPositive'
  | 'grantsWhole'
  | 'grantsIncomplete'
  | 'grantsMinAboveMax'
  | 'partnerNameRequired'
  | 'partnerDuplicate'
  | 'statusNotAllowed'
  | 'colourInvalid'}`;

/** A form field: a draft property, or one partner row (`partner:<key>`). */
export type ProgrammeField =
  | 'title'
  | 'kind'
  | 'region'
  | 'city'
  | 'country'
  | 'link'
  | 'timeZone'
  | 'startDate'
  | 'endDate'
  | 'workingLanguages'
  | 'interpretation'
  | 'capacity'
  | 'grantsMin'
  | 'grantsMax'
  | 'status'
  | 'colour'
  | `partner:${string}`;

/** One problem with one field, as a message key the form shows beside that field. */
export type FieldError = { field: ProgrammeField; key: ProgrammeErrorKey; params?: Record<string, string | number> };

/** True for an IANA zone name this machine knows ("Africa/Lagos", "UTC"); offsets like "+01:00" are not zones people plan in. */
export function isIanaTimeZone(value: string): boolean {
  return /^[A-Za-z]/.test(value) && isTimeZone(value);
}

export { canonicalLanguageTag };

// shared/ is built without the DOM lib; URL is a global of every JS runtime we run in.
type UrlParser = new (input: string) => { protocol: string; hostname: string };
const UrlCtor = (globalThis as unknown as { URL: UrlParser }).URL;

/** True when `text` parses as an absolute http(s) URL with a host. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new UrlCtor(text.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

type WholeNumber = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'ok'; value: number };

function readWholeNumber(text: string): WholeNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  // Digits only (with an optional sign): "2.5", "1e3" and "30 places" are not whole numbers.
  if (!/^[+-]?\d+$/.test(trimmed)) return { kind: 'invalid' };
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? { kind: 'ok', value } : { kind: 'invalid' };
}

function checkDate(
  value: string,
  field: 'startDate' | 'endDate',
  errors: FieldError[],
): boolean {
  if (value.trim() === '') {
    errors.push({ field, key: field === 'startDate' ? 'programmes.errors.startDateRequired' : 'programmes.errors.endDateRequired' });
    return false;
  }
  if (!isIsoDate(value)) {
    errors.push({ field, key: field === 'startDate' ? 'programmes.errors.startDateInvalid' : 'programmes.errors.endDateInvalid', params: { value } });
    return false;
  }
  return true;
}

/**
 * Every problem in a programme form, in the order the fields appear, so the
 * first one is the field to focus. Empty means the draft can be saved.
 */
export function validateProgramme(draft: ProgrammeDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (UI_LANGUAGES.every((lang) => draft.title[lang].trim() === '')) {
    errors.push({ field: 'title', key: 'programmes.errors.titleRequired' });
  }
  if (!(PROGRAMME_KINDS as readonly string[]).includes(draft.kind)) errors.push({ field: 'kind', key: 'programmes.errors.kindRequired' });
  if (!(REGIONS as readonly string[]).includes(draft.region)) errors.push({ field: 'region', key: 'programmes.errors.regionRequired' });

  // Venue: hosts first (they sit under the venue mode), then place, then meeting.
  const hosts = draft.partners.filter((p) => p.role === 'host');
  const others = draft.partners.filter((p) => p.role !== 'host');
  checkPartners(hosts, draft, errors);
  if (draft.venueMode !== 'online') {
    if (draft.city.trim() === '') errors.push({ field: 'city', key: 'programmes.errors.cityRequired' });
    if (draft.country.trim() === '') errors.push({ field: 'country', key: 'programmes.errors.countryRequired' });
    else if (!isCountryCode(draft.country)) {
      errors.push({ field: 'country', key: 'programmes.errors.countryUnknown', params: { value: draft.country } });
    }
  }
  if (draft.venueMode !== 'in-person' && draft.link.trim() !== '' && !isHttpUrl(draft.link)) {
    errors.push({ field: 'link', key: 'programmes.errors.linkInvalid', params: { value: draft.link.trim() } });
  }

  const zone = draft.timeZone.trim();
  if (zone === '') errors.push({ field: 'timeZone', key: 'programmes.errors.timeZoneRequired' });
  else if (!isIanaTimeZone(zone)) errors.push({ field: 'timeZone', key: 'programmes.errors.timeZoneUnknown', params: { value: zone } });

  const startOk = checkDate(draft.startDate, 'startDate', errors);
  const endOk = checkDate(draft.endDate, 'endDate', errors);
  if (startOk && endOk && draft.endDate < draft.startDate) {
    errors.push({ field: 'endDate', key: 'programmes.errors.endBeforeStart' });
  }

  if (draft.workingLanguages.length === 0) {
    errors.push({ field: 'workingLanguages', key: 'programmes.errors.workingLanguagesRequired' });
  }
  for (const field of ['workingLanguages', 'interpretation'] as const) {
    const bad = draft[field].find((tag) => canonicalLanguageTag(tag) === undefined);
    if (bad !== undefined) errors.push({ field, key: 'programmes.errors.languageTagInvalid', params: { value: bad } });
  }

  const capacity = readWholeNumber(draft.capacity);
  if (capacity.kind === 'invalid') errors.push({ field: 'capacity', key: 'programmes.errors.capacityWhole' });
  else if (capacity.kind === 'ok' && capacity.value < 1) errors.push({ field: 'capacity', key: 'programmes.errors.capacityPositive' });
  checkGrants(draft, errors);

  checkPartners(others, draft, errors);

  if (draft.savedStatus === undefined ? draft.status !== 'draft' : draft.status !== draft.savedStatus && !canTransition('programme', draft.savedStatus, draft.status)) {
    errors.push({ field: 'status', key: 'programmes.errors.statusNotAllowed' });
  }
  if (draft.colour !== '' && !/^#[0-9a-fA-F]{6}$/.test(draft.colour)) {
    errors.push({ field: 'colour', key: 'programmes.errors.colourInvalid' });
  }
  return errors;
}

function checkGrants(draft: ProgrammeDraft, errors: FieldError[]): void {
  const min = readWholeNumber(draft.grantsMin);
  const max = readWholeNumber(draft.grantsMax);
  for (const [field, n] of [['grantsMin', min], ['grantsMax', max]] as const) {
    if (n.kind === 'invalid' || (n.kind === 'ok' && n.value < 0)) errors.push({ field, key: 'programmes.errors.grantsWhole' });
  }
  if (min.kind === 'empty' && max.kind === 'ok') errors.push({ field: 'grantsMin', key: 'programmes.errors.grantsIncomplete' });
  if (max.kind === 'empty' && min.kind === 'ok') errors.push({ field: 'grantsMax', key: 'programmes.errors.grantsIncomplete' });
  if (min.kind === 'ok' && max.kind === 'ok' && min.value >= 0 && min.value > max.value) {
    errors.push({ field: 'grantsMin', key: 'programmes.errors.grantsMinAboveMax', params: { min: min.value, max: max.value } });
  }
}

function checkPartners(rows: ProgrammeDraft['partners'], draft: ProgrammeDraft, errors: FieldError[]): void {
  for (const row of rows) {
    const field = `partner:${row.key}` as const;
    const name = row.name.trim().toLowerCase();
    if (!name) {
      errors.push({ field, key: 'programmes.errors.partnerNameRequired' });
      continue;
    }
    const first = draft.partners.find((p) => p.role === row.role && p.name.trim().toLowerCase() === name);
    if (first && first.key !== row.key) errors.push({ field, key: 'programmes.errors.partnerDuplicate', params: { name: row.name.trim() } });
  }
}

// ------------------------------------------------------------------ duplicate for next year

/** The same calendar date a year later (29 February becomes 28 February). */
export function sameDateNextYear(date: IsoDate): IsoDate {
  return Temporal.PlainDate.from(date).add({ years: 1 }).toString();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'days' }).days;
}

const shiftDate = (date: IsoDate, days: number): IsoDate => Temporal.PlainDate.from(date).add({ days }).toString();

/**
 * Moves an instant by `days` calendar days in `zone`, keeping its local time:
 * 13:00 Paris stays 13:00 Paris even when a DST change lies between the two
 * dates (the UTC instant then moves by 24h ± 1h per day, as it must).
 */
export function shiftInstantKeepingLocalTime(instant: IsoInstant, zone: string, days: number): IsoInstant {
  const local = Temporal.Instant.from(instant).toZonedDateTimeISO(zone).toPlainDateTime().add({ days });
  const moved = local.toZonedDateTime(zone, { disambiguation: 'compatible' });
  return new Date(moved.epochMilliseconds).toISOString();
}

function shiftRecurrence(r: Recurrence, days: number): Recurrence {
  const out: Recurrence = { ...r };
  if (r.until !== undefined) out.until = shiftDate(r.until, days);
  if (r.exceptions) out.exceptions = r.exceptions.map((d) => shiftDate(d, days));
  // The first session moves to another weekday unless the shift is whole weeks;
  // the weekdays of the rule move with it, so the series still starts on its rule.
  const turn = ((days % 7) + 7) % 7;
  if (r.byDay && turn !== 0) out.byDay = r.byDay.map((d) => WEEKDAYS[(WEEKDAYS.indexOf(d) + turn) % 7]!);
  return out;
}

export type DuplicatedProgramme = { programme: Programme; sessions: Session[] };

/**
 * A copy of `programme` to run again from `newStart` (by default the same date
 * next year, see sameDateNextYear): a draft with the same title, partners and
 * settings, dates moved by the same number of days so its length is kept, and
 * its sessions moved to the same local wall-clock time in their zone. Nobody is
 * enrolled and no grant is copied; those are not part of a template.
 */
export function duplicateProgramme(
  programme: Programme,
  sessions: readonly Session[],
  options: { newStart: IsoDate; newId: () => Id; now: IsoInstant },
): DuplicatedProgramme {
  if (!isIsoDate(options.newStart)) {
    throw new DomainError('programmes.errors.startDateInvalid', { value: String(options.newStart) }, `Not a date: ${options.newStart}`);
  }
  const { now } = options;
  const days = daysBetween(programme.startDate, options.newStart);
  const { importBatchId: _batch, ...rest } = programme;
  const copy: Programme = {
    ...structuredCloneLike(rest),
    id: options.newId(),
    createdAt: now,
    updatedAt: now,
    status: 'draft',
    startDate: options.newStart,
    endDate: shiftDate(programme.endDate, days),
  };
  const ids = new Map(sessions.map((s) => [s.id, options.newId()]));
  const copies = sessions.map((session): Session => {
    const { importBatchId: _b, seriesId, originalDate, recurrence, ...fields } = session;
    const out: Session = {
      ...structuredCloneLike(fields),
      id: ids.get(session.id)!,
      createdAt: now,
      updatedAt: now,
      programmeId: copy.id,
      start: shiftInstantKeepingLocalTime(session.start, session.timeZone, days),
      end: shiftInstantKeepingLocalTime(session.end, session.timeZone, days),
    };
    if (recurrence) out.recurrence = shiftRecurrence(recurrence, days);
    const series = seriesId === undefined ? undefined : ids.get(seriesId);
    if (series !== undefined) out.seriesId = series;
    if (series !== undefined && originalDate !== undefined) out.originalDate = shiftDate(originalDate, days);
    return out;
  });
  return { programme: copy, sessions: copies };
}

/** A deep copy of plain JSON-shaped data, so the copy never shares arrays with the original. */
function structuredCloneLike<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
