import { Temporal } from 'temporal-polyfill';
import type { IsoDate, IsoInstant, Programme, ProgrammeStatus, Session, UiLanguage } from '../domain/types';
import { MAX_FILE_NAME_BYTES, toSafeFileName } from '../ipc/contract';
import {
  cityAndCountry,
  labelled,
  languageList,
  meetingLines,
  meetingOf,
  pickText,
  pickTitle,
  programmeKindLabel,
  webLink,
} from './ics-describe';
import { shareableLink } from '../domain/meeting-links';
import { contentLine, escapeText, icsDate, icsLocalDateTime, icsUtcDateTime, joinLines, utf8Length, type IcsParam } from './ics-format';
import { recurrenceLines, seriesEnd } from './ics-rrule';
import { mergeSpans, vtimezoneLines, type ZoneSpan } from './ics-timezones';

/**
 * The iCalendar (RFC 5545) export: programmes as all-day spans, sessions at
 * their wall-clock time in their zone with the zone's own VTIMEZONE, so any
 * calendar app shows the same instants as Training Desk.
 * Recurring sessions keep their rule: RRULE and EXDATE come from
 * shared/domain/recurrence.ts (through ics-rrule.ts), the same rules the app
 * expands for its own calendar.
 */

export type CalendarInput = {
  programmes: readonly Programme[];
  sessions: readonly Session[];
  /** The language of titles (when written in it), labels and place names. */
  lang: UiLanguage;
  /** PRODID; defaults to Training Desk's. */
  productId?: string;
  /** DTSTAMP; defaults to the current time. */
  now?: IsoInstant;
  /** Write meeting passcodes into descriptions. Off by default: the file travels. */
  includePasscodes?: boolean;
  /** X-WR-CALNAME; defaults to the one programme's title, or "Training Desk". */
  calendarName?: string;
};

const DEFAULT_PRODUCT_ID = '-//Training Desk//Training Desk//EN';
const UID_DOMAIN = 'training-desk';

/** Everything the event writers share. */
type Context = {
  input: CalendarInput;
  stamp: string;
  programmes: ReadonlyMap<string, Programme>;
  sessions: ReadonlyMap<string, Session>;
  /** Per series id, the original dates that moved occurrences in this export replace. */
  overridden: ReadonlyMap<string, ReadonlySet<IsoDate>>;
  /** Per IANA zone, the instants its VTIMEZONE must cover. */
  spans: Map<string, ZoneSpan>;
};

/**
 * Writes programmes and sessions as one VCALENDAR text (CRLF lines, folded at
 * 75 octets). UIDs are `<record id>@training-desk`, so importing the file
 * again updates the events instead of duplicating them. Throws when a record
 * cannot be written truthfully (an end before its start, a rule with no end):
 * those are data bugs, named by record id.
 */
export function buildCalendar(input: CalendarInput): string {
  const sessions = new Map(input.sessions.map((s) => [s.id, s]));
  const ctx: Context = {
    input,
    stamp: icsUtcDateTime(input.now ?? Temporal.Now.instant()),
    programmes: new Map(input.programmes.map((p) => [p.id, p])),
    sessions,
    overridden: overriddenDates(input.sessions, sessions),
    spans: new Map(),
  };
  const events = [...input.programmes.flatMap((p) => programmeEvent(p, ctx)), ...input.sessions.flatMap((s) => sessionEvent(s, ctx))];
  const zones = [...ctx.spans].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return joinLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    contentLine('PRODID', escapeText(input.productId ?? DEFAULT_PRODUCT_ID)),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    contentLine('X-WR-CALNAME', escapeText(calendarName(input))),
    ...zones.flatMap(([zone, span]) => vtimezoneLines(zone, span)),
    ...events,
    'END:VCALENDAR',
  ]);
}

/** A file name for the calendar, safe on every system and ending .ics: "Lagos: 21–25 Nov" → "Lagos- 21–25 Nov.ics". */
export function icsFileName(label: string): string {
  const base = toSafeFileName(label.trim().replace(/\.ics$/i, ''), 'Training Desk');
  // Windows refuses these names whatever the extension.
  const safe = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base) ? `${base}-calendar` : base;
  // Leave room for ".ics" within the 255 bytes the IPC contract allows.
  let out = '';
  for (const char of safe) {
    if (utf8Length(out + char) > MAX_FILE_NAME_BYTES - 4) break;
    out += char;
  }
  return `${out.replace(/[. ]+$/, '') || 'Training Desk'}.ics`;
}

function calendarName(input: CalendarInput): string {
  if (input.calendarName?.trim()) return input.calendarName.trim();
  const only = input.programmes.length === 1 ? input.programmes[0] : undefined;
  return only ? pickTitle(only.title, input.lang).text : 'Training Desk';
}

