import { useMemo } from 'react';
import { useI18n } from '../../../app/i18n';
import type { ImportField, SavedMapping } from '../../../../shared/io/import-mapping';
import { cellText } from '../../../../shared/io/import-normalise';
import { sampleRows } from '../state/sheet-setup';
import type { WizardState } from '../state/wizard-state';
import { MappingRow } from './MappingRow';
import { NameSplitPreview } from './NameSplitPreview';
import { SavedMappingPanel } from './SavedMappingPanel';

/** Example values shown per column. */
const SAMPLES = 3;

type Props = {
  state: WizardState;
  onField: (column: number, field: ImportField | null) => void;
  onApplySaved: (saved: SavedMapping) => void;
};

/**
 * Step three: what each column fills. Every column with its name in the
 * file, a few of its values, and the field suggested (by its name or by its
 * content), which staff can change or set to "Don't import"; how full names
 * will be split; and mappings saved for a partner's next file.
 */
export function MappingStep({ state, onField, onApplySaved }: Props) {
  const { t } = useI18n();
  const { sheet } = state;
  const setup = state.setup;
  const samples = useMemo(() => (sheet && setup ? sampleRows(sheet, setup.headerRow) : []), [sheet, setup]);
  if (!sheet || !setup) return null;
  const examples = (column: number) =>
    samples
      .map((row) => cellText(row[column] ?? null))
      .filter((text) => text !== '')
      .slice(0, SAMPLES);
  const fullNameColumns = setup.mapping.filter((m) => m.field === 'fullName').map((m) => m.column);
  return (
    <div className="im-mapping">
      <SavedMappingPanel headers={setup.headers} mapping={setup.mapping} appliedName={state.savedName} onApply={onApplySaved} />
      <div className="table-wrap">
        <table className="im-mapping-table">
          <caption className="visually-hidden">{t('import.mapping.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.mapping.column')}</th>
              <th scope="col">{t('import.mapping.samples')}</th>
              <th scope="col">{t('import.mapping.field')}</th>
              <th scope="col">{t('import.mapping.how')}</th>
            </tr>
          </thead>
          <tbody>
            {setup.mapping.map((entry) => (
              <MappingRow key={entry.column} entry={entry} samples={examples(entry.column)} onField={onField} />
            ))}
          </tbody>
        </table>
      </div>
      {fullNameColumns.length > 0 && <NameSplitPreview samples={samples} columns={fullNameColumns} mapping={setup.mapping} />}
    </div>
  );
}
