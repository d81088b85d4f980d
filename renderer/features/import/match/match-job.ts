import { buildMatchIndex, matchPerson, type MatchIndex } from '../../../../shared/domain/person-matching';
import type { DeskDatabase } from '../../../db/schema';
import { readDirectory } from '../../duplicates/scan-job';
import type { RowMatch } from '../state/decisions';
import type { MatchReply, MatchRow } from './match-messages';

/** Rows matched between two progress messages. */
const PROGRESS_EVERY = 2000;

/** At most this many existing people are proposed per row: more only hide the right one. */
export const MAX_CANDIDATES = 3;

/** The index of the whole directory: `index` when there is one, else read and built now. */
export async function prepareIndex(db: DeskDatabase, index: MatchIndex | undefined, post: (reply: MatchReply) => void): Promise<MatchIndex> {
  if (index) return index;
  const people = await readDirectory(db, (done, total) => post({ type: 'progress', phase: 'reading', done, total }));
  return buildMatchIndex(people);
}

/**
 * The match worker's job: the index of the whole directory (built once, on
 * the first request, and passed back for the next), then every row looked up
 * in it. Never throws: a failure is reported as `failed`.
 */
export async function runMatch(
  db: DeskDatabase,
  request: { rowsJson: string },
  index: MatchIndex | undefined,
  post: (reply: MatchReply) => void,
): Promise<MatchIndex | undefined> {
  try {
    const built = await prepareIndex(db, index, post);
    const rows = JSON.parse(request.rowsJson) as MatchRow[];
    const total = rows.length;
    const matches: RowMatch[] = [];
    rows.forEach(({ row, input }, i) => {
      const candidates = matchPerson(input, built).slice(0, MAX_CANDIDATES);
      if (candidates.length > 0) matches.push({ row, candidates });
      if ((i + 1) % PROGRESS_EVERY === 0) post({ type: 'progress', phase: 'matching', done: i + 1, total });
    });
    post({ type: 'done', matches });
    return built;
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    return index;
  }
}
