import type { DirectoryQuery, DirectoryResult } from '../../shared/domain/person-search';

/** What the page asks the people-search worker. */
export type SearchRequest = { kind: 'query'; requestId: number; query: DirectoryQuery };

/** What the people-search worker tells the page. */
export type SearchReply =
  /** The index is built: every later query answers from memory. */
  | { kind: 'ready'; people: number; enrolments: number; loadMs: number; buildMs: number }
  | { kind: 'result'; requestId: number; result: DirectoryResult }
  /** People, enrolments or organisations changed (here, in another window, by an import): ask again. */
  | { kind: 'changed'; people: number }
  | { kind: 'failed'; requestId?: number; message: string };
