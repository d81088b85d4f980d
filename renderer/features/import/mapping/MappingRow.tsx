import { useI18n } from '../../../app/i18n';
import { IMPORT_FIELDS, isImportField, type ColumnMapping, type ImportField } from '../../../../shared/io/import-mapping';
import { columnLetter } from '../sheet/HeaderPreview';
import { fieldLabel } from './field-labels';

const NOT_IMPORTED = '';

/**
 * One column of the mapping: its letter and name, example values, the field
 * it fills (a select with "Don't import"), and how that was decided, with a
 * note to check guesses that are not sure.
 */
export function MappingRow({ entry, samples, onField }: { entry: ColumnMapping; samples: readonly string[]; onField: (column: number, field: ImportField | null) => void }) {
  const { t } = useI18n();
  const id = `im-field-${entry.column}`;
  const name = entry.header.trim() === '' ? t('import.mapping.noName') : entry.header;
  const unsure = entry.field !== null && entry.confidence !== 'high' && entry.by !== 'user';
  return (
    <tr className={entry.field === null ? 'im-unmapped' : undefined}>
      <th scope="row">
        <span className="im-column-letter">{columnLetter(entry.column)}</span> <span id={`${id}-name`}>{name}</span>
      </th>
      <td>
        {samples.length === 0 ? (
          <span className="muted">{t('import.mapping.noSamples')}</span>
        ) : (
          <ul className="im-samples">
            {samples.map((sample, i) => (
              <li key={i}>{sample}</li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <label htmlFor={id} className="visually-hidden">
          {t('import.mapping.fieldFor', { column: name })}
        </label>
        <select
          id={id}
          value={entry.field ?? NOT_IMPORTED}
          onChange={(e) => onField(entry.column, isImportField(e.target.value) ? e.target.value : null)}
        >
          <option value={NOT_IMPORTED}>{t('import.mapping.dontImport')}</option>
          {IMPORT_FIELDS.map((field) => (
            <option key={field} value={field}>
              {t(fieldLabel(field))}
            </option>
          ))}
        </select>
      </td>
      <td>
        {entry.field !== null && <span className="im-by">{t(`import.mapping.by.${entry.by}`)}</span>}
        {unsure && <span className="im-unsure"> · {t('import.mapping.checkIt')}</span>}
      </td>
    </tr>
  );
}
