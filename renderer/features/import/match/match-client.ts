import type { MatchInput } from '../../../../shared/domain/person-matching';
import { parseEmails, type PersonDraft } from '../../../../shared/domain/person-rules';
import type { Preview } from '../../../../shared/io/import-rows';
import type { RowMatch } from '../state/decisions';
import type { MatchReply, MatchRequest } from './match-messages';

let worker: Worker | null = null;
let pending: { resolve: (matches: RowMatch[]) => void; reject: (error: Error) => void; onProgress: (reply: Extract<MatchReply, { type: 'progress' }>) => void } | null = null;

/** What the matcher reads of a row's person: names, addresses, country and institution. */
export function matchInputOf(person: PersonDraft): MatchInput {
  const input: MatchInput = { givenName: person.givenName, familyName: person.familyName, emails: parseEmails(person.emails ?? '').emails };
  if (person.country !== undefined && /^[A-Z]{2}$/.test(person.country)) input.country = person.country;
  if (person.institution !== undefined) input.institution = person.institution;
  return input;
}

/** The rows to match: those ready to import, by preview index. */
export function rowsToMatch(preview: Preview): MatchRequest['rows'] {
  return preview.rows.flatMap((row, index) =>
    (row.status === 'ok' || row.status === 'warning') && row.person ? [{ row: index, input: matchInputOf(row.person) }] : [],
  );
}

function onReply(reply: MatchReply): void {
  if (!pending) return;
  if (reply.type === 'progress') return pending.onProgress(reply);
  const { resolve, reject } = pending;
  pending = null;
  if (reply.type === 'done') resolve(reply.matches);
  else reject(new Error(reply.message));
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const next = new Worker(new URL('./match.worker.ts', import.meta.url), { type: 'module' });
  next.onmessage = (event: MessageEvent<MatchReply>) => onReply(event.data);
  next.onerror = (event) => {
    event.preventDefault();
    stopMatching();
    console.error('The import match worker failed:', event.message);
  };
  worker = next;
  return next;
}

/**
 * Matches the rows with the directory in the match worker, which reads and
 * indexes the directory on its first request and keeps the index for the next.
 * A request still running is abandoned (its promise rejects).
 */
export function matchRows(databaseName: string, rows: MatchRequest['rows'], onProgress: (reply: Extract<MatchReply, { type: 'progress' }>) => void): Promise<RowMatch[]> {
  if (pending) stopMatching();
  const target = ensureWorker();
  return new Promise((resolve, reject) => {
    pending = { resolve, reject, onProgress };
    target.postMessage({ type: 'match', databaseName, rows } satisfies MatchRequest);
  });
}

/** Stops the worker and forgets its index (a new file, a cancelled wizard, or an import written). */
export function stopMatching(): void {
  worker?.terminate();
  worker = null;
  const waiting = pending;
  pending = null;
  waiting?.reject(new Error('Matching was stopped.'));
}
