import { Temporal } from 'temporal-polyfill';
import { isIsoDate } from './dates';
import { localToInstant } from './dst';
import type { Occurrence } from './recurrence';
import type { SessionPatch } from './series-edits';
import {
  UI_LANGUAGES,
  WEEKDAYS,
  type Id,
  type IsoDate,
  type IsoInstant,
  type LocalisedText,
  type Programme,
  type Recurrence,
  type Session,
  type SessionKind,
  type UiLanguage,
  type Weekday,
} from './types';

/**
 * The session form's values, as typed: text, so that a half-typed "1" or an
 * empty time can be shown back with a message rather than lost. Times are the
 * programme's wall-clock time; session-rules.ts says what is wrong with a draft,
 * and the functions here turn a valid one into records.
 */

export const REPEAT_MODES = ['none', 'daily', 'weekly', 'monthly'] as const;
export type RepeatMode = (typeof REPEAT_MODES)[number];

/** Positions in the month the form offers: first to fifth, or -1 for the last. */
export const MONTH_POSITIONS = [1, 2, 3, 4, 5, -1] as const;
export type MonthPosition = (typeof MONTH_POSITIONS)[number];

export type RepeatDraft = {
  mode: RepeatMode;
  /** "Every N days/weeks/months", as typed. */
  interval: string;
  /** Weekly: the days of the week. */
  weekdays: Weekday[];
  /** Monthly: on the same date each month, or on "the third Tuesday". */
  monthlyBy: 'date' | 'weekday';
  setPos: MonthPosition;
  monthWeekday: Weekday;
  /** How the series ends: after a number of sessions, or on a date. */
  ends: 'count' | 'until';
  count: string;
  until: string;
};

export type SessionDraft = {
  title: Record<UiLanguage, string>;
  kind: SessionKind | '';
  /** Local date of the start, `YYYY-MM-DD`. */
  date: string;
  /** Local times, `HH:mm`. */
  startTime: string;
  endTime: string;
  room: string;
  link: string;
  speakerIds: Id[];
  moderatorIds: Id[];
  language: string;
  interpretation: string[];
  repeat: RepeatDraft;
};

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a time of day written `HH:mm` (what an <input type="time"> gives). */
export function isTimeOfDay(value: string): boolean {
  return TIME.test(value);
}

