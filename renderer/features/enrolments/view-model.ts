import { personName } from '../../../shared/domain/person-rules';
import { foldText } from '../../../shared/domain/text';
import {
  ENROLMENT_STATUSES,
  type Enrolment,
  type EnrolmentRole,
  type EnrolmentStatus,
  type Id,
  type Organisation,
  type Person,
} from '../../../shared/domain/types';

/**
 * The enrolment list as the page shows it: one row per enrolment with the
 * person's name, country and institution, filtered and sorted. Pure, so the
 * list's behaviour is tested without a browser.
 */

export type EnrolmentRow = {
  enrolment: Enrolment;
  /** Undefined when the person is no longer in the directory. */
  person: Person | undefined;
  /** Given then family, as written; empty when the person is gone. */
  name: string;
  /** Folded "family given", for sorting and searching. */
  sortKey: string;
  country: string | undefined;
  institution: string | undefined;
};

export type RowFilters = { query: string; status: EnrolmentStatus | ''; role: EnrolmentRole | ''; country: string };
export const NO_ROW_FILTERS: RowFilters = { query: '', status: '', role: '', country: '' };

export const SORT_KEYS = ['name', 'country', 'role', 'status', 'applied'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type RowSort = { key: SortKey; direction: 'ascending' | 'descending' };

/** Joins enrolments with their people and institutions. */
export function buildRows(
  enrolments: readonly Enrolment[],
  people: ReadonlyMap<Id, Person>,
  organisations: ReadonlyMap<Id, Organisation>,
): EnrolmentRow[] {
  return enrolments.map((enrolment) => {
    const person = people.get(enrolment.personId);
    const institution =
      person?.institution ?? (person?.organisationId !== undefined ? organisations.get(person.organisationId)?.name : undefined);
    return {
      enrolment,
      person,
      name: person ? personName(person) : '',
      sortKey: person?.sortKey ?? '\uffff',
      country: person?.country,
      institution,
    };
  });
}

/** True when any filter is set. */
export function hasRowFilters(filters: RowFilters): boolean {
  return filters.query.trim() !== '' || filters.status !== '' || filters.role !== '' || filters.country !== '';
}

/**
 * The rows matching every filter. The query matches names (either order),
 * institutions and e-mail addresses, accents and case aside: "nguyen" finds
 * Nguyễn Văn An.
 */
export function filterRows(rows: readonly EnrolmentRow[], filters: RowFilters): EnrolmentRow[] {
  const query = foldText(filters.query);
  return rows.filter((row) => {
    const e = row.enrolment;
    if (filters.status !== '' && e.status !== filters.status) return false;
    if (filters.role !== '' && e.role !== filters.role) return false;
    if (filters.country !== '' && (row.country ?? '') !== filters.country) return false;
    if (query === '') return true;
    const haystack = [row.name, row.sortKey, row.institution ?? '', ...(row.person?.emailKeys ?? [])].map(foldText);
    return haystack.some((text) => text.includes(query));
  });
}

const STATUS_ORDER = new Map(ENROLMENT_STATUSES.map((s, i) => [s, i]));
const ROLE_ORDER: readonly EnrolmentRole[] = ['participant', 'trainer', 'organiser', 'observer'];

/**
 * The rows in `sort` order; ties fall back to the name so the order never
 * flickers. Status order is the selection's (applied … withdrawn), the waiting
 * list by rank within it. `countryName` gives the name the user reads, so
 * countries sort as they are shown.
 */
export function sortRows(
  rows: readonly EnrolmentRow[],
  sort: RowSort,
  countryName: (code: string) => string,
  collator: Intl.Collator,
): EnrolmentRow[] {
  const byName = (a: EnrolmentRow, b: EnrolmentRow) => a.sortKey.localeCompare(b.sortKey) || a.enrolment.id.localeCompare(b.enrolment.id);
  const primary = (a: EnrolmentRow, b: EnrolmentRow): number => {
    switch (sort.key) {
      case 'name':
        return 0;
      case 'country':
        return collator.compare(a.country ? countryName(a.country) : '\uffff', b.country ? countryName(b.country) : '\uffff');
      case 'role':
        return ROLE_ORDER.indexOf(a.enrolment.role) - ROLE_ORDER.indexOf(b.enrolment.role);
      case 'status':
        return (
          (STATUS_ORDER.get(a.enrolment.status) ?? 0) - (STATUS_ORDER.get(b.enrolment.status) ?? 0) ||
          (a.enrolment.waitlistRank ?? Infinity) - (b.enrolment.waitlistRank ?? Infinity)
        );
      case 'applied':
        return (a.enrolment.appliedOn ?? '9999').localeCompare(b.enrolment.appliedOn ?? '9999');
    }
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * (primary(a, b) || byName(a, b)));
}

/** The countries among the rows, for the country filter, as codes. */
export function rowCountries(rows: readonly EnrolmentRow[]): string[] {
  return [...new Set(rows.flatMap((r) => (r.country ? [r.country] : [])))];
}

export type ExportLabels = {
  headers: readonly string[];
  role: (role: EnrolmentRole) => string;
  status: (status: EnrolmentStatus) => string;
  country: (code: string) => string;
};

/**
 * The export table of `rows`: a header line, then given name, family name,
 * e-mails, country, institution, position, role, status, waiting-list rank,
 * applied on, tags. Written as the user reads them (labels in their language).
 */
export function exportTable(rows: readonly EnrolmentRow[], labels: ExportLabels): string[][] {
  return [
    [...labels.headers],
    ...rows.map((row) => {
      const e = row.enrolment;
      const p = row.person;
      return [
        p?.givenName ?? '',
        p?.familyName ?? '',
        (p?.emails ?? []).join('; '),
        row.country ? labels.country(row.country) : '',
        row.institution ?? '',
        p?.position ?? '',
        labels.role(e.role),
        labels.status(e.status),
        e.waitlistRank !== undefined ? String(e.waitlistRank) : '',
        e.appliedOn ?? '',
        (p?.tags ?? []).join('; '),
      ];
    }),
  ];
}
