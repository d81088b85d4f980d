import { matchBlocks, matchProfile, newFoldMemo, type MatchInput, type MatchProfile } from './person-match-keys';
import { namesCompatible, sameName, sameWords } from './person-names';
import type { Id } from './types';

export { nameTokens } from './person-names';
export type { MatchInput } from './person-match-keys';

/** Why two records may be one person, strongest evidence first. */
export const MATCH_REASONS = [
  'same-email',
  'same-name-country',
  'swapped-names',
  'name-variant-same-institution',
] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

/**
 * Points per reason; a pair scores the sum. A shared address is nearly always
 * the same person; a shared name and country is strong but common names recur
 * in big countries; a swap or a variant needs a second fact (country or domain,
 * institution) before it is proposed at all, so it weighs less on its own.
 */
export const MATCH_REASON_POINTS: Readonly<Record<MatchReason, number>> = {
  'same-email': 50,
  'same-name-country': 30,
  'swapped-names': 25,
  'name-variant-same-institution': 20,
};

/** Two people who may be one, `a` < `b` by id, with the evidence. */
export type DuplicateCandidate = { a: Id; b: Id; reasons: MatchReason[]; score: number };

/** An existing person an incoming record may be. */
export type PersonMatch = { id: Id; reasons: MatchReason[]; score: number };

export type MatchOptions = {
  /**
   * The most people compared all-with-all in one bucket (default 200, at most
   * about 20,000 comparisons). Above it a bucket is split by its finer key; a
   * finer bucket still above it is skipped by findDuplicateCandidates and
   * reported by scanForDuplicates.
   */
  maxBucketSize?: number;
};

/** What the index holds: anything with an id and the matched fields (a Person is one). */
export type IndexedPerson = MatchInput & { id: Id };

/** People folded once and put in buckets, for repeated look-ups (one per imported row). */
export type MatchIndex = {
  readonly profiles: readonly MatchProfile[];
  /** Bucket key → positions in `profiles`. */
  readonly buckets: ReadonlyMap<string, readonly number[]>;
  /** Coarse keys whose bucket was too big and was split into `coarse#fine` buckets. */
  readonly refined: ReadonlySet<string>;
  readonly maxBucketSize: number;
};

const DEFAULT_MAX_BUCKET = 200;

/**
 * Builds the match index once for a directory: every person folded, put in its
 * buckets, and crowded buckets split by their finer keys. Linear in the number
 * of people; no pair is compared here.
 */
export function buildMatchIndex(people: readonly IndexedPerson[], options: MatchOptions = {}): MatchIndex {
  const maxBucketSize = Math.max(2, options.maxBucketSize ?? DEFAULT_MAX_BUCKET);
  const memo = newFoldMemo();
  const profiles = people.map((person) => matchProfile(person, memo));
  const buckets = new Map<string, number[]>();
  profiles.forEach((profile, i) => {
    for (const block of matchBlocks(profile)) push(buckets, block.coarse, i);
  });

  const crowded = [...buckets].filter(([, members]) => members.length > maxBucketSize);
  const refined = new Set<string>();
  for (const [coarse, members] of crowded) {
    refined.add(coarse);
    for (const i of members) {
      const block = matchBlocks(profiles[i] as MatchProfile).find((b) => b.coarse === coarse);
      for (const fine of block?.fine ?? []) push(buckets, `${coarse}#${fine}`, i);
    }
  }
  return { profiles, buckets, refined, maxBucketSize };
}

/**
 * The existing people an incoming record may be, best first. Looks only in the
 * record's own buckets (Map look-ups), through the finer key where the index
 * split a bucket; one record against one bucket is linear, so even a crowded
 * finer bucket is searched here. A record with the same id is not its own match.
 */
export function matchPerson(candidate: MatchInput, index: MatchIndex): PersonMatch[] {
  const profile = matchProfile(candidate);
  const seen = new Set<number>();
  for (const block of matchBlocks(profile)) {
    const keys = index.refined.has(block.coarse) ? block.fine.map((f) => `${block.coarse}#${f}`) : [block.coarse];
    for (const key of keys) for (const i of index.buckets.get(key) ?? []) seen.add(i);
  }
  const matches: PersonMatch[] = [];
  for (const i of seen) {
    const other = index.profiles[i] as MatchProfile;
    if (other.id === undefined || other.id === candidate.id) continue;
    const reasons = matchReasons(profile, other);
    if (reasons.length > 0) matches.push({ id: other.id, reasons, score: scoreOf(reasons) });
  }
  return matches.sort((x, y) => y.score - x.score || compareIds(x.id, y.id));
}

