import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_COMPLETION_RULE, type CompletionRule } from '../../../shared/domain/attendance';
import type { Id } from '../../../shared/domain/types';
import { getDatabase } from '../../db/database';
import type { DeskDatabase } from '../../db/schema';

/**
 * Each programme's completion rule, kept in the settings table under
 * `completionRule:<programmeId>`. The settings helper's typed keys are fixed
 * names; this per-programme key gets its own small typed wrapper here.
 */

const EXCUSED = ['present', 'absent', 'ignored'] as const;

/** The settings key of a programme's completion rule. */
export function completionRuleKey(programmeId: Id): string {
  return `completionRule:${programmeId}`;
}

/**
 * A stored value read as a rule: anything missing or malformed (a value written
 * by an older version, edited by hand) falls back to the default, field by field.
 */
export function parseCompletionRule(value: unknown): CompletionRule {
  const stored = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const share = stored.minimumShare;
  const excused = stored.excusedCounts;
  return {
    minimumShare: typeof share === 'number' && share >= 0 && share <= 1 ? share : DEFAULT_COMPLETION_RULE.minimumShare,
    excusedCounts: EXCUSED.find((x) => x === excused) ?? DEFAULT_COMPLETION_RULE.excusedCounts,
  };
}

/** A programme's completion rule (the default when none was set). */
export async function readCompletionRule(db: DeskDatabase, programmeId: Id): Promise<CompletionRule> {
  return parseCompletionRule((await db.settings.get(completionRuleKey(programmeId)))?.value);
}

/** Stores a programme's completion rule. */
export async function writeCompletionRule(db: DeskDatabase, programmeId: Id, rule: CompletionRule): Promise<void> {
  await db.settings.put({ key: completionRuleKey(programmeId), value: parseCompletionRule(rule) });
}

/** A programme's completion rule, live; undefined while loading. */
export function useCompletionRule(programmeId: Id): CompletionRule | undefined {
  return useLiveQuery(() => readCompletionRule(getDatabase(), programmeId), [programmeId]);
}
