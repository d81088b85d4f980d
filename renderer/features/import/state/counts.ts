import type { PreviewSummary } from '../check/preview-summary';
import type { Decisions } from './decisions';

/** What the import will do, as the check and import steps announce it. */
export type PlanCounts = { added: number; updated: number; merged: number; skipped: number; errors: number };

/**
 * The counts of an import, in the words of the import history: rows ready to
 * import are added (a new person), or merged into a person already in the
 * directory (filling empty fields or writing over them), and the people so
 * updated are counted once each (two rows for one person update one person);
 * rows left out (by the file's shape, by staff, or by a "skip" decision) are
 * skipped; rows with an error not fixed are in error. Blank rows count nowhere.
 * The commit may find fewer people updated: a row that brings nothing new
 * changes nobody.
 */
export function planCounts(preview: PreviewSummary, decisions: Decisions): PlanCounts {
  const counts: PlanCounts = { added: 0, updated: 0, merged: 0, skipped: preview.counts.skipped, errors: preview.counts.errors };
  const updated = new Set<string>();
  for (const index of preview.lists.ready) {
    const decision = decisions.get(index) ?? { action: 'create' };
    if (decision.action === 'create') counts.added++;
    else if (decision.action === 'skip') counts.skipped++;
    else {
      counts.merged++;
      updated.add(decision.personId);
    }
  }
  counts.updated = updated.size;
  return counts;
}

/** The preview rows a filter shows, by index: all, those in error, with warnings, or left out. */
export const ROW_FILTERS = ['all', 'errors', 'warnings', 'skipped'] as const;
export type RowFilter = (typeof ROW_FILTERS)[number];

/** Indexes of the preview rows shown under `filter` (blank rows are never shown). */
export function filteredRows(preview: PreviewSummary, filter: RowFilter): Int32Array {
  return preview.lists[filter];
}
