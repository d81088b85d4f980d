import type { UiLanguage } from '../../../../shared/domain/types';
import type { ColumnMapping } from '../../../../shared/io/import-mapping';
import type { PlannedRow } from '../../../../shared/io/import-plan';
import type { PreviewRow } from '../../../../shared/io/import-rows';
import type { RejectedRow } from '../commit/rejected-rows';
import type { Decisions } from '../state/decisions';
import type { PreviewSummary } from './preview-summary';

/** What the page asks the preview worker, which holds the sheet and the whole preview. */
export type PreviewRequest = { id: number } & PreviewAsk;

/** A request without its id. */
export type PreviewAsk =
  /**
   * The port the reader worker posts the whole sheet on (a SheetMessage):
   * 100,000 rows go from worker to worker, never through the page's thread.
   * 'build' waits for it.
   */
  | { type: 'sheetFrom'; port: MessagePort }
  | { type: 'build'; headerRow: number; groupRow?: number; mapping: ColumnMapping[] }
  | { type: 'rows'; indexes: number[] }
  | { type: 'edit'; row: number; column: number; text: string }
  | { type: 'skip'; row: number; skipped: boolean }
  /** The rows to match, posted as JSON (MatchRow[]) on `port`, straight to the match worker: 100,000 rows never cross the page. */
  | { type: 'matchRows'; port: MessagePort }
  | { type: 'planRows'; decisions: Decisions }
  | { type: 'rejected'; lang: UiLanguage };

export type PreviewReply = { id: number } & (
  | { type: 'built'; summary: PreviewSummary }
  | { type: 'rows'; rows: [number, PreviewRow][] }
  | { type: 'edited'; summary: PreviewSummary; index: number; row: PreviewRow }
  /** The rows to match were posted on the port. */
  | { type: 'matchRows'; count: number }
  /** One chunk of the plan's rows; `last` ends them. */
  | { type: 'planRows'; rows: PlannedRow[]; last: boolean; skippedRows: number; errorRows: number }
  | { type: 'rejected'; rows: RejectedRow[] }
  /** With `key` when the user should read why (a DomainError: the sheet could not be read). */
  | { type: 'failed'; message: string; key?: string; params?: Record<string, string | number> }
);
