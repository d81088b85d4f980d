import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../../shared/domain/errors';
import type { Person } from '../../../shared/domain/types';
import { planToRecords, referencedPersonIds, type ExistingRecords } from '../../../renderer/features/import/commit/plan-records';
import { context, enrolment, NOW, plan, PROGRAMME, row, stored } from './fixtures';

const none: ExistingRecords = { people: new Map(), enrolments: [] };
const withPeople = (...people: Person[]): ExistingRecords => ({ people: new Map(people.map((p) => [p.id, p])), enrolments: [] });

/** The DomainError `run` throws (fails the test when it throws nothing or something else). */
function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return { key: error.key, params: error.params };
    throw error;
  }
  throw new Error('expected a refusal');
}

const athina = () =>
  stored('P-ATHINA', {
    givenName: 'Αθηνά',
    familyName: 'Παπαδοπούλου',
    emails: 'Athina.P@museum.example',
    phone: '+30 210 000 0000',
    languages: ['el'],
    tags: ['Alumni'],
    needs: { diet: 'vegetarian' },
  });

describe('planToRecords: new people', () => {
  it('creates a person per row, stamped with the batch, names as typed', () => {
    const result = planToRecords(
      plan([row(2, { givenName: 'Nguyễn Văn', familyName: 'An', emails: 'an@baotang.vn', country: 'vn' }), row(3, { givenName: '', familyName: 'Sukarno' })]),
      none,
      context(),
    );
    expect(result.peopleToAdd).toHaveLength(2);
    expect(result.peopleToAdd[0]).toMatchObject({ id: 'NEW1', givenName: 'Nguyễn Văn', familyName: 'An', country: 'VN', importBatchId: 'BATCH-1', createdAt: NOW });
    expect(result.peopleToAdd[1]).toMatchObject({ familyName: 'Sukarno', importBatchId: 'BATCH-1' });
    expect(result.counts).toEqual({ added: 2, updated: 0, merged: 0, skipped: 0, errors: 0 });
    expect(result.peopleChanged).toEqual([]);
  });

  it('counts skip decisions with the rows left out in the wizard, and the rows in error', () => {
    const result = planToRecords(
      plan([row(2, { givenName: 'Ana', familyName: 'Núñez' }), row(3, { givenName: 'José', familyName: 'Ramírez' }, { action: 'skip' })], { skippedRows: 4, errorRows: 2 }),
      none,
      context(),
    );
    expect(result.counts).toEqual({ added: 1, updated: 0, merged: 0, skipped: 5, errors: 2 });
  });

  it('refuses the whole plan, naming the row, when a row is not valid any more', () => {
    const problem = refusal(() => planToRecords(plan([row(2, { givenName: 'A', familyName: 'B' }), row(7, { givenName: 'C', familyName: 'D', emails: 'not-an-address' })]), none, context()));
    expect(problem).toEqual({ key: 'import.commit.rowInvalid', params: { row: 7, value: 'not-an-address' } });
  });
});

