import { foldText } from './text';
import { UI_LANGUAGES, type Id, type Programme, type ProgrammeKind, type ProgrammeStatus, type Region } from './types';

/** The list's filters; an empty string means "any". */
export type ProgrammeFilters = {
  query: string;
  status: ProgrammeStatus | '';
  kind: ProgrammeKind | '';
  region: Region | '';
  /** A year, "2026": programmes running at any time in it. */
  year: string;
  /** A working language tag. */
  language: string;
  /** An organisation id among the partners, whatever its role. */
  partner: Id | '';
};

export type ProgrammeSort = 'newest' | 'oldest';

export const NO_FILTERS: ProgrammeFilters = { query: '', status: '', kind: '', region: '', year: '', language: '', partner: '' };

/** True when any filter is set. */
export function hasFilters(filters: ProgrammeFilters): boolean {
  return Object.values(filters).some((v) => v.trim() !== '');
}

function searchText(p: Programme): string {
  const titles = UI_LANGUAGES.map((lang) => p.title[lang] ?? '');
  const city = p.venue.mode === 'online' ? '' : p.venue.city;
  return foldText([...titles, city].join(' \u0000 '));
}

function containsAll(text: string, words: readonly string[]): boolean {
  return words.every((w) => text.includes(w));
}

/**
 * The programmes matching every filter, sorted by start date. The search finds
 * its words (in any order) in the title in any language or the city, ignoring
 * case and accents: "medellin" finds "Medellín", "musees" finds "Musées".
 */
export function filterProgrammes<T extends Programme>(
  programmes: readonly T[],
  filters: ProgrammeFilters,
  sort: ProgrammeSort = 'newest',
): T[] {
  const words = foldText(filters.query).split(' ').filter((w) => w.length > 0);
  const year = filters.year.trim();
  const matches = programmes.filter(
    (p) =>
      (filters.status === '' || p.status === filters.status) &&
      (filters.kind === '' || p.kind === filters.kind) &&
      (filters.region === '' || p.region === filters.region) &&
      (year === '' || (p.startDate.slice(0, 4) <= year && year <= p.endDate.slice(0, 4))) &&
      (filters.language === '' || p.workingLanguages.includes(filters.language)) &&
      (filters.partner === '' || p.partners.some((x) => x.organisationId === filters.partner)) &&
      (words.length === 0 || containsAll(searchText(p), words)),
  );
  const direction = sort === 'newest' ? -1 : 1;
  return matches.sort(
    (a, b) => direction * (a.startDate.localeCompare(b.startDate) || a.endDate.localeCompare(b.endDate) || a.id.localeCompare(b.id)),
  );
}

/** The years the programmes run in, newest first, for the year filter. */
export function programmeYears(programmes: readonly Programme[]): string[] {
  const years = new Set<string>();
  for (const p of programmes) {
    const from = Number(p.startDate.slice(0, 4));
    const to = Number(p.endDate.slice(0, 4));
    // A cycle spanning years is listed under each; capped so a typo cannot list centuries.
    for (let y = from; y <= Math.min(to, from + 10); y += 1) years.add(String(y));
  }
  return [...years].sort().reverse();
}
