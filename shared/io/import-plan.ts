import type { PersonDraft } from '../domain/person-rules';
import type { EnrolmentRole, EnrolmentStatus, Id, ImportBatch } from '../domain/types';
import type { EnrolmentDraft } from './import-row-person';
import type { SavedMapping } from './import-mapping';

/**
 * What the import wizard hands to the commit: every row's decision, made by the
 * user in the wizard, as plain data that crosses to the commit worker with
 * structured clone. The commit applies all of it or none of it.
 */

/** What to do with a row that matches a person already in the directory. */
export type MatchDecision =
  /** A new person even though one looks the same. */
  | { action: 'create' }
  /** Fill the existing person's empty fields only. */
  | { action: 'fill-empty'; personId: Id }
  /** Overwrite the existing person's fields with the row's non-empty values. */
  | { action: 'overwrite'; personId: Id }
  /** Leave the row out. */
  | { action: 'skip' };

export type PlannedRow = {
  /** 1-based row number in the sheet, for messages and the rejected-rows file. */
  sheetRow: number;
  person: PersonDraft;
  enrolment: EnrolmentDraft;
  decision: MatchDecision;
};

export type ImportPlan = {
  fileName: string;
  /** SHA-256 of the file bytes, hex: "this file was imported on …". */
  fileHash: string;
  mapping: SavedMapping['columns'];
  /** Also enrol every imported person in this programme, with this status and role. */
  enrolIn?: { programmeId: Id; status: EnrolmentStatus; role: EnrolmentRole };
  rows: PlannedRow[];
  /** Rows left out in the wizard (errors not fixed, or skipped by the user), for the counts. */
  skippedRows: number;
  errorRows: number;
};

/** Progress of a commit: rows done out of rows to do, and the phase it is in. */
export type CommitProgress = { phase: 'preparing' | 'writing' | 'done'; done: number; total: number };

/** The result of a commit: the recorded batch (for undo from the import history). */
export type CommitResult = { batch: ImportBatch };