describe('planToRecords: updating a matched person', () => {
  it("fill-empty sets only the fields the person has empty, and keeps the rest as stored", () => {
    const before = athina();
    const result = planToRecords(
      plan([row(2, { givenName: 'Athina', familyName: 'Papadopoulou', phone: '+30 699 999 9999', institution: 'Benaki Museum', country: 'GR', needs: { diet: 'vegan', visaLetter: true } }, { action: 'fill-empty', personId: before.id })]),
      withPeople(before),
      context(),
    );
    const [change] = result.peopleChanged;
    expect(change?.before).toBe(before);
    expect(change?.after).toMatchObject({
      id: before.id,
      givenName: 'Αθηνά',
      familyName: 'Παπαδοπούλου',
      phone: '+30 210 000 0000',
      institution: 'Benaki Museum',
      country: 'GR',
      needs: { diet: 'vegetarian', visaLetter: true },
      createdAt: before.createdAt,
      updatedAt: NOW,
    });
    expect(change?.after.importBatchId).toBeUndefined();
    expect(result.counts).toMatchObject({ added: 0, updated: 0, merged: 1 });
  });

  it("overwrite lets the row's non-empty values win, and an empty or missing cell clears nothing", () => {
    const before = { ...athina(), institution: 'National Archaeological Museum', position: 'Curator' };
    const result = planToRecords(
      plan([row(2, { givenName: 'Athina', familyName: '', phone: '+30 699 999 9999', institution: '  ', needs: { diet: 'vegan' } }, { action: 'overwrite', personId: before.id })]),
      withPeople(before),
      context(),
    );
    const after = result.peopleChanged[0]?.after;
    expect(after).toMatchObject({ givenName: 'Athina', familyName: 'Παπαδοπούλου', phone: '+30 699 999 9999', institution: 'National Archaeological Museum', position: 'Curator', needs: { diet: 'vegan' } });
    expect(result.counts).toMatchObject({ updated: 1, merged: 0 });
  });

  it.each(['fill-empty', 'overwrite'] as const)('%s unites emails, tags and languages, stored ones first', (action) => {
    const before = athina();
    const result = planToRecords(
      plan([row(2, { givenName: '', familyName: '', emails: 'athina.p@MUSEUM.example; a.papadopoulou@benaki.gr', tags: ['alumni', 'Lagos 2022'], languages: ['en', 'el'] }, { action, personId: before.id })]),
      withPeople(before),
      context(),
    );
    const after = result.peopleChanged[0]?.after;
    expect(after?.emails).toEqual(['Athina.P@museum.example', 'a.papadopoulou@benaki.gr']);
    expect(after?.emailKeys).toEqual(['athina.p@museum.example', 'a.papadopoulou@benaki.gr']);
    expect(after?.tags).toEqual(['Alumni', 'Lagos 2022']);
    expect(after?.languages).toEqual(['el', 'en']);
  });

  it('a row that brings nothing new changes nothing and is counted as unchanged', () => {
    const before = athina();
    const result = planToRecords(
      plan([row(2, { givenName: 'Αθηνά', familyName: 'Παπαδοπούλου', emails: 'athina.p@museum.example', tags: ['alumni'] }, { action: 'fill-empty', personId: before.id })]),
      withPeople(before),
      context(),
    );
    expect(result.peopleChanged).toEqual([]);
    expect(result.unchanged).toBe(1);
    expect(result.counts).toMatchObject({ updated: 0, merged: 0 });
  });

  it('two rows for one person both apply, with one before-state: the stored one', () => {
    const before = athina();
    const result = planToRecords(
      plan([
        row(2, { givenName: '', familyName: '', institution: 'Benaki Museum' }, { action: 'fill-empty', personId: before.id }),
        row(3, { givenName: '', familyName: '', phone: '+30 699 999 9999' }, { action: 'overwrite', personId: before.id }),
      ]),
      withPeople(before),
      context(),
    );
    expect(result.peopleChanged).toHaveLength(1);
    expect(result.peopleChanged[0]?.before).toBe(before);
    expect(result.peopleChanged[0]?.after).toMatchObject({ institution: 'Benaki Museum', phone: '+30 699 999 9999' });
    expect(result.counts).toMatchObject({ updated: 0, merged: 1 });
    expect(referencedPersonIds(plan([row(2, { givenName: 'x', familyName: '' }, { action: 'overwrite', personId: 'A' }), row(3, { givenName: 'y', familyName: '' }, { action: 'fill-empty', personId: 'A' })]))).toEqual(['A']);
  });

  it('refuses the plan when a matched person was deleted since', () => {
    const problem = refusal(() => planToRecords(plan([row(9, { givenName: 'A', familyName: 'B' }, { action: 'overwrite', personId: 'GONE' })]), none, context()));
    expect(problem).toEqual({ key: 'import.commit.personGone', params: { row: 9 } });
  });
});