/**
 * A bucket too big to compare all-with-all. `split`: a coarse bucket replaced by
 * its finer buckets, so two of its members are compared only if they also share
 * a finer key (for a very common full name in one country: the same
 * institution). `skipped`: a finer bucket still too big, not compared at all.
 */
export type CrowdedBucket = { key: string; size: number; outcome: 'split' | 'skipped' };

/** What a scan found, and what it did not compare. */
export type DuplicateScan = { candidates: DuplicateCandidate[]; crowded: CrowdedBucket[] };

/**
 * Finds pairs of people in a directory who may be one person, best first. Only
 * people sharing a bucket are compared (never all pairs), each pair once, so
 * 100,000 people take a few hundred thousand comparisons, not five billion.
 */
export function scanForDuplicates(people: readonly IndexedPerson[], options: MatchOptions = {}): DuplicateScan {
  const index = buildMatchIndex(people, options);
  const n = index.profiles.length;
  const compared = new Set<number>();
  const candidates: DuplicateCandidate[] = [];
  const crowded: CrowdedBucket[] = [];
  for (const [key, members] of index.buckets) {
    if (index.refined.has(key)) {
      crowded.push({ key, size: members.length, outcome: 'split' });
      continue;
    }
    if (members.length > index.maxBucketSize) {
      crowded.push({ key, size: members.length, outcome: 'skipped' });
      continue;
    }
    for (let x = 0; x < members.length; x += 1) {
      for (let y = x + 1; y < members.length; y += 1) {
        const i = Math.min(members[x] as number, members[y] as number);
        const j = Math.max(members[x] as number, members[y] as number);
        // i * n + j is unique per pair and stays far below 2^53 for any directory.
        const pair = i * n + j;
        if (i === j || compared.has(pair)) continue;
        compared.add(pair);
        const candidate = candidateOf(index.profiles[i] as MatchProfile, index.profiles[j] as MatchProfile);
        if (candidate) candidates.push(candidate);
      }
    }
  }
  candidates.sort((x, y) => y.score - x.score || compareIds(x.a, y.a) || compareIds(x.b, y.b));
  crowded.sort((x, y) => y.size - x.size || compareIds(x.key, y.key));
  return { candidates, crowded };
}

/**
 * Pairs of people in the directory who may be one person, with the reasons and
 * a score, best first. See scanForDuplicates for the crowded buckets it skips.
 */
export function findDuplicateCandidates(people: readonly IndexedPerson[], options: MatchOptions = {}): DuplicateCandidate[] {
  return scanForDuplicates(people, options).candidates;
}

/**
 * The reasons two folded people may be one, in MATCH_REASONS order; empty when
 * nothing links them. A swap needs the same country or a shared work domain;
 * a variant (or the same name) needs the same organisation or institution text.
 */
export function matchReasons(a: MatchProfile, b: MatchProfile): MatchReason[] {
  const reasons: MatchReason[] = [];
  if (a.emails.some((email) => b.emails.includes(email))) reasons.push('same-email');
  const sameCountry = a.country !== undefined && a.country === b.country;
  const equalNames = sameName(a.name, b.name);
  if (sameCountry && equalNames) reasons.push('same-name-country');
  if (!equalNames && sameWords(a.name, b.name) && (sameCountry || a.domains.some((d) => b.domains.includes(d)))) {
    reasons.push('swapped-names');
  }
  if (a.institutions.some((i) => b.institutions.includes(i)) && namesCompatible(a.name, b.name)) {
    reasons.push('name-variant-same-institution');
  }
  return reasons;
}

function candidateOf(p: MatchProfile, q: MatchProfile): DuplicateCandidate | undefined {
  if (p.id === undefined || q.id === undefined || p.id === q.id) return undefined;
  const reasons = matchReasons(p, q);
  if (reasons.length === 0) return undefined;
  const [a, b] = compareIds(p.id, q.id) <= 0 ? [p.id, q.id] : [q.id, p.id];
  return { a, b, reasons, score: scoreOf(reasons) };
}

function scoreOf(reasons: readonly MatchReason[]): number {
  return reasons.reduce((sum, reason) => sum + MATCH_REASON_POINTS[reason], 0);
}

/** Ids compare by code unit: ULIDs then sort by creation time, the same on every machine. */
function compareIds(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function push(buckets: Map<string, number[]>, key: string, i: number): void {
  const members = buckets.get(key);
  if (members) members.push(i);
  else buckets.set(key, [i]);
}
