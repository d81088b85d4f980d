import type { Change } from '../../db/changes';
import { useUndoableCommit } from '../../components/use-undoable';

/** Commits a programme changeset with an Undo offer (see useUndoableCommit). */
export function useCommit(): (changes: readonly Change[], successText: string) => Promise<boolean> {
  return useUndoableCommit('programmes.undone');
}