describe('planToRecords: enrolling in a programme', () => {
  const enrolIn = { programmeId: PROGRAMME, status: 'applied' as const, role: 'participant' as const };

  it('enrols every imported person, row values first, and skips those already enrolled', () => {
    const before = athina();
    const existing: ExistingRecords = { ...withPeople(before), programme: { id: PROGRAMME }, enrolments: [enrolment('E1', before.id, 'accepted')] };
    const result = planToRecords(
      plan(
        [
          row(2, { givenName: 'Ngozi', familyName: 'Okonkwo' }, { action: 'create' }, { status: 'shortlisted', appliedOn: '2026-10-01' }),
          row(3, { givenName: '', familyName: '', institution: 'Benaki' }, { action: 'fill-empty', personId: before.id }),
          row(4, { givenName: 'Omar', familyName: 'Hassan' }, { action: 'create' }, { role: 'observer' }),
          row(5, { givenName: 'Skip', familyName: 'Me' }, { action: 'skip' }),
        ],
        { enrolIn },
      ),
      existing,
      context(),
    );
    expect(result.alreadyEnrolled).toBe(1);
    expect(result.enrolmentsToAdd.map((e) => [e.personId, e.role, e.status, e.appliedOn, e.importBatchId])).toEqual([
      ['NEW1', 'participant', 'shortlisted', '2026-10-01', 'BATCH-1'],
      ['NEW2', 'observer', 'applied', undefined, 'BATCH-1'],
    ]);
    expect(result.enrolmentsToAdd[0]).toMatchObject({ programmeId: PROGRAMME, statusChangedAt: NOW, attendance: [] });
  });

  it('a person two rows name is enrolled once', () => {
    const before = athina();
    const result = planToRecords(
      plan([row(2, { givenName: '', familyName: '' }, { action: 'fill-empty', personId: before.id }), row(3, { givenName: '', familyName: '' }, { action: 'overwrite', personId: before.id })], { enrolIn }),
      { ...withPeople(before), programme: { id: PROGRAMME }, enrolments: [] },
      context(),
    );
    expect(result.enrolmentsToAdd).toHaveLength(1);
    expect(result.alreadyEnrolled).toBe(1);
  });

  it('puts wait-listed people at the end of the waiting list, in row order', () => {
    const existing: ExistingRecords = { people: new Map(), programme: { id: PROGRAMME, capacity: 1 }, enrolments: [enrolment('E1', 'X', 'accepted'), enrolment('E2', 'Y', 'waitlisted', 1), enrolment('E3', 'Z', 'waitlisted', 2)] };
    const result = planToRecords(
      plan([row(2, { givenName: 'A', familyName: 'A' }), row(3, { givenName: 'B', familyName: 'B' })], { enrolIn: { ...enrolIn, status: 'waitlisted' } }),
      existing,
      context(),
    );
    expect(result.enrolmentsToAdd.map((e) => e.waitlistRank)).toEqual([3, 4]);
  });

  it('refuses the whole import, before writing anything, when the seats it takes exceed the capacity', () => {
    const existing: ExistingRecords = { people: new Map(), programme: { id: PROGRAMME, capacity: 3 }, enrolments: [enrolment('E1', 'X', 'confirmed'), enrolment('E2', 'Y', 'applied')] };
    const rows = [row(2, { givenName: 'A', familyName: 'A' }), row(3, { givenName: 'B', familyName: 'B' }), row(4, { givenName: 'C', familyName: 'C' })];
    expect(refusal(() => planToRecords(plan(rows, { enrolIn: { ...enrolIn, status: 'accepted' } }), existing, context()))).toEqual({
      key: 'import.commit.notEnoughPlaces',
      params: { capacity: 3, free: 2, needed: 3 },
    });
    // Two fit exactly; applicants and observers take no seat.
    expect(planToRecords(plan(rows.slice(0, 2), { enrolIn: { ...enrolIn, status: 'accepted' } }), existing, context()).enrolmentsToAdd).toHaveLength(2);
    expect(planToRecords(plan(rows, { enrolIn }), existing, context()).enrolmentsToAdd).toHaveLength(3);
    expect(planToRecords(plan(rows, { enrolIn: { ...enrolIn, status: 'confirmed', role: 'observer' } }), existing, context()).enrolmentsToAdd).toHaveLength(3);
  });

  it('refuses a non-participant on the waiting list, and a programme deleted since', () => {
    const existing: ExistingRecords = { people: new Map(), programme: { id: PROGRAMME }, enrolments: [] };
    expect(refusal(() => planToRecords(plan([row(6, { givenName: 'A', familyName: 'A' }, { action: 'create' }, { role: 'trainer', status: 'waitlisted' })], { enrolIn }), existing, context()))).toEqual({
      key: 'import.commit.rowInvalid',
      params: { row: 6, role: 'trainer' },
    });
    expect(refusal(() => planToRecords(plan([row(2, { givenName: 'A', familyName: 'A' })], { enrolIn }), none, context())).key).toBe('import.commit.programmeGone');
  });
});
