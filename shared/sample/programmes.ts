import type { PartnerRole, Programme, RecordMeta } from '../domain/types';
import type { OrganisationIndex, OrgKey } from './organisations';
import { PROGRAMME_KEYS, type ProgrammeKey } from './seed-types';
import { pick, recordMeta, type SampleOptions } from './support';

type ProgrammeSeed = Omit<Programme, keyof RecordMeta | 'partners'> & {
  key: ProgrammeKey;
  partners: [OrgKey, PartnerRole][];
};

const WEBINAR_MEETING = {
  platform: 'Zoom',
  link: 'https://us06web.zoom.us/j/84213570926?pwd=c29saWRhcml0ZXMyMDI2',
  meetingId: '842 1357 0926',
  passcode: 'Musees26',
};

const SEEDS: ProgrammeSeed[] = [
  {
    key: 'doha',
    kind: 'regional-training',
    title: { en: 'Regional training for Arab States museum professionals — Doha 2018', fr: 'Formation régionale pour les États arabes — Doha 2018' },
    region: 'arab-states',
    venue: { mode: 'in-person', city: 'Doha', country: 'QA', address: 'Museum of Islamic Art, Corniche, Doha' },
    timeZone: 'Asia/Qatar',
    startDate: '2018-10-14',
    endDate: '2018-10-18',
    workingLanguages: ['en'],
    interpretation: ['ar'],
    capacity: 20,
    status: 'completed',
    partners: [['icom', 'organiser'], ['qm', 'host']],
    colour: '#8e44ad',
  },
  {
    key: 'marrakesh',
    kind: 'regional-training',
    title: { fr: 'Formation régionale — Marrakech 2019', en: 'Regional training — Marrakesh 2019' },
    description: {
      fr: 'Cinq jours de formation pour des professionnels des musées du Maghreb et d’Afrique francophone, avec des bourses du ministère de la Culture.',
      en: 'Five days of training for museum professionals from the Maghreb and French-speaking Africa, with grants from the French Ministry of Culture.',
    },
    region: 'arab-states',
    venue: { mode: 'in-person', city: 'Marrakech', country: 'MA', address: 'Musée Yves Saint Laurent Marrakech, rue Yves Saint Laurent' },
    timeZone: 'Africa/Casablanca',
    startDate: '2019-06-10',
    endDate: '2019-06-14',
    workingLanguages: ['fr'],
    interpretation: [],
    capacity: 20,
    grantsTarget: { min: 15, max: 20 },
    status: 'completed',
    partners: [['icom', 'organiser'], ['fnm', 'host'], ['mysl', 'host'], ['minCultureFr', 'funder']],
    colour: '#c0392b',
  },
  {
    key: 'cali',
    kind: 'regional-training',
    title: {
      es: 'Formación regional para América Latina y el Caribe — Cali 2019',
      en: 'Regional training for Latin America and the Caribbean — Cali 2019',
      fr: 'Formation régionale pour l’Amérique latine et les Caraïbes — Cali 2019',
    },
    region: 'latin-america-caribbean',
    venue: { mode: 'in-person', city: 'Cali', country: 'CO', address: 'Museo La Tertulia, Avenida Colombia # 5 Oeste-105, Cali' },
    timeZone: 'America/Bogota',
    startDate: '2019-10-21',
    endDate: '2019-10-25',
    workingLanguages: ['es'],
    interpretation: [],
    capacity: 22,
    status: 'completed',
    partners: [['icom', 'organiser'], ['tertulia', 'host'], ['univalle', 'host'], ['minculturaCo', 'partner']],
    colour: '#d35400',
  },
  {
    key: 'capeTown',
    kind: 'regional-training',
    title: { en: 'Regional training for southern and eastern Africa — Cape Town 2019', fr: 'Formation régionale pour l’Afrique australe et orientale — Le Cap 2019' },
    region: 'africa',
    venue: { mode: 'in-person', city: 'Cape Town', country: 'ZA', address: 'Iziko South African Museum, 25 Queen Victoria Street, Cape Town' },
    timeZone: 'Africa/Johannesburg',
    startDate: '2019-11-11',
    endDate: '2019-11-15',
    workingLanguages: ['en'],
    interpretation: [],
    capacity: 22,
    status: 'completed',
    partners: [['icom', 'organiser'], ['iziko', 'host'], ['uct', 'host']],
    colour: '#16a085',
  },
  {
    key: 'lagos',
    kind: 'regional-training',
    title: { en: 'Regional training for African museum professionals — Lagos 2022', fr: 'Formation régionale pour les professionnels des musées africains — Lagos 2022' },
    description: {
      en: 'Five days of lectures, workshops and a museum visit for 25–30 museum professionals from across Africa, with grants from the NMAAHC.',
      fr: 'Cinq jours de cours, d’ateliers et une visite de musée pour 25 à 30 professionnels des musées de toute l’Afrique, avec des bourses du NMAAHC.',
    },
    region: 'africa',
    venue: { mode: 'in-person', city: 'Lagos', country: 'NG', address: 'Pan-Atlantic University, Km 52 Lekki-Epe Expressway, Ibeju-Lekki, Lagos' },
    timeZone: 'Africa/Lagos',
    startDate: '2022-11-21',
    endDate: '2022-11-25',
    workingLanguages: ['en'],
    interpretation: [],
    capacity: 30,
    grantsTarget: { min: 25, max: 30 },
    status: 'completed',
    partners: [['icom', 'organiser'], ['ysma', 'host'], ['pau', 'host'], ['nmaahc', 'funder']],
    colour: '#27ae60',
  },
  {
    key: 'koper',
    kind: 'event',
    title: { en: 'ICOM Slovenia members’ meeting — Koper', fr: 'Rencontre des membres d’ICOM Slovénie — Koper' },
    description: { en: 'Three days of visits and talks for members, hosted by the Regional Museum Koper.' },
    region: 'europe',
    venue: { mode: 'in-person', city: 'Koper', country: 'SI' },
    timeZone: 'Europe/Ljubljana',
    startDate: '2023-09-20',
    endDate: '2023-09-22',
    workingLanguages: ['en', 'sl'],
    interpretation: [],
    status: 'completed',
    partners: [['icomSlovenia', 'organiser'], ['pmk', 'host']],
    colour: '#2980b9',
  },
  {
    key: 'rakvere',
    kind: 'event',
    title: { en: 'ICOM Estonia members’ days — Rakvere', fr: 'Journées des membres d’ICOM Estonie — Rakvere' },
    description: { en: 'Two days for members at the Virumaa Museums.' },
    region: 'europe',
    venue: { mode: 'in-person', city: 'Rakvere', country: 'EE' },
    timeZone: 'Europe/Tallinn',
    startDate: '2023-09-25',
    endDate: '2023-09-26',
    workingLanguages: ['en', 'et'],
    interpretation: [],
    status: 'completed',
    partners: [['icomEstonia', 'organiser'], ['virumaa', 'host']],
    colour: '#34495e',
  },
  {
    key: 'webinar',
    kind: 'webinar-cycle',
    title: {
      fr: 'Solidarités, musées : de quoi parle-t-on ?',
      en: 'Solidarity and museums: what are we talking about?',
      es: 'Solidaridades y museos: ¿de qué hablamos?',
    },
    description: {
      fr: 'Un débat en ligne chaque troisième mardi du mois, de 13 h à 14 h 30 (heure de Paris), avec interprétation en anglais et en espagnol.',
      en: 'An online debate every third Tuesday of the month, 13:00–14:30 Paris time, with interpretation into English and Spanish.',
      es: 'Un debate en línea cada tercer martes del mes, de 13:00 a 14:30 (hora de París), con interpretación al inglés y al español.',
    },
    region: 'europe',
    venue: { mode: 'online', meeting: WEBINAR_MEETING },
    timeZone: 'Europe/Paris',
    // Ten third Tuesdays: 20 January to 20 October 2026.
    startDate: '2026-01-20',
    endDate: '2026-10-20',
    workingLanguages: ['fr'],
    interpretation: ['en', 'es'],
    capacity: 300,
    status: 'running',
    partners: [['icomFrance', 'organiser'], ['icomFinland', 'partner'], ['icomGreece', 'partner'], ['icomIsrael', 'partner'], ['cimuset', 'partner']],
    colour: '#2c3e91',
  },
  {
    key: 'cimam',
    kind: 'conference',
    title: { en: 'CIMAM 2026 Annual Conference', fr: 'Conférence annuelle du CIMAM 2026', es: 'Conferencia anual de CIMAM 2026' },
    description: { en: 'The annual conference of CIMAM in Harare, hosted by the National Gallery of Zimbabwe, with travel grants for members.' },
    region: 'global',
    venue: { mode: 'in-person', city: 'Harare', country: 'ZW', address: 'National Gallery of Zimbabwe, 20 Julius Nyerere Way, Harare' },
    timeZone: 'Africa/Harare',
    startDate: '2026-11-20',
    endDate: '2026-11-22',
    workingLanguages: ['en'],
    interpretation: [],
    capacity: 250,
    status: 'confirmed',
    partners: [['cimam', 'organiser'], ['ngz', 'host']],
    colour: '#b7950b',
  },
];