/** A moved occurrence whose recurring series is in the export: written as a RECURRENCE-ID override. */
type Override = { series: Session; originalDate: IsoDate };

function overrideOf(s: Session, byId: ReadonlyMap<string, Session>): Override | undefined {
  const series = s.seriesId === undefined ? undefined : byId.get(s.seriesId);
  return series?.recurrence && s.originalDate !== undefined ? { series, originalDate: s.originalDate } : undefined;
}

/** Per series id, the original dates its moved occurrences replace. */
function overriddenDates(list: readonly Session[], byId: ReadonlyMap<string, Session>): Map<string, Set<IsoDate>> {
  const out = new Map<string, Set<IsoDate>>();
  for (const s of list) {
    const override = overrideOf(s, byId);
    if (!override) continue;
    const dates = out.get(override.series.id) ?? new Set<IsoDate>();
    dates.add(override.originalDate);
    out.set(override.series.id, dates);
  }
  return out;
}

/**
 * The revision number calendar programs compare to take a re-imported event
 * as newer: the seconds between the record's creation and its last change,
 * which only grow as it is edited (the records keep no edit counter).
 */
function sequenceOf(record: Programme | Session): number {
  const seconds = Math.floor((Date.parse(record.updatedAt) - Date.parse(record.createdAt)) / 1000);
  return Number.isFinite(seconds) ? Math.min(Math.max(seconds, 0), 2_147_483_647) : 0;
}

/** UID, DTSTAMP, SEQUENCE, CREATED and LAST-MODIFIED: what lets a re-import update rather than duplicate. */
function identityLines(uidOf: string, record: Programme | Session, ctx: Context): string[] {
  return [
    contentLine('UID', escapeText(`${uidOf}@${UID_DOMAIN}`)),
    `DTSTAMP:${ctx.stamp}`,
    `SEQUENCE:${sequenceOf(record)}`,
    `CREATED:${icsUtcDateTime(record.createdAt)}`,
    `LAST-MODIFIED:${icsUtcDateTime(record.updatedAt)}`,
  ];
}

const STATUS: Record<ProgrammeStatus, 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED'> = {
  draft: 'TENTATIVE',
  'call-open': 'TENTATIVE',
  selection: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  running: 'CONFIRMED',
  completed: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

function textLine(name: string, text: string, language?: UiLanguage): string {
  const params: IcsParam[] = language ? [['LANGUAGE', language]] : [];
  return contentLine(name, escapeText(text), params);
}

