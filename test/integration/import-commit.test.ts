import { describeError } from '../../renderer/components/errors';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDomainError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import type { CommitProgress, ImportPlan, PlannedRow } from '../../shared/io/import-plan';
import { redoBatch, type UndoSnapshot } from '../../renderer/db/batches';
import { createDatabase, type DeskDatabase } from '../../renderer/db/schema';
import { runCommit, runUndo } from '../../renderer/features/import/commit/commit-job';
import type { PlanContext } from '../../renderer/features/import/commit/plan-records';
import { findPreviousImport } from '../../renderer/features/import/commit/previous-import';
import { sampleRecords } from './records';

let db: DeskDatabase;
let records: ReturnType<typeof sampleRecords>;

beforeEach(async () => {
  db = createDatabase(`test-${newId()}`);
  await db.open();
  records = sampleRecords();
  for (const [table, rows] of Object.entries(records)) await db.table(table).bulkAdd(rows);
});

afterEach(async () => {
  await db.delete();
});

/** Every table's records, in key order: "the database exactly as before" compares these. */
async function dump(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

const SCRIPTS = [['Αθηνά', 'Παπαδοπούλου'], ['Nguyễn Văn', 'An'], ['María José', 'García López'], ['محمد', 'العلي'], ['Анна', 'Иванова']] as const;

function rows(n: number, first = 2): PlannedRow[] {
  return Array.from({ length: n }, (_, i) => {
    const [given, family] = SCRIPTS[i % SCRIPTS.length]!;
    return { sheetRow: first + i, person: { givenName: given, familyName: `${family} ${i}`, emails: `p${i}@museum.example`, country: 'GR' }, enrolment: {}, decision: { action: 'create' } };
  });
}

function plan(planned: PlannedRow[], extra: Partial<ImportPlan> = {}): ImportPlan {
  return {
    fileName: 'partners.xlsx',
    fileHash: 'c0ffee'.padEnd(64, '0'),
    mapping: [
      { header: 'Given name', field: 'givenName' },
      { header: 'Family name', field: 'familyName' },
      { header: 'Remarks', field: null },
    ],
    rows: planned,
    skippedRows: 1,
    errorRows: 2,
    ...extra,
  };
}

const ctx = (extra: Partial<PlanContext> = {}): PlanContext => ({ newId, now: new Date().toISOString(), batchId: newId(), ...extra });

/** What `promise` rejects with (fails when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('runCommit', () => {
  it('lands a 5,000-row import entirely, in one batch with its hash, mapping, counts and one audit entry', async () => {
    const progress: CommitProgress[] = [];
    const context = ctx();
    const outcome = await runCommit(db, plan(rows(5_000)), context, (p) => progress.push(p), undefined, 1_000);

    expect(await db.people.count()).toBe(5_001);
    expect(await db.people.where('importBatchId').equals(context.batchId).count()).toBe(5_000);
    const batch = await db.importBatches.get(context.batchId);
    expect(batch).toEqual(outcome.batch);
    expect(batch).toMatchObject({
      kind: 'spreadsheet',
      fileName: 'partners.xlsx',
      fileHash: 'c0ffee'.padEnd(64, '0'),
      mapping: [
        { column: 'Given name', field: 'givenName' },
        { column: 'Family name', field: 'familyName' },
      ],
      counts: { added: 5_000, updated: 0, merged: 0, skipped: 1, errors: 2 },
      changed: [],
    });
    expect(batch?.created).toEqual([{ table: 'people', ids: expect.any(Array) }]);
    expect(new Set(batch?.created[0]?.ids).size).toBe(5_000);
    expect(await db.audit.where('batchId').equals(context.batchId).toArray()).toMatchObject([{ action: 'import', table: 'importBatches', recordId: context.batchId }]);
    const writing = progress.filter((p) => p.phase === 'writing').map((p) => p.done);
    expect(writing).toEqual([0, 1_000, 2_000, 3_000, 4_000, 5_000]);
    expect(progress[0]?.phase).toBe('preparing');
    expect(progress.at(-1)?.phase).toBe('done');
  });

  it('leaves the database exactly as before when a write fails in the middle (a planted id clash on an enrolment)', async () => {
    const before = await dump();
    const clash = records.enrolments[0]!.id;
    let calls = 0;
    // People take the first 3,000 ids; the third enrolment gets the id of one already stored.
    const planted = () => (++calls === 3_003 ? clash : newId());
    const error = await rejection(
      runCommit(
        db,
        plan(rows(3_000), { enrolIn: { programmeId: records.programmes[0]!.id, status: 'applied', role: 'participant' } }),
        ctx({ newId: planted }),
        () => undefined,
        undefined,
        500,
      ),
    );
    expect(String(error)).toMatch(/ConstraintError|Key already exists/i);
    expect(await dump()).toEqual(before);
  });

  it('leaves the database exactly as before when cancelled mid-way', async () => {
    const before = await dump();
    const controller = new AbortController();
    let seen = 0;
    const error = await rejection(
      runCommit(
        db,
        plan(rows(5_000)),
        ctx(),
        (p) => {
          if (p.phase === 'writing') seen = p.done;
          if (p.phase === 'writing' && p.done >= 2_000) controller.abort();
        },
        controller.signal,
        1_000,
      ),
    );
    expect((error as Error).name).toBe('AbortError');
    expect(seen).toBe(2_000);
    expect(await dump()).toEqual(before);
  });

  it('refuses an import that overfills the programme, writing nothing', async () => {
    const before = await dump();
    await db.programmes.update(records.programmes[0]!.id, { capacity: 3 });
    const refused = await rejection(
      runCommit(db, plan(rows(3)), ctx(), () => undefined).then(() =>
        runCommit(db, plan(rows(3), { enrolIn: { programmeId: records.programmes[0]!.id, status: 'accepted', role: 'participant' } }), ctx(), () => undefined),
      ),
    );
    expect(isDomainError(refused) && refused.key).toBe('import.commit.notEnoughPlaces');
    expect(isDomainError(refused) && refused.params).toEqual({ capacity: 3, free: 2, needed: 3 });
    // Said as it is: some places are free, not enough of them.
    expect(describeError(refused, 'en')).toContain('would give 3 people a place, but only 2 of the programme’s 3 places are free');
    expect(describeError(refused, 'fr')).toContain('seules 2 des 3 places du programme sont libres');
    // The first import (people only) went in; the refused one left nothing.
    expect(await db.people.count()).toBe(before.people!.length + 3);
    expect(await db.enrolments.count()).toBe(before.enrolments!.length);
    expect(await db.importBatches.count()).toBe(1);
  });
});

describe('undo and redo of an import', () => {
  it('removes exactly the batch, restores the people it updated, and redo puts it all back', async () => {
    const person = records.people[0]!;
    const programmeId = records.programmes[0]!.id;
    const other = { ...person, id: newId(), givenName: 'Ngozi', familyName: 'Okonkwo', emails: [], emailKeys: [], tags: [] };
    await db.people.add(other);
    const before = await dump();
    const planned: PlannedRow[] = [
      ...rows(2_500),
      { sheetRow: 3_000, person: { givenName: '', familyName: '', institution: 'Benaki Museum', tags: ['Lagos 2022'] }, enrolment: {}, decision: { action: 'fill-empty', personId: person.id } },
      { sheetRow: 3_001, person: { givenName: 'Ngozi A.', familyName: '', phone: '+234 803 000 0000' }, enrolment: {}, decision: { action: 'overwrite', personId: other.id } },
    ];
    const context = ctx();
    const outcome = await runCommit(db, plan(planned, { enrolIn: { programmeId, status: 'applied', role: 'participant' } }), context, () => undefined, undefined, 1_000);
    expect(outcome.batch.counts).toMatchObject({ added: 2_500, updated: 1, merged: 1 });
    expect(outcome.enrolled).toBe(2_501);
    expect(outcome.alreadyEnrolled).toBe(1);
    expect(await db.people.get(person.id)).toMatchObject({ institution: 'Benaki Museum', tags: ['alumni', 'Lagos 2022'] });
    const afterCommit = await dump();

    const progress: CommitProgress[] = [];
    const snapshot = await runUndo(db, context.batchId, (p) => progress.push(p), undefined, 1_000);
    const undone = await dump();
    for (const table of ['organisations', 'programmes', 'sessions', 'people', 'enrolments', 'funds', 'grants']) {
      expect(undone[table], table).toEqual(before[table]);
    }
    expect((await db.importBatches.get(context.batchId))?.undoneAt).toBeTruthy();
    expect(progress.filter((p) => p.phase === 'writing').at(-1)).toEqual({ phase: 'writing', done: 2_500 + 2_501 + 2, total: 5_003 });
    expect(await findPreviousImport(db, 'c0ffee'.padEnd(64, '0'))).toBeUndefined();

    // The worker hands the snapshot to the page as JSON bytes; redo gets it back from them.
    const carried = JSON.parse(JSON.stringify(snapshot)) as UndoSnapshot;
    await redoBatch(db, carried, { chunkSize: 1_000 });
    const redone = await dump();
    for (const table of ['people', 'enrolments']) expect(redone[table], table).toEqual(afterCommit[table]);
    expect((await db.importBatches.get(context.batchId))?.undoneAt).toBeUndefined();
  });

  it('undo keeps a record made by hand whose id falls among the batch ones', async () => {
    const context = ctx();
    await runCommit(db, plan(rows(3_000)), context, () => undefined);
    const ids = (await db.importBatches.get(context.batchId))!.created[0]!.ids.slice().sort();
    // Sorts right after the 1,500th id of the batch, before the next.
    const inside = { ...records.people[0]!, id: `${ids[1_499]}0` };
    await db.people.add(inside);
    await runUndo(db, context.batchId, () => undefined, undefined, 1_000);
    expect(await db.people.get(inside.id)).toEqual(inside);
    expect(await db.people.where('importBatchId').equals(context.batchId).count()).toBe(0);
    expect(await db.people.count()).toBe(2);
  });

  it('an undo cancelled mid-way changes nothing', async () => {
    const context = ctx();
    await runCommit(db, plan(rows(3_000)), context, () => undefined);
    const before = await dump();
    const controller = new AbortController();
    const error = await rejection(runUndo(db, context.batchId, (p) => p.done >= 1_000 && controller.abort(), controller.signal, 1_000));
    expect((error as Error).name).toBe('AbortError');
    expect(await dump()).toEqual(before);
  });
});

describe('findPreviousImport', () => {
  it('finds the last import of the same file still in place', async () => {
    const hash = 'ab'.repeat(32);
    expect(await findPreviousImport(db, hash)).toBeUndefined();
    const first = ctx();
    await runCommit(db, plan(rows(3), { fileHash: hash }), first, () => undefined);
    await runCommit(db, plan(rows(2), { fileHash: 'cd'.repeat(32) }), ctx(), () => undefined);
    expect((await findPreviousImport(db, hash))?.id).toBe(first.batchId);
    const second = ctx({ now: new Date(Date.now() + 60_000).toISOString() });
    await runCommit(db, plan(rows(3, 10), { fileHash: hash }), second, () => undefined);
    expect((await findPreviousImport(db, hash))?.id).toBe(second.batchId);
    await runUndo(db, second.batchId, () => undefined);
    expect((await findPreviousImport(db, hash))?.id).toBe(first.batchId);
    await runUndo(db, first.batchId, () => undefined);
    expect(await findPreviousImport(db, hash)).toBeUndefined();
    expect(await findPreviousImport(db, '')).toBeUndefined();
  });
});
