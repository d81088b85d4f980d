import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { IsoDate, Programme, Session } from '../../../shared/domain/types';
import { buildCalendar, icsFileName, type CalendarInput } from '../../../shared/io/ics';
import { buildSampleData } from '../../../shared/sample/build-sample';

// ical.js is the independent parser: every assertion reads the file through it
// and compares with what the app holds (UTC instants, calendar dates, text).

const NOW = '2026-03-02T09:15:00.000Z';
const META = { createdAt: '2025-11-03T08:00:00.000Z', updatedAt: '2026-02-14T16:45:30.000Z' };

/** The UTC instant of a wall-clock time in a zone, as the app stores it. */
const at = (date: IsoDate, time: string, zone: string) =>
  Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(zone).toInstant().toString({ fractionalSecondDigits: 3 });

function programme(over: Partial<Programme> & Pick<Programme, 'id'>): Programme {
  return {
    ...META,
    kind: 'regional-training',
    title: { en: 'Regional training' },
    region: 'africa',
    venue: { mode: 'in-person', city: 'Lagos', country: 'NG' },
    timeZone: 'Africa/Lagos',
    startDate: '2022-11-21',
    endDate: '2022-11-25',
    workingLanguages: ['en'],
    interpretation: [],
    status: 'confirmed',
    partners: [],
    ...over,
  };
}

function session(over: Partial<Session> & Pick<Session, 'id' | 'programmeId' | 'start' | 'end' | 'timeZone'>): Session {
  return { ...META, title: { en: 'Session' }, kind: 'lecture', speakerIds: [], moderatorIds: [], interpretation: [], ...over };
}

/** Parses with ical.js and registers the file's own VTIMEZONEs (and only those). */
function parse(text: string) {
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent');
  const byUid = (uid: string) => {
    const found = events.filter((e) => e.getFirstPropertyValue('uid') === uid);
    expect(found, uid).toHaveLength(1);
    return found[0] as ICAL.Component;
  };
  return { calendar, zones, events, byUid };
}

const time = (event: ICAL.Component, name: string) => event.getFirstPropertyValue(name) as ICAL.Time;
const iso = (t: ICAL.Time) => t.toJSDate().toISOString();

/** Every occurrence start of a (possibly recurring) event, as UTC instants, moved occurrences applied. */
function occurrences(master: ICAL.Component, exceptions: ICAL.Component[] = []): string[] {
  const event = new ICAL.Event(master, { exceptions });
  const out: string[] = [];
  const it = event.iterator();
  for (let next = it.next(); next && out.length < 1000; next = it.next()) {
    out.push(iso(event.getOccurrenceDetails(next).startDate));
  }
  return out;
}

const build = (input: Partial<CalendarInput>) =>
  buildCalendar({ programmes: [], sessions: [], lang: 'en', now: NOW, ...input });

// ---------------------------------------------------------------- fixtures

const LAGOS = programme({ id: 'P-LAGOS', title: { en: 'Regional training for African museum professionals — Lagos 2022' } });
const LAGOS_OPENING = session({
  id: 'S-LAGOS-1',
  programmeId: LAGOS.id,
  title: { en: 'Opening' },
  start: at('2022-11-21', '09:00', 'Africa/Lagos'),
  end: at('2022-11-21', '10:30', 'Africa/Lagos'),
  timeZone: 'Africa/Lagos',
  room: 'Auditorium, Pan-Atlantic University',
});

const MEETING = { platform: 'Zoom', link: 'https://us06web.zoom.us/j/84213570926?pwd=c29saWRhcml0ZXMyMDI2', meetingId: '842 1357 0926', passcode: 'Musees26' };
const WEBINAR = programme({
  id: 'P-WEBINAR',
  kind: 'webinar-cycle',
  title: { fr: 'Solidarités, musées : de quoi parle-t-on ?', en: 'Solidarity and museums: what are we talking about?' },
  region: 'europe',
  venue: { mode: 'online', meeting: MEETING },
  timeZone: 'Europe/Paris',
  startDate: '2026-01-20',
  endDate: '2026-10-20',
  workingLanguages: ['fr'],
  interpretation: ['en', 'es'],
  status: 'running',
});
const WEBINAR_SERIES = session({
  id: 'S-WEBINAR',
  programmeId: WEBINAR.id,
  title: WEBINAR.title,
  kind: 'online-debate',
  start: at('2026-01-20', '13:00', 'Europe/Paris'),
  end: at('2026-01-20', '14:30', 'Europe/Paris'),
  timeZone: 'Europe/Paris',
  recurrence: { freq: 'monthly', interval: 1, byDay: ['TU'], bySetPos: 3, count: 10 },
  link: MEETING.link,
  language: 'fr',
  interpretation: ['en', 'es'],
});

