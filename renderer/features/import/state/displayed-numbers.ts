import type { ColumnMapping, ImportField } from '../../../../shared/io/import-mapping';
import type { Sheet } from '../../../../shared/io/sheet-types';

/** A sheet as the reader may give it: with the text the spreadsheet shows for number cells, where it differs. */
export type SheetWithDisplay = Sheet & { formatted?: readonly (readonly (string | null)[] | undefined)[] };

/** Fields whose numbers are really text: the leading 0 or + a cell format shows is part of them. */
const TEXT_NUMBER_FIELDS: ReadonlySet<ImportField> = new Set<ImportField>(['phone', 'membershipNumber']);

/**
 * The sheet with phone and membership numbers as the spreadsheet showed them:
 * a phone typed 08030000000 and stored as the number 8030000000 under a
 * zero-padded format comes back as "08030000000" rather than losing its 0.
 * Other cells, and numbers the file shows as they are, are left alone (the
 * import then warns that a 0 may have been lost).
 */
export function withDisplayedNumbers(sheet: SheetWithDisplay, mapping: readonly ColumnMapping[]): Sheet {
  const { formatted } = sheet;
  const columns = mapping.filter((m) => m.field !== null && TEXT_NUMBER_FIELDS.has(m.field)).map((m) => m.column);
  if (!formatted || columns.length === 0) return sheet;
  let changed = false;
  const rows = sheet.rows.map((row, r) => {
    const shown = formatted[r];
    if (!shown) return row;
    let copy: typeof row | undefined;
    for (const c of columns) {
      const text = shown[c];
      if (typeof row[c] === 'number' && typeof text === 'string' && text.trim() !== '') {
        copy ??= [...row];
        copy[c] = text;
      }
    }
    if (copy) changed = true;
    return copy ?? row;
  });
  return changed ? { ...sheet, rows } : sheet;
}
