import type { SessionChange } from '../../../shared/domain/series-edits';
import { commitChanges, type Change } from '../../db/changes';
import type { DeskDatabase } from '../../db/schema';

/** Session edits as the changeset commitChanges applies: every record in the 'sessions' table. */
export function sessionChangeset(changes: readonly SessionChange[]): Change[] {
  return changes.map((c) => ({ table: 'sessions', before: c.before, after: c.after }));
}

/**
 * Writes session edits as one changeset, all or nothing, and returns the
 * changeset that undoes them. A record changed elsewhere since it was read
 * refuses the whole edit (errors.staleRecord).
 */
export function commitSessionChanges(db: DeskDatabase, changes: readonly SessionChange[]): Promise<Change[]> {
  return commitChanges(db, sessionChangeset(changes));
}
