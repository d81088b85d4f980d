import type { CrowdedBucket, MatchReason } from '../../../shared/domain/person-matching';
import type { Id } from '../../../shared/domain/types';
import type { MessageKey } from '../../../shared/i18n';

/**
 * Pure helpers behind the duplicates screen: pair keys, reasons in words,
 * paging and what a crowded bucket was about. No React, no database.
 */

/**
 * The key that names a pair whichever way round it is given: the two ids in
 * code-unit order (the order scanForDuplicates uses), joined by `|`, which a
 * ULID or UUID never contains.
 */
export function pairKey(x: Id, y: Id): string {
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

/** The message key of a reason, e.g. "Same e-mail address". */
export function reasonLabel(reason: MatchReason): MessageKey {
  return `duplicates.reasons.${reason}`;
}

/** A pair's reasons as words, strongest first, for a list cell or a sentence. */
export function reasonsInWords(reasons: readonly MatchReason[], t: (key: MessageKey) => string): string[] {
  return reasons.map((reason) => t(reasonLabel(reason)));
}

/** Where a page sits in a list: 0-based `page` and `start`/`end` positions, 1-based `from`/`to` for "Pairs 26–50 of 312". */
export type PageRange = { page: number; pages: number; start: number; end: number; from: number; to: number; total: number };

/**
 * Page `page` (0-based) of a list of `total` items, `size` per page. A page
 * past the end (the list shrank after a merge or a dismissal) gives the last
 * page instead of an empty one.
 */
export function pageRange(total: number, page: number, size: number): PageRange {
  const pages = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const start = current * size;
  const end = Math.min(total, start + size);
  return { page: current, pages, start, end, from: total === 0 ? 0 : start + 1, to: end, total };
}

export type BucketKind = 'email' | 'name' | 'swapped' | 'institution';

/** What a crowded bucket had in common, in words staff can check. */
export type BucketDescription = { kind: BucketKind; value: string; size: number; outcome: CrowdedBucket['outcome'] };

const KINDS: Readonly<Record<string, BucketKind>> = { e: 'email', n: 'name', s: 'swapped', i: 'institution' };

/**
 * Reads a bucket key of person-match-keys.ts (`e|<email>`, `n|<country>|<family>|<given>`,
 * `s|<country or @domain>|<words>`, `i|org:<id> or txt:<name>|<family word>`, each
 * maybe followed by `#<finer key>`) back into its kind and a readable value.
 * An organisation id is left out: it means nothing to a person.
 */
export function describeBucket(bucket: CrowdedBucket): BucketDescription {
  const [coarse = ''] = bucket.key.split('#');
  const [tag = '', ...parts] = coarse.split('|');
  const kind = KINDS[tag] ?? 'name';
  let value: string;
  if (kind === 'email') value = parts.join('|');
  else if (kind === 'name') value = `${parts[2] ?? ''} ${parts[1] ?? ''} (${parts[0] ?? ''})`.trim();
  else if (kind === 'swapped') value = `${parts[1] ?? ''} (${parts[0] ?? ''})`;
  else {
    const [where = '', word = ''] = parts;
    value = where.startsWith('txt:') ? `${word} · ${where.slice(4)}` : word;
  }
  return { kind, value: value.replace(/\s+/g, ' ').trim(), size: bucket.size, outcome: bucket.outcome };
}

/** How many crowded buckets were skipped outright, and how many were compared only in part. */
export function crowdedCounts(crowded: readonly CrowdedBucket[]): { skipped: number; split: number } {
  let skipped = 0;
  for (const bucket of crowded) if (bucket.outcome === 'skipped') skipped += 1;
  return { skipped, split: crowded.length - skipped };
}
