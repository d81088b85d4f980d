import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { Programme } from '../../../shared/domain/types';
import { buildSampleData, type SampleData } from '../../../shared/sample/build-sample';
import { foldForSort } from '../../../shared/sample/fold';

const NOW = '2026-03-02T09:15:00.000Z';
const BATCH = 'sample-batch-1';

/** Builds the sample with ids "<prefix>1", "<prefix>2"… and remembers them in issue order. */
function build(prefix: string): { data: SampleData; issued: string[] } {
  const issued: string[] = [];
  const data = buildSampleData({
    newId: () => {
      const id = `${prefix}${issued.length + 1}`;
      issued.push(id);
      return id;
    },
    now: NOW,
    importBatchId: BATCH,
  });
  return { data, issued };
}

const { data, issued } = build('ID-');
const all = [
  ...data.organisations,
  ...data.programmes,
  ...data.sessions,
  ...data.people,
  ...data.enrolments,
  ...data.funds,
  ...data.grants,
];
const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
const programmesById = byId(data.programmes);
const peopleById = byId(data.people);
const enrolmentsById = byId(data.enrolments);
const fundsById = byId(data.funds);
const orgIds = new Set(data.organisations.map((o) => o.id));
const sessionsById = byId(data.sessions);

function programmeTitled(en: string): Programme {
  const found = data.programmes.find((p) => p.title.en?.includes(en));
  if (!found) throw new Error(`No programme titled ${en}`);
  return found;
}

function localDate(instant: string, zone: string): string {
  return Temporal.Instant.from(instant).toZonedDateTimeISO(zone).toPlainDate().toString();
}