/** A whole number typed in a box, or NaN: "3" → 3, "" / "2.5" / "x" → NaN. */
export function parseWhole(text: string): number {
  const trimmed = text.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The weekday of a date, as a rule writes it ("TU"). */
export function weekdayOf(date: IsoDate): Weekday {
  return WEEKDAYS[Temporal.PlainDate.from(date).dayOfWeek - 1]!;
}

/** Which of its weekday in the month a date is: the 17th of March 2026 is the third Tuesday (3). */
export function positionInMonth(date: IsoDate): MonthPosition {
  const day = Temporal.PlainDate.from(date).day;
  return Math.ceil(day / 7) as MonthPosition;
}

/** A repeat section set to "does not repeat", with choices that match `date` ready for when it is opened. */
export function noRepeat(date: IsoDate): RepeatDraft {
  const valid = isIsoDate(date);
  return {
    mode: 'none',
    interval: '1',
    weekdays: valid ? [weekdayOf(date)] : [],
    monthlyBy: 'weekday',
    setPos: valid ? positionInMonth(date) : 1,
    monthWeekday: valid ? weekdayOf(date) : 'MO',
    ends: 'count',
    count: '',
    until: '',
  };
}

/** A new session on `date` (the programme's first day by default), 09:00–10:00, in its working language. */
export function emptySessionDraft(programme: Programme, date: IsoDate = programme.startDate): SessionDraft {
  return {
    title: { en: '', fr: '', es: '' },
    kind: '',
    date,
    startTime: '09:00',
    endTime: '10:00',
    room: '',
    link: '',
    speakerIds: [],
    moderatorIds: [],
    language: programme.workingLanguages[0] ?? '',
    interpretation: [...programme.interpretation],
    repeat: noRepeat(date),
  };
}

const localParts = (instant: IsoInstant, zone: string) => {
  const local = Temporal.Instant.from(instant).toZonedDateTimeISO(zone);
  return { date: local.toPlainDate().toString(), time: local.toPlainTime().toString({ smallestUnit: 'minute' }) };
};

/** The repeat section showing an existing rule, read from the first session's date. */
export function repeatFromRecurrence(r: Recurrence | undefined, date: IsoDate): RepeatDraft {
  const base = noRepeat(date);
  if (!r) return base;
  const ends = r.until !== undefined ? { ends: 'until' as const, until: r.until, count: '' } : { ends: 'count' as const, count: r.count !== undefined ? String(r.count) : '', until: '' };
  const byWeekday = r.freq === 'monthly' && r.byDay !== undefined && r.byDay.length > 0;
  return {
    ...base,
    ...ends,
    mode: r.freq,
    interval: String(r.interval),
    weekdays: r.freq === 'weekly' && r.byDay ? [...r.byDay] : base.weekdays,
    monthlyBy: r.freq === 'monthly' ? (byWeekday ? 'weekday' : 'date') : base.monthlyBy,
    setPos: byWeekday && r.bySetPos !== undefined ? (r.bySetPos as MonthPosition) : base.setPos,
    monthWeekday: byWeekday ? r.byDay![0]! : base.monthWeekday,
  };
}

/**
 * The form showing a session, or one occurrence of a series, in `zone`.
 * The repeat section shows the series' rule (from its first session's date).
 */
export function draftFromSession(session: Session, occurrence: Occurrence | undefined, zone: string): SessionDraft {
  const start = localParts(occurrence?.start ?? session.start, zone);
  const end = localParts(occurrence?.end ?? session.end, zone);
  return {
    title: { en: session.title.en ?? '', fr: session.title.fr ?? '', es: session.title.es ?? '' },
    kind: session.kind,
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    room: session.room ?? '',
    link: session.link ?? '',
    speakerIds: [...session.speakerIds],
    moderatorIds: [...session.moderatorIds],
    language: session.language ?? '',
    interpretation: [...session.interpretation],
    repeat: session.recurrence ? repeatFromRecurrence(session.recurrence, localParts(session.start, zone).date) : noRepeat(start.date),
  };
}

/**
 * The rule a repeat section describes, or undefined for "does not repeat".
 * Numbers that are not whole come out as NaN: validateRecurrence names them.
 */
export function recurrenceFromDraft(repeat: RepeatDraft): Recurrence | undefined {
  if (repeat.mode === 'none') return undefined;
  const r: Recurrence = { freq: repeat.mode, interval: parseWhole(repeat.interval) };
  if (repeat.mode === 'weekly') r.byDay = [...repeat.weekdays].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  if (repeat.mode === 'monthly' && repeat.monthlyBy === 'weekday') {
    r.byDay = [repeat.monthWeekday];
    r.bySetPos = repeat.setPos;
  }
  if (repeat.ends === 'count' && repeat.count.trim() !== '') r.count = parseWhole(repeat.count);
  if (repeat.ends === 'until' && repeat.until.trim() !== '') r.until = repeat.until.trim();
  return r;
}

/**
 * The instants of a draft's start and end, or undefined when the date or times
 * are not valid or the end is not after the start. The end is the start plus
 * the typed length, so a start moved out of a spring-forward gap (02:30 → 03:30
 * on 29 Mar 2026 in Paris) keeps its length instead of lasting no time.
 */
export function draftTimes(draft: Pick<SessionDraft, 'date' | 'startTime' | 'endTime'>, zone: string): { start: IsoInstant; end: IsoInstant } | undefined {
  if (!isIsoDate(draft.date) || !isTimeOfDay(draft.startTime) || !isTimeOfDay(draft.endTime)) return undefined;
  const length = Temporal.PlainTime.from(draft.startTime).until(Temporal.PlainTime.from(draft.endTime));
  if (length.sign <= 0) return undefined;
  const start = localToInstant(draft.date, draft.startTime, zone);
  const end = Temporal.Instant.from(start).add(length).toString({ fractionalSecondDigits: 3 });
  return { start, end };
}

/**
 * When the typed start does not exist on that day (the clocks jump over it),
 * the local time the session will really start at; otherwise undefined.
 */
export function gapStartTime(draft: Pick<SessionDraft, 'date' | 'startTime'>, zone: string): string | undefined {
  if (!isIsoDate(draft.date) || !isTimeOfDay(draft.startTime)) return undefined;
  const resolved = localParts(localToInstant(draft.date, draft.startTime, zone), zone);
  return resolved.time !== draft.startTime || resolved.date !== draft.date ? resolved.time : undefined;
}

/** The titles that were typed, trimmed; empty languages left out. */
export function titleFromDraft(title: SessionDraft['title']): LocalisedText {
  const out: LocalisedText = {};
  for (const lang of UI_LANGUAGES) {
    const text = title[lang].trim();
    if (text) out[lang] = text;
  }
  return out;
}

/** What a draft sets on a session: everything a patch may change, with the required fields present. */
export type DraftFields = Pick<Session, 'title' | 'kind' | 'start' | 'end' | 'speakerIds' | 'moderatorIds' | 'interpretation'> &
  Pick<SessionPatch, 'room' | 'link' | 'language'>;

const unique = <T>(list: readonly T[]): T[] => [...new Set(list)];

/**
 * The fields an edit writes, from a valid draft. Empty room, link or language
 * are `undefined` here, which series-edits spreads over the record; callers drop
 * undefined properties before storing (see withoutUndefined).
 */
export function patchFromDraft(draft: SessionDraft, zone: string): DraftFields {
  const times = draftTimes(draft, zone);
  if (!times) throw new Error('patchFromDraft needs a valid draft: validate it first.');
  return {
    title: titleFromDraft(draft.title),
    kind: draft.kind === '' ? 'lecture' : draft.kind,
    start: times.start,
    end: times.end,
    room: draft.room.trim() || undefined,
    link: draft.link.trim() || undefined,
    speakerIds: unique(draft.speakerIds),
    moderatorIds: unique(draft.moderatorIds),
    language: draft.language.trim() || undefined,
    interpretation: unique(draft.interpretation.map((t) => t.trim()).filter(Boolean)),
  };
}

/** A copy of a record without the properties whose value is undefined, so stored records stay clean. */
export function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/** A new session (or series) from a valid draft. */
export function sessionFromDraft(draft: SessionDraft, programme: Programme, meta: { id: Id; now: IsoInstant }): Session {
  const session: Session = {
    id: meta.id,
    createdAt: meta.now,
    updatedAt: meta.now,
    programmeId: programme.id,
    timeZone: programme.timeZone,
    ...patchFromDraft(draft, programme.timeZone),
    recurrence: recurrenceFromDraft(draft.repeat),
  };
  return withoutUndefined(session);
}
