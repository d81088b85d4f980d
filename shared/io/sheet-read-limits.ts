import { DomainError } from '../domain/errors';

/**
 * Caps on what the spreadsheet reader accepts. A partner's file is untrusted:
 * every cap turns an oversized or hostile file into an error the user can act
 * on, before it can exhaust the worker's memory.
 */
export type ReadLimits = {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Most rows a sheet may have (blank rows at the end do not count). */
  maxRows: number;
  /** Most columns a sheet may have (blank columns at the end do not count). */
  maxColumns: number;
  /** Longest text in one cell (one CSV field), in characters. */
  maxCellChars: number;
  /** Largest total a zip container (xlsx, xlsm, xlsb, ods) may expand to, in bytes. */
  maxExpandedBytes: number;
  /** Highest expanded-to-compressed ratio of one zip entry that expands past `ratioFloorBytes`. */
  maxCompressionRatio: number;
  /** Entries that expand to less than this are not held to the ratio (a tiny XML part can compress 300:1). */
  ratioFloorBytes: number;
  /** Most entries a zip container may list. */
  maxZipEntries: number;
};

const MB = 1024 * 1024;

/** The defaults: 50 MB files, 1,000,000 rows, 500 columns, 10 MB cells, zips up to 500 MB expanded, 200:1, 10,000 entries. */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 50 * MB,
  maxRows: 1_000_000,
  maxColumns: 500,
  maxCellChars: 10 * MB,
  maxExpandedBytes: 500 * MB,
  maxCompressionRatio: 200,
  ratioFloorBytes: 1 * MB,
  maxZipEntries: 10_000,
});

/** The defaults with the caller's overrides. */
export function resolveLimits(overrides?: Partial<ReadLimits>): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...overrides };
}

/** Every message key the spreadsheet reader and its worker produce. */
export type SheetReadErrorKey =
  | 'import.errors.fileTooLarge'
  | 'import.errors.tooManyRows'
  | 'import.errors.tooManyColumns'
  | 'import.errors.cellTooLarge'
  | 'import.errors.tooLargeExpanded'
  | 'import.errors.encrypted'
  | 'import.errors.corrupt'
  | 'import.errors.emptySheet'
  | 'import.errors.unsupportedFormat'
  | 'import.errors.unknownFormat'
  | 'import.errors.sheetNotFound'
  | 'import.errors.timeout'
  | 'import.errors.cancelled'
  | 'import.errors.workerFailed';

/**
 * A DomainError of the reader. `cause` keeps the library's own error (with its
 * stack) for the log; the user only ever sees the key and its parameters.
 */
export function readError(
  key: SheetReadErrorKey,
  params: Record<string, string | number>,
  englishMessage: string,
  cause?: unknown,
): DomainError {
  const error = new DomainError(key, params, englishMessage);
  if (cause !== undefined) error.cause = cause;
  return error;
}

/** A size in megabytes for messages: "50", "0.5". */
export function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return mb >= 10 ? String(Math.round(mb)) : String(Math.round(mb * 10) / 10);
}

/** The A1-style name of a 0-based column: 0 → A, 27 → AB. */
export function columnName(c: number): string {
  let name = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
