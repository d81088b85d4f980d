import { Dexie, type EntityTable } from 'dexie';
import type {
  AuditEntry,
  Enrolment,
  Fund,
  Grant,
  ImportBatch,
  Organisation,
  Person,
  Programme,
  Session,
  Setting,
} from '../../shared/domain/types';

/** The IndexedDB database name; one per profile (Electron userData or browser profile). */
export const DATABASE_NAME = 'training-desk';

/**
 * Every schema version ever shipped, oldest first. Never edit a shipped entry:
 * add a new one with a named upgrade function and a test that opens the previous
 * version with data and upgrades it (test/integration/migrations.test.ts).
 *
 * Index choices, by the queries later features make:
 * - programmes by date (lists, calendar range), status, kind, region;
 * - sessions by programme and by start (calendar loads only the visible range);
 * - people by sortKey (the directory order), email (duplicates), country,
 *   organisation, tag, import batch (undo), updatedAt;
 * - enrolments unique per person × programme (no double enrolment), by programme
 *   and status (selection view), by person (person page);
 * - grants by enrolment, fund (budget), person, programme and status;
 * - audit entries by record, by batch.
 */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      organisations: 'id, name, kind, country, importBatchId',
      programmes: 'id, startDate, endDate, status, kind, region, importBatchId',
      sessions: 'id, programmeId, start, [programmeId+start], seriesId, importBatchId',
      people: 'id, sortKey, *emailKeys, country, organisationId, *tags, importBatchId, updatedAt',
      enrolments:
        'id, &[personId+programmeId], programmeId, [programmeId+status], personId, status, importBatchId',
      funds: 'id, sponsorOrganisationId, programmeId, importBatchId',
      grants: 'id, enrolmentId, fundId, personId, programmeId, status, importBatchId',
      importBatches: 'id, createdAt, fileHash, kind',
      settings: 'key',
      audit: 'id, [table+recordId], batchId, at',
    },
  },
] as const;

export type DeskDatabase = Dexie & {
  organisations: EntityTable<Organisation, 'id'>;
  programmes: EntityTable<Programme, 'id'>;
  sessions: EntityTable<Session, 'id'>;
  people: EntityTable<Person, 'id'>;
  enrolments: EntityTable<Enrolment, 'id'>;
  funds: EntityTable<Fund, 'id'>;
  grants: EntityTable<Grant, 'id'>;
  importBatches: EntityTable<ImportBatch, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  audit: EntityTable<AuditEntry, 'id'>;
};

/**
 * Opens (declares) the database with every version. `chromeTransactionDurability:
 * 'strict'` makes a committed transaction survive a power cut on Chromium; measured
 * on bulk writes it costs nothing noticeable, and the data is people's records.
 */
export function createDatabase(name: string = DATABASE_NAME): DeskDatabase {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as DeskDatabase;
  for (const { version, stores } of SCHEMA_VERSIONS) {
    db.version(version).stores(stores);
  }
  return db;
}