export type SeededProgramme = { key: ProgrammeKey; record: Programme };
export type ProgrammeIndex = { programmes: SeededProgramme[]; get: (key: ProgrammeKey) => Programme };

/** Builds the sample programmes, with their partners' organisation ids. */
export function buildProgrammes(options: SampleOptions, orgs: OrganisationIndex): ProgrammeIndex {
  const byKey = new Map<ProgrammeKey, Programme>();
  const programmes = PROGRAMME_KEYS.map((key): SeededProgramme => {
    const seed = SEEDS.find((s) => s.key === key);
    if (seed === undefined) throw new Error(`Sample data: programme "${key}" has no seed.`);
    const { key: _key, partners, ...fields } = seed;
    const record: Programme = {
      ...recordMeta(options),
      ...fields,
      // Fresh arrays and objects per build, so no two loads share mutable parts.
      venue: fields.venue.mode === 'in-person' ? { ...fields.venue } : { ...fields.venue, meeting: { ...fields.venue.meeting } },
      workingLanguages: [...fields.workingLanguages],
      interpretation: [...fields.interpretation],
      ...(fields.title && { title: { ...fields.title } }),
      ...(fields.description && { description: { ...fields.description } }),
      ...(fields.grantsTarget && { grantsTarget: { ...fields.grantsTarget } }),
      partners: partners.map(([org, role]) => ({ organisationId: orgs.idOf(org), role })),
    };
    byKey.set(key, record);
    return { key, record };
  });
  return { programmes, get: (key) => pick(byKey, key, 'programme') };
}

