import type { ImportPlan, PlannedRow } from '../../../shared/io/import-plan';

/** The bench pipeline worker's protocol: a file's bytes in; the plan out in slices, with timings. */
export type PipelineRequest = { bytes: ArrayBuffer; fileName: string; fileHash: string };

export type PipelineTimings = { parse_ms: number; preview_ms: number; rows: number };

export type PipelineReply =
  | { type: 'plan'; plan: Omit<ImportPlan, 'rows'>; rowCount: number; timings: PipelineTimings }
  | { type: 'rows'; rows: PlannedRow[] }
  | { type: 'end' }
  | { type: 'failed'; message: string };
