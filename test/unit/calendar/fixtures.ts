import { localToInstant } from '../../../shared/domain/dst';
import type { Programme, Recurrence, Session } from '../../../shared/domain/types';

/** Record fields every fixture shares. */
const META = { createdAt: '2025-11-03T08:00:00.000Z', updatedAt: '2025-11-03T08:00:00.000Z' };

/** A programme, the Lagos training unless told otherwise. */
export function programme(over: Partial<Programme> & Pick<Programme, 'id'>): Programme {
  return {
    ...META,
    kind: 'regional-training',
    title: { en: 'Regional training — Lagos 2022', fr: 'Formation régionale — Lagos 2022' },
    region: 'africa',
    venue: { mode: 'in-person', city: 'Lagos', country: 'NG' },
    timeZone: 'Africa/Lagos',
    startDate: '2022-11-21',
    endDate: '2022-11-25',
    workingLanguages: ['en'],
    interpretation: [],
    status: 'completed',
    partners: [],
    ...over,
  };
}

/** A session from a local date and times in `timeZone`, as a form would store it. */
export function session(
  over: Partial<Session> & Pick<Session, 'id' | 'programmeId'>,
  local: { date: string; from: string; to: string; zone: string },
  recurrence?: Recurrence,
): Session {
  return {
    ...META,
    title: { en: 'Session' },
    kind: 'lecture',
    start: localToInstant(local.date, local.from, local.zone),
    end: localToInstant(local.date, local.to, local.zone),
    timeZone: local.zone,
    speakerIds: [],
    moderatorIds: [],
    interpretation: [],
    ...(recurrence && { recurrence }),
    ...over,
  };
}

/** The sample webinar cycle: every third Tuesday, 13:00–14:30 Paris, ten times from 20 Jan 2026. */
export const WEBINAR_PROGRAMME = programme({
  id: 'P-WEB',
  kind: 'webinar-cycle',
  title: { fr: 'Solidarités, musées : de quoi parle-t-on ?', en: 'Solidarity and museums' },
  region: 'europe',
  venue: { mode: 'online', meeting: { link: 'https://example.org/j/1?pwd=secret', passcode: 'Musees26' } },
  timeZone: 'Europe/Paris',
  startDate: '2026-01-20',
  endDate: '2026-10-20',
  colour: '#2c3e91',
});

export const WEBINAR = session(
  { id: 'S-WEB', programmeId: 'P-WEB', title: { fr: 'Solidarités, musées', en: 'Solidarity and museums' }, kind: 'online-debate' },
  { date: '2026-01-20', from: '13:00', to: '14:30', zone: 'Europe/Paris' },
  { freq: 'monthly', interval: 1, byDay: ['TU'], bySetPos: 3, count: 10 },
);
