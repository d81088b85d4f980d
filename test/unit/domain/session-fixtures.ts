import type { Programme, Session } from '../../../shared/domain/types';

/** The ICOM France webinar cycle: Paris time, January to October 2026. */
export const webinarProgramme: Programme = {
  id: 'PROG',
  createdAt: '2025-12-01T00:00:00.000Z',
  updatedAt: '2025-12-01T00:00:00.000Z',
  kind: 'webinar-cycle',
  title: { fr: 'Solidarités, musées' },
  region: 'europe',
  venue: { mode: 'online', meeting: { link: 'https://meet.example/icom' } },
  timeZone: 'Europe/Paris',
  startDate: '2026-01-20',
  endDate: '2026-10-20',
  workingLanguages: ['fr'],
  interpretation: ['en', 'es'],
  status: 'confirmed',
  partners: [],
};

/** Every third Tuesday, 13:00–14:30 Paris, 10 times from 20 Jan 2026. */
export const webinarSeries: Session = {
  id: 'SERIES',
  createdAt: '2025-12-01T00:00:00.000Z',
  updatedAt: '2025-12-01T00:00:00.000Z',
  programmeId: 'PROG',
  title: { fr: 'Solidarités, musées' },
  kind: 'online-debate',
  start: '2026-01-20T12:00:00.000Z',
  end: '2026-01-20T13:30:00.000Z',
  timeZone: 'Europe/Paris',
  recurrence: { freq: 'monthly', interval: 1, byDay: ['TU'], bySetPos: 3, count: 10 },
  link: 'https://meet.example/icom',
  speakerIds: ['ATHINA'],
  moderatorIds: ['MATHIEU'],
  language: 'fr',
  interpretation: ['en', 'es'],
};
