import type { CrowdedBucket } from '../../../shared/domain/person-matching';
import type { PackedPairs } from './pairs';

/**
 * What the page and the duplicates worker say to each other. The worker is
 * told which database to open (it opens its own connection) and answers with
 * progress, then the result (packed, see pairs.ts) or the reason it stopped.
 */
export type ScanRequest = { type: 'scan'; databaseName: string };

export type ScanReply =
  | { type: 'progress'; phase: 'reading'; done: number; total: number }
  | { type: 'progress'; phase: 'comparing'; done: number; total: number }
  | { type: 'done'; people: number; pairs: PackedPairs; crowded: CrowdedBucket[] }
  | { type: 'failed'; message: string };
