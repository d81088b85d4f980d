import { DEFAULT_SORT, searchWords, type DirectoryFilters, type DirectorySort } from '../../../../shared/domain/person-search';

/** What the directory shows: the search text, the filters and the order. */
export type DirectorySpec = { text: string; filters: DirectoryFilters; sort: DirectorySort };

export const NO_SPEC: DirectorySpec = { text: '', filters: {}, sort: DEFAULT_SORT };

/** True when some filter is set. */
export function hasFilters(filters: DirectoryFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined && value !== '');
}

/** True when the search or a filter narrows the list (the order does not). */
export function isNarrowed(spec: DirectorySpec): boolean {
  return searchWords(spec.text).length > 0 || hasFilters(spec.filters);
}

/**
 * True when the spec shows everyone in name order: the one view the database's
 * sortKey index can serve directly, before the search index is ready.
 */
export function isPlainList(spec: DirectorySpec): boolean {
  return !isNarrowed(spec) && spec.sort.key === DEFAULT_SORT.key && spec.sort.direction === DEFAULT_SORT.direction;
}

/** Filters without empty values, so equal filters give equal keys. */
export function cleanFilters(filters: DirectoryFilters): DirectoryFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '')) as DirectoryFilters;
}

/**
 * The next order after a click on a column's header: the same column flips
 * direction; another column starts ascending, except "updated", which starts
 * with the most recent.
 */
export function nextSort(current: DirectorySort, key: DirectorySort['key']): DirectorySort {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: key === 'updated' ? 'desc' : 'asc' };
}

// The directory keeps its search, filters and order while the user opens a person and comes back.
let remembered: DirectorySpec = NO_SPEC;

/** The spec the directory last showed in this session. */
export function rememberedSpec(): DirectorySpec {
  return remembered;
}

/** Remembers the spec for the next visit in this session. */
export function rememberSpec(spec: DirectorySpec): void {
  remembered = spec;
}
