import type { LocalisedText, Session, SessionKind } from '../domain/types';
import type { PeopleIndex } from './people';
import type { ProgrammeIndex } from './programmes';
import { PROGRAMME_KEYS, type ProgrammeKey } from './seed-types';
import { addDays, recordMeta, zonedInstant, type SampleOptions } from './support';

/** One line of a printed agenda: a day (0 = the programme's first), wall-clock times in its zone. */
type AgendaLine = {
  day: number;
  from: string;
  to: string;
  kind: SessionKind;
  title: LocalisedText;
  speakers?: string[];
  moderators?: string[];
  room?: string;
};

const line = (day: number, from: string, to: string, kind: SessionKind, title: LocalisedText, more: Partial<AgendaLine> = {}): AgendaLine => ({
  day, from, to, kind, title, ...more,
});

const AUDITORIUM = 'Auditorium, Pan-Atlantic University';
const SEMINAR = 'Seminar room 2, Pan-Atlantic University';
const YSMA = 'Yemisi Shyllon Museum of Art';
const LUNCH = { en: 'Lunch', fr: 'Déjeuner' };

/** Five days in Lagos: lectures in the morning, workshops after lunch, a museum visit mid-week. */
const LAGOS: AgendaLine[] = [
  line(0, '09:00', '10:00', 'plenary', { en: 'Opening: welcome from the hosts and ICOM', fr: 'Ouverture : accueil des hôtes et de l’ICOM' }, { speakers: ['adeola', 'emeka'], moderators: ['camille'], room: AUDITORIUM }),
  line(0, '10:00', '10:30', 'break', { en: 'Coffee break', fr: 'Pause café' }, { room: AUDITORIUM }),
  line(0, '10:30', '12:30', 'lecture', { en: 'Museums and their communities in Africa today' }, { speakers: ['folasade'], room: AUDITORIUM }),
  line(0, '12:30', '13:30', 'break', LUNCH),
  line(0, '13:30', '16:00', 'workshop', { en: 'Documenting collections: from accession registers to databases' }, { speakers: ['folasade'], room: SEMINAR }),
  line(1, '09:00', '12:30', 'lecture', { en: 'Preventive conservation in a tropical climate' }, { speakers: ['thandiwe'], room: AUDITORIUM }),
  line(1, '12:30', '13:30', 'break', LUNCH),
  line(1, '13:30', '16:30', 'workshop', { en: 'Condition reporting and handling objects' }, { speakers: ['thandiwe'], room: 'Conservation studio, Yemisi Shyllon Museum of Art' }),
  line(2, '09:00', '12:30', 'visit', { en: 'Museum visit: the Yemisi Shyllon Museum of Art, galleries and storage' }, { speakers: ['adeola'], room: YSMA }),
  line(2, '12:30', '13:30', 'break', LUNCH),
  line(2, '14:00', '16:30', 'workshop', { en: 'Writing labels for many audiences' }, { speakers: ['wanjiru'], room: SEMINAR }),
  line(3, '09:00', '12:30', 'lecture', { en: 'Provenance, restitution and shared heritage' }, { speakers: ['folasade'], room: AUDITORIUM }),
  line(3, '12:30', '13:30', 'break', LUNCH),
  line(3, '13:30', '16:30', 'workshop', { en: 'Designing education programmes with schools' }, { speakers: ['wanjiru'], room: SEMINAR }),
  line(4, '09:00', '12:00', 'workshop', { en: "Participants' project presentations" }, { speakers: ['folasade', 'wanjiru', 'thandiwe'], room: AUDITORIUM }),
  line(4, '12:00', '13:00', 'break', LUNCH),
  line(4, '14:00', '15:30', 'plenary', { en: 'Closing session and certificates', fr: 'Clôture et remise des certificats' }, { speakers: ['danielle', 'adeola'], moderators: ['camille'], room: AUDITORIUM }),
];

const CAPE_TOWN: AgendaLine[] = [
  line(0, '09:00', '10:30', 'plenary', { en: 'Opening session' }, { moderators: ['camille'], speakers: ['pieter'], room: 'Iziko South African Museum, Lecture theatre' }),
  line(0, '11:00', '13:00', 'lecture', { en: 'Collections care in southern Africa' }, { speakers: ['thandiwe'], room: 'Iziko South African Museum, Lecture theatre' }),
  line(1, '09:00', '16:00', 'workshop', { en: 'Integrated pest management and storage' }, { speakers: ['anneSophie'], room: 'Iziko South African Museum, Workshop room' }),
  line(2, '09:30', '12:30', 'visit', { en: 'Visit: Iziko Slave Lodge' }, { speakers: ['pieter'], room: 'Iziko Slave Lodge' }),
  line(3, '09:00', '16:00', 'workshop', { en: 'Disaster preparedness for museums' }, { speakers: ['anneSophie', 'thandiwe'], room: 'Iziko South African Museum, Workshop room' }),
  line(4, '09:00', '12:00', 'workshop', { en: "Action plans for participants' museums" }, { speakers: ['thandiwe'], room: 'Iziko South African Museum, Workshop room' }),
  line(4, '14:00', '15:30', 'plenary', { en: 'Closing and certificates' }, { moderators: ['camille'], room: 'Iziko South African Museum, Lecture theatre' }),
];

