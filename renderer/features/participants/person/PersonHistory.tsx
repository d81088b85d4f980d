import type { AuditEntry, ImportBatch } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { formatDateTime } from '../intl';
import { historyFields } from '../labels';

/**
 * The person's change history, newest first: when, and what (created, the
 * fields changed, merged, deleted and restored), plus the import that brought
 * them in. Each line also says how the change was made (by hand or by an import).
 */
export function PersonHistory({ history, batch }: { history: readonly AuditEntry[]; batch: ImportBatch | undefined }) {
  const { t, lang } = useI18n();
  const describe = (entry: AuditEntry): string => {
    if (entry.action === 'update') {
      const names = historyFields(entry.fields ?? []).map((f) => ('key' in f ? t(f.key) : f.raw));
      return names.length ? t('participants.history.updated', { fields: names.join(', ') }) : t('participants.history.touched');
    }
    return t(`participants.history.${entry.action}`);
  };
  const lines = [...history].reverse();
  if (lines.length === 0 && !batch) return <p className="empty">{t('participants.history.none')}</p>;
  return (
    <ol className="pa-history">
      {lines.map((entry) => (
        <li key={entry.id}>
          <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
          <span>{describe(entry)}</span>
          <span className="muted">{entry.batchId ? t('participants.history.byImport') : t('participants.history.byHand')}</span>
        </li>
      ))}
      {batch && (
        <li>
          <time dateTime={batch.createdAt}>{formatDateTime(batch.createdAt, lang)}</time>
          <span>
            {batch.kind === 'sample'
              ? t('participants.history.sample')
              : t('participants.history.imported', { file: batch.fileName ?? t('participants.history.aFile') })}
          </span>
          <span className="muted">{batch.undoneAt ? t('participants.history.importUndone') : t('participants.history.byImport')}</span>
        </li>
      )}
    </ol>
  );
}
