import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../shared/domain/types';
import { calendarLocale, viewButtons, VIEWS } from '../../../renderer/features/calendar/fc-locale';

type Hint = (text: string, unit: string) => string;

describe('FullCalendar’s words, from our catalogues', () => {
  it('names the toolbar buttons by what they do, with each language’s grammar', () => {
    const fr = calendarLocale('fr');
    expect((fr.prevHint as Hint)('Semaine', 'week')).toBe('Semaine précédente');
    expect((fr.nextHint as Hint)('Mois', 'month')).toBe('Mois suivant');
    expect((calendarLocale('es').todayHint as Hint)('Semana', 'week')).toBe('Esta semana');
    expect((calendarLocale('en').nextHint as Hint)('Month', 'month')).toBe('Next month');
  });

  it('says “all day”, “nothing planned” and “+n more” in the interface language', () => {
    expect(calendarLocale('fr')).toMatchObject({ code: 'fr', allDayText: 'Toute la journée', noEventsText: 'Rien de prévu sur cette période.', firstDay: 1 });
    expect(calendarLocale('es').allDayText).toBe('Todo el día');
    expect((calendarLocale('en').moreLinkHint as (n: number) => string)(1)).toBe('Show 1 more item');
    expect((calendarLocale('en').moreLinkHint as (n: number) => string)(3)).toBe('Show 3 more items');
  });

  it('labels every view button in every language, none left in English by accident', () => {
    for (const lang of UI_LANGUAGES) {
      const buttons = viewButtons(lang);
      expect(Object.keys(buttons)).toEqual(VIEWS.map((v) => v.name));
      for (const b of Object.values(buttons)) expect(b.text && b.hint).toBeTruthy();
    }
    expect(viewButtons('fr').timeGridWeek).toEqual({ text: 'Semaine', hint: 'Vue de la semaine' });
    expect(viewButtons('es').listMonth?.text).toBe('Agenda');
  });
});