describe('buildSampleData: records and references', () => {
  it('gives every record and payment a unique id from newId, the load time and the batch', () => {
    const ids = [...all.map((r) => r.id), ...data.grants.flatMap((g) => g.payments.map((p) => p.id))];
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(issued));
    for (const r of all) {
      expect(r.createdAt).toBe(NOW);
      expect(r.updatedAt).toBe(NOW);
      expect(r.importBatchId).toBe(BATCH);
    }
  });

  it('resolves every foreign key', () => {
    for (const p of data.programmes) for (const partner of p.partners) expect(orgIds.has(partner.organisationId)).toBe(true);
    for (const s of data.sessions) {
      expect(programmesById.has(s.programmeId)).toBe(true);
      for (const id of [...s.speakerIds, ...s.moderatorIds]) expect(peopleById.has(id)).toBe(true);
    }
    for (const p of data.people) if (p.organisationId !== undefined) expect(orgIds.has(p.organisationId)).toBe(true);
    for (const e of data.enrolments) {
      expect(peopleById.has(e.personId)).toBe(true);
      expect(programmesById.has(e.programmeId)).toBe(true);
      for (const a of e.attendance) expect(sessionsById.get(a.sessionId)?.programmeId).toBe(e.programmeId);
    }
    for (const f of data.funds) {
      expect(orgIds.has(f.sponsorOrganisationId)).toBe(true);
      if (f.programmeId !== undefined) expect(programmesById.has(f.programmeId)).toBe(true);
    }
    for (const g of data.grants) {
      const enrolment = enrolmentsById.get(g.enrolmentId);
      expect(enrolment).toBeDefined();
      expect(g.personId).toBe(enrolment?.personId);
      expect(g.programmeId).toBe(enrolment?.programmeId);
      const fund = fundsById.get(g.fundId);
      expect(fund).toBeDefined();
      if (fund?.programmeId !== undefined) expect(g.programmeId).toBe(fund.programmeId);
    }
  });

  it('enrols nobody twice in the same programme and gives at most one grant per enrolment', () => {
    const pairs = data.enrolments.map((e) => `${e.personId}|${e.programmeId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const grantEnrolments = data.grants.map((g) => g.enrolmentId);
    expect(new Set(grantEnrolments).size).toBe(grantEnrolments.length);
  });

  it('keeps grants in their fund currency, in whole non-negative minor units, paid in full when paid', () => {
    for (const g of data.grants) {
      expect(g.currency).toBe(fundsById.get(g.fundId)?.currency);
      expect(g.components.length).toBeGreaterThan(0);
      for (const amount of [...g.components.map((c) => c.amountMinor), ...g.payments.map((p) => p.amountMinor)]) {
        expect(Number.isSafeInteger(amount)).toBe(true);
        expect(amount).toBeGreaterThanOrEqual(0);
      }
      const total = g.components.reduce((s, c) => s + c.amountMinor, 0);
      const paid = g.payments.reduce((s, p) => s + p.amountMinor, 0);
      expect(paid).toBe(g.status === 'paid' || g.status === 'reported' ? total : 0);
    }
    for (const f of data.funds) expect(Number.isSafeInteger(f.budgetMinor) && f.budgetMinor > 0).toBe(true);
  });
});

describe('buildSampleData: programmes and sessions', () => {
  it('holds the Lagos training on 21–25 Nov 2022 in Africa/Lagos, opening at 09:00 = 08:00Z', () => {
    const lagos = programmeTitled('Lagos 2022');
    expect([lagos.startDate, lagos.endDate, lagos.timeZone]).toEqual(['2022-11-21', '2022-11-25', 'Africa/Lagos']);
    expect(lagos.grantsTarget).toEqual({ min: 25, max: 30 });
    const roles = lagos.partners.map((p) => `${data.organisations.find((o) => o.id === p.organisationId)?.shortName}:${p.role}`);
    expect(roles).toEqual(expect.arrayContaining(['ICOM:organiser', 'YSMA:host', 'PAU:host', 'NMAAHC:funder']));
    const sessions = data.sessions.filter((s) => s.programmeId === lagos.id).sort((a, b) => a.start.localeCompare(b.start));
    expect(sessions[0]?.start).toBe('2022-11-21T08:00:00.000Z');
    expect(new Set(sessions.map((s) => localDate(s.start, 'Africa/Lagos'))).size).toBe(5);
    const enrolments = data.enrolments.filter((e) => e.programmeId === lagos.id);
    expect(enrolments.filter((e) => e.role === 'participant' && e.status === 'attended')).toHaveLength(28);
    const grants = data.grants.filter((g) => g.programmeId === lagos.id);
    expect(grants.length).toBeGreaterThanOrEqual(25);
    expect(grants.length).toBeLessThanOrEqual(30);
    expect(new Set(grants.map((g) => g.currency))).toEqual(new Set(['USD']));
  });

  it('runs the webinar cycle every third Tuesday at 13:00 Paris time, from 20 Jan 2026 (12:00Z)', () => {
    const webinar = data.programmes.find((p) => p.kind === 'webinar-cycle');
    const series = data.sessions.filter((s) => s.programmeId === webinar?.id);
    expect(series).toHaveLength(1);
    const session = series[0];
    expect(session?.recurrence).toEqual({ freq: 'monthly', interval: 1, byDay: ['TU'], bySetPos: 3, count: 10 });
    expect(session?.start).toBe('2026-01-20T12:00:00.000Z');
    expect(session?.end).toBe('2026-01-20T13:30:00.000Z');
    const first = Temporal.Instant.from(session?.start ?? '').toZonedDateTimeISO('Europe/Paris');
    expect([first.dayOfWeek, Math.ceil(first.day / 7), first.hour, first.minute]).toEqual([2, 3, 13, 0]);
    expect(session?.interpretation).toEqual(['en', 'es']);
    expect(webinar?.interpretation).toEqual(['en', 'es']);
    expect(webinar?.venue.mode).toBe('online');
    // The tenth third Tuesday closes the cycle.
    const month = Temporal.PlainYearMonth.from('2026-10').toPlainDate({ day: 1 });
    const thirdTuesday = month.add({ days: ((2 - month.dayOfWeek + 7) % 7) + 14 });
    expect(webinar?.endDate).toBe(thirdTuesday.toString());
  });

  it('gives every programme a title and an English one', () => {
    for (const p of data.programmes) {
      expect(Object.values(p.title).some((t) => t.trim().length > 0)).toBe(true);
      expect(p.title.en).toBeTruthy();
    }
  });

  it('keeps every session within its programme dates, in its zone', () => {
    for (const s of data.sessions) {
      const p = programmesById.get(s.programmeId);
      if (!p) throw new Error('orphan session');
      expect(s.timeZone).toBe(p.timeZone);
      expect(s.end > s.start).toBe(true);
      for (const instant of [s.start, s.end]) {
        const day = localDate(instant, p.timeZone);
        expect(day >= p.startDate && day <= p.endDate).toBe(true);
      }
    }
  });

  it('leaves the 2023 member events without a timetable', () => {
    const events = data.programmes.filter((p) => p.kind === 'event');
    expect(events.map((e) => e.venue.mode === 'online' ? '' : e.venue.city).sort()).toEqual(['Koper', 'Rakvere']);
    for (const e of events) expect(data.sessions.some((s) => s.programmeId === e.id)).toBe(false);
  });
});

describe('buildSampleData: people', () => {
  it('has at least 140 people from at least 20 countries', () => {
    expect(data.people.length).toBeGreaterThanOrEqual(140);
    expect(new Set(data.people.map((p) => p.country)).size).toBeGreaterThanOrEqual(20);
  });

  it('keeps names in their own scripts and exactly as written', () => {
    const names = data.people.map((p) => `${p.givenName} ${p.familyName}`);
    expect(names).toContain('Αθηνά Παπαδοπούλου');
    expect(names).toContain('Văn An Nguyễn');
    expect(names).toContain('María José García López');
    expect(names.some((n) => /\p{Script=Arabic}/u.test(n))).toBe(true);
    expect(names.some((n) => /\p{Script=Hebrew}/u.test(n))).toBe(true);
    expect(names.some((n) => /\p{Script=Ethiopic}/u.test(n))).toBe(true);
    const families = data.people.map((p) => p.familyName);
    expect(families).toEqual(expect.arrayContaining(['de la Cruz Hernández', 'van der Merwe', 'Le Goff', 'dos Santos', 'N’Guessan', "O'Brien"]));
    // Not title-cased on the way in: lower-case particles survive.
    expect(families.some((f) => /^\p{Ll}/u.test(f))).toBe(true);
  });

  it('derives sort keys by folding "family given", and email keys by lower-casing', () => {
    const maria = data.people.find((p) => p.familyName === 'García López');
    expect(maria?.sortKey).toContain('garcia lopez');
    for (const p of data.people) {
      expect(p.sortKey).toBe(foldForSort(`${p.familyName} ${p.givenName}`));
      expect(p.emailKeys).toEqual(p.emails.map((e) => e.toLowerCase()));
      expect(p.emails.length).toBeGreaterThan(0);
      for (const email of p.emails) expect(email).toMatch(/^[\x21-\x7e]+@[a-z0-9.-]+\.(example|net)$/i);
    }
    expect(data.people.some((p) => p.emails.some((e) => e !== e.toLowerCase()))).toBe(true);
  });

  it('folds case, accents and spacing', () => {
    expect(foldForSort('  García   López ')).toBe('garcia lopez');
    expect(foldForSort('Nguyễn Văn An')).toBe('nguyen van an');
    expect(foldForSort('Παπαδοπούλου Αθηνά')).toBe('παπαδοπουλου αθηνα');
  });
});

describe('buildSampleData: enrolments', () => {
  it('ranks each waiting list 1..n without gaps, and only waiting enrolments', () => {
    for (const p of data.programmes) {
      const ranks = data.enrolments
        .filter((e) => e.programmeId === p.id && e.status === 'waitlisted')
        .map((e) => e.waitlistRank)
        .sort((a, b) => (a ?? 0) - (b ?? 0));
      expect(ranks).toEqual(ranks.map((_, i) => i + 1));
    }
    expect(data.enrolments.filter((e) => e.status === 'waitlisted').length).toBeGreaterThan(0);
    for (const e of data.enrolments) if (e.status !== 'waitlisted') expect(e.waitlistRank).toBeUndefined();
  });

  it('marks attendance for past participants only, at most once per session', () => {
    const marked = data.enrolments.filter((e) => e.attendance.length > 0);
    expect(marked.length).toBeGreaterThan(50);
    for (const e of marked) {
      expect(['attended', 'no-show']).toContain(e.status);
      const ids = e.attendance.map((a) => a.sessionId);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const marks = marked.flatMap((e) => e.attendance.map((a) => a.mark));
    expect(new Set(marks)).toEqual(new Set(['present', 'absent', 'excused']));
  });
});

describe('buildSampleData: determinism', () => {
  it('gives the same data apart from ids, whatever newId returns', () => {
    const other = build('x-');
    const canonical = (sample: SampleData, ids: string[]) => {
      const index = new Map(ids.map((id, i) => [id, `#${i}`]));
      return JSON.stringify(sample, (_key, value: unknown) => (typeof value === 'string' ? index.get(value) ?? value : value));
    };
    expect(canonical(other.data, other.issued)).toBe(canonical(data, issued));
  });
});
