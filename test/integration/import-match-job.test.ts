import { describe, expect, it } from 'vitest';
import { prepareIndex, runMatch } from '../../renderer/features/import/match/match-job';
import type { MatchReply, MatchRow } from '../../renderer/features/import/match/match-messages';
import { useSampleDatabase } from './records';

// The match worker's job on a real (fake-indexeddb) database: the directory is
// read once — ahead, when a file is opened — and every later match uses that index.
const data = useSampleDatabase();

describe('matching imported rows with the directory', () => {
  it('reads the directory ahead once, then matches without reading it again', async () => {
    const person = data.records.people[0]!;
    const replies: MatchReply[] = [];
    const post = (reply: MatchReply) => replies.push(reply);
    const index = await prepareIndex(data.db, undefined, post);
    expect(replies.some((r) => r.type === 'progress' && r.phase === 'reading')).toBe(true);

    replies.length = 0;
    const rows: MatchRow[] = [
      { row: 4, input: { givenName: person.givenName, familyName: person.familyName, emails: person.emails } },
      { row: 5, input: { givenName: 'Zainab', familyName: 'Okafor-Nwosu', emails: ['zainab@nowhere.example'] } },
    ];
    const kept = await runMatch(data.db, { rowsJson: JSON.stringify(rows) }, index, post);
    expect(kept).toBe(index);
    expect(replies.filter((r) => r.type === 'progress' && r.phase === 'reading')).toEqual([]);
    const done = replies.find((r) => r.type === 'done');
    expect(done?.type === 'done' && done.matches.map((m) => [m.row, m.candidates[0]?.id])).toEqual([[4, person.id]]);
  });

  it('reads the directory on the first match when nothing was read ahead, and says why when it cannot', async () => {
    const replies: MatchReply[] = [];
    const rows: MatchRow[] = [{ row: 2, input: { givenName: 'A', familyName: 'B', emails: [] } }];
    const built = await runMatch(data.db, { rowsJson: JSON.stringify(rows) }, undefined, (r) => replies.push(r));
    expect(built).toBeDefined();
    expect(replies[0]).toMatchObject({ type: 'progress', phase: 'reading' });
    expect(replies.at(-1)).toEqual({ type: 'done', matches: [] });

    const failed: MatchReply[] = [];
    await runMatch(data.db, { rowsJson: 'not json' }, built, (r) => failed.push(r));
    expect(failed).toEqual([expect.objectContaining({ type: 'failed' })]);
  });
});
