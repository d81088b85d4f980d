import { scanForDuplicates, type IndexedPerson } from '../../../shared/domain/person-matching';
import type { Person } from '../../../shared/domain/types';
import type { DeskDatabase } from '../../db/schema';
import { packCandidates, packedBuffers } from './pairs';
import type { ScanReply } from './scan-messages';

/** People read per step: small enough for frequent progress, big enough to read 100,000 quickly. */
const CHUNK = 5000;

/** The fields the matcher reads, and nothing else: the worker holds 100,000 of these. */
function matchInput(person: Person): IndexedPerson {
  const input: IndexedPerson = {
    id: person.id,
    givenName: person.givenName,
    familyName: person.familyName,
    emails: person.emails,
  };
  if (person.country !== undefined) input.country = person.country;
  if (person.organisationId !== undefined) input.organisationId = person.organisationId;
  if (person.institution !== undefined) input.institution = person.institution;
  return input;
}

/**
 * Reads the whole directory in primary-key order, a chunk at a time, saying
 * how far it got after each chunk. Each chunk is its own short read, so the
 * page can keep writing meanwhile.
 */
export async function readDirectory(
  db: DeskDatabase,
  onProgress: (done: number, total: number) => void,
): Promise<IndexedPerson[]> {
  const total = await db.people.count();
  const people: IndexedPerson[] = [];
  onProgress(0, total);
  let last: string | undefined;
  for (;;) {
    const query = last === undefined ? db.people.orderBy(':id') : db.people.where(':id').above(last);
    const chunk = await query.limit(CHUNK).toArray();
    if (chunk.length === 0) break;
    for (const person of chunk) people.push(matchInput(person));
    last = chunk[chunk.length - 1]?.id;
    onProgress(people.length, Math.max(total, people.length));
    if (chunk.length < CHUNK) break;
  }
  return people;
}

/**
 * The whole job of the duplicates worker: read the directory, compare it
 * (scanForDuplicates), and report each step through `post`, the result
 * packed with the buffers to transfer. Never throws: a failure is reported
 * as `failed` with its message.
 */
export async function runScan(db: DeskDatabase, post: (reply: ScanReply, transfer?: ArrayBuffer[]) => void): Promise<void> {
  try {
    const people = await readDirectory(db, (done, total) => post({ type: 'progress', phase: 'reading', done, total }));
    post({ type: 'progress', phase: 'comparing', done: 0, total: people.length });
    const { candidates, crowded } = scanForDuplicates(people);
    const pairs = packCandidates(candidates);
    post({ type: 'done', people: people.length, pairs, crowded }, packedBuffers(pairs));
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
