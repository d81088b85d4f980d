import type { MessageKey } from '../../../../shared/i18n';

/**
 * The message keys of the import commit (the import catalogue's `commit.*`,
 * shared/i18n/features/import.*.json), in one place: the worker sends them
 * across as plain strings, and `satisfies` checks each is in the catalogue.
 */
export const COMMIT_KEYS = {
  /** Row {row}: a value cannot be stored (a plan built from an outdated preview). */
  rowInvalid: 'import.commit.rowInvalid',
  /** The person row {row} was matched with was deleted or merged since. */
  personGone: 'import.commit.personGone',
  /** The programme to enrol in was deleted since. */
  programmeGone: 'import.commit.programmeGone',
  /** The seats the import takes ({needed}) do not fit: {free} of {capacity} free. Nothing was saved. */
  notEnoughPlaces: 'import.commit.notEnoughPlaces',
  /** The commit was cancelled: nothing was saved. */
  cancelled: 'import.commit.cancelled',
  /** A bug or a storage failure: nothing was saved. {detail} for the log-minded. */
  failed: 'import.commit.failed',
  /** The disk (or the browser's storage quota) is full: nothing was saved. */
  storageFull: 'import.commit.storageFull',
  /** The undo of an import failed: nothing changed. */
  undoFailed: 'import.commit.undoFailed',
  /** "This file was imported on {date} ({count} people). Import it again?" */
  previousImport: 'import.commit.previousImport',
  /** Header of the column that says why a row was rejected, in the rejected-rows file. */
  reasonHeader: 'import.commit.reasonHeader',
  /** Name of the sheet in the rejected-rows file. */
  rejectedSheet: 'import.commit.rejectedSheet',
} as const satisfies Record<string, MessageKey & `import.commit.${string}`>;

export type CommitKey = (typeof COMMIT_KEYS)[keyof typeof COMMIT_KEYS];
