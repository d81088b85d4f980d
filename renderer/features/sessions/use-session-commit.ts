import { useCallback } from 'react';
import type { SessionChange } from '../../../shared/domain/series-edits';
import { useUndoableWrite } from '../../components/use-undoable';
import { commitSessionChanges } from './session-commit';

/** Commits session edits with an Undo offer (see useUndoableWrite); no edit is a no-op. */
export function useSessionCommit(): (changes: readonly SessionChange[], successText: string) => Promise<boolean> {
  const run = useUndoableWrite('sessions.notices.undone');
  return useCallback(
    (changes, successText) => (changes.length === 0 ? Promise.resolve(true) : run((db) => commitSessionChanges(db, changes), successText)),
    [run],
  );
}
