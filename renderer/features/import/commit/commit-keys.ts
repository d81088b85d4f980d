import type { MessageKey } from '../../../../shared/i18n';

/**
 * The message keys of the import commit. They belong in the import catalogue
 * (shared/i18n/features/import.*.json, `commit.*`), which this feature does not
 * edit: until they are added there, `MessageKey` does not know them, so they are
 * declared here, in one place, and cast once.
 */
export const COMMIT_KEYS = {
  /** Row {row}: a value cannot be stored (a plan built from an outdated preview). */
  rowInvalid: 'import.commit.rowInvalid',
  /** The person row {row} was matched with was deleted or merged since. */
  personGone: 'import.commit.personGone',
  /** The programme to enrol in was deleted since. */
  programmeGone: 'import.commit.programmeGone',
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
} as const satisfies Record<string, `import.commit.${string}`>;

export type CommitKey = (typeof COMMIT_KEYS)[keyof typeof COMMIT_KEYS];

/** A commit key as a catalogue key, for translate(); see COMMIT_KEYS. */
export const asMessageKey = (key: CommitKey): MessageKey => key as unknown as MessageKey;
