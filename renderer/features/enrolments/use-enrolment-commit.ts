import type { Change } from '../../db/changes';
import { useUndoableCommit } from '../../components/use-undoable';

/** Commits an enrolment changeset with an Undo offer (see useUndoableCommit); an empty one is a no-op. */
export function useEnrolmentCommit(): (changes: readonly Change[], successText: string) => Promise<boolean> {
  return useUndoableCommit('enrolments.notices.undone', { skipEmpty: true });
}
