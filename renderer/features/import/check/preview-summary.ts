import type { Preview, PreviewCounts } from '../../../../shared/io/import-rows';

/**
 * What the page keeps of a preview: its columns, its counts and the row
 * indexes each filter shows. The rows themselves stay in the preview worker;
 * the page asks it for the rows in view.
 */
export type PreviewSummary = Pick<Preview, 'headerRow' | 'headers' | 'fields' | 'columns'> & {
  counts: PreviewCounts;
  /** Row indexes (in the worker's preview.rows) by filter; `ready` are the rows ready to import (ok or warning, with a person). */
  lists: { all: Int32Array; errors: Int32Array; warnings: Int32Array; skipped: Int32Array; ready: Int32Array };
};

/** The summary of a preview: counts and the index lists, as Int32Arrays (transferable). */
export function summarize(preview: Preview): PreviewSummary {
  const n = preview.rows.length;
  const all = new Int32Array(n);
  const errors = new Int32Array(preview.counts.errors);
  const warnings = new Int32Array(preview.counts.warnings);
  const skipped = new Int32Array(preview.counts.skipped);
  const ready = new Int32Array(preview.counts.ok + preview.counts.warnings);
  let a = 0;
  let e = 0;
  let w = 0;
  let s = 0;
  let r = 0;
  preview.rows.forEach((row, index) => {
    if (row.status === 'blank') return;
    all[a++] = index;
    if (row.status === 'error') errors[e++] = index;
    else if (row.status === 'warning') warnings[w++] = index;
    else if (row.status === 'skipped') skipped[s++] = index;
    if ((row.status === 'ok' || row.status === 'warning') && row.person) ready[r++] = index;
  });
  const { headerRow, headers, fields, columns, counts } = preview;
  return { headerRow, headers, fields, columns, counts, lists: { all: all.slice(0, a), errors, warnings, skipped, ready: ready.slice(0, r) } };
}

/** The buffers of a summary, to transfer rather than copy. */
export function summaryTransfer(summary: PreviewSummary): ArrayBuffer[] {
  return Object.values(summary.lists).map((list) => list.buffer as ArrayBuffer);
}
