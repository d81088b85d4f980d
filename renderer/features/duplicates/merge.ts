import { DomainError } from '../../../shared/domain/errors';
import { planMerge, type MergePlan } from '../../../shared/domain/person-merge';
import { RECORD_TABLES, type Id, type Person, type Session } from '../../../shared/domain/types';
import { commitChanges, type Change } from '../../db/changes';
import type { DeskDatabase } from '../../db/schema';
import { mergeChoices, type FieldPicks, type Side } from './field-rows';
import { relatedRecords, type PairSnapshot, type Related } from './pair-data';

/**
 * The merge of two people, planned by the domain (planMerge) and written as
 * one changeset through commitChanges: one transaction, one audit entry per
 * record plus one 'merge' entry for the person kept, and the inverse returned
 * for Undo.
 */

/**
 * The merge plan for what is on screen: `keep` names the record that stays,
 * `picks` the values chosen field by field. Throws errors.mergeSelf /
 * errors.mergeMissing (DomainError) as planMerge does.
 */
export function planPairMerge(snapshot: PairSnapshot, keep: Side, picks: FieldPicks, now: string): MergePlan {
  const [kept, other] = keep === 'left' ? [snapshot.left, snapshot.right] : [snapshot.right, snapshot.left];
  return planMerge(kept, other, mergeChoices(picks, keep), snapshot, { now });
}

/**
 * Sessions name their speakers and moderators by person id; the deleted
 * record's id becomes the kept one's (once, if both were named), so no
 * session points at someone who no longer exists.
 */
export function sessionChanges(sessions: readonly Session[], fromId: Id, toId: Id, now: string): Change[] {
  const swap = (ids: readonly Id[]) => [...new Set(ids.map((id) => (id === fromId ? toId : id)))];
  return sessions
    .filter((s) => s.speakerIds.includes(fromId) || s.moderatorIds.includes(fromId))
    .map((s) => ({
      table: 'sessions',
      before: s,
      after: { ...s, speakerIds: swap(s.speakerIds), moderatorIds: swap(s.moderatorIds), updatedAt: now },
    }));
}

/**
 * The changeset of a plan, in the order it must be applied: enrolments as
 * planned (deletions first, for the unique person × programme index), grants,
 * sessions, then the merged person (`kept` is the record as read, which
 * commitChanges checks is still current) and the deletion of the other.
 */
export function mergeChangeset(plan: MergePlan, kept: Person, sessions: readonly Session[], now: string): Change[] {
  return [
    ...plan.enrolmentChanges.map((c): Change => ({ table: 'enrolments', before: c.before, after: c.after })),
    ...plan.grantChanges.map((c): Change => ({ table: 'grants', before: c.before, after: c.after })),
    ...sessionChanges(sessions, plan.removed.id, plan.person.id, now),
    { table: 'people', before: kept, after: plan.person },
    { table: 'people', before: plan.removed, after: null },
  ];
}

function fingerprint(related: Related): string {
  const ids = [...related.enrolments, ...related.grants].map((r) => `${r.id}@${r.updatedAt}`);
  return ids.sort().join(',');
}

export type MergeOutcome = { plan: MergePlan; undo: Change[] };

/**
 * Merges the pair as shown in `snapshot`, all or nothing. Refused, with
 * nothing written: errors.mergeMissing when either person is gone,
 * errors.mergeSelf for one person twice, errors.staleRecord when either
 * person, or any of their enrolments or grants, changed (or was added)
 * since the snapshot, so what staff chose from is what gets written.
 */
export async function commitMerge(
  db: DeskDatabase,
  snapshot: PairSnapshot,
  keep: Side,
  picks: FieldPicks,
  now: string = new Date().toISOString(),
): Promise<MergeOutcome> {
  const tables = [...RECORD_TABLES.map((t) => db.table(t)), db.audit];
  // One read-write transaction around the checks and commitChanges (which joins it):
  // nothing can slip in between what is checked and what is written.
  return db.transaction('rw', tables, async () => {
    // From the snapshot: what staff saw. commitChanges refuses it if either person changed since.
    const plan = planPairMerge(snapshot, keep, picks, now);
    const kept = plan.person.id === snapshot.left?.id ? snapshot.left : snapshot.right;
    const ids = [plan.person.id, plan.removed.id];
    const fresh = await db.people.bulkGet(ids);
    if (!kept || fresh.some((p) => p === undefined)) {
      throw new DomainError('errors.mergeMissing', {}, 'One of the two people was deleted or merged since it was read.');
    }
    // Enrolments or grants added or changed meanwhile would be left out of the plan.
    if (fingerprint(await relatedRecords(db, ids)) !== fingerprint(snapshot)) {
      throw new DomainError('errors.staleRecord', {}, 'An enrolment or grant of the pair changed since it was read.');
    }
    const sessions = await db.sessions
      .filter((s) => s.speakerIds.includes(plan.removed.id) || s.moderatorIds.includes(plan.removed.id))
      .toArray();
    const changes = mergeChangeset(plan, kept, sessions, now);
    const undo = await commitChanges(db, changes, { audit: { table: 'people', recordId: plan.person.id, action: 'merge' } });
    return { plan, undo };
  });
}

/**
 * Undoes a merge: both people, every enrolment, grant and session exactly as
 * they were, with an 'undo' entry in the kept person's history. Refused
 * (errors.staleRecord) if any of them changed after the merge.
 */
export async function undoMerge(db: DeskDatabase, undo: readonly Change[], keptId: Id): Promise<void> {
  await commitChanges(db, undo, { audit: { table: 'people', recordId: keptId, action: 'undo' } });
}
