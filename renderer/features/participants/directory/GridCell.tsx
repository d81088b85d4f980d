import { memo } from 'react';
import { personName } from '../../../../shared/domain/person-rules';
import type { PersonSearchEntry } from '../../../../shared/domain/person-search';
import type { UiLanguage } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { hashFor } from '../../../app/routes';
import { countryLabel, formatShortDate, languageLabel } from '../intl';
import type { ColumnId } from './columns';

/** The text of one cell, as shown and as its tooltip. */
function cellText(column: ColumnId, row: PersonSearchEntry, lang: UiLanguage): string {
  switch (column) {
    case 'familyName':
      return row.familyName;
    case 'givenName':
      return row.givenName;
    case 'email':
      return row.emails.join(', ');
    case 'phone':
      return row.phone ?? '';
    case 'country':
      return row.country ? countryLabel(row.country, lang) : '';
    case 'institution':
      return row.institution ?? '';
    case 'position':
      return row.position ?? '';
    case 'languages':
      return row.languages.map((tag) => languageLabel(tag, lang)).join(', ');
    case 'tags':
      return row.tags.join(', ');
    case 'membership':
      return row.membershipNumber ?? '';
    case 'updated':
      return formatShortDate(row.updatedAt, lang);
  }
}

/**
 * One cell of the directory grid. Names are shown exactly as stored, with
 * their own direction (Arabic names read right to left inside an LTR list);
 * the family name links to the person. A row still loading shows an ellipsis.
 */
export const GridCell = memo(function GridCell({
  id,
  column,
  index,
  row,
}: {
  id: string | undefined;
  column: ColumnId;
  index: number;
  row: PersonSearchEntry | undefined;
}) {
  const { lang } = useI18n();
  if (!row) {
    return (
      <div id={id} role="gridcell" aria-colindex={index + 1} className="pd-cell pd-pending">
        …
      </div>
    );
  }
  const text = cellText(column, row, lang);
  return (
    <div id={id} role="gridcell" aria-colindex={index + 1} className={`pd-cell pd-${column}`} title={text || undefined}>
      {column === 'familyName' ? (
        // Out of the tab order: the grid is one tab stop, and Enter opens the active row.
        <a href={hashFor('participants', row.id)} tabIndex={-1} dir="auto" aria-label={text ? undefined : personName(row)}>
          {text || '—'}
        </a>
      ) : column === 'tags' ? (
        row.tags.map((tag) => (
          <span key={tag} className="pd-tag">
            {tag}
          </span>
        ))
      ) : (
        <span dir={column === 'givenName' || column === 'institution' || column === 'position' ? 'auto' : undefined}>{text}</span>
      )}
    </div>
  );
});