// ---------------------------------------------------------------- tests

describe('buildCalendar: dates and instants', () => {
  it('writes the Lagos training as an all-day event spanning exactly 21–25 Nov 2022', () => {
    const { byUid, calendar } = parse(build({ programmes: [LAGOS], sessions: [LAGOS_OPENING] }));
    const event = byUid('P-LAGOS@training-desk');
    const start = time(event, 'dtstart');
    const end = time(event, 'dtend');
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2022-11-21');
    // RFC 5545 ends are exclusive: the day after the last day.
    expect(end.toString()).toBe('2022-11-26');
    expect(event.getFirstPropertyValue('location')).toBe('Lagos, Nigeria');
    for (const name of ['version', 'prodid', 'calscale', 'method', 'x-wr-calname']) expect(calendar.hasProperty(name), name).toBe(true);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  });

  it('places a Lagos session 09:00–10:30 local at the UTC instants the app holds', () => {
    const { byUid, zones } = parse(build({ programmes: [LAGOS], sessions: [LAGOS_OPENING] }));
    const event = byUid('S-LAGOS-1@training-desk');
    expect(event.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Africa/Lagos');
    expect(time(event, 'dtstart').toString()).toBe('2022-11-21T09:00:00');
    expect(iso(time(event, 'dtstart'))).toBe(LAGOS_OPENING.start);
    expect(iso(time(event, 'dtend'))).toBe(LAGOS_OPENING.end);
    // A zone without changes in the span: one STANDARD observance, +0100.
    const lagos = zones.find((z) => z.getFirstPropertyValue('tzid') === 'Africa/Lagos');
    expect(lagos?.getAllSubcomponents().map((o) => o.name)).toEqual(['standard']);
    expect(lagos?.getFirstSubcomponent('standard')?.getFirstPropertyValue('tzoffsetto')?.toString()).toBe('+01:00');
  });

  it('expands the webinar "every third Tuesday 13:00–14:30 Paris, COUNT=10" to the app’s instants', () => {
    const { byUid } = parse(build({ programmes: [WEBINAR], sessions: [WEBINAR_SERIES] }));
    const event = byUid('S-WEBINAR@training-desk');
    expect(time(event, 'dtstart').toString()).toBe('2026-01-20T13:00:00');
    expect(occurrences(event)).toEqual([
      '2026-01-20T12:00:00.000Z',
      '2026-02-17T12:00:00.000Z',
      '2026-03-17T12:00:00.000Z',
      // Summer time, 29 March – 25 October 2026.
      '2026-04-21T11:00:00.000Z',
      '2026-05-19T11:00:00.000Z',
      '2026-06-16T11:00:00.000Z',
      '2026-07-21T11:00:00.000Z',
      '2026-08-18T11:00:00.000Z',
      '2026-09-15T11:00:00.000Z',
      '2026-10-20T11:00:00.000Z',
    ]);
    const ends = new ICAL.Event(event);
    const first = ends.getOccurrenceDetails(time(event, 'dtstart'));
    expect(iso(first.endDate)).toBe(WEBINAR_SERIES.end);
  });

  it('follows Sydney across its April and October changes, drops an EXDATE and keeps the UNTIL day', () => {
    const zone = 'Australia/Sydney';
    const series = session({
      id: 'S-SYD',
      programmeId: 'P-SYD',
      start: at('2026-03-18', '19:00', zone),
      end: at('2026-03-18', '20:30', zone),
      timeZone: zone,
      recurrence: { freq: 'weekly', interval: 1, byDay: ['WE'], until: '2026-10-14', exceptions: ['2026-04-08'] },
    });
    const { byUid, zones } = parse(build({ sessions: [series] }));
    const got = occurrences(byUid('S-SYD@training-desk'));

    const expected: string[] = [];
    for (let d = Temporal.PlainDate.from('2026-03-18'); Temporal.PlainDate.compare(d, Temporal.PlainDate.from('2026-10-14')) <= 0; d = d.add({ weeks: 1 })) {
      if (d.toString() !== '2026-04-08') expected.push(at(d.toString(), '19:00', zone));
    }
    expect(got).toEqual(expected);
    expect(got).toContain('2026-04-01T08:00:00.000Z'); // +11 daylight
    expect(got).toContain('2026-04-15T09:00:00.000Z'); // +10 standard after 5 April
    expect(got).toContain('2026-10-07T08:00:00.000Z'); // +11 again after 4 October
    expect(got).not.toContain('2026-04-08T09:00:00.000Z');
    expect(got.at(-1)).toBe('2026-10-14T08:00:00.000Z');

    // Southern hemisphere: daylight begins in October, standard in April.
    const sydney = zones.find((z) => z.getFirstPropertyValue('tzid') === zone) as ICAL.Component;
    const kinds = sydney.getAllSubcomponents().map((o) => `${o.name} ${(o.getFirstPropertyValue('dtstart') as ICAL.Time).toString()}`);
    expect(kinds).toContain('standard 2026-04-05T03:00:00');
    expect(kinds).toContain('daylight 2026-10-04T02:00:00');
  });

  it('writes UNTIL as the end of the last day in the zone, so an evening in Bogotá (next day in UTC) stays', () => {
    const zone = 'America/Bogota';
    const series = session({
      id: 'S-BOG',
      programmeId: 'P-BOG',
      start: at('2026-05-01', '19:30', zone),
      end: at('2026-05-01', '21:00', zone),
      timeZone: zone,
      recurrence: { freq: 'daily', interval: 1, until: '2026-05-05' },
    });
    const text = build({ sessions: [series] });
    expect(text).toContain('RRULE:FREQ=DAILY;INTERVAL=1;UNTIL=20260506T045959Z\r\n');
    const got = occurrences(parse(text).byUid('S-BOG@training-desk'));
    expect(got).toHaveLength(5);
    expect(got.at(-1)).toBe(at('2026-05-05', '19:30', zone));
    expect(got.at(-1)).toBe('2026-05-06T00:30:00.000Z');
  });

  it('writes VTIMEZONEs that give Temporal’s instants through 2026, every hour of each change day (Paris, Sydney, Casablanca)', () => {
    // Local → UTC is the direction a calendar app takes with DTSTART;TZID. (ical.js's
    // own UTC → local conversion is off for the hour after a change, whatever the
    // VTIMEZONE, so it is not what this checks.) Times in a spring-forward gap (which do
    // not exist) and in the repeated autumn hour are read with the offset before by
    // RFC 5545 and Temporal, after by ical.js, whatever the VTIMEZONE: left out here.
    const zones = ['Europe/Paris', 'Australia/Sydney', 'Africa/Casablanca'];
    const sessions = zones.map((zone, i) =>
      session({
        id: `S-Z${i}`,
        programmeId: 'P-Z',
        start: at('2026-01-06', '10:00', zone),
        end: at('2026-01-06', '11:00', zone),
        timeZone: zone,
        recurrence: { freq: 'weekly', interval: 2, byDay: ['TU'], until: '2026-12-15' },
      }),
    );
    parse(build({ sessions }));
    for (const zone of zones) {
      const tz = ICAL.TimezoneService.get(zone);
      let changeDays = 0;
      for (let day = Temporal.PlainDate.from('2026-01-01'); day.year === 2026; day = day.add({ days: 1 })) {
        // Every hour of a day the offset changes; noon on the others (ical.js is slow).
        const changes = day.toZonedDateTime(zone).offset !== day.add({ days: 1 }).toZonedDateTime(zone).offset;
        if (changes) changeDays++;
        for (const hour of changes ? Array.from({ length: 24 }, (_, h) => h) : [12]) {
          const t = day.toPlainDateTime({ hour, minute: 30 });
          const zoned = t.toZonedDateTime(zone, { disambiguation: 'earlier' });
          if (!zoned.equals(t.toZonedDateTime(zone, { disambiguation: 'later' }))) continue;
          const local = ICAL.Time.fromData({ year: t.year, month: t.month, day: t.day, hour, minute: 30, second: 0, isDate: false }, tz);
          expect(local.toUnixTime() * 1000, `${zone} at ${t.toString()}`).toBe(zoned.epochMilliseconds);
        }
      }
      // Each changes twice in 2026 (Casablanca: an hour back for Ramadan, then forward).
      expect(changeDays, zone).toBe(2);
    }
  });

  it('replaces a moved occurrence with a RECURRENCE-ID override of the same UID', () => {
    const moved = session({
      id: 'S-WEBINAR-APRIL',
      programmeId: WEBINAR.id,
      title: WEBINAR.title,
      start: at('2026-04-23', '13:00', 'Europe/Paris'),
      end: at('2026-04-23', '14:30', 'Europe/Paris'),
      timeZone: 'Europe/Paris',
      seriesId: WEBINAR_SERIES.id,
      originalDate: '2026-04-21',
    });
    const series = { ...WEBINAR_SERIES, recurrence: { ...WEBINAR_SERIES.recurrence!, exceptions: ['2026-04-21', '2026-05-19'] } };
    const { events } = parse(build({ sessions: [series, moved] }));
    const [master, override] = events as [ICAL.Component, ICAL.Component];
    expect(override.getFirstPropertyValue('uid')).toBe('S-WEBINAR@training-desk');
    expect(time(override, 'recurrence-id').toString()).toBe('2026-04-21T13:00:00');
    const got = occurrences(master, [override]);
    expect(got).toHaveLength(9);
    expect(got).toContain('2026-04-23T11:00:00.000Z');
    expect(got).not.toContain('2026-04-21T11:00:00.000Z');
    expect(got).not.toContain('2026-05-19T11:00:00.000Z');
  });

  it('writes a one-off in the repeated autumn hour in UTC, so either 02:30 keeps its instant', () => {
    for (const offset of ['+02:00', '+01:00']) {
      const start = Temporal.ZonedDateTime.from(`2026-10-25T02:30:00${offset}[Europe/Paris]`);
      const s = session({
        id: 'S-NIGHT',
        programmeId: 'P-X',
        start: start.toInstant().toString({ fractionalSecondDigits: 3 }),
        end: start.add({ hours: 2 }).toInstant().toString({ fractionalSecondDigits: 3 }),
        timeZone: 'Europe/Paris',
      });
      const text = build({ sessions: [s] });
      const event = parse(text).byUid('S-NIGHT@training-desk');
      expect(iso(time(event, 'dtstart')), offset).toBe(s.start);
      expect(iso(time(event, 'dtend')), offset).toBe(s.end);
      // The unambiguous end keeps its wall-clock time and zone.
      expect(text).toMatch(/DTEND;TZID=Europe\/Paris:20261025T0[34]3000\r\n/);
    }
  });

  it('exports the whole sample data set: every programme’s dates and every one-off session’s instants', () => {
    let n = 0;
    const data = buildSampleData({ newId: () => `ID-${++n}`, now: NOW, importBatchId: 'sample' });
    const { byUid, zones } = parse(build({ programmes: data.programmes, sessions: data.sessions, lang: 'fr' }));
    for (const p of data.programmes) {
      const event = byUid(`${p.id}@training-desk`);
      expect(time(event, 'dtstart').toString()).toBe(p.startDate);
      expect(time(event, 'dtend').toString()).toBe(Temporal.PlainDate.from(p.endDate).add({ days: 1 }).toString());
    }
    for (const s of data.sessions.filter((x) => !x.recurrence)) {
      const event = byUid(`${s.id}@training-desk`);
      expect(iso(time(event, 'dtstart')), s.id).toBe(s.start);
      expect(iso(time(event, 'dtend')), s.id).toBe(s.end);
    }
    const used = [...new Set(data.sessions.map((s) => s.timeZone))].sort();
    expect(zones.map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual(used);
  });
});

describe('buildCalendar: text', () => {
  const FRENCH =
    'Atelier pratique : documenter les collections, du registre d’inventaire à la base de données ; ' +
    'conservation préventive, manipulation des objets.\nApportez vos fiches ; un ordinateur portable, si possible.\n' +
    'Chemin : C:\\Partage\\Atelier, salle 2';
  const GREEK = 'Αθηνά Παπαδοπούλου: Μουσεία και κοινότητες στη Μεσόγειο, σήμερα 🏛️';
  const p = programme({ id: 'P-TEXT', title: { el: 'x', en: GREEK } as Programme['title'], description: { fr: FRENCH }, interpretation: ['fr', 'es'] });
  const s = session({
    id: 'S-TEXT',
    programmeId: p.id,
    title: { en: 'Nguyễn Văn An — Bảo tàng và cộng đồng; “đối thoại”, phần 1' },
    start: at('2022-11-22', '09:00', 'Africa/Lagos'),
    end: at('2022-11-22', '12:00', 'Africa/Lagos'),
    timeZone: 'Africa/Lagos',
    room: 'قاعة المحاضرات، المتحف الوطني',
  });

  it('round-trips a 200-character French description and names in Greek, Vietnamese and Arabic', () => {
    expect(FRENCH.length).toBeGreaterThanOrEqual(200);
    const { byUid } = parse(build({ programmes: [p], sessions: [s], lang: 'fr' }));
    const event = byUid('P-TEXT@training-desk');
    expect(event.getFirstPropertyValue('summary')).toBe(GREEK);
    const description = event.getFirstPropertyValue('description') as string;
    expect(description).toBe(`${FRENCH}\n\nFormation régionale\nLangues de travail : anglais\nInterprétation : français, espagnol`);
    const sessionEvent = byUid('S-TEXT@training-desk');
    expect(sessionEvent.getFirstPropertyValue('summary')).toBe(s.title.en);
    expect(sessionEvent.getFirstPropertyValue('location')).toBe(`${s.room}, Lagos, Nigeria`);
  });

  it('folds at 75 octets without splitting a character, and ends every line with CRLF', () => {
    const text = build({ programmes: [p], sessions: [s], lang: 'fr' });
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
      // A lone surrogate would mean an emoji cut in two.
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    // Unfolding gives back whole UTF-8 text: no character was split across octets.
    const unfolded = Buffer.from(text.replace(/\r\n /g, ''), 'utf8');
    expect(new TextDecoder('utf-8', { fatal: true }).decode(unfolded)).toContain(GREEK.replace(/[,;]/g, (c) => `\\${c}`));
  });

  it('keeps a line break in a title inside the property: no text can start a new event', () => {
    const sneaky = { ...s, id: 'S-SNEAKY', title: { en: 'Closing\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Free tickets' } };
    const { events, byUid } = parse(build({ sessions: [sneaky] }));
    expect(events).toHaveLength(1);
    expect(byUid('S-SNEAKY@training-desk').getFirstPropertyValue('summary')).toBe('Closing\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Free tickets');
  });

  it('falls back to another language for a title, and marks which language it is', () => {
    const { byUid } = parse(build({ sessions: [{ ...LAGOS_OPENING, title: { fr: 'Ouverture' } }], lang: 'es' }));
    const summary = byUid('S-LAGOS-1@training-desk').getFirstProperty('summary');
    expect(summary?.getFirstValue()).toBe('Ouverture');
    expect(summary?.getParameter('language')).toBe('fr');
  });
});

describe('buildCalendar: passcodes, identity', () => {
  it('leaves the meeting passcode out by default, in the link’s pwd too, and writes it when asked', () => {
    const safe = build({ programmes: [WEBINAR], sessions: [WEBINAR_SERIES] });
    expect(safe).not.toContain('Musees26');
    expect(safe).not.toContain('pwd=');
    const event = parse(safe).byUid('P-WEBINAR@training-desk');
    expect(event.getFirstPropertyValue('url')).toBe('https://us06web.zoom.us/j/84213570926');
    expect(event.getFirstPropertyValue('description')).toContain('Meeting ID: 842 1357 0926');

    const withCodes = build({ programmes: [WEBINAR], sessions: [WEBINAR_SERIES], includePasscodes: true });
    const parsed = parse(withCodes);
    expect(parsed.byUid('P-WEBINAR@training-desk').getFirstPropertyValue('description')).toContain('Passcode: Musees26');
    expect(parsed.byUid('S-WEBINAR@training-desk').getFirstPropertyValue('description')).toContain('Passcode: Musees26');
    expect(parsed.byUid('P-WEBINAR@training-desk').getFirstPropertyValue('url')).toBe(MEETING.link);
  });

  it('keeps UIDs across exports, writes DTSTAMP in UTC and LAST-MODIFIED from the record', () => {
    const input = { programmes: [LAGOS, WEBINAR], sessions: [LAGOS_OPENING, WEBINAR_SERIES] };
    const first = parse(build({ ...input, now: '2026-03-02T09:15:00.000Z' }));
    const uids = first.events.map((e) => e.getFirstPropertyValue('uid'));
    const second = parse(build({ ...input, now: '2026-06-30T22:05:10.000Z' }));
    expect(second.events.map((e) => e.getFirstPropertyValue('uid'))).toEqual(uids);
    expect(uids).toEqual(['P-LAGOS@training-desk', 'P-WEBINAR@training-desk', 'S-LAGOS-1@training-desk', 'S-WEBINAR@training-desk']);
    for (const event of second.events) {
      const stamp = time(event, 'dtstamp');
      expect(stamp.zone).toBe(ICAL.Timezone.utcTimezone);
      expect(iso(stamp)).toBe('2026-06-30T22:05:10.000Z');
      expect(iso(time(event, 'last-modified'))).toBe(META.updatedAt);
    }
    // Unchanged records keep their SEQUENCE from one export to the next.
    expect(second.events.map((e) => e.getFirstPropertyValue('sequence'))).toEqual(first.events.map((e) => e.getFirstPropertyValue('sequence')));
  });

  it('raises SEQUENCE when a record is edited, so a calendar takes the new export as newer', () => {
    const created = { ...LAGOS_OPENING, updatedAt: LAGOS_OPENING.createdAt };
    const moved = { ...LAGOS_OPENING, updatedAt: new Date(Date.parse(LAGOS_OPENING.createdAt) + 90_061_000).toISOString() };
    const later = { ...moved, updatedAt: new Date(Date.parse(moved.updatedAt) + 5_000).toISOString() };
    const sequence = (session: typeof LAGOS_OPENING) => parse(build({ programmes: [LAGOS], sessions: [session] })).byUid('S-LAGOS-1@training-desk').getFirstPropertyValue('sequence');
    expect(sequence(created)).toBe(0);
    expect(sequence(moved)).toBe(90_061);
    expect(Number(sequence(later))).toBeGreaterThan(Number(sequence(moved)));
  });

  it('refuses a record it cannot write truthfully, naming it', () => {
    const both = { ...WEBINAR_SERIES, recurrence: { freq: 'daily' as const, interval: 1, count: 3, until: '2026-02-01' } };
    expect(() => build({ sessions: [both] })).toThrow(/S-WEBINAR: Give either a number of sessions or an end date, not both/);
    const backwards = { ...LAGOS_OPENING, end: LAGOS_OPENING.start, start: LAGOS_OPENING.end };
    expect(() => build({ sessions: [backwards] })).toThrow(/S-LAGOS-1/);
  });
});

describe('icsFileName', () => {
  it('gives a name safe on every system, ending .ics', () => {
    expect(icsFileName('Lagos: 21–25 Nov 2022')).toBe('Lagos- 21–25 Nov 2022.ics');
    expect(icsFileName('Αθηνά / Webinar')).toBe('Αθηνά - Webinar.ics');
    expect(icsFileName('webinar.ics')).toBe('webinar.ics');
    expect(icsFileName('   ')).toBe('Training Desk.ics');
    expect(icsFileName('CON')).toBe('CON-calendar.ics');
    expect(icsFileName('../../etc/passwd')).not.toMatch(/[/\\]/);
    const long = icsFileName('Μουσεία '.repeat(60));
    expect(long.endsWith('.ics')).toBe(true);
    expect(Buffer.byteLength(long, 'utf8')).toBeLessThanOrEqual(255);
  });
});
