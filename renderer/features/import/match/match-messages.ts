import type { MatchInput } from '../../../../shared/domain/person-matching';
import type { RowMatch } from '../state/decisions';

/**
 * What the wizard and the match worker say to each other. The worker opens
 * the database itself, reads the directory once and keeps its match index for
 * as long as it lives, so rows edited after a first match are matched again
 * without reading 44,000 people a second time.
 */
/** One row to match: its index in the preview, and what the matcher reads of its person. */
export type MatchRow = { row: number; input: MatchInput };

/**
 * The rows come as JSON (MatchRow[]) on `port`, straight from the preview
 * worker: they never cross the page. The job itself takes them as `rowsJson`.
 */
export type MatchRequest =
  | { type: 'match'; databaseName: string; port: MessagePort }
  /** Read and index the directory now, ahead of the first 'match' (sent when a file is opened). */
  | { type: 'prepare'; databaseName: string };

export type MatchReply =
  | { type: 'progress'; phase: 'reading' | 'matching'; done: number; total: number }
  | { type: 'done'; matches: RowMatch[] }
  | { type: 'failed'; message: string };
