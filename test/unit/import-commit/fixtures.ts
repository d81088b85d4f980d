import { personFromDraft, type PersonDraft } from '../../../shared/domain/person-rules';
import type { Enrolment, EnrolmentStatus, Id, Person } from '../../../shared/domain/types';
import type { ImportPlan, MatchDecision, PlannedRow } from '../../../shared/io/import-plan';
import type { PlanContext } from '../../../renderer/features/import/commit/plan-records';

export const NOW = '2026-11-21T10:15:00.000Z';
export const EARLIER = '2025-03-02T08:00:00.000Z';
export const PROGRAMME = 'PROG-LAGOS';

/** A context with readable, predictable ids (NEW1, NEW2…). */
export function context(batchId: Id = 'BATCH-1'): PlanContext {
  let counter = 0;
  return { newId: () => `NEW${++counter}`, now: NOW, batchId };
}

/** A stored person, as the app writes them (made by personFromDraft, earlier). */
export function stored(id: Id, draft: PersonDraft): Person {
  return personFromDraft(draft, { newId: () => id, now: EARLIER });
}

export function row(sheetRow: number, person: PersonDraft, decision: MatchDecision = { action: 'create' }, enrolment: PlannedRow['enrolment'] = {}): PlannedRow {
  return { sheetRow, person, enrolment, decision };
}

export function plan(rows: PlannedRow[], extra: Partial<ImportPlan> = {}): ImportPlan {
  return {
    fileName: 'partners-lagos.xlsx',
    fileHash: 'ab'.repeat(32),
    mapping: [
      { header: 'Given name', field: 'givenName' },
      { header: 'Family name', field: 'familyName' },
      { header: 'Email', field: 'email' },
      { header: 'Comments', field: null },
    ],
    rows,
    skippedRows: 0,
    errorRows: 0,
    ...extra,
  };
}

export function enrolment(id: Id, personId: Id, status: EnrolmentStatus, waitlistRank?: number): Enrolment {
  const e: Enrolment = {
    id,
    createdAt: EARLIER,
    updatedAt: EARLIER,
    personId,
    programmeId: PROGRAMME,
    role: 'participant',
    status,
    statusChangedAt: EARLIER,
    attendance: [],
  };
  if (waitlistRank !== undefined) e.waitlistRank = waitlistRank;
  return e;
}
