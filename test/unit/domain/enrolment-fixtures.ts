import type { Enrolment, EnrolmentRole, EnrolmentStatus, Gender, Person, Programme } from '../../../shared/domain/types';

/**
 * The Lagos regional training, 21–25 Nov 2022: 30 places, 28 participants
 * seated (20 confirmed, 8 accepted), a waiting list of 5, two trainers and an
 * observer (who take no seat), three applications still open.
 */
export const T0 = '2022-09-01T09:00:00.000Z';
export const NOW = '2022-10-03T10:30:00.000Z';

export const lagos: Programme = {
  id: 'LAGOS',
  createdAt: T0,
  updatedAt: T0,
  kind: 'regional-training',
  title: { en: 'Regional training, Lagos', fr: 'Formation régionale, Lagos' },
  region: 'africa',
  venue: { mode: 'in-person', city: 'Lagos', country: 'NG' },
  timeZone: 'Africa/Lagos',
  startDate: '2022-11-21',
  endDate: '2022-11-25',
  workingLanguages: ['en', 'fr'],
  interpretation: [],
  capacity: 30,
  grantsTarget: { min: 25, max: 30 },
  status: 'selection',
  partners: [],
};

/** A directory record with only what the rules read: names, country, gender. */
export function person(id: string, givenName: string, familyName: string, country?: string, gender?: Gender): Person {
  return {
    id,
    createdAt: T0,
    updatedAt: T0,
    givenName,
    familyName,
    emails: [],
    languages: [],
    tags: [],
    sortKey: `${familyName} ${givenName}`.toLowerCase(),
    emailKeys: [],
    ...(country !== undefined ? { country } : {}),
    ...(gender !== undefined ? { gender } : {}),
  };
}

/** A Lagos enrolment as stored before the day of the test (T0). */
export function enrolment(id: string, personId: string, role: EnrolmentRole, status: EnrolmentStatus, waitlistRank?: number): Enrolment {
  return {
    id,
    createdAt: T0,
    updatedAt: T0,
    personId,
    programmeId: 'LAGOS',
    role,
    status,
    statusChangedAt: T0,
    attendance: [],
    ...(waitlistRank !== undefined ? { waitlistRank } : {}),
  };
}

// Given, family, country, gender. Names as people write them, in their scripts.
const SEATED: [string, string, string, Gender][] = [
  ['Adébáyọ̀', 'Ògúnlẹ́sì', 'NG', 'male'],
  ['Chiamaka', 'Okonkwo', 'NG', 'female'],
  ['Ngozi', 'Eze', 'NG', 'female'],
  ['Aminu', 'Bello', 'NG', 'male'],
  ['Kwame', 'Mensah', 'GH', 'male'],
  ['Akosua', 'Asante', 'GH', 'female'],
  ['Efua', 'Boateng', 'GH', 'female'],
  ['Wanjiru', 'Kamau', 'KE', 'female'],
  ['Otieno', 'Odhiambo', 'KE', 'male'],
  ['Aïssatou', 'Diallo', 'SN', 'female'],
  ['Mamadou', 'NDIAYE', 'SN', 'male'],
  ['Koffi', 'Kouassi', 'CI', 'male'],
  ['Adjoua', 'Yao', 'CI', 'female'],
  ['Fotso', '', 'CM', 'male'],
  ['Brigitte', 'Mballa', 'CM', 'female'],
  ['Sèna', 'Hounkpatin', 'BJ', 'female'],
  ['Kodjo', 'Agbéko', 'TG', 'male'],
  ['ሰላም', 'ተስፋዬ', 'ET', 'female'],
  ['Dawit', 'Bekele', 'ET', 'male'],
  ['Thandiwe', 'Dlamini', 'ZA', 'female'],
  ['Neo', 'Molefe', 'BW', 'non-binary'],
  ['Grace', 'Nakato', 'UG', 'female'],
  ['Baraka', 'Mwakyusa', 'TZ', 'male'],
  ['Ousmane', 'Traoré', 'ML', 'male'],
  ['Mariama', 'Sow', 'GN', 'undisclosed'],
  ['فاطمة الزهراء', 'بنعلي', 'MA', 'female'],
  ['Youssef', 'El Amrani', 'MA', 'male'],
  ['Chidi', 'Nwosu', 'NG', 'male'],
];

const WAITING: [string, string, string, Gender][] = [
  ['Folake', 'Adeyemi', 'NG', 'female'],
  ['Yaw', 'Owusu', 'GH', 'male'],
  ['Fatou', 'Ba', 'SN', 'female'],
  ['Jean-Claude', 'Habimana', 'RW', 'male'],
  ['Zanele', 'Khumalo', 'ZA', 'female'],
];

/** People: P01…P28 seated, W1…W5 waiting, TR1/TR2 trainers, OBS observer, AP1…AP3 applied. */
export const people: Person[] = [
  ...SEATED.map(([g, f, c, s], i) => person(`P${String(i + 1).padStart(2, '0')}`, g, f, c, s)),
  ...WAITING.map(([g, f, c, s], i) => person(`W${i + 1}`, g, f, c, s)),
  person('TR1', 'Αθηνά', 'Παπαδοπούλου', 'GR', 'female'),
  person('TR2', 'Emmanuel', 'Arinze', 'NG', 'male'),
  person('OBS', 'Marie', 'LE GOFF', 'FR', 'female'),
  person('AP1', 'Nguyễn Văn', 'An', 'VN', 'male'),
  person('AP2', 'María José', 'García López', 'CO', 'female'),
  person('AP3', 'Dewi', '', 'ID', 'female'),
];

/** Enrolments: E-P01… (the first 20 confirmed, 8 accepted), E-W1…E-W5 ranks 1..5, and the rest. */
export function lagosEnrolments(): Enrolment[] {
  return [
    ...SEATED.map((_, i) => {
      const id = `P${String(i + 1).padStart(2, '0')}`;
      return enrolment(`E-${id}`, id, 'participant', i < 20 ? 'confirmed' : 'accepted');
    }),
    ...WAITING.map((_, i) => enrolment(`E-W${i + 1}`, `W${i + 1}`, 'participant', 'waitlisted', i + 1)),
    enrolment('E-TR1', 'TR1', 'trainer', 'confirmed'),
    enrolment('E-TR2', 'TR2', 'trainer', 'confirmed'),
    enrolment('E-OBS', 'OBS', 'observer', 'accepted'),
    enrolment('E-AP1', 'AP1', 'participant', 'applied'),
    enrolment('E-AP2', 'AP2', 'participant', 'shortlisted'),
    enrolment('E-AP3', 'AP3', 'participant', 'applied'),
  ];
}

/** Looks up an enrolment by id, failing the test when it is missing. */
export function byId(enrolments: readonly Enrolment[], id: string): Enrolment {
  const found = enrolments.find((e) => e.id === id);
  if (!found) throw new Error(`No enrolment ${id} in the fixture`);
  return found;
}

/** The enrolments with `changes` written over them, as the repository would commit them. */
export function applyChanges(enrolments: readonly Enrolment[], changes: readonly { after: Enrolment }[]): Enrolment[] {
  const byKey = new Map(enrolments.map((e) => [e.id, e]));
  for (const { after } of changes) byKey.set(after.id, after);
  return [...byKey.values()];
}

/** The waiting list as "id:rank", in rank order. */
export function waitlist(enrolments: readonly Enrolment[]): string[] {
  return enrolments
    .filter((e) => e.status === 'waitlisted')
    .sort((a, b) => (a.waitlistRank ?? 0) - (b.waitlistRank ?? 0))
    .map((e) => `${e.id}:${e.waitlistRank}`);
}
