import { MATCH_REASONS, type DuplicateCandidate, type MatchReason } from '../../../shared/domain/person-matching';
import type { Id } from '../../../shared/domain/types';

/**
 * A search result packed for the trip from the worker to the page: on a big
 * directory the search can find millions of pairs, and as objects they would
 * take hundreds of megabytes and seconds of copying on the page's thread.
 * Packed, each pair is two indexes into `ids`, a reason bitmask and a score,
 * in typed arrays the worker transfers without copying. Best pairs first.
 */
export type PackedPairs = {
  /** Every person id the pairs point at, in code-unit order. */
  ids: Id[];
  first: Uint32Array;
  second: Uint32Array;
  /** Bit i set: MATCH_REASONS[i] holds for the pair. */
  reasons: Uint8Array;
  scores: Uint16Array;
};

/** Packs candidates (best first, as scanForDuplicates sorts them) keeping their order. */
export function packCandidates(candidates: readonly DuplicateCandidate[]): PackedPairs {
  const ids = [...new Set(candidates.flatMap((c) => [c.a, c.b]))].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = candidates.length;
  const packed: PackedPairs = {
    ids,
    first: new Uint32Array(n),
    second: new Uint32Array(n),
    reasons: new Uint8Array(n),
    scores: new Uint16Array(n),
  };
  candidates.forEach((c, i) => {
    packed.first[i] = index.get(c.a) ?? 0;
    packed.second[i] = index.get(c.b) ?? 0;
    packed.reasons[i] = c.reasons.reduce((mask, r) => mask | (1 << MATCH_REASONS.indexOf(r)), 0);
    packed.scores[i] = c.score;
  });
  return packed;
}

/** The buffers to transfer (not copy) with a packed result. */
export function packedBuffers(pairs: PackedPairs): ArrayBuffer[] {
  return [pairs.first, pairs.second, pairs.reasons, pairs.scores].map((a) => a.buffer as ArrayBuffer);
}

/** How many pairs a packed result holds. */
export function pairCount(pairs: PackedPairs): number {
  return pairs.scores.length;
}

/** Pair `i` of a packed result, as the domain describes a candidate. */
export function candidateAt(pairs: PackedPairs, i: number): DuplicateCandidate {
  const mask = pairs.reasons[i] ?? 0;
  const reasons: MatchReason[] = MATCH_REASONS.filter((_, bit) => (mask & (1 << bit)) !== 0);
  return { a: pairs.ids[pairs.first[i] ?? 0] ?? '', b: pairs.ids[pairs.second[i] ?? 0] ?? '', reasons, score: pairs.scores[i] ?? 0 };
}

const indexes = new WeakMap<PackedPairs, Map<Id, number>>();

/** Id → position in `ids`, built once per result (100,000 ids: worth keeping between dismissals). */
function idIndex(pairs: PackedPairs): Map<Id, number> {
  let index = indexes.get(pairs);
  if (!index) {
    index = new Map(pairs.ids.map((id, i) => [id, i]));
    indexes.set(pairs, index);
  }
  return index;
}

/**
 * The positions of the pairs still to review (not set aside as "not a
 * duplicate"), or null when none of the result is set aside (every pair is
 * open). Linear in the pairs with number comparisons only: a few tens of
 * milliseconds for millions of pairs, run again only when the set changes.
 */
export function openPositions(pairs: PackedPairs, dismissed: ReadonlySet<string>): Uint32Array | null {
  if (dismissed.size === 0) return null;
  const n = pairs.ids.length;
  const index = idIndex(pairs);
  const codes = new Set<number>();
  for (const key of dismissed) {
    const [x, y] = key.split('|');
    const i = x === undefined ? undefined : index.get(x);
    const j = y === undefined ? undefined : index.get(y);
    if (i !== undefined && j !== undefined) codes.add(Math.min(i, j) * n + Math.max(i, j));
  }
  if (codes.size === 0) return null;
  const count = pairCount(pairs);
  const open = new Uint32Array(count);
  let kept = 0;
  for (let p = 0; p < count; p += 1) {
    const i = pairs.first[p] as number;
    const j = pairs.second[p] as number;
    if (!codes.has(Math.min(i, j) * n + Math.max(i, j))) open[kept++] = p;
  }
  return kept === count ? null : open.slice(0, kept);
}
