import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../app/i18n';
import { describeError } from '../../../components/errors';
import { useNotices } from '../../../components/notices';
import { getDatabase } from '../../../db/database';
import { saveMapping, type ColumnMapping, type SavedMapping } from '../../../../shared/io/import-mapping';
import { storeMapping, useSavedMappings } from '../saved-mappings';
import { bestSavedMapping } from '../state/sheet-setup';

type Props = {
  headers: readonly string[];
  mapping: readonly ColumnMapping[];
  appliedName: string | undefined;
  onApply: (saved: SavedMapping) => void;
};

/**
 * Saved mappings: the one that fits these columns best is offered (when at
 * least 80% of its columns are here), and the mapping on screen can be saved
 * under a name for the partner's next file.
 */
export function SavedMappingPanel({ headers, mapping, appliedName, onApply }: Props) {
  const { t, lang } = useI18n();
  const notices = useNotices();
  const saved = useSavedMappings();
  const [name, setName] = useState(appliedName ?? '');
  const [problem, setProblem] = useState('');
  const best = saved ? bestSavedMapping(headers, saved) : undefined;
  const percent = new Intl.NumberFormat(lang, { style: 'percent' });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') {
      setProblem(t('import.mapping.nameNeeded'));
      return;
    }
    try {
      const entry = saveMapping(name, mapping);
      await storeMapping(getDatabase(), entry);
      setProblem('');
      notices.show({ tone: 'success', text: t('import.mapping.saved', { name: entry.name }) });
    } catch (error) {
      notices.show({ tone: 'error', text: describeError(error, lang) });
    }
  };

  return (
    <div className="im-saved">
      {best && best.mapping.name !== appliedName && (
        <div className="im-offer" role="status">
          <p>{t('import.mapping.offer', { name: best.mapping.name, fit: percent.format(best.fit) })}</p>
          <button type="button" onClick={() => onApply(best.mapping)}>
            {t('import.mapping.useSaved')}
          </button>
        </div>
      )}
      {appliedName !== undefined && <p className="im-applied">{t('import.mapping.applied', { name: appliedName })}</p>}
      <form className="im-save-form" onSubmit={save} noValidate>
        <div className="en-field">
          <label htmlFor="im-mapping-name">{t('import.mapping.saveAs')}</label>
          <input
            id="im-mapping-name"
            type="text"
            value={name}
            aria-invalid={problem !== '' || undefined}
            aria-describedby={problem ? 'im-mapping-name-error' : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setProblem('');
            }}
          />
          {problem && (
            <p id="im-mapping-name-error" className="en-error">
              {problem}
            </p>
          )}
        </div>
        <button type="submit">{t('import.mapping.save')}</button>
      </form>
    </div>
  );
}
