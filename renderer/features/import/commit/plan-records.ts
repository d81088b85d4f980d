import { seatsTaken } from '../../../../shared/domain/enrolment-rules';
import { DomainError, isDomainError } from '../../../../shared/domain/errors';
import { personFromDraft } from '../../../../shared/domain/person-rules';
import { SEATED_ENROLMENT_STATUSES } from '../../../../shared/domain/transitions';
import type { Enrolment, Id, ImportBatch, IsoInstant, Person, Programme } from '../../../../shared/domain/types';
import type { ImportPlan, PlannedRow } from '../../../../shared/io/import-plan';
import { COMMIT_KEYS } from './commit-keys';
import { sameRecord, updatePerson } from './person-update';

/**
 * An import plan made into the records to write: pure, so the commit worker
 * can build everything before it writes anything, and a refusal (a full
 * programme, a person deleted since the wizard matched) leaves the database
 * untouched.
 */

/** What the plan is applied to, read in the commit's own transaction. */
export type ExistingRecords = {
  /** The people the plan's decisions name (fill-empty, overwrite), by id. */
  people: ReadonlyMap<Id, Person>;
  /** The programme to enrol in, when the plan has `enrolIn`. */
  programme?: Pick<Programme, 'id' | 'capacity'>;
  /** Every enrolment of that programme. */
  enrolments: readonly Enrolment[];
};

export type PlanContext = { newId: () => Id; now: IsoInstant; batchId: Id };

export type PlannedRecords = {
  peopleToAdd: Person[];
  /** Existing people the import changes, with their state before (for undo). */
  peopleChanged: { before: Person; after: Person }[];
  enrolmentsToAdd: Enrolment[];
  /**
   * added: people created; updated: existing people changed by an
   * 'overwrite' row; merged: existing people filled in by a 'fill-empty' row
   * (a person both rows change counts once, by the first); skipped: rows left
   * out (in the wizard or by a 'skip' decision); errors: rows in error left
   * out in the wizard. Matched rows that change nothing are in `unchanged`.
   */
  counts: ImportBatch['counts'];
  /** Rows whose person was already enrolled in the programme: left as they are, not an error. */
  alreadyEnrolled: number;
  /** Rows matched to an existing person that brought nothing new. */
  unchanged: number;
};

/** The ids of the existing people the plan's decisions name, each once. */
export function referencedPersonIds(plan: Pick<ImportPlan, 'rows'>): Id[] {
  const ids = new Set<Id>();
  for (const { decision } of plan.rows) {
    if (decision.action === 'fill-empty' || decision.action === 'overwrite') ids.add(decision.personId);
  }
  return [...ids];
}

/** Runs `build` for a row; a problem with the row's values is refused naming the row. */
function forRow<T>(row: PlannedRow, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new DomainError(
      COMMIT_KEYS.rowInvalid,
      { row: row.sheetRow, ...error.params },
      `Row ${row.sheetRow} cannot be imported: ${error.message}`,
    );
  }
}

type PeoplePart = Pick<PlannedRecords, 'peopleToAdd' | 'peopleChanged' | 'unchanged'> & {
  /** The person each imported row ends up as, in row order (skipped rows have none). */
  rowPeople: { row: PlannedRow; personId: Id }[];
  /** How each changed person was first changed. */
  changedBy: Map<Id, 'fill-empty' | 'overwrite'>;
  skipped: number;
};

function planPeople(plan: ImportPlan, existing: ExistingRecords, ctx: PlanContext): PeoplePart {
  const part: PeoplePart = { peopleToAdd: [], peopleChanged: [], unchanged: 0, rowPeople: [], changedBy: new Map(), skipped: 0 };
  // The latest state of every existing person touched, so two rows for one person both apply.
  const current = new Map<Id, Person>();
  for (const row of plan.rows) {
    const { decision } = row;
    if (decision.action === 'skip') {
      part.skipped++;
    } else if (decision.action === 'create') {
      const person = forRow(row, () => personFromDraft(row.person, ctx));
      // A fresh record of our own: stamped in place rather than copied (100,000 copies cost a GC or two).
      person.importBatchId = ctx.batchId;
      part.peopleToAdd.push(person);
      part.rowPeople.push({ row, personId: person.id });
    } else {
      const base = current.get(decision.personId) ?? existing.people.get(decision.personId);
      if (!base) {
        throw new DomainError(COMMIT_KEYS.personGone, { row: row.sheetRow }, `Row ${row.sheetRow}: person ${decision.personId} no longer exists.`);
      }
      const after = forRow(row, () => updatePerson(base, row.person, decision.action, ctx));
      if (sameRecord(base, after)) {
        part.unchanged++;
      } else {
        current.set(after.id, after);
        if (!part.changedBy.has(after.id)) part.changedBy.set(after.id, decision.action);
      }
      part.rowPeople.push({ row, personId: decision.personId });
    }
  }
  for (const [id, after] of current) {
    const before = existing.people.get(id);
    if (before) part.peopleChanged.push({ before, after });
  }
  return part;
}

