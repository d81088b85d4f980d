import { afterEach, beforeEach } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { createDatabase, type DeskDatabase } from '../../renderer/db/schema';
import { emailKeys, personSortKey } from '../../shared/domain/text';
import type {
  Enrolment,
  Fund,
  Grant,
  Organisation,
  Person,
  Programme,
  Session,
} from '../../shared/domain/types';

const now = '2026-11-21T09:00:00.000Z';
const meta = () => ({ id: newId(), createdAt: now, updatedAt: now });

/** One realistic record of each kind, linked to each other, for round-trip tests. */
export function sampleRecords() {
  const museum: Organisation = { ...meta(), name: 'Yemisi Shyllon Museum of Art', kind: 'museum', country: 'NG', city: 'Lagos' };
  const programme: Programme = {
    ...meta(),
    kind: 'regional-training',
    title: { en: 'ICOM Regional Training, Lagos', fr: 'Formation régionale de l’ICOM, Lagos' },
    region: 'africa',
    venue: { mode: 'in-person', city: 'Lagos', country: 'NG' },
    timeZone: 'Africa/Lagos',
    startDate: '2022-11-21',
    endDate: '2022-11-25',
    workingLanguages: ['en'],
    interpretation: [],
    capacity: 30,
    grantsTarget: { min: 25, max: 30 },
    status: 'completed',
    partners: [{ organisationId: museum.id, role: 'host' }],
  };
  const session: Session = {
    ...meta(),
    programmeId: programme.id,
    title: { en: 'Opening' },
    kind: 'plenary',
    start: '2022-11-21T08:00:00.000Z',
    end: '2022-11-21T09:30:00.000Z',
    timeZone: 'Africa/Lagos',
    speakerIds: [],
    moderatorIds: [],
    interpretation: [],
  };
  const person: Person = {
    ...meta(),
    givenName: 'Αθηνά',
    familyName: 'Παπαδοπούλου',
    emails: ['Athina.P@museum.example'],
    phone: '+30 210 000 0000',
    country: 'GR',
    languages: ['el', 'en'],
    tags: ['alumni'],
    sortKey: personSortKey('Αθηνά', 'Παπαδοπούλου'),
    emailKeys: emailKeys(['Athina.P@museum.example']),
  };
  const enrolment: Enrolment = {
    ...meta(),
    personId: person.id,
    programmeId: programme.id,
    role: 'participant',
    status: 'attended',
    statusChangedAt: now,
    attendance: [{ sessionId: session.id, mark: 'present' }],
  };
  const fund: Fund = { ...meta(), name: 'NMAAHC grants', sponsorOrganisationId: museum.id, currency: 'USD', budgetMinor: 12_000_000 };
  const grant: Grant = {
    ...meta(),
    enrolmentId: enrolment.id,
    fundId: fund.id,
    personId: person.id,
    programmeId: programme.id,
    currency: 'USD',
    components: [{ kind: 'travel', amountMinor: 85_000 }],
    status: 'paid',
    payments: [{ id: newId(), date: '2022-11-25', amountMinor: 85_000, reference: 'WIRE-1' }],
  };
  return { organisations: [museum], programmes: [programme], sessions: [session], people: [person], enrolments: [enrolment], funds: [fund], grants: [grant] };
}

/**
 * A fresh database holding sampleRecords() for each test, deleted after it:
 * call at the top of a test file; read `current.db` and `current.records` in the tests.
 */
export function useSampleDatabase(): { db: DeskDatabase; records: ReturnType<typeof sampleRecords> } {
  const current = {} as { db: DeskDatabase; records: ReturnType<typeof sampleRecords> };
  beforeEach(async () => {
    current.db = createDatabase(`test-${newId()}`);
    await current.db.open();
    current.records = sampleRecords();
    for (const [table, rows] of Object.entries(current.records)) await current.db.table(table).bulkAdd(rows);
  });
  afterEach(async () => {
    await current.db.delete();
  });
  return current;
}
