import type { Change } from '../../db/changes';
import { useUndoableCommit } from '../../components/use-undoable';

/** Commits a changeset about people with an Undo offer (see useUndoableCommit). */
export function useCommit(): (changes: readonly Change[], successText: string) => Promise<boolean> {
  return useUndoableCommit('participants.undone');
}
