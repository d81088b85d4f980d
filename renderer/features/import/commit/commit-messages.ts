import type { Id, IsoInstant } from '../../../../shared/domain/types';
import type { CommitProgress, ImportPlan, PlannedRow } from '../../../../shared/io/import-plan';
import type { CommitOutcome } from './commit-job';

/**
 * The messages between the commit client (the page) and the commit worker.
 * A plan's rows go in slices, so that no single structured clone holds the
 * page's thread for long; an undo's snapshot comes back as JSON bytes the page
 * keeps without reading (transferred, not copied) until a redo sends them back.
 */

/** An error the user can act on, as it crosses the worker boundary. */
export type WireError = { key: string; params: Record<string, string | number> };

export type CommitRequest =
  | {
      type: 'begin';
      databaseName: string;
      plan: Omit<ImportPlan, 'rows'>;
      rowCount: number;
      batchId: Id;
      now: IsoInstant;
    }
  | { type: 'rows'; rows: PlannedRow[] }
  | { type: 'commit' }
  | { type: 'cancel' }
  | { type: 'undo'; databaseName: string; batchId: Id }
  | { type: 'redo'; databaseName: string; snapshot: ArrayBuffer };

export type CommitReply =
  | { type: 'progress'; progress: CommitProgress }
  | { type: 'committed'; outcome: CommitOutcome }
  | { type: 'undone'; snapshot: ArrayBuffer; removed: number; restored: number }
  | { type: 'redone' }
  | { type: 'cancelled' }
  | { type: 'failed'; error: WireError };
