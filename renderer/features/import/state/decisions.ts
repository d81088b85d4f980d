import type { PersonMatch } from '../../../../shared/domain/person-matching';
import type { Id } from '../../../../shared/domain/types';
import type { MatchDecision } from '../../../../shared/io/import-plan';

/**
 * What staff decide for rows that look like people already in the directory.
 * Decisions are kept by the row's position in the preview; a row with no
 * match is simply created.
 */

/** The existing people one preview row may be, best first. */
export type RowMatch = { row: number; candidates: PersonMatch[] };

/** The four choices offered for a matched row. */
export const DECISION_CHOICES = ['create', 'fill-empty', 'overwrite', 'skip'] as const;
export type DecisionChoice = (typeof DECISION_CHOICES)[number];

/** Decisions by preview row index. */
export type Decisions = ReadonlyMap<number, MatchDecision>;

/** The decision for `choice`; updating needs the person to update. */
export function decisionOf(choice: DecisionChoice, personId: Id): MatchDecision {
  if (choice === 'fill-empty' || choice === 'overwrite') return { action: choice, personId };
  return { action: choice };
}

/**
 * The proposed decision for a matched row: fill the best match's empty fields.
 * It never creates a duplicate and never overwrites what staff typed before;
 * they can choose otherwise row by row or for all.
 */
export function defaultDecision(match: RowMatch): MatchDecision | undefined {
  const best = match.candidates[0];
  return best ? { action: 'fill-empty', personId: best.id } : undefined;
}

/** The person a row's decision points at, else its best match. */
export function chosenPerson(match: RowMatch, decision: MatchDecision | undefined): Id | undefined {
  if (decision && 'personId' in decision && match.candidates.some((c) => c.id === decision.personId)) return decision.personId;
  return match.candidates[0]?.id;
}

/**
 * Decisions for freshly matched rows: a row keeps what staff chose before when
 * the person it pointed at is still among its matches (an edit elsewhere in
 * the row did not change who it is); other matched rows get the default.
 */
export function mergeDecisions(previous: Decisions, matches: readonly RowMatch[]): Decisions {
  const next = new Map<number, MatchDecision>();
  for (const match of matches) {
    const kept = previous.get(match.row);
    const stillThere = kept && (!('personId' in kept) || match.candidates.some((c) => c.id === kept.personId));
    const decision = stillThere ? kept : defaultDecision(match);
    if (decision) next.set(match.row, decision);
  }
  return next;
}

/** One row's decision changed. */
export function decideRow(decisions: Decisions, row: number, decision: MatchDecision): Decisions {
  const next = new Map(decisions);
  next.set(row, decision);
  return next;
}

/**
 * The same choice for every matched row ("for all"): each row updates the
 * person it already points at (its best match unless staff picked another).
 */
export function decideForAll(decisions: Decisions, matches: readonly RowMatch[], choice: DecisionChoice): Decisions {
  const next = new Map(decisions);
  for (const match of matches) {
    const personId = chosenPerson(match, decisions.get(match.row));
    if (personId !== undefined) next.set(match.row, decisionOf(choice, personId));
  }
  return next;
}