const CALI: AgendaLine[] = [
  line(0, '08:30', '10:00', 'plenary', { es: 'Inauguración', en: 'Opening' }, { moderators: ['julien'], speakers: ['mariajose'], room: 'Museo La Tertulia, Cinemateca' }),
  line(0, '10:30', '12:30', 'lecture', { es: 'Museos y comunidades en América Latina', en: 'Museums and communities in Latin America' }, { speakers: ['andres'], room: 'Museo La Tertulia, Cinemateca' }),
  line(1, '09:00', '16:00', 'workshop', { es: 'Inventario y documentación de colecciones', en: 'Inventory and collections documentation' }, { speakers: ['mercedes'], room: 'Universidad del Valle, Sala 3' }),
  line(2, '09:00', '12:00', 'visit', { es: 'Visita: Museo La Tertulia, colecciones y reservas', en: 'Visit: Museo La Tertulia, collections and storage' }, { speakers: ['mariajose'], room: 'Museo La Tertulia' }),
  line(3, '09:00', '16:00', 'workshop', { es: 'Conservación preventiva en climas tropicales', en: 'Preventive conservation in tropical climates' }, { speakers: ['mercedes'], room: 'Universidad del Valle, Sala 3' }),
  line(4, '09:00', '12:00', 'workshop', { es: 'Presentación de proyectos', en: 'Project presentations' }, { speakers: ['andres', 'mercedes'], room: 'Universidad del Valle, Sala 3' }),
  line(4, '14:00', '15:30', 'plenary', { es: 'Clausura y entrega de certificados', en: 'Closing and certificates' }, { moderators: ['julien'], room: 'Museo La Tertulia, Cinemateca' }),
];

const MARRAKESH: AgendaLine[] = [
  line(0, '09:00', '10:30', 'plenary', { fr: 'Ouverture', en: 'Opening' }, { moderators: ['camille'], room: 'Musée Yves Saint Laurent Marrakech, auditorium' }),
  line(0, '11:00', '13:00', 'lecture', { fr: 'Les musées et leurs publics au Maghreb et en Afrique de l’Ouest', en: 'Museums and their audiences in the Maghreb and West Africa' }, { speakers: ['hicham'], room: 'Musée Yves Saint Laurent Marrakech, auditorium' }),
  line(1, '09:00', '16:30', 'workshop', { fr: 'Conservation préventive : diagnostic des réserves', en: 'Preventive conservation: assessing storage' }, { speakers: ['anneSophie'] }),
  line(2, '09:30', '12:30', 'visit', { fr: 'Visite : musée Dar Si Saïd', en: 'Visit: Dar Si Saïd museum' }, { speakers: ['hicham'], room: 'Musée Dar Si Saïd' }),
  line(3, '09:00', '16:30', 'workshop', { fr: 'Inventaire et numérisation des collections', en: 'Inventory and digitisation of collections' }, { speakers: ['anneSophie'] }),
  line(4, '09:00', '12:00', 'workshop', { fr: 'Présentation des projets', en: 'Project presentations' }, { speakers: ['hicham', 'anneSophie'] }),
  line(4, '15:00', '16:30', 'plenary', { fr: 'Clôture et remise des certificats', en: 'Closing and certificates' }, { moderators: ['camille'], room: 'Musée Yves Saint Laurent Marrakech, auditorium' }),
];

/** Sunday to Thursday: the Qatari working week. */
const DOHA: AgendaLine[] = [
  line(0, '09:00', '10:30', 'plenary', { en: 'Opening session' }, { moderators: ['maryam'], speakers: ['camille'], room: 'Museum of Islamic Art, Auditorium' }),
  line(0, '11:00', '13:00', 'lecture', { en: 'Museum education and audiences in the Gulf and the Levant' }, { speakers: ['georges'], room: 'Museum of Islamic Art, Auditorium' }),
  line(1, '09:00', '15:00', 'workshop', { en: 'Collections management and documentation standards' }, { speakers: ['georges'], room: 'Museum of Islamic Art, Education Centre' }),
  line(2, '09:00', '12:00', 'visit', { en: 'Visit: Mathaf: Arab Museum of Modern Art' }, { room: 'Mathaf, Education City' }),
  line(3, '09:00', '15:00', 'workshop', { en: 'Preventive conservation for hot and humid climates' }, { speakers: ['anneSophie'], room: 'Museum of Islamic Art, Education Centre' }),
  line(4, '09:00', '11:30', 'workshop', { en: "Participants' projects" }, { speakers: ['georges', 'anneSophie'], room: 'Museum of Islamic Art, Education Centre' }),
  line(4, '12:00', '13:30', 'plenary', { en: 'Closing and certificates' }, { moderators: ['maryam'], room: 'Museum of Islamic Art, Auditorium' }),
];

