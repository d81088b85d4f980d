import type { DirectorySortKey } from '../../../../shared/domain/person-search';
import type { MessageKey } from '../../../../shared/i18n';

/** Columns the user can show or hide (the names are always shown). */
export const OPTIONAL_COLUMNS = ['email', 'phone', 'country', 'institution', 'position', 'languages', 'tags', 'membership', 'updated'] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];
export type ColumnId = 'familyName' | 'givenName' | OptionalColumn;

export type ColumnSpec = {
  id: ColumnId;
  label: MessageKey;
  /** Narrowest width (rem) and share of the spare width (fr): CSS grid tracks minmax(min, fr). */
  min: number;
  fr: number;
  sort?: DirectorySortKey;
};

export const COLUMNS: readonly ColumnSpec[] = [
  { id: 'familyName', label: 'participants.columns.familyName', min: 9, fr: 1.2, sort: 'family' },
  { id: 'givenName', label: 'participants.columns.givenName', min: 8, fr: 1, sort: 'given' },
  { id: 'email', label: 'participants.columns.email', min: 12, fr: 1.4 },
  { id: 'phone', label: 'participants.columns.phone', min: 9, fr: 0.8 },
  { id: 'country', label: 'participants.columns.country', min: 8, fr: 0.9, sort: 'country' },
  { id: 'institution', label: 'participants.columns.institution', min: 12, fr: 1.5, sort: 'institution' },
  { id: 'position', label: 'participants.columns.position', min: 9, fr: 1 },
  { id: 'languages', label: 'participants.columns.languages', min: 7, fr: 0.7 },
  { id: 'tags', label: 'participants.columns.tags', min: 8, fr: 1 },
  { id: 'membership', label: 'participants.columns.membership', min: 7, fr: 0.7 },
  { id: 'updated', label: 'participants.columns.updated', min: 7.5, fr: 0.7, sort: 'updated' },
];

/** Shown on a first visit: enough to tell people apart, narrow enough for a laptop. */
export const DEFAULT_COLUMNS: readonly OptionalColumn[] = ['email', 'country', 'institution', 'updated'];

const STORAGE_KEY = 'training-desk.participants.columns';

/**
 * The remembered column choice, read defensively: anything that is not a list
 * of known columns (an old version, a hand edit) gives the default.
 */
export function parseColumns(stored: string | null): OptionalColumn[] {
  if (stored === null) return [...DEFAULT_COLUMNS];
  try {
    const value: unknown = JSON.parse(stored);
    if (!Array.isArray(value)) return [...DEFAULT_COLUMNS];
    const known = value.filter((c): c is OptionalColumn => (OPTIONAL_COLUMNS as readonly unknown[]).includes(c));
    // In the table's order, whatever order they were ticked in.
    return OPTIONAL_COLUMNS.filter((c) => known.includes(c));
  } catch {
    return [...DEFAULT_COLUMNS];
  }
}

/** The columns remembered on this computer (localStorage; blocked storage gives the default). */
export function loadColumns(): OptionalColumn[] {
  try {
    return parseColumns(localStorage.getItem(STORAGE_KEY));
  } catch {
    return [...DEFAULT_COLUMNS];
  }
}

/** Remembers the column choice; blocked storage only means it is not remembered. */
export function saveColumns(columns: readonly OptionalColumn[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(columns));
  } catch (error) {
    console.warn('The column choice could not be remembered', error);
  }
}

/** The columns to draw, in order: the names, then the chosen ones. */
export function visibleColumns(chosen: readonly OptionalColumn[]): ColumnSpec[] {
  return COLUMNS.filter((c) => c.id === 'familyName' || c.id === 'givenName' || chosen.includes(c.id as OptionalColumn));
}

/** The CSS grid template and the narrowest total width (rem) of a set of columns. */
export function columnLayout(columns: readonly ColumnSpec[]): { template: string; minWidth: string } {
  return {
    template: columns.map((c) => `minmax(${c.min}rem, ${c.fr}fr)`).join(' '),
    minWidth: `${columns.reduce((sum, c) => sum + c.min, 0)}rem`,
  };
}
