import 'fake-indexeddb/auto';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DeskDatabase } from '../../../renderer/db/schema';
import { buildIcsFile, calendarLabel } from '../../../renderer/features/calendar/export-ics';
import { programme, WEBINAR, WEBINAR_PROGRAMME } from './fixtures';

const LAGOS = programme({ id: 'P-LAGOS' });
let db: DeskDatabase;
beforeAll(async () => {
  db = createDatabase(`calendar-export-${Math.random()}`);
  await db.open();
  await db.programmes.bulkPut([LAGOS, WEBINAR_PROGRAMME]);
  await db.sessions.bulkPut([WEBINAR]);
});
afterAll(async () => {
  await db.delete();
});

describe('calendarLabel', () => {
  it('names the file after the one programme, else after the filters, in the interface language', () => {
    expect(calendarLabel([LAGOS], { programmeId: 'P-LAGOS' }, 'fr')).toBe('Formation régionale — Lagos 2022');
    expect(calendarLabel([LAGOS, WEBINAR_PROGRAMME], {}, 'en')).toBe('Training Desk calendar');
    expect(calendarLabel([LAGOS, WEBINAR_PROGRAMME], { kind: 'webinar-cycle', region: 'europe' }, 'es')).toBe(
      'Calendario de Training Desk – Ciclo de webinarios, Europa',
    );
  });
});

describe('buildIcsFile', () => {
  it('writes every session of the chosen programmes, whatever is on screen, without passcodes by default', async () => {
    const file = await buildIcsFile(db, [WEBINAR_PROGRAMME], { programmeId: 'P-WEB' }, 'en', false);
    expect(file).toMatchObject({ name: 'Solidarity and museums.ics', programmes: 1, sessions: 1 });
    const text = new TextDecoder().decode(file.bytes);
    expect(text).not.toContain('Musees26');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const series = calendar.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('uid') === 'S-WEB@training-desk')!;
    const rule = series.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect({ freq: rule.freq, count: rule.count, byDay: rule.parts.BYDAY, bySetPos: rule.parts.BYSETPOS }).toEqual({ freq: 'MONTHLY', count: 10, byDay: ['TU'], bySetPos: [3] });
  });

  it('includes the passcodes when asked', async () => {
    const file = await buildIcsFile(db, [WEBINAR_PROGRAMME], {}, 'fr', true);
    expect(new TextDecoder().decode(file.bytes)).toContain('Code secret : Musees26');
  });
});