/** A programme as an all-day span: DTEND is the day after endDate (RFC 5545 ends are exclusive). */
function programmeEvent(p: Programme, ctx: Context): string[] {
  const { lang, includePasscodes = false } = ctx.input;
  const start = Temporal.PlainDate.from(p.startDate);
  const end = Temporal.PlainDate.from(p.endDate);
  if (Temporal.PlainDate.compare(end, start) < 0) throw new Error(`Programme ${p.id}: endDate ${p.endDate} is before startDate ${p.startDate}`);
  const meeting = meetingOf(p);
  const link = shareableLink(meeting?.link, includePasscodes);
  const title = pickTitle(p.title, lang);
  const about = p.description ? pickText(p.description, lang) : undefined;
  const description = [
    ...(about ? [about.text, ''] : []),
    programmeKindLabel(p, lang),
    ...(p.venue.mode !== 'online' && p.venue.address?.trim() ? [labelled(lang, 'address', p.venue.address.trim())] : []),
    ...(p.workingLanguages.length > 0 ? [labelled(lang, 'workingLanguages', languageList(lang, p.workingLanguages))] : []),
    ...(p.interpretation.length > 0 ? [labelled(lang, 'interpretation', languageList(lang, p.interpretation))] : []),
    ...(meeting ? meetingLines(lang, meeting, link, includePasscodes) : []),
  ];
  const location = cityAndCountry(p, lang) ?? link;
  const url = webLink(link);
  return [
    'BEGIN:VEVENT',
    ...identityLines(p.id, p, ctx),
    contentLine('DTSTART', icsDate(start), [['VALUE', 'DATE']]),
    contentLine('DTEND', icsDate(end.add({ days: 1 })), [['VALUE', 'DATE']]),
    textLine('SUMMARY', title.text, title.language),
    ...(location ? [textLine('LOCATION', location)] : []),
    textLine('DESCRIPTION', description.join('\n')),
    ...(url ? [contentLine('URL', url)] : []),
    `STATUS:${STATUS[p.status]}`,
    // A five-day training, or a nine-month webinar cycle, must not mark every day busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * A local date-time with its TZID. A time in the hour a zone repeats in autumn
 * is ambiguous: RFC 5545 (§3.3.5) reads it as the first, some apps (ical.js)
 * as the second. So a one-off there is written in UTC, which no app can read
 * two ways; a series keeps its TZID, since it needs its wall-clock time.
 */
function zonedValue(at: Temporal.ZonedDateTime, allowUtc: boolean): { value: string; params: IcsParam[] } {
  const local = at.toPlainDateTime();
  const earlier = local.toZonedDateTime(at.timeZoneId, { disambiguation: 'earlier' });
  const later = local.toZonedDateTime(at.timeZoneId, { disambiguation: 'later' });
  if (allowUtc && !earlier.equals(later)) return { value: icsUtcDateTime(at.toInstant()), params: [] };
  return { value: icsLocalDateTime(local), params: [['TZID', at.timeZoneId]] };
}

function cover(ctx: Context, zone: string, span: ZoneSpan): void {
  ctx.spans.set(zone, mergeSpans(ctx.spans.get(zone), span));
}

/** A session at its local times; a recurring one with RRULE/EXDATE; a moved occurrence as a RECURRENCE-ID override. */
function sessionEvent(s: Session, ctx: Context): string[] {
  const start = Temporal.Instant.from(s.start).toZonedDateTimeISO(s.timeZone);
  const end = Temporal.Instant.from(s.end).toZonedDateTimeISO(s.timeZone);
  if (Temporal.ZonedDateTime.compare(end, start) < 0) throw new Error(`Session ${s.id}: end ${s.end} is before start ${s.start}`);
  const override = overrideOf(s, ctx.sessions);
  const recurring = s.recurrence !== undefined && override === undefined;
  const lines = ['BEGIN:VEVENT', ...identityLines(override?.series.id ?? s.id, s, ctx)];

  const dtstart = zonedValue(start, !recurring);
  lines.push(contentLine('DTSTART', dtstart.value, dtstart.params));
  // DTEND must be later than DTSTART (§3.8.2.2): a zero-length session has none.
  if (!end.equals(start)) {
    const dtend = zonedValue(end, !recurring);
    lines.push(contentLine('DTEND', dtend.value, dtend.params));
  }
  let reach = end.toInstant();
  if (recurring) {
    lines.push(...recurrenceLines(s, ctx.overridden.get(s.id)));
    reach = seriesEnd(s);
  }
  if (override) {
    // The occurrence it replaces, at the series' wall-clock time in the series' zone.
    const { series, originalDate } = override;
    const seriesStart = Temporal.Instant.from(series.start).toZonedDateTimeISO(series.timeZone);
    const original = Temporal.PlainDate.from(originalDate).toPlainDateTime(seriesStart.toPlainTime());
    lines.push(contentLine('RECURRENCE-ID', icsLocalDateTime(original), [['TZID', series.timeZone]]));
  }
  cover(ctx, s.timeZone, { start: start.toInstant(), end: reach });
  lines.push(...sessionTextLines(s, ctx), 'END:VEVENT');
  return lines;
}

/** SUMMARY, LOCATION (room, else the link), DESCRIPTION, URL and STATUS of a session. */
function sessionTextLines(s: Session, ctx: Context): string[] {
  const { lang, includePasscodes = false } = ctx.input;
  const programme = ctx.programmes.get(s.programmeId);
  const title = pickTitle(s.title, lang);
  const meeting = meetingOf(programme);
  const link = shareableLink(s.link?.trim() || meeting?.link, includePasscodes);
  // The programme's ID and passcode belong to its own meeting, not to a session with a link of its own.
  const sameMeeting = meeting !== undefined && (!s.link?.trim() || s.link.trim() === meeting.link?.trim());
  const programmeTitle = programme ? pickTitle(programme.title, lang).text : undefined;
  const description = [
    ...(programmeTitle && programmeTitle !== title.text ? [programmeTitle] : []),
    ...(s.language ? [labelled(lang, 'language', languageList(lang, [s.language]))] : []),
    ...(s.interpretation.length > 0 ? [labelled(lang, 'interpretation', languageList(lang, s.interpretation))] : []),
    ...(sameMeeting && meeting ? meetingLines(lang, meeting, link, includePasscodes) : link ? [labelled(lang, 'meetingLink', link)] : []),
  ];
  const place = programme ? cityAndCountry(programme, lang) : undefined;
  const location = s.room?.trim() ? [s.room.trim(), place].filter(Boolean).join(', ') : (link ?? place);
  const url = webLink(link);
  return [
    textLine('SUMMARY', title.text, title.language),
    ...(location ? [textLine('LOCATION', location)] : []),
    ...(description.length > 0 ? [textLine('DESCRIPTION', description.join('\n'))] : []),
    ...(url ? [contentLine('URL', url)] : []),
    ...(programme ? [`STATUS:${STATUS[programme.status]}`] : []),
  ];
}
