import { describe, expect, it } from 'vitest';
import { expandSeries } from '../../../shared/domain/recurrence';
import { colourFromId, programmeColour, textColourOn, tint } from '../../../renderer/features/calendar/colours';
import { itemOf, programmeEvent, sessionEvent } from '../../../renderer/features/calendar/events';
import { programme, WEBINAR, WEBINAR_PROGRAMME } from './fixtures';

describe('programme colours', () => {
  it('uses the programme’s own colour, else one derived from its id that never changes', () => {
    expect(programmeColour({ id: 'P1', colour: '#27ae60' })).toBe('#27ae60');
    expect(programmeColour({ id: 'P1', colour: 'green; background: url(x)' })).toBe(colourFromId('P1'));
    expect(programmeColour({ id: '01HZX3' })).toBe(programmeColour({ id: '01HZX3' }));
    expect(colourFromId('01HZX3')).toMatch(/^#[0-9a-f]{6}$/);
    const many = new Set(Array.from({ length: 50 }, (_, i) => colourFromId(`01HZ${i}`)));
    expect(many.size).toBeGreaterThan(30);
  });

  it('writes white on dark colours and ink on light ones', () => {
    expect(textColourOn('#2c3e91')).toBe('#ffffff');
    expect(textColourOn(colourFromId('any id'))).toBe('#ffffff');
    expect(textColourOn('#fff3cd')).toBe('#1c2430');
    expect(textColourOn(tint('#2c3e91'))).toBe('#1c2430');
    expect(tint('#000000', 0.75)).toBe('#bfbfbf');
    expect(tint('#000000')).toBe('#999999');
  });
});

describe('programmeEvent', () => {
  it('shows the Lagos training as an all-day span from 21 to 25 Nov 2022 (end exclusive), not draggable', () => {
    const event = programmeEvent(programme({ id: 'P-LAGOS' }), 'fr');
    expect(event).toMatchObject({ start: '2022-11-21', end: '2022-11-26', allDay: true, editable: false, title: 'Formation régionale — Lagos 2022' });
    expect(itemOf(event.extendedProps)).toEqual({ type: 'programme', programmeId: 'P-LAGOS', programmeTitle: 'Formation régionale — Lagos 2022' });
    // Trainings come first in a day, webinar cycles (months long) last, sessions between.
    expect(event.extendedProps.rank).toBeLessThan(sessionEvent(WEBINAR, expandSeries(WEBINAR)[0]!, WEBINAR_PROGRAMME, 'en', undefined).extendedProps.rank);
    expect(programmeEvent(WEBINAR_PROGRAMME, 'en').extendedProps.rank).toBe(3);
  });

  it('falls back to another language, then to “(untitled)”, never to an empty title', () => {
    expect(programmeEvent(programme({ id: 'P', title: { fr: 'Rencontre' } }), 'es').title).toBe('Rencontre');
    expect(programmeEvent(programme({ id: 'P', title: {} }), 'en').title).toBe('(untitled)');
  });
});

describe('sessionEvent', () => {
  it('places one occurrence of a series at its instants, in the programme’s colour, marked recurring', () => {
    const march = expandSeries(WEBINAR).find((o) => o.occurrenceDate === '2026-03-17')!;
    const event = sessionEvent(WEBINAR, march, WEBINAR_PROGRAMME, 'en', { time: '08:00', usualTime: '07:00' });
    expect(event).toMatchObject({
      id: 'session:S-WEB@2026-03-17',
      start: '2026-03-17T12:00:00.000Z',
      end: '2026-03-17T13:30:00.000Z',
      allDay: false,
      editable: true,
      color: '#2c3e91',
      contrastColor: '#ffffff',
      title: 'Solidarity and museums',
    });
    expect(itemOf(event.extendedProps)).toMatchObject({ type: 'session', sessionId: 'S-WEB', recurring: true, occurrenceDate: '2026-03-17', dst: { time: '08:00' } });
  });

  it('keeps a session whose programme is missing, in a colour from the programme id', () => {
    const [only] = expandSeries({ ...WEBINAR, recurrence: undefined });
    const event = sessionEvent({ ...WEBINAR, recurrence: undefined }, only!, undefined, 'en', undefined);
    expect(event.color).toBe(colourFromId('P-WEB'));
    expect(itemOf(event.extendedProps)).toMatchObject({ recurring: false });
    expect(itemOf({})).toBeUndefined();
  });
});