function planEnrolments(
  plan: ImportPlan,
  rowPeople: PeoplePart['rowPeople'],
  existing: ExistingRecords,
  ctx: PlanContext,
): { enrolmentsToAdd: Enrolment[]; alreadyEnrolled: number } {
  const target = plan.enrolIn;
  if (!target) return { enrolmentsToAdd: [], alreadyEnrolled: 0 };
  const programme = existing.programme;
  if (!programme || programme.id !== target.programmeId) {
    throw new DomainError(COMMIT_KEYS.programmeGone, {}, `Programme ${target.programmeId} no longer exists.`);
  }
  const others = existing.enrolments.filter((e) => e.programmeId === programme.id);
  const enrolled = new Set(others.map((e) => e.personId));
  // Wait-listed rows queue after everyone already waiting (a reduce: a programme may hold many).
  let lastRank = others.reduce((max, e) => (e.status === 'waitlisted' ? Math.max(max, e.waitlistRank ?? 0) : max), 0);
  const enrolmentsToAdd: Enrolment[] = [];
  let alreadyEnrolled = 0;
  for (const { row, personId } of rowPeople) {
    if (enrolled.has(personId)) {
      alreadyEnrolled++;
      continue;
    }
    enrolled.add(personId);
    const role = row.enrolment.role ?? target.role;
    const status = row.enrolment.status ?? target.status;
    if (status === 'waitlisted' && role !== 'participant') {
      // Only participants queue for a seat (enrolment-rules.ts).
      throw new DomainError(COMMIT_KEYS.rowInvalid, { row: row.sheetRow, role }, `Row ${row.sheetRow}: a ${role} cannot be wait-listed.`);
    }
    const enrolment: Enrolment = {
      id: ctx.newId(),
      createdAt: ctx.now,
      updatedAt: ctx.now,
      importBatchId: ctx.batchId,
      personId,
      programmeId: programme.id,
      role,
      status,
      statusChangedAt: ctx.now,
      attendance: [],
    };
    if (status === 'waitlisted') enrolment.waitlistRank = ++lastRank;
    if (row.enrolment.appliedOn !== undefined) enrolment.appliedOn = row.enrolment.appliedOn;
    enrolmentsToAdd.push(enrolment);
  }
  assertCapacity(programme, others, enrolmentsToAdd);
  return { enrolmentsToAdd, alreadyEnrolled };
}

/** Refuses the whole import when the seats it takes do not fit in the programme. */
function assertCapacity(programme: Pick<Programme, 'capacity'>, others: readonly Enrolment[], added: readonly Enrolment[]): void {
  const { capacity } = programme;
  if (capacity === undefined) return;
  const needed = added.filter((e) => e.role === 'participant' && SEATED_ENROLMENT_STATUSES.includes(e.status)).length;
  const taken = seatsTaken(others);
  if (needed > 0 && taken + needed > capacity) {
    const free = Math.max(0, capacity - taken);
    throw new DomainError(COMMIT_KEYS.notEnoughPlaces, { capacity, free, needed }, `${needed} seats needed, ${free} of ${capacity} free.`);
  }
}

/**
 * The records an import plan writes: people to add (every one stamped with the
 * batch id), existing people to update with their state before, enrolments to
 * add when the plan enrols in a programme (a person already enrolled is counted
 * in `alreadyEnrolled`, not refused), and the batch counts. Refuses the whole
 * plan with a DomainError, before anything is written, when a seat-taking
 * enrolment would overfill the programme ('import.commit.notEnoughPlaces'
 * with {capacity, free, needed}), when a matched person or the programme no longer
 * exists, or when a row's values are not valid.
 */
export function planToRecords(plan: ImportPlan, existing: ExistingRecords, ctx: PlanContext): PlannedRecords {
  const people = planPeople(plan, existing, ctx);
  const { enrolmentsToAdd, alreadyEnrolled } = planEnrolments(plan, people.rowPeople, existing, ctx);
  const modes = [...people.changedBy.values()];
  return {
    peopleToAdd: people.peopleToAdd,
    peopleChanged: people.peopleChanged,
    enrolmentsToAdd,
    counts: {
      added: people.peopleToAdd.length,
      updated: modes.filter((mode) => mode === 'overwrite').length,
      merged: modes.filter((mode) => mode === 'fill-empty').length,
      skipped: plan.skippedRows + people.skipped,
      errors: plan.errorRows,
    },
    alreadyEnrolled,
    unchanged: people.unchanged,
  };
}
