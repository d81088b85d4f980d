import { useI18n } from '../../../app/i18n';
import { COLUMNS, OPTIONAL_COLUMNS, type OptionalColumn } from './columns';

/** Show or hide the optional columns; the choice is remembered on this computer. */
export function ColumnChooser({ chosen, onChange }: { chosen: readonly OptionalColumn[]; onChange: (columns: OptionalColumn[]) => void }) {
  const { t } = useI18n();
  const toggle = (column: OptionalColumn, on: boolean) =>
    onChange(OPTIONAL_COLUMNS.filter((c) => (c === column ? on : chosen.includes(c))));
  return (
    <details className="pd-columns">
      <summary>{t('participants.directory.columns')}</summary>
      <fieldset>
        <legend>{t('participants.directory.columnsLegend')}</legend>
        {OPTIONAL_COLUMNS.map((column) => {
          const spec = COLUMNS.find((c) => c.id === column);
          return (
            <label key={column} className="pd-choice">
              <input type="checkbox" checked={chosen.includes(column)} onChange={(e) => toggle(column, e.target.checked)} />
              {spec ? t(spec.label) : column}
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}