const CIMAM: AgendaLine[] = [
  line(0, '09:30', '10:30', 'plenary', { en: 'Welcome and opening', fr: 'Accueil et ouverture', es: 'Bienvenida e inauguración' }, { speakers: ['tendai'], moderators: ['nuria'], room: 'National Gallery of Zimbabwe, Main hall' }),
  line(0, '11:00', '12:30', 'lecture', { en: 'Keynote', fr: 'Conférence inaugurale', es: 'Conferencia magistral' }, { speakers: ['folasade'], moderators: ['nuria'], room: 'National Gallery of Zimbabwe, Main hall' }),
  line(0, '14:30', '17:00', 'visit', { en: 'Visit: National Gallery of Zimbabwe', fr: 'Visite : National Gallery of Zimbabwe', es: 'Visita: National Gallery of Zimbabwe' }, { speakers: ['chipo'] }),
  line(1, '09:30', '12:30', 'plenary', { en: 'Panel: museums, artists and publics', fr: 'Table ronde : musées, artistes et publics', es: 'Mesa redonda: museos, artistas y públicos' }, { speakers: ['emily', 'folasade'], moderators: ['nuria'], room: 'National Gallery of Zimbabwe, Main hall' }),
  line(1, '14:00', '16:00', 'workshop', { en: 'Breakout groups', fr: 'Ateliers en groupes', es: 'Grupos de trabajo' }),
  line(2, '09:30', '11:30', 'plenary', { en: 'CIMAM General Assembly', fr: 'Assemblée générale du CIMAM', es: 'Asamblea General de CIMAM' }, { moderators: ['nuria'], room: 'National Gallery of Zimbabwe, Main hall' }),
  line(2, '12:00', '13:00', 'plenary', { en: 'Closing remarks', fr: 'Clôture', es: 'Clausura' }, { speakers: ['chipo'], moderators: ['nuria'], room: 'National Gallery of Zimbabwe, Main hall' }),
];

/** The programmes with a timetable; Koper and Rakvere have none. */
const AGENDAS: Partial<Record<ProgrammeKey, AgendaLine[]>> = {
  doha: DOHA,
  marrakesh: MARRAKESH,
  cali: CALI,
  capeTown: CAPE_TOWN,
  lagos: LAGOS,
  cimam: CIMAM,
};

export type SeededSession = { programmeKey: ProgrammeKey; record: Session };

/** Builds the sessions of every programme, times computed in the programme's zone. */
export function buildSessions(options: SampleOptions, programmes: ProgrammeIndex, people: PeopleIndex): SeededSession[] {
  const sessions: SeededSession[] = [];
  for (const key of PROGRAMME_KEYS) {
    const programme = programmes.get(key);
    const zone = programme.timeZone;
    const shared = { programmeId: programme.id, timeZone: zone, language: programme.workingLanguages[0] ?? 'en' };
    if (key === 'webinar') {
      sessions.push({ programmeKey: key, record: webinarSession(options, programmes, people) });
      continue;
    }
    for (const agenda of AGENDAS[key] ?? []) {
      const date = addDays(programme.startDate, agenda.day);
      const record: Session = {
        ...recordMeta(options),
        ...shared,
        title: { ...agenda.title },
        kind: agenda.kind,
        start: zonedInstant(date, agenda.from, zone),
        end: zonedInstant(date, agenda.to, zone),
        ...(agenda.room !== undefined && { room: agenda.room }),
        speakerIds: (agenda.speakers ?? []).map(people.idOf),
        moderatorIds: (agenda.moderators ?? []).map(people.idOf),
        interpretation: [...programme.interpretation],
      };
      sessions.push({ programmeKey: key, record });
    }
  }
  return sessions;
}

/**
 * The webinar cycle is ONE session that recurs: the first occurrence on the
 * third Tuesday of January 2026 at 13:00 Paris time, then every third Tuesday.
 */
function webinarSession(options: SampleOptions, programmes: ProgrammeIndex, people: PeopleIndex): Session {
  const programme = programmes.get('webinar');
  const zone = programme.timeZone;
  const meeting = programme.venue.mode === 'in-person' ? undefined : programme.venue.meeting;
  return {
    ...recordMeta(options),
    programmeId: programme.id,
    title: { ...programme.title },
    kind: 'online-debate',
    start: zonedInstant(programme.startDate, '13:00', zone),
    end: zonedInstant(programme.startDate, '14:30', zone),
    timeZone: zone,
    recurrence: { freq: 'monthly', interval: 1, byDay: ['TU'], bySetPos: 3, count: 10 },
    ...(meeting?.link !== undefined && { link: meeting.link }),
    speakerIds: ['athina', 'aino', 'noa', 'katarzyna'].map(people.idOf),
    moderatorIds: [people.idOf('mathieu')],
    language: 'fr',
    interpretation: [...programme.interpretation],
  };
}
